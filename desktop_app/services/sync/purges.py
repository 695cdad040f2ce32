"""Purges that travel: a record purged on one database is purged on all that import it.

An admin's purge (services.purge) is final. It travels as a change of the record's state
("purged"), and no later edit, restore or conflict brings the record back: a record any of
whose state changes says purged is purged (changelog.head_values). Importing one:

- purges the record here (its row deleted, audited as the session hook audits a purge),
  together with what cannot exist without it: rows whose NOT NULL reference points at it
  (a plan a laptop entered for a town the office purged), and their own such rows; a
  nullable reference to it (a report's plan) is cleared. Every database applies the same
  rule to the same changes, so all end alike;
- closes the record's open conflicts;
- counts the changes that reach a record already purged here (a laptop's edits made
  before it heard of the purge): they stay in the change log, are not applied, and the
  import names the records, so nobody believes an edit went in that did not.

A change that would point a record at a purged one is treated alike: a nullable reference
is cleared, a record that must point at it goes with it. Purges by a backup's restore do
not travel (changelog.NOT_CAPTURED_PURGES).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import select

from ...domain.models import SyncConflict
from . import registry
from .changelog import CHUNK, PURGED, PURGED_FIELD, STATE, Change, Registers, head_values

ORIGIN = "sync"


def purged_records(
    registers: Registers, touched: Iterable[tuple[uuid.UUID, str]]
) -> set[uuid.UUID]:
    """The records among `touched` whose state says purged."""
    return {
        rid
        for rid, name in touched
        if name == STATE and head_values(registers.get((rid, STATE), [])) == [PURGED]
    }


def _table(name: str) -> Any:
    return registry.models_by_table()[name].__table__  # type: ignore[attr-defined]


def existing(s: Any, table: str, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `ids` have a row in `table` here."""
    target = _table(table)
    ordered = sorted(set(ids))
    found: set[uuid.UUID] = set()
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        found.update(s.execute(select(target.c.id).where(target.c.id.in_(part))).scalars())
    return found


@cache
def target_of(table: str, field: str) -> str | None:
    """The table a reference column points at (None for a column that is no reference)."""
    column = registry.fields_of(table).get(field)
    fk = next(iter(column.foreign_keys), None) if column is not None else None
    return fk.column.table.name if fk is not None else None


def purge(s: Any, targets: dict[str, set[uuid.UUID]], by: dict[uuid.UUID, str]) -> set[uuid.UUID]:
    """Delete the `targets` (table -> ids) present here and what cannot exist without them;
    clear nullable references to them. `by`: who purged each (the change's author).
    Returns the ids of every row deleted."""
    from ...db import audit, audit_chain

    gone: dict[str, set[uuid.UUID]] = {}
    pending: list[tuple[str, set[uuid.UUID]]] = []
    for name, ids in targets.items():
        here = existing(s, name, ids)
        if here:
            gone.setdefault(name, set()).update(here)
            pending.append((name, here))
    cleared: dict[tuple[str, uuid.UUID], list[tuple[str, uuid.UUID]]] = {}
    while pending:
        name, ids = pending.pop()
        for dep, field, nullable in registry.references_to(name):
            column = _table(dep).c[registry.fields_of(dep)[field].name]
            ordered = sorted(ids)
            for start in range(0, len(ordered), CHUNK):
                part = ordered[start : start + CHUNK]
                rows = s.execute(
                    select(_table(dep).c.id, column.label("ref")).where(column.in_(part))
                ).all()
                fresh = set()
                for row in rows:
                    by.setdefault(row.id, by.get(row.ref, ""))
                    if nullable:
                        cleared.setdefault((dep, row.id), []).append((field, row.ref))
                    elif row.id not in gone.get(dep, set()):
                        fresh.add(row.id)
                if fresh:
                    gone.setdefault(dep, set()).update(fresh)
                    pending.append((dep, fresh))
    if not gone:
        return set()
    all_gone = {rid for ids in gone.values() for rid in ids}
    login = audit._server_login(s)  # noqa: SLF001 - the hook's own rule, shared
    now = datetime.now(UTC)
    entries: list[dict[str, Any]] = []
    conn = s.connection()
    for (dep, rid), fields in sorted(cleared.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
        if rid in all_gone:
            continue
        target = _table(dep)
        values = {registry.fields_of(dep)[f].name: None for f, _ref in fields}
        who = login or by.get(rid) or ORIGIN
        conn.execute(
            target.update()
            .where(target.c.id == rid)
            .values(**values, version=target.c.version + 1, updated_at=now, updated_by=who)
        )
        for f, ref in sorted(fields):
            entries.append(_entry(dep, rid, "update", f, str(ref), None, who, now))
    order = registry.table_order()
    for name in sorted(gone, key=lambda n: -order[n]):  # children first
        target = _table(name)
        ordered = sorted(gone[name])
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            conn.execute(target.delete().where(target.c.id.in_(part)))
        for rid in ordered:
            who = login or by.get(rid) or ORIGIN
            entries.append(_entry(name, rid, "delete", PURGED_FIELD, None, None, who, now))
    audit_chain.append(conn, entries)
    s.info.pop(audit._HEAD, None)  # noqa: SLF001 - the next flush reads the new head
    closing = sorted(all_gone)
    for start in range(0, len(closing), CHUNK):
        part = closing[start : start + CHUNK]
        conn.execute(
            SyncConflict.__table__.update()  # type: ignore[attr-defined]
            .where(SyncConflict.record_id.in_(part), SyncConflict.resolved_at.is_(None))
            .values(resolved_at=now, resolution="purged", resolved_by="")
        )
    return all_gone


def _entry(
    table: str,
    rid: uuid.UUID,
    action: str,
    field: str,
    old: str | None,
    new: str | None,
    who: str,
    now: datetime,
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "table_name": table,
        "record_id": rid,
        "action": action,
        "field": field,
        "old_value": old,
        "new_value": new,
        "changed_at": now,
        "changed_by": who,
        "origin": ORIGIN,
    }


def record_title(s: Any, registers: Registers, table: str, rid: uuid.UUID) -> str:
    """A record no longer here, as its kind and its last name: from the audit trail (which
    keeps what a purged record held), else from its insert in the change log."""
    from ...db import audit_chain
    from ...i18n import tr
    from .shown import NAME_FIELDS, kind_of

    kind = kind_of(table)
    title = tr("RecordKind", kind.title) if kind is not None else table
    trail = audit_chain.audit_table
    rows = s.execute(
        select(trail.c.action, trail.c.field, trail.c.new_value)
        .where(trail.c.table_name == table, trail.c.record_id == rid)
        .order_by(trail.c.seq.desc())
    ).all()
    snapshots = [c.snapshot for c in registers.get((rid, STATE), []) if c.is_insert]
    for row in rows:
        if row.field in NAME_FIELDS and row.new_value:
            return f"{title}: {row.new_value}"
        if row.action == "insert" and row.new_value:
            snapshots.insert(0, row.new_value)
    for text in snapshots:
        try:
            snapshot = json.loads(text or "{}")
        except ValueError:
            continue
        for key in NAME_FIELDS:
            if snapshot.get(key):
                return f"{title}: {snapshot[key]}"
    return f"{title}: {rid.hex[:8]}"


def dangling(s: Any, changes: Iterable[Change]) -> set[tuple[uuid.UUID, str]]:
    """Registers among `changes` whose value points at a record that is not here."""
    wanted: dict[str, set[uuid.UUID]] = {}
    refs: list[tuple[Change, str, uuid.UUID]] = []
    for c in changes:
        target = target_of(c.table, c.field) if c.field != STATE else None
        if target is None or c.value is None:
            continue
        try:
            ref = uuid.UUID(c.value)
        except ValueError:
            continue
        wanted.setdefault(target, set()).add(ref)
        refs.append((c, target, ref))
    if not refs:
        return set()
    found = {name: existing(s, name, ids) for name, ids in wanted.items()}
    return {c.register for c, target, ref in refs if ref not in found[target]}
