"""The change log: local edits read from the audit trail, and the heads of each register.

A *register* is one field of one record, or the record's state ("" : live / deleted).
Each change names the changes of its register it supersedes (`parents`: the register's
heads when it was made), so "which changes nobody supersedes yet" (the heads) is a
function of the set of changes a database holds, whatever order they arrived in. That is
what makes every database of the family end in the same place.

Capture is lazy: `capture` turns the audit entries written since the last capture into
changes, and runs at the start of every export, import and resolve, so no edit is ever
captured after an import it did not know about. Entries written by sync itself (origin
"sync") are not local edits and are skipped. An edit to a record also *touches* its state
register (once per capture), so an edit made while another database deleted the record
meets that delete as a conflict instead of vanishing into the Trash.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from ...db import audit_chain
from ...domain.models import SyncChange, SyncConflict
from . import registry
from .replica import own_uuid, replica

ORIGIN = "sync"
"""The audit origin of everything sync writes into records (never captured again)."""
STATE = ""
LIVE, DELETED, PURGED = "live", "deleted", "purged"
"""A record's states. PURGED is final: once any change of a record's state says so, the
record is gone for good on every database that holds that change (services.sync.merge)."""
PURGED_FIELD = "*purged*"
"""The field of the audit trail's entry for a row deleted outright (db.audit)."""
NOT_CAPTURED_PURGES = ("restore",)
"""Origins whose purges stay local: a backup's restore removes what the backup lacked,
which is this database's own rewind, not a decision about the office's records."""
TOUCH = ""
"""The snapshot of a state change that only says "edited here" (not a delete/restore)."""
CHUNK = 500


@dataclass(frozen=True, slots=True)
class Change:
    origin: uuid.UUID
    seq: int
    table: str
    record_id: uuid.UUID
    field: str
    value: str | None
    snapshot: str | None
    parents: tuple[str, ...]
    changed_at: datetime
    changed_by: str

    @property
    def id(self) -> str:
        return f"{self.origin.hex}:{self.seq}"

    @property
    def register(self) -> tuple[uuid.UUID, str]:
        return (self.record_id, self.field)

    @property
    def is_touch(self) -> bool:
        return self.field == STATE and self.snapshot == TOUCH

    @property
    def is_insert(self) -> bool:
        return self.field == STATE and bool(self.snapshot)

    def order_key(self) -> tuple[datetime, str, int]:
        return (self.changed_at, self.origin.hex, self.seq)

    def row(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "seq": self.seq,
            "table_name": self.table,
            "record_id": self.record_id,
            "field": self.field,
            "value": self.value,
            "snapshot": self.snapshot,
            "parents": json.dumps(list(self.parents), separators=(",", ":")),
            "changed_at": self.changed_at,
            "changed_by": self.changed_by,
        }


def from_row(row: Any) -> Change:
    when = row.changed_at
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return Change(
        origin=row.origin,
        seq=int(row.seq),
        table=row.table_name,
        record_id=row.record_id,
        field=row.field,
        value=row.value,
        snapshot=row.snapshot,
        parents=tuple(json.loads(row.parents or "[]")),
        changed_at=when,
        changed_by=row.changed_by or "",
    )


Registers = dict[tuple[uuid.UUID, str], list[Change]]


def load_registers(s: Session, record_ids: Iterable[uuid.UUID]) -> Registers:
    """Every change this database holds for the records `record_ids`, by register."""
    out: Registers = {}
    ids = sorted(set(record_ids))
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = s.execute(select(SyncChange.__table__).where(SyncChange.record_id.in_(part)))
        for row in rows:
            change = from_row(row)
            out.setdefault(change.register, []).append(change)
    return out


def heads(changes: Sequence[Change]) -> list[Change]:
    """The changes of one register that no other change of it supersedes, oldest first."""
    superseded = {p for c in changes for p in c.parents}
    return sorted((c for c in changes if c.id not in superseded), key=Change.order_key)


def head_values(changes: Sequence[Change]) -> list[str | None]:
    """The distinct values of a register's heads (a touch counts as live), each as the
    database gives it back (registry.canonical: 1750 and 1750.00 are one amount). A
    record's state that any change says is purged is purged, whatever came after."""
    if any(c.value == PURGED and c.field == STATE for c in changes):
        return [PURGED]
    seen: list[str | None] = []
    for c in heads(changes):
        value = registry.canonical(c.table, c.field, c.value)
        if value not in seen:
            seen.append(value)
    return seen


_TABLE = cast(Table, SyncChange.__table__)


def write(s: Session, changes: Sequence[Change]) -> None:
    """Append changes to the log (Core executemany: a package may hold many thousands)."""
    if changes:
        s.connection().execute(_TABLE.insert(), [c.row() for c in changes])


def capture(s: Session) -> list[Change]:
    """Turn the audit entries written since the last capture into own changes."""
    rep = replica(s)
    if rep is None:
        return []
    table = audit_chain.audit_table
    rows = s.execute(
        select(
            table.c.seq,
            table.c.action,
            table.c.table_name,
            table.c.record_id,
            table.c.field,
            table.c.new_value,
            table.c.origin,
            table.c.changed_at,
            table.c.changed_by,
        )
        .where(table.c.seq > rep.captured_through)
        .order_by(table.c.seq)
    ).all()
    if not rows:
        return []
    me = own_uuid(s)
    last_audit = int(rows[-1].seq)
    local = [r for r in rows if r.origin != ORIGIN and r.table_name in registry.models_by_table()]
    registers = load_registers(s, (_uuid(r.record_id) for r in local))
    made: list[Change] = []
    seq = rep.last_seq
    edited: dict[uuid.UUID, Any] = {}
    state_changed: set[uuid.UUID] = set()
    fields = registry.fields_of

    def add(row: Any, field: str, value: str | None, snapshot: str | None) -> None:
        nonlocal seq
        seq += 1
        rid = _uuid(row.record_id)
        reg = registers.setdefault((rid, field), [])
        when = row.changed_at if row.changed_at.tzinfo else row.changed_at.replace(tzinfo=UTC)
        change = Change(
            me,
            seq,
            row.table_name,
            rid,
            field,
            value,
            snapshot,
            tuple(c.id for c in heads(reg)),
            when,
            str(row.changed_by or ""),
        )
        reg.append(change)
        made.append(change)

    for row in local:
        action = str(row.action)
        rid = _uuid(row.record_id)
        if action == "insert":
            add(row, STATE, LIVE, row.new_value or "{}")
            state_changed.add(rid)
        elif action == "update" and row.field in fields(row.table_name):
            add(row, row.field, registry.canonical(row.table_name, row.field, row.new_value), None)
            edited[rid] = row
        elif action == "delete" and row.field == "":
            add(row, STATE, DELETED, None)
            state_changed.add(rid)
        elif (
            action == "delete"
            and row.field == PURGED_FIELD
            and row.origin not in NOT_CAPTURED_PURGES
        ):
            add(row, STATE, PURGED, None)
            state_changed.add(rid)
        elif action == "restore":
            add(row, STATE, LIVE, None)
            state_changed.add(rid)
    touch = {rid: row for rid, row in edited.items() if rid not in state_changed}
    states = _current_states(s, touch) if touch else {}
    for rid, row in touch.items():
        values = head_values(registers.get((rid, STATE), []))
        if len(values) > 1:
            continue  # an open edit-vs-delete conflict: an edit does not decide it
        add(row, STATE, values[0] if values else states.get(rid, LIVE), TOUCH)
    write(s, made)
    rep.last_seq = seq
    rep.captured_through = last_audit
    if made:
        close_conflicts(s, {c.register for c in made}, "edited")
    s.flush()
    return made


def close_conflicts(
    s: Session, regs: set[tuple[uuid.UUID, str]], resolution: str, by: str = ""
) -> int:
    """Mark the open conflicts of `regs` resolved; returns how many."""
    if not regs:
        return 0
    ids = sorted({r for r, _ in regs})
    closed = 0
    now = datetime.now(UTC)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        rows = s.execute(
            select(SyncConflict.id, SyncConflict.record_id, SyncConflict.field).where(
                SyncConflict.record_id.in_(part), SyncConflict.resolved_at.is_(None)
            )
        ).all()
        done = [r.id for r in rows if (r.record_id, r.field) in regs]
        if done:
            s.execute(
                update(SyncConflict)
                .where(SyncConflict.id.in_(done))
                .values(resolved_at=now, resolution=resolution, resolved_by=by)
            )
            closed += len(done)
    return closed


def _current_states(s: Session, rows: dict[uuid.UUID, Any]) -> dict[uuid.UUID, str]:
    by_table: dict[str, list[uuid.UUID]] = {}
    for rid, row in rows.items():
        by_table.setdefault(row.table_name, []).append(rid)
    out: dict[uuid.UUID, str] = {}
    for name, ids in by_table.items():
        model: Any = registry.models_by_table()[name]
        for start in range(0, len(ids), CHUNK):
            part = ids[start : start + CHUNK]
            for rid, deleted in s.execute(
                select(model.id, model.deleted_at).where(model.id.in_(part))
            ):
                out[rid] = DELETED if deleted is not None else LIVE
    return out


def _uuid(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
