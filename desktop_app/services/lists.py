"""The rows behind every list page: one Core query per list, signatory names joined in.

Columns and queries are built from the kind specs (domain/kinds): a field with a list facet
is a column, selected by its name, so a value cannot land under another column's header.

Twenty thousand signatories or a hundred thousand finance lines must open in well under a
second, so lists select only what they show as plain tuples (no ORM entities, no lazy
loads, no query per row). Column descriptions live here, Qt-free, so the table models, the
benchmarks and the tests agree on what each position in a row means.

Importing this module loads no ORM: the signatories list (the first screen at start-up)
reads a Core `table()` from db.light_tables, and the other lists import the mapped models
only when their query is built.
"""

from __future__ import annotations

import builtins
import functools
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.types import NullType

from ..db import light_tables
from ..db.session import Database
from ..domain import kinds
from ..domain.kinds import hints
from .list_computed import computed_column
from .live import live


@dataclass(frozen=True)
class Column:
    field: str
    """Model attribute name; the header is its label from domain.rules.fields."""
    type: str
    """text | name | country | enum | codes | date | int | decimal | money | bool | count."""
    enum: builtins.type[StrEnum] | None = None
    hidden: bool = False
    """Hidden until the user shows it from the header menu."""
    filter: str | None = None
    """Quick filter it feeds: country | status | type | year."""


@dataclass(frozen=True)
class ListSpec:
    kind: str
    """Record kind, as in services.record_kinds (what `open_requested` carries)."""
    columns: tuple[Column, ...]
    query: Callable[[], Any]
    """Selects the id first, then one value per column."""

    def index(self, field: str) -> int:
        for i, column in enumerate(self.columns):
            if column.field == field:
                return i
        raise KeyError(field)


def _columns(kind: kinds.KindSpec) -> tuple[Column, ...]:
    """The kind's list columns from its spec: the signatory's name and country first for
    kinds that belong to one, then every field with a list facet, in the list's order."""
    out: list[Column] = []
    if kind.signatory_field:
        out += [
            Column(kind.signatory_field, "name"),
            Column("country", "country", filter="country"),
        ]
    for spec in kind.list_fields():
        facet = spec.list
        assert facet is not None
        out.append(
            Column(spec.name, hints.list_type(kind, spec), spec.enum, facet.hidden, facet.filter)
        )
    return tuple(out)


def _query(kind: kinds.KindSpec) -> Any:
    """One Core select by field name: the id, then one value per list column.

    The first screen's kinds read a Core table() (db.light_tables, no ORM); the rest the
    mapped model, imported here on first use.
    """
    light = getattr(light_tables, kind.id, None)
    model: Any = None
    if light is None:
        from ..domain import models

        model = kind.model

    def col(name: str) -> Any:
        return light.c[name] if light is not None else getattr(model, name)

    selected: list[Any] = [col("id")]
    joins: list[tuple[Any, Any]] = []
    signatory: Any = None
    if kind.signatory_field:
        signatory = models.Signatory
        selected += [signatory.name, signatory.country]
        joins.append((signatory, signatory.id == col(kind.signatory_field)))
    outer: list[tuple[Any, Any]] = []
    for spec in kind.list_fields():
        link = kind.link(spec.name)
        if spec.computed:
            selected.append(computed_column(kind.id, spec.name, col))
            continue
        if link is None:
            selected.append(col(spec.name))
            continue
        link_model = getattr(models, link.model)
        parent = getattr(link_model, link.parent_fk)
        counts = (
            select(parent, func.count().label("n"))
            .where(live(link_model))
            .group_by(parent)
            .subquery()
        )
        selected.append(func.coalesce(counts.c.n, 0))
        outer.append((counts, counts.c[link.parent_fk] == col("id")))
    query = select(*selected)
    for target, on in joins:
        query = query.join(target, on)
    for target, on in outer:
        query = query.outerjoin(target, on)
    order: list[Any] = []
    for key in kind.list_sort:
        if key == "signatory":
            order.append(signatory.name)
        elif key.startswith("-"):
            order.append(col(key[1:]).desc())
        else:
            order.append(col(key))
    return query.where(live(light.c if light is not None else model)).order_by(*order)


class _Lists(Mapping[str, "ListSpec"]):
    """list id -> ListSpec, built from the kind specs on first use of each list (a list's
    cell types come from its model's columns, which start-up does not load)."""

    def __init__(self) -> None:
        self._ids = tuple(k.list_id for k in kinds.KINDS.values() if k.list_id)
        self._built: dict[str, ListSpec] = {}

    def __getitem__(self, list_id: str) -> ListSpec:
        spec = self._built.get(list_id)
        if spec is None:
            if list_id not in self._ids:
                raise KeyError(list_id)
            kind = kinds.by_list(list_id)
            spec = self._built[list_id] = ListSpec(
                kind.id, _columns(kind), functools.partial(_query, kind)
            )
        return spec

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


LISTS: Mapping[str, ListSpec] = _Lists()
"""Every list page's columns and query, keyed by list id (a kind's collection name)."""


def list_rows(db: Database, list_id: str, limit: int | None = None) -> list[tuple[Any, ...]]:
    """Rows of one list: `(id, value per column...)`, live records only.

    Values are what the database driver returns, untouched: converting 100,000 ids to UUID
    and dates, amounts and codes to Python types costs several times the query itself, and
    a list only ever shows a screenful. On SQLite that means ids and dates as text, amounts
    as floats, flags as 0/1; on PostgreSQL, typed values. Enum columns are always their code
    strings. `cell()` and `row_id()` give the typed value of one cell when it is needed.
    `limit` serves the first screenful before the whole list arrives.
    """
    query: Any = LISTS[list_id].query()
    query = query.with_only_columns(
        *(type_coerce(c, NullType()) for c in query.selected_columns),
        maintain_column_froms=True,
    )
    if limit is not None:
        query = query.limit(limit)
    with db.engine.connect() as conn:
        result = conn.execute(query)
        memos: list[dict[Any, Any]] = [{} for _ in result.keys()]
        rows: list[tuple[Any, ...]] = []
        for chunk in result.partitions(5000):
            rows.extend(_share_repeats(chunk, memos))
    return rows


def _share_repeats(chunk: Sequence[Any], memos: list[dict[Any, Any]]) -> list[tuple[Any, ...]]:
    """One object per distinct value in each column (the driver makes a new string for every
    cell): 100,000 finance rows repeat a few thousand names, dates and codes, and sharing them
    halves the memory a list holds. Done per chunk, so the driver's copies never pile up, and
    column-wise, so it stays cheap."""
    if not chunk:
        return []
    columns = list(zip(*chunk, strict=True))
    shared: list[Any] = [columns[0]]
    for column, memo in zip(columns[1:], memos[1:], strict=True):
        shared.append([memo.setdefault(v, v) for v in column])
    return list(zip(*shared, strict=True))


def row_id(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def cell(column: Column, value: Any) -> Any:
    """The typed value of a raw list cell: date, Decimal, int, bool, enum member or text."""
    if value is None:
        return None
    kind = column.type
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind in ("money", "decimal"):
        if isinstance(value, Decimal):
            return value
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
        return number.quantize(Decimal("0.01")) if kind == "money" else number
    if kind == "enum" and column.enum is not None:
        return column.enum(value)
    if kind == "bool":
        return bool(value)
    if kind in ("int", "count"):
        return int(value)
    return value
