"""Reading what a clerk types into a number or date field, without ever guessing silently.

The interface language fixes the decimal mark and the date order, but people type what they
are used to: "3,85" in the English interface, "1.234" in the Russian one, "2023-03-15" where
the form shows 15/03/2023. Each rule here lists every reading the text could have and then:

- one reading only, and it is the plain form of the language: the value, nothing to say;
- one reading only, but not the plain form (or the plain form is also another number in the
  other convention): the value, with ``echo`` set so the field shows what was read;
- two readings that give different values: refused as ambiguous, naming both forms;
- no reading: refused, naming the expected form.

No Qt here: the UI passes the language's separators and date order in (see desktop_app.
date_text and ui.widgets.decimal_edit), so the same rule is tested without a display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

SPACES = " \u00a0\u202f\u2009"
"""Spaces people (and Qt's Russian locale) put between thousands."""
MINUS = "-\u2212"
YEAR_RANGE = (1900, 2199)


@dataclass(frozen=True)
class NumberStyle:
    """The decimal mark and thousands separator of the interface language."""

    decimal_point: str = "."
    group_separator: str = ","

    @property
    def other_mark(self) -> str:
        """The one of "." and "," that is NOT this language's decimal mark."""
        return "," if self.decimal_point == "." else "."


@dataclass(frozen=True)
class NumberReading:
    value: Decimal | None
    """The number read; None when the field is empty or the text was refused."""
    error: str | None = None
    """A validation code (see domain.rules.issues.MESSAGES) when refused."""
    echo: bool = False
    """Accepted, but the text was not the language's plain form: show the value read."""
    params: dict[str, object] | None = None
    """Parameters of the error message (the other reading of an ambiguous text...)."""

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class _Reading:
    value: Decimal
    groups_used: bool
    """A "." or "," was read as a thousands separator."""


def _read_as(body: str, point: str, groups: str) -> _Reading | None:
    """`body` (no sign) with `point` as the decimal mark and any of `groups` between
    thousands; None unless it is a well-formed number that way.

    Well-formed: digits; at most one decimal mark with digits after it; thousands separators
    only in the whole part, splitting it into groups of three after a first group of 1-3.
    """
    whole, sep, frac = body.partition(point)
    if sep and (not frac or not frac.isdigit() or not frac.isascii()):
        return None
    if not whole:
        if not sep:
            return None
        whole = "0"  # ".5" is 0.5
    parts = re.split("[" + re.escape(groups) + "]", whole) if groups else [whole]
    if any(not p.isascii() or not p.isdigit() for p in parts):
        return None
    if len(parts) > 1 and (len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:])):
        return None
    used = len(parts) > 1 and any(ch in whole for ch in ".,")
    digits = "".join(parts) + ("." + frac if sep else "")
    try:
        return _Reading(Decimal(digits), used)
    except InvalidOperation:  # pragma: no cover - the shape above is always a decimal
        return None


def parse_number(text: str, style: NumberStyle, places: int | None = None) -> NumberReading:
    """Read a typed number by `style`; `places` is the most decimals the field keeps
    (0 for whole numbers, None for no limit)."""
    cleaned = text.strip()
    if not cleaned:
        return NumberReading(None)
    negative = cleaned[0] in MINUS
    body = cleaned[1:].lstrip() if cleaned[0] in MINUS + "+" else cleaned
    point, other = style.decimal_point, style.other_mark
    spaces = SPACES + ("" if style.group_separator in ".," else style.group_separator)
    plain_groups = spaces + (style.group_separator if style.group_separator in ".," else "")
    plain = _read_as(body, point, plain_groups)
    swapped = _read_as(body, other, spaces + (point if point in ".," else ""))
    other_as_group = _read_as(body, point, spaces + other)
    if plain is not None:
        # The language's own form. Say what was read when the other convention would read
        # the same text as another number ("1,234" in English could be 1.234).
        reading, echo = plain, swapped is not None and swapped.value != plain.value
    else:
        readings = {r.value: r for r in (swapped, other_as_group) if r is not None}
        if not readings:
            return NumberReading(None, "number_form", params={"value": text.strip()})
        if len(readings) > 1:
            first, second = sorted(readings)
            return NumberReading(
                None, "number_ambiguous", params={"value": text.strip(), "one": first,
                                                  "other": second},
            )  # fmt: skip
        reading, echo = next(iter(readings.values())), True
    value = -reading.value if negative else reading.value
    if places is not None:
        exponent = value.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        if decimals > places:
            if places == 0:
                return NumberReading(None, "not_a_whole_number", params={"value": text.strip()})
            return NumberReading(
                None, "too_many_decimals", params={"value": text.strip(), "places": places}
            )
    return NumberReading(value, echo=echo and plain_number(value, style) != cleaned)


def plain_number(value: Decimal, style: NumberStyle) -> str:
    """`value` as the plain form parse_number reads back without an echo: no thousands
    separators, the language's decimal mark, never through float."""
    text = format(value, "f")
    return text.replace(".", style.decimal_point)


# -- dates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateReading:
    value: date | None
    error: str | None = None
    params: dict[str, object] | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_PARTS = re.compile(r"(\d{1,4})\s*[./\-\s]\s*(\d{1,2})\s*[./\-\s]\s*(\d{1,4})")
_PARTIAL = re.compile(r"\d{1,4}(\s*[./\-\s]\s*\d{0,4}){0,2}\s*[./\-]?")


def date_order(pattern: str) -> str:
    """The field order ("dmy", "mdy" or "ymd") of a Qt/CLDR pattern such as dd/MM/yyyy."""
    letters = [ch for ch in pattern.lower() if ch in "dmy"]
    order = ""
    for ch in letters:
        if ch not in order:
            order += ch
    return order if sorted(order) == ["d", "m", "y"] else "dmy"


def _make(year: int, month: int, day: int, text: str) -> DateReading:
    if not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        return DateReading(
            None, "date_out_of_range", {"value": text, "min": YEAR_RANGE[0], "max": YEAR_RANGE[1]}
        )
    try:
        return DateReading(date(year, month, day))
    except ValueError:
        return DateReading(None, "date_impossible", {"value": text})


def parse_date(text: str, order: str = "dmy") -> DateReading:
    """Read a typed date: ISO yyyy-mm-dd always; otherwise day, month and year in the
    language's `order`, separated by ".", "/", "-" or spaces, with or without leading zeros.

    The year needs four digits: "03/04/25" would be a guess of the century.
    """
    cleaned = text.strip()
    if not cleaned:
        return DateReading(None)
    iso = _ISO.fullmatch(cleaned)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), cleaned)
    parts = _PARTS.fullmatch(cleaned)
    if parts:
        if len(parts[1]) == 4:
            order = "ymd"  # a four-digit first part can only be the year
        fields = dict(zip(order, (parts[1], parts[2], parts[3]), strict=True))
        if len(fields["y"]) != 4 or len(fields["d"]) > 2 or len(fields["m"]) > 2:
            return DateReading(None, "date_incomplete", {"value": cleaned})
        return _make(int(fields["y"]), int(fields["m"]), int(fields["d"]), cleaned)
    if _PARTIAL.fullmatch(cleaned):
        return DateReading(None, "date_incomplete", {"value": cleaned})
    return DateReading(None, "date_form", {"value": cleaned})
