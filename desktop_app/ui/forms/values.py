"""How one field value reads to a person: conflict dialog, history panel, prompts.

Values arrive typed (from records.load) or as audit text (from the history trail); both end
up as the same words, in the interface language, so "what changed" reads like the form.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import inspect as sa_inspect

from ...date_text import format_date, format_datetime
from ...db.audit import from_text
from ...domain.enums import LABELS
from ...domain.rules.fields import field_label
from ...i18n import country_name, locale, tr
from ...services.record_kinds import kind as record_kind
from ..widgets.decimal_edit import format_decimal

EMPTY = "\u2014"

NameOf = Callable[[uuid.UUID], str]


def field_title(kind_id: str, field: str) -> str:
    return tr("Field", field_label(field, kind_id))


def _enum_class(kind_id: str, field: str) -> type[StrEnum] | None:
    model = record_kind(kind_id).model
    try:
        column: Any = sa_inspect(model).columns[field]
    except KeyError:
        return None
    enum_cls = getattr(column.type, "enum_class", None)
    return enum_cls if isinstance(enum_cls, type) and issubclass(enum_cls, StrEnum) else None


def _code_label(code: str) -> str:
    for (_cls, value), text in LABELS.items():
        if value == code:
            return tr("Enum", text)
    return code


def display(kind_id: str, field: str, value: Any, name_of: NameOf | None = None) -> str:
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, bool):
        return tr("Values", "Yes") if value else tr("Values", "No")
    if field == "country":
        return country_name(str(value))
    if isinstance(value, StrEnum):
        source = LABELS.get((type(value), value.value))
        return tr("Enum", source) if source else value.value
    enum_cls = _enum_class(kind_id, field)
    if enum_cls is not None and isinstance(value, str):
        try:
            return display(kind_id, field, enum_cls(value), name_of)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_decimal(value, locale(), group=True)
    if isinstance(value, uuid.UUID):
        return name_of(value) if name_of else str(value)
    if isinstance(value, list):
        parts = []
        for item in value:
            if isinstance(item, uuid.UUID) or _looks_like_uuid(item):
                uid = item if isinstance(item, uuid.UUID) else uuid.UUID(str(item))
                parts.append(name_of(uid) if name_of else str(uid))
            else:
                parts.append(_code_label(str(item)))
        return ", ".join(parts)
    return str(value)


def _looks_like_uuid(item: Any) -> bool:
    if not isinstance(item, str) or len(item) != 36:
        return False
    try:
        uuid.UUID(item)
    except ValueError:
        return False
    return True


def display_text(kind_id: str, field: str, text: str | None, name_of: NameOf | None = None) -> str:
    """An audit-trail value (text) as `display` would show the typed value."""
    if text is None:
        return EMPTY
    model = record_kind(kind_id).model
    try:
        column: Any = sa_inspect(model).columns[field]
        value = from_text(column.type, text)
    except (KeyError, ValueError, TypeError):
        return text
    return display(kind_id, field, value, name_of)


def same(a: Any, b: Any) -> bool:
    """Equal as far as a person can tell: empty text is no value, list order of codes
    does not matter, 12.50 is 12.5, an enum member is its code."""
    if a in (None, "", []) and b in (None, "", []):
        return True
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return sorted(str(x) for x in a) == sorted(str(x) for x in b)
    if isinstance(a, uuid.UUID) or isinstance(b, uuid.UUID):
        return str(a) == str(b)
    return bool(a == b)
