"""Turning what people type into cells into typed values, or a reason why not.

Each parser takes the raw cell value (str, int, float, datetime, bool or None) and returns
the typed value or raises CellError with a code the importer reports per cell.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from . import sheets as S
from .sheet_rows import Uncalculated
from .vocab import FALSE_WORDS, TRUE_WORDS, country_index, currency_code, enum_index, norm


class CellError(ValueError):
    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


EXCEL_EPOCH = date(1899, 12, 30)
_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']")
_MIN_SERIAL, _MAX_SERIAL = 1, 2958465  # 1900-01-01 .. 9999-12-31
FIRST_DATE, LAST_DATE = date(1900, 1, 1), date(2100, 12, 31)
"""Dates the importer accepts: the Covenant's records fall well inside; anything outside is a
typing slip (9999-12-31, 0202-03-01) that would break every deadline computed from it."""


def parse_date(value: Any) -> date:
    """A date between FIRST_DATE and LAST_DATE, or CellError("date_out_of_range")."""
    result = _parse_date(value)
    if not FIRST_DATE <= result <= LAST_DATE:
        raise CellError(
            "date_out_of_range",
            value=result.isoformat(),
            first=FIRST_DATE.isoformat(),
            last=LAST_DATE.isoformat(),
        )
    return result


def _parse_date(value: Any) -> date:
    """Date cells, Excel serial numbers, dd.mm.yyyy, d/m/yyyy, dd-mm-yyyy and yyyy-mm-dd.

    Slashes are read day first: offices in the Covenant East write 3/4/2024 for 3 April.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("bad_date", value=str(value))
    if isinstance(value, (int, float)):
        serial = int(value)  # a fraction is the time of day
        if not _MIN_SERIAL <= serial <= _MAX_SERIAL:
            raise CellError("bad_date", value=str(value))
        return EXCEL_EPOCH + timedelta(days=serial)
    text = str(value).strip()
    try:
        if m := _YMD.match(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _DMY.match(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if text.isdigit():
            return _parse_date(int(text))
    except ValueError:
        pass
    raise CellError("bad_date", value=text)


def parse_decimal(value: Any) -> Decimal:
    """Numbers with spaces, NBSP or apostrophes as thousands separators, comma or dot decimal.

    "1 234,56", "1.234,56", "1,234.56", "1234.56" and "1234,5" are all understood; "1,234"
    alone is read as one thousand two hundred and thirty-four only when the group has exactly
    three digits, otherwise the comma is the decimal separator.
    """
    if isinstance(value, bool):
        raise CellError("bad_number", value=str(value))
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, Decimal):
        return value
    raw = str(value).strip().replace("\u2212", "-")
    if not raw:
        raise CellError("bad_number", value=str(value))
    text = _grouped(raw)
    if text is None:
        raise CellError("bad_grouping", value=raw)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError("bad_number", value=str(value)) from None
    if not number.is_finite():
        raise CellError("bad_number", value=str(value))
    return number


_GROUP_CHARS = " \u00a0\u202f\u2009'"
_PLAIN = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")


def _well_grouped(integer: str, sep: str) -> bool:
    """ "1,234,567" is; "1,2,3", "12,34" and ",123" are not."""
    groups = integer.lstrip("+-").split(sep)
    return (
        1 <= len(groups[0]) <= 3
        and all(g.isdigit() for g in groups)
        and all(len(g) == 3 for g in groups[1:])
    )


def _grouped(text: str) -> str | None:
    """`text` as a plain decimal string, or None when its grouping cannot be meant.

    Thousands may be grouped by spaces (also no-break and thin), apostrophes, dots or
    commas; the decimal separator is then the other of comma and dot. One comma alone is
    the decimal separator unless it is followed by exactly three digits after at most three
    (as "1,234"), the form a spreadsheet writes; "1,2,3" or "12 34" are refused, never
    read as 123 or 1234.
    """
    spaced = any(ch in text for ch in _GROUP_CHARS)
    if spaced:
        sign = text[0] if text[0] in "+-" else ""
        body = text[len(sign) :]
        for ch in _GROUP_CHARS[1:]:
            body = body.replace(ch, " ")
        body = body.replace("'", " ")
        dec_sep = ""
        for candidate in (",", "."):
            if candidate in body:
                dec_sep = candidate
        if body.count(",") + body.count(".") > 1:
            return None
        integer, _, fraction = body.partition(dec_sep) if dec_sep else (body, "", "")
        if not _well_grouped(integer, " ") or (fraction and not fraction.isdigit()):
            return None
        text = sign + integer.replace(" ", "") + ("." + fraction if dec_sep else "")
        return text if _PLAIN.match(text) else None
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        dec_sep = "," if text.rfind(",") > text.rfind(".") else "."
        group_sep = "." if dec_sep == "," else ","
        integer, _, fraction = text.rpartition(dec_sep)
        if group_sep not in integer or not _well_grouped(integer, group_sep):
            return None
        text = integer.replace(group_sep, "") + "." + fraction
    elif commas > 1 or dots > 1:
        sep = "," if commas else "."
        if not _well_grouped(text, sep):
            return None
        text = text.replace(sep, "")
    elif commas == 1:
        head, tail = text.split(",")
        digits = head.lstrip("-+")
        is_group = len(tail) == 3 and digits.isdigit() and 1 <= len(digits) <= 3 and digits != "0"
        text = head + tail if is_group else head + "." + tail
    return text if _PLAIN.match(text) else None


def quantize(number: Decimal, places: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def parse_int(value: Any) -> int:
    number = parse_decimal(value)
    if number != number.to_integral_value():
        raise CellError("not_whole", value=str(value))
    return int(number)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    key = norm(value)
    if key in TRUE_WORDS:
        return True
    if key in FALSE_WORDS:
        return False
    raise CellError("bad_bool", value=str(value))


def parse_enum(value: Any, enum_cls: type[StrEnum]) -> str:
    text = str(value).strip()
    if isinstance(value, float) and value.is_integer():
        text = str(int(value))
    code = enum_index(enum_cls).get(norm(text))
    if code is None:
        raise CellError("bad_choice", value=text)
    return code


def split_list(value: Any) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n,]", str(value)) if p.strip()]


def parse_enum_list(value: Any, enum_cls: type[StrEnum]) -> list[str]:
    codes: list[str] = []
    for part in split_list(value):
        code = parse_enum(part, enum_cls)
        if code not in codes:
            codes.append(code)
    return codes


def parse_country(value: Any) -> str:
    code = country_index().get(norm(value))
    if code is None:
        raise CellError("bad_country", value=str(value).strip())
    return code


def parse_currency(value: Any) -> str:
    code = currency_code(str(value))
    if code is None:
        raise CellError("bad_currency", value=str(value).strip())
    return code


def parse_uuid(value: Any) -> uuid.UUID:
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise CellError("bad_id", value=str(value).strip()) from None


_REF = re.compile(r"^(.*?)\s*\(([A-Za-z]{2})\)(?:\s*#([0-9a-fA-F]{8}))?$")


def parse_signatory_list(value: Any) -> list[tuple[str, str | None, str | None]]:
    """Signatories as the exporter writes them: "Name (CC); Name (CC) #1a2b3c4d".

    The country is optional; the "#" tag (start of the signatory ID) is only written when two
    signatories share a name and country.
    """
    refs: list[tuple[str, str | None, str | None]] = []
    for part in re.split(r"[;\n]", str(value)):
        part = part.strip()
        if not part:
            continue
        m = _REF.match(part)
        if m:
            refs.append((m[1].strip(), m[2].upper(), m[3].lower() if m[3] else None))
        else:
            refs.append((part, None, None))
    return refs


DECIMAL_PLACES = {S.MONEY: 2, S.PERCENT: 2, S.DEC1: 1, S.RATE: 8, S.DEC6: 6}
LIMITS: dict[str, Decimal] = {
    S.MONEY: Decimal(10) ** 16,  # Numeric(18, 2)
    S.RATE: Decimal(10) ** 12,  # Numeric(20, 8)
    S.PERCENT: Decimal(10) ** 3,  # Numeric(5, 2)
    S.DEC1: Decimal(10) ** 6,  # Numeric(7, 1)
    S.DEC6: Decimal(10) ** 3,  # Numeric(9, 6)
    S.INT: Decimal(2**31),  # INTEGER: 32 bits on PostgreSQL, the smaller of the two engines
}
"""Exclusive bound on the magnitude of each numeric cell type, the column it lands in (a
test checks these against the models) so a value either engine would refuse, or round away,
is a row error naming the field instead of a failed commit."""


def _check_range(number: Decimal, limit: Decimal) -> None:
    if abs(number) >= limit:
        raise CellError("out_of_range", value=f"{number:f}"[:40], limit=f"{limit:,.0f}")


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_cell(col: S.Column, value: Any) -> Any:
    """The typed value of one cell for `col`; None for an empty cell."""
    if is_blank(value):
        return [] if col.type in (S.ENUM_LIST, S.SIGNATORY_LIST) else None
    if isinstance(value, Uncalculated):
        raise CellError("uncalculated", value=value.formula)
    t = col.type
    if t == S.TEXT:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (datetime, date)):
            return value.isoformat()[:10]
        return str(value).strip()
    if t == S.DATE:
        return parse_date(value)
    if t in DECIMAL_PLACES:
        number = parse_decimal(value)
        _check_range(number, col.limit or LIMITS[t])
        return quantize(number, DECIMAL_PLACES[t])
    if t == S.INT:
        number_int = parse_int(value)
        _check_range(Decimal(number_int), LIMITS[t])
        return number_int
    if t == S.BOOL:
        return parse_bool(value)
    if t == S.ENUM:
        assert col.enum is not None
        return parse_enum(value, col.enum)
    if t == S.ENUM_LIST:
        assert col.enum is not None
        return parse_enum_list(value, col.enum)
    if t == S.COUNTRY:
        return parse_country(value)
    if t == S.CURRENCY:
        return parse_currency(value)
    if t == S.UUID:
        return parse_uuid(value)
    if t == S.SIGNATORY_LIST:
        return parse_signatory_list(value)
    raise AssertionError(t)
