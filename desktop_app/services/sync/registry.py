"""Which tables sync and how a field's value travels as text (the audit trail's form).

Every business table (a RecordMixin) syncs; its bookkeeping columns (domain.stamps) do
not, since they are per database. Values travel as `db.audit.to_text` writes them, so a
change read from the audit trail needs no conversion; `from_text` turns one back into the
column's Python value (`db.audit.from_text`, strictly) and refuses text the column cannot
hold (a tampered package).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from ...db import audit
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
        return None  # also for NOT NULL columns: the trail writes None for a value never set
    if len(text) > MAX_VALUE:
        raise BadValue(field)
    try:
        return audit.from_text(column.type, text, strict=True)
    except (ValueError, InvalidOperation, TypeError) as exc:
        raise BadValue(field) from exc


@cache
def _scale(table: str, field: str) -> int | None:
    """The decimal places a Numeric column keeps (None for every other column)."""
    from sqlalchemy import Numeric

    column = fields_of(table).get(field)
    if column is None or not isinstance(column.type, Numeric):
        return None
    return column.type.scale


def canonical(table: str, field: str, text: str | None) -> str | None:
    """`text` as the database gives the value back: an amount typed as 1750 is stored, and
    read, as 1750.00. Changes are compared in this form, so the same amount written two
    ways is one value (not a conflict), and a record's own value is found among the heads."""
    scale = _scale(table, field)
    if scale is None or text is None:
        return text
    try:
        return format(Decimal(text).quantize(Decimal(1).scaleb(-scale)), "f")
    except (InvalidOperation, ValueError):
        return text


@cache
def references_to(table: str) -> tuple[tuple[str, str, bool], ...]:
    """(table, field, nullable) of every syncing column that points at a row of `table`."""
    out = []
    for other in models_by_table():
        for key, column in fields_of(other).items():
            if any(fk.column.table.name == table for fk in column.foreign_keys):
                out.append((other, key, bool(column.nullable)))
    return tuple(out)
