"""A record's grid of numbers, kept as child rows (one per filled cell).

The values dict holds it as {"ROW/COLUMN": Decimal}; saving compares with the live rows
and writes only what changed: a new value updates the row, an emptied cell (None or 0)
soft-deletes it (the audit trail keeps what it held), a cell filled again revives it.
Nothing is purged, as with link rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..domain.rules.emissions import cell_key, parse_cells_text, split_key
from .record_kinds import Grid


def _rows(s: Session, grid: Grid, parent_id: uuid.UUID) -> list[Any]:
    model: Any = grid.model
    query = (
        select(model)
        .where(getattr(model, grid.parent_fk) == parent_id)
        .order_by(model.created_at, model.id)
    )
    return list(s.scalars(query))


def load(s: Session, grid: Grid, parent_id: uuid.UUID) -> dict[str, Decimal]:
    out: dict[str, Decimal] = {}
    for row in _rows(s, grid, parent_id):
        if row.deleted_at is None:
            out[cell_key(getattr(row, grid.row), getattr(row, grid.column))] = getattr(
                row, grid.value
            )
    return out


def wanted_cells(value: Mapping[str, Any] | str | None) -> dict[str, Decimal]:
    """The filled cells of a values dict's grid; validation has refused what is no number."""
    out: dict[str, Decimal] = {}
    if isinstance(value, str):
        value = parse_cells_text(value)
    for key, raw in (value or {}).items():
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            number = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
        except InvalidOperation:
            raise ValueError(f"grid cell {key}: {raw!r} is no number") from None
        if number != 0:
            out[key] = number
    return out


def _current(s: Session, grid: Grid, obj: Any) -> list[Any]:
    """The grid's rows of `obj`. A parent not yet flushed (one an import just created) has
    none in the database: asking would flush the whole session once per record (591
    flushes for 572 imported inventories), so the first sync of a new parent starts empty.
    A second sync of the same parent before a flush asks the database, which flushes
    first and so sees the first one's cells (only the parents' ids are remembered)."""
    seen: set[uuid.UUID] = s.info.setdefault(("new grid parents", grid.model), set())
    if inspect(obj).pending and obj.id is not None and obj.id not in seen:
        seen.add(obj.id)
        return []
    return _rows(s, grid, obj.id)


def sync(s: Session, grid: Grid, obj: Any, value: Mapping[str, Any] | str | None) -> bool:
    wanted = wanted_cells(value)
    rows: dict[str, Any] = {}
    for row in _current(s, grid, obj):
        key = cell_key(getattr(row, grid.row), getattr(row, grid.column))
        # Two rows for one cell cannot arise through this function; keep the live one.
        if key not in rows or row.deleted_at is None:
            rows[key] = row
    now = datetime.now(UTC)
    changed = False
    for key, row in rows.items():
        if key not in wanted and row.deleted_at is None:
            row.deleted_at = now
            changed = True
    for key, number in wanted.items():
        row = rows.get(key)
        if row is None:
            r, c = split_key(key)
            added = grid.model(
                id=uuid.uuid4(),
                **{grid.parent_fk: obj.id, grid.row: r, grid.column: c, grid.value: number},
            )
            s.add(added)
            changed = True
            continue
        if row.deleted_at is not None:
            row.deleted_at = None
            changed = True
        if getattr(row, grid.value) != number:
            setattr(row, grid.value, number)
            changed = True
    return changed


def texts(s: Session, grid: Grid, parent_ids: Any = None) -> dict[uuid.UUID, str]:
    """Each parent's live cells as their workbook text (emissions.cells_text)."""
    from ..domain.rules.emissions import cells_text

    model: Any = grid.model
    query = select(
        getattr(model, grid.parent_fk), getattr(model, grid.row), getattr(model, grid.column),
        getattr(model, grid.value),
    ).where(model.deleted_at.is_(None))
    if parent_ids is not None:
        query = query.where(getattr(model, grid.parent_fk).in_(list(parent_ids)))
    cells: dict[uuid.UUID, dict[str, Decimal]] = {}
    for parent, r, c, v in s.execute(query):
        cells.setdefault(parent, {})[cell_key(r, c)] = v
    return {parent: cells_text(own) for parent, own in cells.items()}
