"""number_text: one number format per language, exact, with the locale's separators."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale

from desktop_app.number_text import format_decimal, format_eur, format_int, format_money

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
RU = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
NBSP = "\u00a0"


def _grouped(n: int, sep: str) -> str:
    """Thousands grouping written out by hand, digit by digit from the right."""
    digits = str(abs(n))
    out = ""
    for i, d in enumerate(reversed(digits)):
        if i and i % 3 == 0:
            out = sep + out
        out = d + out
    return ("-" if n < 0 else "") + out


def test_every_size_is_grouped_by_thousands() -> None:
    for n in [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 10**21 + 5, -1, -999, -1000, -98_765]:
        assert format_int(n, EN) == _grouped(n, ",")
        assert format_int(n, RU) == _grouped(n, NBSP)


def test_decimals_rounded_half_up_exactly() -> None:
    assert format_decimal(Decimal("1234567.125"), 2, EN) == "1,234,567.13"
    assert format_decimal(Decimal("1234567.125"), 2, RU) == f"1{NBSP}234{NBSP}567,13"
    assert format_decimal(Decimal("999.995"), 2, EN) == "1,000.00"
    assert format_decimal(Decimal("0.005"), 2, EN) == "0.01"
    assert format_decimal(Decimal("-0.004"), 2, EN) == "0.00"  # no "-0.00"
    assert format_decimal(Decimal("-1234.5"), 0, EN) == "-1,235"
    assert format_decimal(Decimal("12.50"), None, EN) == "12.5"
    assert format_decimal(Decimal("1E+3"), None, EN) == "1,000"
    assert format_decimal(Decimal("1.23456789012"), 11, EN) == "1.23456789012"
    assert format_decimal(7, 1, EN) == "7.0"


def test_money_and_eur() -> None:
    assert format_money(Decimal("6641700"), "AZN", EN) == "6,641,700.00 AZN"
    assert format_eur(Decimal("149999.5"), RU) == f"150{NBSP}000 EUR"


def test_a_locale_without_group_separator() -> None:
    loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    assert format_int(1_234_567, loc) == "1234567"
    assert format_decimal(Decimal("1234.5"), 2, loc) == "1234.50"
    assert format_int(999, loc) == "999"


def test_alternating_locales_each_keep_their_marks() -> None:
    """The marks are remembered for the last locale object: switching must not leak them."""
    for _ in range(3):
        assert format_decimal(Decimal("1234.5"), 2, EN) == "1,234.50"
        assert format_decimal(Decimal("1234.5"), 2, RU) == f"1{NBSP}234,50"
        assert format_int(1_234_567, QLocale(QLocale.Language.German)) == "1.234.567"
