"""A conflict's values as people read them: the words the forms show, not the stored codes.

Changes travel and are stored in the audit trail's text form (`db.audit.to_text`: enum
codes, ISO dates, plain decimals, ids), which is what a machine compares and what `sync
resolve --take VALUE` reads. The inbox shows them as the record's form would: a code's
label, a country's name, Yes / No, a date, an amount with its currency, the name of the
record an id points at. How to show a field is derived from its kind's spec (the widget
hint, `domain.kinds.hints`, and the spec's enum); link rows and grid cells, which belong to
no kind, by their column's type the same way.

`plain` is the command line's convention (docs/cli.md): ISO dates and plain numbers; the
window uses the interface language's date and number formats (date_text, number_text).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Enum, Integer, Numeric, Text
from sqlalchemy.orm import Session

from ...domain import kinds
from ...domain.kinds import KindSpec, hints
from ...i18n import country_name, label, tr
from . import registry
from .changelog import DELETED, LIVE, STATE


def norm(text: str) -> str:
    from ..excel.vocab import norm as loose

    return loose(text)


NAME_FIELDS = ("name", "title", "institution", "municipality")
"""Columns that name a record, in the order they are tried."""


@cache
def kind_of(table: str) -> KindSpec | None:
    """The record kind whose model is `table` (None for link rows and grid cells)."""
    return next((k for k in kinds.KINDS.values() if k.model.__tablename__ == table), None)


def _hint(table: str, field: str) -> str:
    """The field's widget hint: from its kind's spec, else from its column's type."""
    kind = kind_of(table)
    if kind is not None and kind.has_field(field) and not kind.field(field).computed:
        return hints.widget(kind, kind.field(field))
    column = registry.fields_of(table)[field]
    if column.foreign_keys:
        return "ref"
    ctype = column.type
    for cls, hint in (
        (Enum, "enum"),
        (JSON, "codes"),
        (Boolean, "flag"),
        (Date, "date"),
        (Integer, "int"),
        (Numeric, "decimal"),
        (Text, "multiline"),
    ):
        if isinstance(ctype, cls):
            return hint
    return "text"


def _enum_class(table: str, field: str) -> type[StrEnum] | None:
    kind = kind_of(table)
    if kind is not None and kind.has_field(field) and kind.field(field).enum is not None:
        return kind.field(field).enum
    found = getattr(registry.fields_of(table)[field].type, "enum_class", None)
    return found if isinstance(found, type) and issubclass(found, StrEnum) else None


def _code(enum_cls: type[StrEnum] | None, code: str) -> str:
    if enum_cls is None:
        return code
    try:
        return label(enum_cls(code))
    except (ValueError, KeyError):
        return code  # a code this build does not know: shown as it came


def state_text(value: str | None) -> str:
    """A record's state in a kept-or-deleted conflict."""
    return tr("Sync", "in the Trash") if value == DELETED else tr("Sync", "kept")


def value_text(
    s: Session, table: str, field: str, text: str | None, record: Any = None, *, plain: bool
) -> str:
    """`text` (the stored form of `table.field`) as the record's form shows it.

    `record` (the record as this database holds it, or None) gives an amount's currency."""
    if field == STATE:
        return state_text(text)
    if text is None or text == "":
        return tr("Sync", "(empty)")
    try:
        value = registry.from_text(table, field, text)
    except registry.BadValue:
        return text
    hint = _hint(table, field)
    if hint in ("enum", "codes"):
        codes = value if isinstance(value, list) else [value]
        shown = [_code(_enum_class(table, field), str(getattr(c, "value", c))) for c in codes]
        return ", ".join(shown) if shown else tr("Sync", "(empty)")
    if hint == "country":
        return country_name(str(value))
    if isinstance(value, bool):
        return tr("Sync", "Yes") if value else tr("Sync", "No")
    if isinstance(value, uuid.UUID):
        return reference_name(s, table, field, value)
    if isinstance(value, datetime | date):
        return _day(value, plain)
    if isinstance(value, Decimal | int):
        number = _number(value, hint, plain)
        currency = getattr(record, "currency", None) if hint == "money" else None
        return f"{number} {currency}" if currency else number
    return str(value)


def _day(value: date, plain: bool) -> str:
    if not plain:
        from ...date_text import format_date

        return format_date(value)  # a moment as local date and time
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    return value.isoformat()


def _number(value: Decimal | int, hint: str, plain: bool) -> str:
    if isinstance(value, int):
        return str(value)  # a count or a year, as its form field shows it
    places = 2 if hint == "money" else None
    if plain:
        return f"{value:.2f}" if places else format(value.normalize(), "f")
    from ...number_text import format_decimal

    return format_decimal(value, places)  # exact, grouped, the language's decimal sign


def reference_name(s: Session, table: str, field: str, target_id: uuid.UUID) -> str:
    """The name of the record `table.field` points at (its id's first digits if none)."""
    column = registry.fields_of(table)[field]
    fk = next(iter(column.foreign_keys), None)
    if fk is None:
        return target_id.hex[:8]
    return record_name(s, fk.column.table.name, target_id)


def record_name(s: Session, table: str, record_id: uuid.UUID) -> str:
    """How the inbox names a record: its name or title; a link row or grid cell by the
    records it joins (an Energy Day and its organiser: "Solar day - Mary")."""
    model: Any = registry.models_by_table().get(table)
    if model is None:
        return record_id.hex[:8]
    obj = s.get(model, record_id)
    if obj is None:
        return record_id.hex[:8]
    return object_name(s, obj)


def object_name(s: Session, obj: Any) -> str:
    for name in NAME_FIELDS:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value:
            return value
    table = obj.__tablename__
    parts = [
        reference_name(s, table, key, getattr(obj, key))
        for key, column in registry.fields_of(table).items()
        if column.foreign_keys and getattr(obj, key, None) is not None
    ]
    parts += [
        str(getattr(obj, key))
        for key, column in registry.fields_of(table).items()
        if not column.foreign_keys
        and key != "id"
        and _hint(table, key) == "text"
        and getattr(obj, key, None)
    ]
    return " - ".join(parts) if parts else obj.id.hex[:8]


def parse_take(table: str, field: str, given: str) -> str | None:
    """A `--take` value in the stored form: the form itself, or a code's label in any of
    the interface languages (what the inbox shows); None when it is neither."""
    if field == STATE:
        words = {LIVE: LIVE, DELETED: DELETED, norm(state_text(LIVE)): LIVE}
        words[norm(state_text(DELETED))] = DELETED
        return words.get(norm(given))
    try:
        registry.from_text(table, field, given)
        return given
    except registry.BadValue:
        pass
    enum_cls = _enum_class(table, field)
    if enum_cls is None:
        return None
    from ..excel.vocab import enum_index

    index = enum_index(enum_cls)
    if _hint(table, field) == "codes":
        codes = [index.get(norm(part)) for part in given.split(",") if part.strip()]
        if not codes or None in codes:
            return None
        return json.dumps(codes, ensure_ascii=False)
    found = index.get(norm(given))
    return found if found is not None else None
