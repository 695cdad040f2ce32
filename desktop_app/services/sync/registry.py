"""Which tables sync and how a field's value travels as text (the audit trail's form).

Every business table (a RecordMixin) syncs; its bookkeeping columns (domain.stamps) do
not, since they are per database. Values travel as `db.audit.to_text` writes them, so a
change read from the audit trail needs no conversion; `from_text` turns one back into the
column's Python value and refuses text the column cannot hold (a tampered package).
"""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Enum, Integer, Numeric, String, Uuid

from ...domain.stamps import STAMP_FIELDS

MAX_VALUE = 1_000_000
"""Longest value text accepted from a package (a Text column's longest sensible note)."""


class BadValue(ValueError):
    """A value text the column cannot hold."""


@cache
def models_by_table() -> dict[str, type]:
    """Mapped RecordMixin classes by table name, in the metadata's dependency order."""
    from ...domain import models

    by_table: dict[str, type] = {
        m.class_.__tablename__: m.class_  # type: ignore[attr-defined]
        for m in models.Base.registry.mappers
        if issubclass(m.class_, models.RecordMixin)
    }
    order = [t.name for t in models.Base.metadata.sorted_tables]
    return {name: by_table[name] for name in order if name in by_table}


@cache
def table_order() -> dict[str, int]:
    """Parents before children: the position of each table in dependency order."""
    return {name: i for i, name in enumerate(models_by_table())}


@cache
def fields_of(table: str) -> dict[str, Any]:
    """The syncing columns of `table` (attribute key -> Column)."""
    from sqlalchemy import inspect

    model = models_by_table()[table]
    mapper: Any = inspect(model)
    return {
        attr.key: attr.columns[0] for attr in mapper.column_attrs if attr.key not in STAMP_FIELDS
    }


def from_text(table: str, field: str, text: str | None) -> Any:
    """The Python value of `text` for `table.field`; BadValue if it cannot be one."""
    column = fields_of(table).get(field)
    if column is None:
        raise BadValue(f"{table}.{field}")
    if text is None:
        if not column.nullable and not column.primary_key:
            # NOT NULL columns: the audit trail writes None only for a value never set.
            return None
        return None
    if len(text) > MAX_VALUE:
        raise BadValue(field)
    kind = column.type
    try:
        if isinstance(kind, Enum):
            enum_cls = kind.enum_class
            return enum_cls(text) if enum_cls is not None else text
        if isinstance(kind, Uuid):
            return uuid.UUID(text)
        if isinstance(kind, JSON):
            value = json.loads(text)
            if not isinstance(value, (list, dict)):
                raise BadValue(field)
            return value
        if isinstance(kind, Boolean):
            if text not in ("true", "false"):
                raise BadValue(field)
            return text == "true"
        if isinstance(kind, DateTime) or _impl_is(kind, DateTime):
            return datetime.fromisoformat(text)
        if isinstance(kind, Date):
            return date.fromisoformat(text)
        if isinstance(kind, Numeric):
            number = Decimal(text)
            if not number.is_finite():
                raise BadValue(field)
            return number
        if isinstance(kind, Integer):
            return int(text)
        if isinstance(kind, String) and kind.length is not None and len(text) > kind.length:
            raise BadValue(field)
    except (ValueError, InvalidOperation, TypeError) as exc:
        raise BadValue(field) from exc
    return text


def _impl_is(kind: Any, cls: type) -> bool:
    impl = getattr(kind, "impl", None)
    return isinstance(impl, cls) or (isinstance(impl, type) and issubclass(impl, cls))
