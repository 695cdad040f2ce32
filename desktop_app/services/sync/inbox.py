"""The conflict inbox: open conflicts with both values, and resolving one.

A conflict's "mine" is the value the record holds here; "theirs" the other head's (the
newest, when more than two databases disagree). Resolving writes a new own change that
supersedes every head, so the resolution travels like any edit and closes the conflict
on every database that imports it. Each side carries its value twice: as stored (what a
machine compares, and what `--take VALUE` gives) and as the form shows it (services.sync.
shown: labels, names, dates, amounts), which is what the CLI and the window print.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.audit import current_user
from ...db.session import Database, lock_writers
from ...domain.models import SyncConflict
from . import changelog, merge, registry, shown
from .changelog import ORIGIN, STATE, Change
from .replica import own_uuid, replica


@dataclass(frozen=True)
class Side:
    value: str | None
    """As stored (the trail's text form)."""
    by: str
    at: datetime
    change: str
    text: str = ""
    """As the record's form shows it (services.sync.shown)."""


@dataclass(frozen=True)
class Conflict:
    id: uuid.UUID
    table: str
    record_id: uuid.UUID
    field: str
    """The column, or "" when an edit met a delete (values live / deleted)."""
    mine: Side
    theirs: Side
    others: tuple[Side, ...]
    opened_at: datetime
    record_label: str

    @property
    def short(self) -> str:
        return self.id.hex[:8]


class ResolveError(Exception):
    """`code`: no_conflict, ambiguous, bad_value."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def open_conflicts(db: Database, *, plain: bool = False) -> list[Conflict]:
    """The open conflicts, oldest first; `plain`: values in the command line's form (ISO
    dates, plain numbers), else in the interface language's (services.sync.shown)."""
    with db.session(ORIGIN) as s:
        rows = s.scalars(
            select(SyncConflict)
            .where(SyncConflict.resolved_at.is_(None))
            .order_by(SyncConflict.opened_at, SyncConflict.id)
        ).all()
        return [_describe(s, row, plain) for row in rows]


def _describe(s: Session, row: SyncConflict, plain: bool = True) -> Conflict:
    registers = changelog.load_registers(s, [row.record_id])
    tops = changelog.heads(registers.get((row.record_id, row.field), []))
    objects = merge.load_objects(s, {row.table_name: {row.record_id}})
    obj = objects.get(row.record_id)

    def same(a: str | None, b: str | None) -> bool:
        return registry.canonical(row.table_name, row.field, a) == registry.canonical(
            row.table_name, row.field, b
        )

    current = merge.local_text(obj, row.field) if obj is not None else None

    def side(c: Change) -> Side:
        text = shown.value_text(s, row.table_name, row.field, c.value, obj, plain=plain)
        return Side(c.value, c.changed_by, c.changed_at, c.id, text)

    sides = [side(c) for c in tops]
    mine = next((x for x in sides if same(x.value, current)), sides[0] if sides else None)
    rest = [x for x in sides if x is not mine and not same(x.value, mine.value if mine else None)]
    rest.sort(key=lambda x: x.at, reverse=True)
    empty = Side(None, "", row.opened_at, "")
    return Conflict(
        row.id,
        row.table_name,
        row.record_id,
        row.field,
        mine or empty,
        rest[0] if rest else empty,
        tuple(rest[1:]),
        row.opened_at,
        shown.object_name(s, obj) if obj is not None else "",
    )


def find(db: Database, text: str) -> Conflict:
    wanted = text.strip().lower().replace("-", "")
    found = [c for c in open_conflicts(db) if wanted and c.id.hex.startswith(wanted)]
    if not found:
        raise ResolveError("no_conflict", id=text)
    if len(found) > 1:
        raise ResolveError("ambiguous", id=text)
    return found[0]


def resolve(db: Database, conflict_text: str, take: str, *, user: str | None = None) -> Conflict:
    """Resolve with "mine", "theirs" or a value (the field's text form, or what the inbox
    shows for a code or a record's state); returns it."""
    conflict = find(db, conflict_text)
    with db.transaction(ORIGIN, user=user) as s:
        lock_writers(s.connection())
        changelog.capture(s)
        row = s.get(SyncConflict, conflict.id)
        if row is None or row.resolved_at is not None:
            raise ResolveError("no_conflict", id=conflict_text)
        conflict = _describe(s, row)
        if take == "mine":
            value, how = conflict.mine.value, "mine"
        elif take == "theirs":
            value, how = conflict.theirs.value, "theirs"
        else:
            how = "value"
            value = shown.parse_take(conflict.table, conflict.field, take)
            if value is None:
                raise ResolveError(
                    "bad_value", field=field_title(conflict.table, conflict.field), value=take
                )
        rep = replica(s)
        assert rep is not None
        registers = changelog.load_registers(s, [conflict.record_id])
        reg = (conflict.record_id, conflict.field)
        tops = changelog.heads(registers.get(reg, []))
        rep.last_seq += 1
        who = user or current_user()
        change = Change(
            own_uuid(s),
            rep.last_seq,
            conflict.table,
            conflict.record_id,
            conflict.field,
            value,
            None,
            tuple(c.id for c in tops),
            datetime.now(UTC),
            who,
        )
        changelog.write(s, [change])
        registers.setdefault(reg, []).append(change)
        merge.settle(s, registers, {reg})
        row.resolved_at = datetime.now(UTC)
        row.resolution = how
        row.resolved_by = who
        s.flush()
    return conflict


def heads_of(row: SyncConflict) -> list[str]:
    return list(json.loads(row.heads))


def field_title(table: str, field: str) -> str:
    """The field's label in the interface language ("" : whether the record is kept)."""
    from ...domain.rules.fields import field_label
    from ...i18n import tr

    if field == STATE:
        return tr("Sync", "Record kept or deleted")
    kind = shown.kind_of(table)
    return tr("Field", field_label(field, kind.id if kind is not None else ""))


@dataclass(frozen=True)
class Member:
    uuid: uuid.UUID
    office: str
    role: str
    """"this" (this database), "origin" (cloned from), "peer"."""
    last_import: datetime | None
    last_export: datetime | None


def family(db: Database) -> list[Member]:
    """This database and the peers it knows; empty when it is in no family."""
    from ...db.identity import ensure
    from .replica import peers

    with db.session(ORIGIN) as s:
        rep = replica(s)
        if rep is None:
            return []
        me = ensure(s.connection())
        out = [Member(me.uuid, me.office_name, "this", None, None)]
        for p in peers(s):
            role = "origin" if p.uuid == rep.parent else "peer"
            out.append(Member(p.uuid, p.office_name, role, p.last_import_at, p.last_export_at))
        return out
