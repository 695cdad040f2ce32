"""Numbers as people read them: ONE format per interface language, from its locale.

Every count and amount shown to people (dashboard figures, light reasons, lists, the PDF
report and fact sheets, messages) goes through these functions, so "389,610" in English is
"389 610" in Russian and Turkmen everywhere on screen and on paper, never one in one place
and the other elsewhere. Decimals are grouped exactly (never through a float, which would
turn 0.1 + 0.2 into 0.30000000000000004 or lose cents on large sums); whole-euro figures
round half up, as a reader rounds. Files written for machines (CSV, xlsx cells, the CLI's
table) keep plain numbers. The date counterpart is date_text.py.

QtCore only (QLocale), so services that render for people (reports) can use it as well.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale

from .i18n import locale

ONE = Decimal(1)


def format_int(value: int | Decimal, loc: QLocale | None = None) -> str:
    """A whole number with the locale's thousands separator (a Decimal is rounded)."""
    if isinstance(value, Decimal):
        return format_decimal(value, 0, loc)
    loc = loc or locale()
    return f"{'-' if value < 0 else ''}{_group(abs(int(value)), loc)}"


def format_decimal(value: Decimal | int, places: int | None = 2, loc: QLocale | None = None) -> str:
    """Exact: `places` decimals (rounded half up); None keeps the value's own decimals
    (trailing zeros dropped)."""
    loc = loc or locale()
    value = value if isinstance(value, Decimal) else Decimal(value)
    if places is not None:
        quantum = _QUANTA[places] if 0 <= places < len(_QUANTA) else ONE.scaleb(-places)
        value = value.quantize(quantum, rounding=ROUND_HALF_UP)
    elif value == value.to_integral_value():
        value = value.quantize(ONE)
    else:
        value = value.normalize()
    text = format(abs(value), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if value < 0 and value != 0 else ""
    return f"{sign}{_group(int(whole), loc)}{_marks(loc)[1] + frac if frac else ''}"


def format_eur(value: Decimal | int, loc: QLocale | None = None) -> str:
    """A figure in whole euros with its unit, e.g. "150,000 EUR"."""
    return f"{format_decimal(value, 0, loc)} EUR"


def format_money(value: Decimal | int, currency: str, loc: QLocale | None = None) -> str:
    """An amount to the cent with its currency, e.g. "6,641,700.00 AZN"."""
    return f"{format_decimal(value, 2, loc)} {currency}"


_QUANTA = tuple(ONE.scaleb(-places) for places in range(10))


def _group(whole: int, loc: QLocale) -> str:
    """Thousands grouping of a non-negative integer by the locale, exact for any size.
    (Reports write tens of thousands of figures: below 1,000 the locale is not asked.)"""
    if whole < 1000:
        return str(whole)
    separator = _marks(loc)[0]
    return f"{whole:,}".replace(",", separator) if separator else str(whole)


_last: tuple[QLocale, tuple[str, str]] | None = None


def _marks(loc: QLocale) -> tuple[str, str]:
    """(thousands separator, "" when the locale omits it; decimal point) of `loc`.

    Asked of Qt once per QLocale object, not once per number: the option test alone (a
    Python Flag operation) was a third of formatting a figure, and a list of 100,000 finance
    lines formats about 120,000 distinct amounts. Kept for the last object passed (callers
    pass the same one for a whole list or report); the app never changes a QLocale's
    options after making it. Threads may race here and only recompute.
    """
    global _last
    last = _last
    if last is not None and last[0] is loc:
        return last[1]
    omit = bool(loc.numberOptions() & QLocale.NumberOption.OmitGroupSeparator)
    marks = ("" if omit else loc.groupSeparator(), loc.decimalPoint())
    _last = (loc, marks)
    return marks
