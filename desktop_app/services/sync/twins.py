"""The same link entered on two databases: kept once when their packages meet.

A link row (an Energy Day's organiser, a signatory an activity reached) and a grid cell
(one sector and carrier of an emission inventory) are records of their own, each with
its own id. Two laptops that add the same organiser to the same Energy Day make two rows,
and both travel; without this step the office would list the organiser twice. What makes
two rows "the same" is their natural key, derived from the kind specs: a LinkSpec's parent
and child columns, a GridSpec's parent, row and column.

After an import, every key the package touched that now has several live rows is folded:
the row with the smallest id stays (every database picks the same one, whatever order the
packages came in), the others move to the Trash as this database's own change, which
travels like any. A field in which a folded row differs from the one kept (a laptop made
the organiser the lead, the other did not; two MWh figures for one cell) is not decided
here: both values become changes of the kept row's field, so it is a conflict in the
inbox, each value with who entered it. Several databases folding the same twins write the
same values, which settle as one value (or one conflict) wherever they meet.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.audit import current_user
from ...domain import kinds, models
from . import changelog, merge, registry
from .changelog import CHUNK, DELETED, STATE, Change, Registers
from .replica import own_uuid, replica


@dataclass(frozen=True)
class Keyed:
    """A table whose rows are one per natural key: `parent` and the `rest` of the key."""

    table: str
    parent: str
    rest: tuple[str, ...]

    @property
    def key(self) -> tuple[str, ...]:
        return (self.parent, *self.rest)


@cache
def keyed_tables() -> dict[str, Keyed]:
    """The link and grid tables of the kind specs, by table name."""
    out: dict[str, Keyed] = {}
    for kind in kinds.KINDS.values():
        for link in kind.links:
            table = getattr(models, link.model).__tablename__
            out[table] = Keyed(table, link.parent_fk, (link.child_fk,))
        if kind.grid is not None:
            table = getattr(models, kind.grid.model).__tablename__
            out[table] = Keyed(table, kind.grid.parent_fk, (kind.grid.row, kind.grid.column))
    return out


@dataclass
class Folded:
    rows: int = 0
    """Rows moved to the Trash because a twin was kept."""
    conflicts: int = 0
    """Fields in which a folded row differed from the one kept (now in the inbox)."""


def fold(s: Session, fresh: Iterable[Change], user: str | None = None) -> Folded:
    """Keep one row per natural key among the keys the changes `fresh` touched."""
    done = Folded()
    touched: dict[str, set[uuid.UUID]] = {}
    for c in fresh:
        if c.table in keyed_tables():
            touched.setdefault(c.table, set()).add(c.record_id)
    if not touched:
        return done
    made: list[Change] = []
    registers: Registers = {}
    for table, ids in sorted(touched.items()):
        for group in _twins(s, keyed_tables()[table], ids):
            made += _fold_group(s, table, group, registers, user)
    if not made:
        return done
    changelog.write(s, made)
    outcome = merge.settle(s, registers, {c.register for c in made})
    done.rows = sum(1 for c in made if c.field == STATE)
    done.conflicts = outcome.conflicts
    return done


def _twins(s: Session, keyed: Keyed, ids: set[uuid.UUID]) -> list[list[Any]]:
    """Groups of two or more live rows sharing a key with one of the rows `ids`."""
    table: Any = registry.models_by_table()[keyed.table].__table__  # type: ignore[attr-defined]
    fields = registry.fields_of(keyed.table)
    columns = [table.c.id] + [table.c[col.name].label(key) for key, col in fields.items()]
    parents: set[Any] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        parents.update(
            s.execute(
                select(table.c[fields[keyed.parent].name]).where(
                    table.c.id.in_(part), table.c.deleted_at.is_(None)
                )
            ).scalars()
        )
    by_key: dict[tuple[Any, ...], list[Any]] = {}
    wanted = sorted(p for p in parents if p is not None)
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start : start + CHUNK]
        for row in s.execute(
            select(*columns).where(
                table.c[fields[keyed.parent].name].in_(part), table.c.deleted_at.is_(None)
            )
        ):
            key = tuple(getattr(row, k) for k in keyed.key)
            by_key.setdefault(key, []).append(row)
    return [
        sorted(rows, key=lambda r: r.id.hex)
        for rows in by_key.values()
        if len(rows) > 1 and any(r.id in ids for r in rows)
    ]


def _fold_group(
    s: Session, table: str, group: list[Any], registers: Registers, user: str | None
) -> list[Change]:
    """Own changes keeping `group[0]`: each other row to the Trash; each field in which
    one differs from the kept row, both values as concurrent changes of the kept row."""
    kept, others = group[0], group[1:]
    keyed = keyed_tables()[table]
    held = changelog.load_registers(s, [r.id for r in group])
    for reg, changes in held.items():
        registers.setdefault(reg, changes)
    rep = replica(s)
    assert rep is not None
    me, now, who = own_uuid(s), datetime.now(UTC), user or current_user()
    made: list[Change] = []

    def add(rid: uuid.UUID, name: str, value: str | None, parents: tuple[str, ...], by: str,
            at: datetime) -> None:  # fmt: skip
        rep.last_seq += 1
        change = Change(me, rep.last_seq, table, rid, name, value, None, parents, at, by)
        made.append(change)
        registers.setdefault(change.register, []).append(change)

    for row in others:
        for name in registry.fields_of(table):
            if name == "id" or name in keyed.key:
                continue
            mine = registry.canonical(table, name, merge.local_text(kept, name))
            theirs = registry.canonical(table, name, merge.local_text(row, name))
            if mine == theirs:
                continue
            if not changelog.heads(registers.get((kept.id, name), [])):
                by, at = _entered(registers, kept.id, name)
                add(kept.id, name, mine, (), by, at)  # the kept row's value, as a change
            by, at = _entered(registers, row.id, name)
            add(kept.id, name, theirs, (), by, at)  # concurrent with all: a conflict
        state = tuple(c.id for c in changelog.heads(registers.get((row.id, STATE), [])))
        add(row.id, STATE, DELETED, state, who, now)
    return made


def _entered(registers: Registers, rid: uuid.UUID, name: str) -> tuple[str, datetime]:
    """Who gave a row's field its value, and when: the field's newest change, else the
    row's insert."""
    for reg in ((rid, name), (rid, STATE)):
        tops = changelog.heads(registers.get(reg, []))
        if tops:
            return tops[-1].changed_by, tops[-1].changed_at
    return "", datetime.now(UTC)
