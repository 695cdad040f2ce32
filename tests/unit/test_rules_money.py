"""EUR conversion: latest rate on or before the day, cents with banker's rounding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest

from desktop_app.domain.rules import MissingRateError, RateTable

D = Decimal
ROWS = [
    ("GEL", date(2024, 1, 2), D("2.9500")),
    ("GEL", date(2024, 2, 29), D("2.8800")),
    ("GEL", date(2024, 6, 3), D("3.0000")),
    ("UAH", date(2024, 1, 2), D("41.9987")),
    ("uzs", date(2024, 1, 2), D("13650.12345678")),
    ("JPY", date(2024, 1, 2), D("3")),
    ("JPY", date(2024, 1, 3), D("4")),
]
TABLE = RateTable(ROWS)

# fmt: off
CONVERSIONS = [
    # (amount, currency, day, expected EUR, rate date used)
    (D("295.00"), "GEL", date(2024, 1, 2), D("100.00"), date(2024, 1, 2)),       # the day itself
    (D("295.00"), "GEL", date(2024, 2, 28), D("100.00"), date(2024, 1, 2)),      # latest before
    (D("288.00"), "GEL", date(2024, 2, 29), D("100.00"), date(2024, 2, 29)),     # leap day rate
    (D("288.00"), "GEL", date(2024, 6, 2), D("100.00"), date(2024, 2, 29)),      # weekend gap
    (D("300.00"), "GEL", date(2030, 1, 1), D("100.00"), date(2024, 6, 3)),       # far future
    (D("1000"), "UAH", date(2024, 12, 31), D("23.81"), date(2024, 1, 2)),
    (D("1000000"), "UZS", date(2024, 3, 1), D("73.26"), date(2024, 1, 2)),       # lower-case row
    (D("1000000"), " uzs ", date(2024, 3, 1), D("73.26"), date(2024, 1, 2)),     # sloppy code
    (D("123.455"), "EUR", date(1999, 1, 1), D("123.46"), date(1999, 1, 1)),     # EUR: rate 1
    (D("0.125"), "EUR", date(2024, 1, 1), D("0.12"), date(2024, 1, 1)),          # half to even
    (D("0.135"), "EUR", date(2024, 1, 1), D("0.14"), date(2024, 1, 1)),          # half to even
    (D("0.075"), "JPY", date(2024, 1, 2), D("0.02"), date(2024, 1, 2)),          # 0.025 -> 0.02
    (D("0.10"), "JPY", date(2024, 1, 3), D("0.02"), date(2024, 1, 3)),           # 0.025 -> 0.02
    (D("0.14"), "JPY", date(2024, 1, 3), D("0.04"), date(2024, 1, 3)),           # 0.035 -> 0.04
    (D("-295"), "GEL", date(2024, 1, 2), D("-100.00"), date(2024, 1, 2)),        # refunds
    (0, "GEL", date(2024, 1, 2), D("0.00"), date(2024, 1, 2)),
    (D("99999999999999999.99"), "EUR", date(2024, 1, 1), D("99999999999999999.99"),
     date(2024, 1, 1)),                                                         # MONEY(18, 2)
]
# fmt: on


@pytest.mark.parametrize(("amount", "currency", "day", "expected", "rate_day"), CONVERSIONS)
def test_to_eur(amount, currency, day, expected, rate_day) -> None:
    result = TABLE.to_eur(amount, currency, day)
    assert result == expected
    assert isinstance(result, Decimal)
    assert result.as_tuple().exponent == -2
    assert TABLE.rate_used(currency, day)[1] == rate_day


@pytest.mark.parametrize(
    ("currency", "day"),
    [
        ("GEL", date(2024, 1, 1)),  # before the first rate
        ("AMD", date(2024, 6, 1)),  # no rate at all
        ("", date(2024, 6, 1)),
    ],
)
def test_missing_rate_names_currency_and_date(currency: str, day: date) -> None:
    with pytest.raises(MissingRateError) as caught:
        TABLE.to_eur(D("10"), currency, day)
    error = caught.value
    assert error.code == "missing_rate"
    assert error.params == {"currency": currency.strip().upper(), "date": day.isoformat()}
    assert day.isoformat() in str(error)
    assert currency.upper() in str(error)


def test_rate_used_returns_the_rate_and_its_day() -> None:
    assert TABLE.rate_used("GEL", date(2024, 3, 15)) == (D("2.8800"), date(2024, 2, 29))
    assert TABLE.rate_used("EUR", date(2024, 3, 15)) == (D(1), date(2024, 3, 15))


def test_later_duplicate_row_wins() -> None:
    table = RateTable([("GEL", date(2024, 1, 2), D("2")), ("GEL", date(2024, 1, 2), D("4"))])
    assert table.to_eur(D("8"), "GEL", date(2024, 1, 2)) == D("2.00")


@pytest.mark.parametrize("bad", [D("0"), D("-1"), D("NaN"), "0"])
def test_non_positive_rate_is_rejected(bad) -> None:
    with pytest.raises(ValueError, match="GEL"):
        RateTable([("GEL", date(2024, 1, 2), bad)])


def test_from_records_skips_trashed_rows() -> None:
    rows = [
        SimpleNamespace(
            currency="GEL", rate_date=date(2024, 1, 2), units_per_eur=D("2"), deleted_at=None
        ),
        SimpleNamespace(
            currency="GEL",
            rate_date=date(2024, 1, 3),
            units_per_eur=D("4"),
            deleted_at=date(2024, 1, 4),
        ),
    ]
    table = RateTable.from_records(rows)
    assert table.rate_used("GEL", date(2024, 1, 5)) == (D("2"), date(2024, 1, 2))
    assert table.currencies() == ["GEL"]


def test_no_float_creeps_in() -> None:
    # 0.1 + 0.2 style errors would show up as 0.30000000000000004-like cents
    total = sum((TABLE.to_eur(D("0.10"), "EUR", date(2024, 1, 1)) for _ in range(3)), D(0))
    assert total == D("0.30")
