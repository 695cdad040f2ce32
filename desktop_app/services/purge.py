"""Purging from the Trash: records deleted for good, by an admin.

A purge is final, so it is narrow: only records already in the Trash, and with them only
their link rows and grid cells (an Energy Day's organiser rows, an inventory's cells:
records of their own that mean nothing without them). Any other record that still points
at one (a town's plan, in the Trash or not) must be purged in the same go, or nothing is
purged and the record is named. The session's audit hook writes a `delete` entry
(`*purged*`) for each row, so the trail says who purged what; sync carries the purge to the
other databases of the office family, which purge it too (docs/team.md). On an office
server only an admin may: the server grants DELETE to the admin group alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..db.session import Database, lock_writers
from ..domain import kinds
from ..i18n import tr
from .sync import registry, shown

ORIGIN = "purge"


@dataclass(frozen=True)
class Purged:
    records: tuple[str, ...]
    """The records purged, as "Kind: name"."""
    along: int
    """Their link rows and grid cells, purged with them."""


class PurgeError(Exception):
    """`code`: not_found (no record in the Trash has the ID), live (the record is not in
    the Trash), ambiguous (the digits name several), still_used (another record points at
    one: `record`, `by`). Nothing was purged."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def _kind_tables() -> dict[str, kinds.KindSpec]:
    return {k.model.__tablename__: k for k in kinds.KINDS.values()}


def describe(s: Any, obj: Any) -> str:
    """A record as a purge names it: its kind's title and its name."""
    kind = shown.kind_of(obj.__tablename__)
    title = tr("RecordKind", kind.title) if kind is not None else obj.__tablename__
    return f"{title}: {shown.object_name(s, obj)}"


def _find(s: Any, text: str) -> Any:
    wanted = text.strip().lower().replace("-", "")
    found: list[Any] = []
    for table in _kind_tables():
        model: Any = registry.models_by_table()[table]
        if len(wanted) == 32:
            try:
                obj = s.get(model, uuid.UUID(wanted))
            except ValueError:
                obj = None
            found += [obj] if obj is not None else []
            continue
        ids = s.scalars(select(model.id)).all() if wanted else []
        found += [s.get(model, i) for i in ids if i.hex.startswith(wanted)]
    if not found:
        raise PurgeError("not_found", id=text)
    if len(found) > 1:
        raise PurgeError("ambiguous", id=text)
    if found[0].deleted_at is None:
        raise PurgeError("live", id=text, record=describe(s, found[0]))
    return found[0]


def purge(db: Database, wanted: Sequence[str], *, user: str | None = None) -> Purged:
    """Purge the records in the Trash named by `wanted` (IDs or their first digits)."""
    kind_tables = _kind_tables()
    with db.transaction(ORIGIN, user) as s:
        lock_writers(s.connection())
        chosen: dict[uuid.UUID, Any] = {}
        for text in wanted:
            obj = _find(s, text)
            chosen[obj.id] = obj
        along: dict[uuid.UUID, Any] = {}
        pending = list(chosen.values())
        while pending:
            parent = pending.pop()
            for table, field, _nullable in registry.references_to(parent.__tablename__):
                model: Any = registry.models_by_table()[table]
                for row in s.scalars(select(model).where(getattr(model, field) == parent.id)):
                    if row.id in chosen or row.id in along:
                        continue
                    if table in kind_tables:
                        raise PurgeError(
                            "still_used", record=describe(s, parent), by=describe(s, row)
                        )
                    along[row.id] = row
                    pending.append(row)
        names = tuple(describe(s, obj) for obj in chosen.values())
        order = registry.table_order()
        for obj in sorted(
            [*along.values(), *chosen.values()],
            key=lambda o: -order[o.__tablename__],  # children first
        ):
            s.delete(obj)
            s.flush()
    return Purged(names, len(along))
