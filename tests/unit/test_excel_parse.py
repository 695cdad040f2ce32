"""Cell parsing for the importer: every date and number form offices type."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from desktop_app.domain.enums import FinanceStatus, Instrument, PlanType
from desktop_app.services.excel import sheets as S
from desktop_app.services.excel.parse import (
    CellError,
    parse_bool,
    parse_cell,
    parse_country,
    parse_currency,
    parse_date,
    parse_decimal,
    parse_enum,
    parse_enum_list,
    parse_int,
    parse_signatory_list,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (date(2024, 3, 15), date(2024, 3, 15)),
        (datetime(2024, 3, 15, 0, 0), date(2024, 3, 15)),
        (datetime(2024, 3, 15, 17, 45), date(2024, 3, 15)),
        (45366, date(2024, 3, 15)),  # Excel serial number
        (45366.75, date(2024, 3, 15)),  # serial with a time of day
        ("45366", date(2024, 3, 15)),  # serial typed as text
        ("15.03.2024", date(2024, 3, 15)),
        ("5.3.2024", date(2024, 3, 5)),
        ("2024-03-15", date(2024, 3, 15)),
        ("2024-3-5", date(2024, 3, 5)),
        ("2024-03-15 00:00:00", date(2024, 3, 15)),
        ("3/4/2024", date(2024, 4, 3)),  # day first
        ("15/03/2024", date(2024, 3, 15)),
        ("  15.03.2024 ", date(2024, 3, 15)),
        ("15-03-2024", date(2024, 3, 15)),
    ],
)
def test_dates(raw, expected) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw", ["31.02.2024", "2024-13-01", "yesterday", "15.03.24", 0, -5, 3_000_000, True, "1/2"]
)
def test_bad_dates(raw) -> None:
    with pytest.raises(CellError) as info:
        parse_date(raw)
    assert info.value.code == "bad_date"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (1234, Decimal("1234")),
        (1234.56, Decimal("1234.56")),
        ("1234.56", Decimal("1234.56")),
        ("1234,56", Decimal("1234.56")),
        ("1 234,56", Decimal("1234.56")),
        ("1\u00a0234\u00a0567,89", Decimal("1234567.89")),  # non-breaking spaces
        ("1\u202f234,5", Decimal("1234.5")),  # narrow no-break space (French/Russian)
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("1,234", Decimal("1234")),  # one group of three digits: thousands
        ("0,125", Decimal("0.125")),
        ("12,5", Decimal("12.5")),
        ("1'234.50", Decimal("1234.50")),
        ("-1 000,00", Decimal("-1000.00")),
        (" 42 ", Decimal("42")),
    ],
)
def test_numbers(raw, expected) -> None:
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize("raw", ["12abc", "", "1.2.3,4,5", "NaN", "inf", True])
def test_bad_numbers(raw) -> None:
    with pytest.raises(CellError):
        parse_decimal(raw)


def test_whole_numbers() -> None:
    assert parse_int("1 030 000") == 1_030_000
    assert parse_int(2022.0) == 2022
    with pytest.raises(CellError) as info:
        parse_int("12,5")
    assert info.value.code == "not_whole"


def test_money_is_decimal_with_cents() -> None:
    col = S.FINANCE.column("amount")
    value = parse_cell(col, "12 345,6")
    assert value == Decimal("12345.60") and isinstance(value, Decimal)
    assert parse_cell(col, 0.1 + 0.2) == Decimal("0.30")


def test_enums_by_label_or_code_any_case() -> None:
    assert parse_enum("Soft loan", Instrument) == "soft_loan"
    assert parse_enum("soft_loan", Instrument) == "soft_loan"
    assert parse_enum("  SOFT LOAN ", Instrument) == "soft_loan"
    assert parse_enum("SECAP", PlanType) == "secap"
    assert parse_enum("Disbursed", FinanceStatus) == "disbursed"
    with pytest.raises(CellError) as info:
        parse_enum("Loan shark", Instrument)
    assert info.value.code == "bad_choice"


def test_enum_lists() -> None:
    col = S.PLANS.column("sectors")
    assert parse_cell(col, "Municipal; Transport;residential") == [
        "municipal",
        "transport",
        "residential",
    ]
    assert parse_enum_list("transport, transport", col.enum) == ["transport"]
    assert parse_cell(col, None) == []


def test_countries_in_three_languages_and_iso() -> None:
    for raw in ("Turkmenistan", "TM", "tm", "Туркменистан", "Türkmenistan"):
        assert parse_country(raw) == "TM"
    assert parse_country("Грузия") == "GE"
    with pytest.raises(CellError):
        parse_country("Atlantis")


def test_currencies() -> None:
    assert parse_currency(" tmt ") == "TMT"
    assert parse_currency("€") == "EUR"
    with pytest.raises(CellError):
        parse_currency("XXX")


def test_booleans() -> None:
    for raw in (True, 1, "yes", "Да", "hawa", "x", "TRUE"):
        assert parse_bool(raw) is True
    for raw in (False, 0, "no", "нет", "ýok", "FALSE"):
        assert parse_bool(raw) is False
    with pytest.raises(CellError):
        parse_bool("maybe")


def test_signatory_lists() -> None:
    assert parse_signatory_list("Ashgabat (TM); Mary (tm) #0A1b2c3d\nTbilisi") == [
        ("Ashgabat", "TM", None),
        ("Mary", "TM", "0a1b2c3d"),
        ("Tbilisi", None, None),
    ]


def test_text_keeps_leading_signs_and_trims() -> None:
    col = S.SIGNATORIES.column("notes")
    assert parse_cell(col, "  =1+2 ") == "=1+2"
    assert parse_cell(col, 2022.0) == "2022"


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        # The official Covenant dataset writes lower-case ISO codes.
        ("ua", "UA"), ("nl", "NL"), ("de", "DE"), (" it ", "IT"),
        # The EU institutions' own codes.
        ("EL", "GR"), ("uk", "GB"),
        # CLDR names in the three interface languages, any case and spacing.
        ("Netherlands", "NL"), ("Нидерланды", "NL"), ("Niderlandlar", "NL"),
        ("germany", "DE"), ("ГЕРМАНИЯ", "DE"), ("Germaniýa", "DE"),
        ("Украина", "UA"), ("Ukraina", "UA"), ("Kosovo", "XK"),
        # Older names offices still write.
        ("Туркмения", "TM"), ("Киргизия", "KG"),
    ],
)  # fmt: skip
def test_every_country_by_code_or_name(raw: str, code: str) -> None:
    assert parse_country(raw) == code


@pytest.mark.parametrize("raw", ["EU", "UN", "ZZ", "QQ", "Europe", "-"])
def test_regions_and_unknown_codes_are_not_countries(raw: str) -> None:
    with pytest.raises(CellError):
        parse_country(raw)


@pytest.mark.parametrize(
    ("raw", "code"),
    [("chf", "CHF"), ("Swiss Franc", "CHF"), ("российский рубль", "RUB"), ("₴", "UAH"),
     ("Euro", "EUR"), ("евро", "EUR"), ("Türkmen manady", "TMT"), ("gbp", "GBP")],
)  # fmt: skip
def test_every_current_currency_by_code_or_name(raw: str, code: str) -> None:
    assert parse_currency(raw) == code


def test_reference_lists_are_complete_and_stable() -> None:
    from desktop_app.domain import reference

    countries, currencies = reference.country_codes(), reference.currency_codes()
    assert len(countries) >= 249 and len(currencies) >= 150
    # every code the app ever stored is still known
    assert set(reference.REGION_COUNTRIES) <= set(countries)
    assert set(reference.REGION_CURRENCIES) <= set(currencies)
    for lang, name in (("en", "Turkmenistan"), ("ru", "Туркменистан"), ("tk", "Türkmenistan")):
        assert reference.country_name("TM", lang) == name
    assert reference.currency_name("TMT", "tk") == "Türkmen manady"
