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


def parse_date(value: Any) -> date:
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
            return parse_date(int(text))
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
    text = _SPACES.sub("", str(value)).replace("−", "-")
    if not text:
        raise CellError("bad_number", value=str(value))
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif commas > 1:
        text = text.replace(",", "")
    elif commas == 1:
        head, tail = text.split(",")
        is_group = len(tail) == 3 and head.lstrip("-+").isdigit() and len(head.lstrip("-+")) <= 3
        text = head + tail if is_group and head.lstrip("-+") != "0" else head + "." + tail
    elif dots > 1:
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellError("bad_number", value=str(value)) from None
    if not number.is_finite():
        raise CellError("bad_number", value=str(value))
    return number


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


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def parse_cell(col: S.Column, value: Any) -> Any:
    """The typed value of one cell for `col`; None for an empty cell."""
    if is_blank(value):
        return [] if col.type in (S.ENUM_LIST, S.SIGNATORY_LIST) else None
    t = col.type
    if t == S.TEXT:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        if isinstance(value, (datetime, date)):
            return value.isoformat()[:10]
        return str(value).strip()
    if t == S.DATE:
        return parse_date(value)
    if t == S.MONEY:
        return quantize(parse_decimal(value), 2)
    if t == S.PERCENT:
        return quantize(parse_decimal(value), 2)
    if t == S.DEC1:
        return quantize(parse_decimal(value), 1)
    if t == S.RATE:
        return quantize(parse_decimal(value), 8)
    if t == S.INT:
        return parse_int(value)
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
