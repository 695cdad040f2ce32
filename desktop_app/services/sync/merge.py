"""Settling registers after new changes arrived: apply a sole value, or keep a conflict.

For each register a package touched, the heads (changelog.heads) decide:
- one value among the heads: that value goes into the record (a change made on one side
  only, or both sides agreeing), and an open conflict of the register is closed;
- several values: a conflict. The record keeps the value it has when that is one of the
  heads (the receiving side's value stays in place); a database that made none of them
  takes the oldest head's value, so it shows an edit rather than the value both replaced.
  The inbox row's id is derived from the heads, so every database names it alike.

Writes go through the ORM with origin "sync": the audit trail shows them (by the author of
the change) and capture never mistakes them for local edits.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...db.audit import to_text
from ...domain.models import SyncConflict
from . import purges, registry
from .changelog import (
    CHUNK,
    DELETED,
    LIVE,
    PURGED,
    STATE,
    Change,
    Registers,
    head_values,
    heads,
)

NAMESPACE = uuid.UUID("6f1c1bd4-5a7e-4b43-9a35-cdc0a11de5c1")


@dataclass
class Outcome:
    applied: int = 0
    conflicts: int = 0
    in_conflict: set[str] = field(default_factory=set)
    """Ids of changes that are heads of an open conflict after settling."""
    absent: set[uuid.UUID] = field(default_factory=set)
    """Records the changes touched that are not here (purged here before): not applied."""
    purged: set[uuid.UUID] = field(default_factory=set)
    """Records purged here now (a purge that came, and what could not exist without it)."""


def conflict_id(head_ids: Iterable[str]) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, "|".join(sorted(head_ids)))


def local_text(obj: Any, name: str) -> str | None:
    if name == STATE:
        return DELETED if obj.deleted_at is not None else LIVE
    return to_text(getattr(obj, name))


def load_objects(s: Session, wanted: dict[str, set[uuid.UUID]]) -> dict[uuid.UUID, Any]:
    out: dict[uuid.UUID, Any] = {}
    for name, ids in wanted.items():
        model: Any = registry.models_by_table()[name]
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            for obj in s.scalars(select(model).where(model.id.in_(part))):
                out[obj.id] = obj
    return out


def create_records(s: Session, inserts: list[Change], registers: Registers | None = None) -> None:
    """New records, parents' tables first, each as its snapshot says (later changes follow).

    Not a record purged (its state in `registers` says so), nor one that must point at a
    record not here (purged); a nullable reference to one is left empty (sync.purges)."""
    order = registry.table_order()
    skip = purges.purged_records(registers or {}, set(registers or {}))
    by_table: dict[str, list[Change]] = {}
    for c in inserts:
        if c.record_id not in skip:
            by_table.setdefault(c.table, []).append(c)
    for name in sorted(by_table, key=order.__getitem__):
        changes = by_table[name]
        model: Any = registry.models_by_table()[name]
        present = set(load_objects(s, {name: {c.record_id for c in changes}}))
        fields = registry.fields_of(name)
        snapshots = {c.record_id: json.loads(c.snapshot or "{}") for c in changes}
        missing = _missing_references(s, name, snapshots, skip)
        by_author: dict[str, list[Change]] = {}
        for c in changes:
            by_author.setdefault(c.changed_by, []).append(c)
        for author in sorted(by_author):  # the trail names who made each record
            for c in by_author[author]:
                if c.record_id in present:
                    continue
                values = snapshots[c.record_id]
                lost = missing.get(c.record_id, set())
                if any(not fields[key].nullable for key in lost):
                    continue  # it must point at a record purged here: it goes with it
                obj = model(id=c.record_id)
                for key, text in values.items():
                    if key in fields and key != "id":
                        text = None if key in lost else text
                        setattr(obj, key, registry.from_text(name, key, text))
                obj.created_at = c.changed_at
                s.add(obj)
                present.add(c.record_id)
            s.info["user"] = author or "sync"
            s.flush()


def _missing_references(
    s: Session, table: str, snapshots: dict[uuid.UUID, dict[str, Any]], purged: set[uuid.UUID]
) -> dict[uuid.UUID, set[str]]:
    """For each new record, the reference fields whose record is not here (or is `purged`
    by the same import)."""
    wanted: dict[str, set[uuid.UUID]] = {}
    refs: list[tuple[uuid.UUID, str, str, uuid.UUID]] = []
    for rid, values in snapshots.items():
        for key, text in values.items():
            target = purges.target_of(table, key) if key != "id" else None
            if target is None or not text:
                continue
            try:
                ref = uuid.UUID(str(text))
            except ValueError:
                continue
            wanted.setdefault(target, set()).add(ref)
            refs.append((rid, key, target, ref))
    found = {name: purges.existing(s, name, ids) - purged for name, ids in wanted.items()}
    out: dict[uuid.UUID, set[str]] = {}
    for rid, key, target, ref in refs:
        if ref not in found[target]:
            out.setdefault(rid, set()).add(key)
    return out


def settle(s: Session, registers: Registers, touched: set[tuple[uuid.UUID, str]]) -> Outcome:
    """Bring every touched register's record value in line with its heads."""
    outcome = Outcome()
    tables: dict[uuid.UUID, str] = {}
    for reg in touched:
        changes = registers.get(reg) or []
        if changes:
            tables[reg[0]] = changes[0].table
    wanted: dict[str, set[uuid.UUID]] = {}
    for rid, name in tables.items():
        wanted.setdefault(name, set()).add(rid)
    s.flush()  # new records in: the rows below are read and written with Core
    objects = _load_rows(s, wanted)
    outcome.absent = {rid for rid in tables if rid not in objects}
    purged = purges.purged_records(registers, touched)
    if purged:
        authors = {
            rid: next(c.changed_by for c in registers[(rid, STATE)] if c.value == PURGED)
            for rid in purged
        }
        targets: dict[str, set[uuid.UUID]] = {}
        for rid in purged & set(objects):
            targets.setdefault(tables[rid], set()).add(rid)
        outcome.purged = purges.purge(s, targets, authors)
        if outcome.purged:
            objects = _load_rows(s, wanted)  # references to them may have been cleared
    open_rows = _open_conflicts(s, set(tables))
    now = datetime.now(UTC)
    writes: dict[str, list[tuple[Any, str, str, Change]]] = {}
    new_conflicts: list[dict[str, Any]] = []
    closed: dict[uuid.UUID, str] = {}
    for reg in sorted(touched, key=lambda r: (str(r[0]), r[1])):
        changes = registers.get(reg) or []
        obj = objects.get(reg[0])
        if not changes or obj is None or reg[0] in purged:
            continue  # a record purged here: the change is kept in the log only
        table, name = changes[0].table, reg[1]
        if name != STATE and name not in registry.fields_of(table):
            continue
        tops = heads(changes)
        values = head_values(changes)
        current = registry.canonical(table, name, local_text(obj, name))
        existing = open_rows.get(reg, [])
        if len(values) <= 1:
            for row_id in existing:
                closed[row_id] = "elsewhere"
            top = tops[-1]
            if current != registry.canonical(table, name, top.value):
                writes.setdefault(top.changed_by, []).append((obj, table, name, top))
            continue
        cid = conflict_id(c.id for c in tops)
        outcome.in_conflict.update(c.id for c in tops)
        for row_id in existing:
            if row_id != cid:
                closed[row_id] = "superseded"
        if cid not in existing and s.get(SyncConflict, cid) is None:
            new_conflicts.append(
                {
                    "id": cid,
                    "table_name": table,
                    "record_id": reg[0],
                    "field": name,
                    "heads": json.dumps(sorted(c.id for c in tops)),
                    "opened_at": now,
                    "resolved_at": None,
                    "resolved_by": "",
                    "resolution": "",
                }
            )
        if current not in values:
            top = tops[0]
            writes.setdefault(top.changed_by, []).append((obj, table, name, top))
    orphans = _dangling(s, writes)
    _write(s, writes, now)
    if orphans:
        outcome.purged |= purges.purge(s, orphans, {})
    for row_id, resolution in closed.items():
        s.execute(
            update(SyncConflict)
            .where(SyncConflict.id == row_id, SyncConflict.resolved_at.is_(None))
            .values(resolved_at=now, resolution=resolution)
        )
    if new_conflicts:
        s.execute(insert(SyncConflict), new_conflicts)
    outcome.conflicts = len(new_conflicts)
    s.flush()
    return outcome


def _dangling(
    s: Session, writes: dict[str, list[tuple[Any, str, str, Change]]]
) -> dict[str, set[uuid.UUID]]:
    """Writes that would point a record at one purged here: a nullable reference is left
    empty instead; a record that must point at it is returned, to be purged with it."""
    bad = purges.dangling(s, (w[3] for items in writes.values() for w in items))
    if not bad:
        return {}
    orphans: dict[str, set[uuid.UUID]] = {}
    for by, items in writes.items():
        kept = []
        for obj, table, name, top in items:
            if top.register not in bad:
                kept.append((obj, table, name, top))
            elif registry.fields_of(table)[name].nullable:
                kept.append((obj, table, name, replace(top, value=None)))
            else:
                orphans.setdefault(table, set()).add(obj.id)
        writes[by] = kept
    return orphans


def _load_rows(s: Session, wanted: dict[str, set[uuid.UUID]]) -> dict[uuid.UUID, Any]:
    """The current values of the records (Core rows: attribute access by field name)."""
    out: dict[uuid.UUID, Any] = {}
    for name, ids in wanted.items():
        table: Any = registry.models_by_table()[name].__table__  # type: ignore[attr-defined]
        fields = registry.fields_of(name)
        columns = [table.c.id, table.c.deleted_at] + [
            table.c[col.name].label(key) for key, col in fields.items() if key != "id"
        ]
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            part = ordered[start : start + CHUNK]
            for row in s.execute(select(*columns).where(table.c.id.in_(part))):
                out[row.id] = row
    return out


def _write(
    s: Session, writes: dict[str, list[tuple[Any, str, str, Change]]], now: datetime
) -> None:
    """The settled values into the records, and their audit entries, in bulk.

    What the session hook does for a form's save (db.audit), for thousands of fields at
    once: one UPDATE per record with the version counter moved on and the stamps set, and
    one audit entry per field (update) or per move to or from the Trash (delete/restore),
    chained under the chain lock, in the hook's stable order (table, id, field). On an
    office server the trail names the login, as the hook does.
    """
    from sqlalchemy import bindparam

    from ...db import audit, audit_chain

    if not writes:
        return
    login = audit._server_login(s)  # noqa: SLF001 - the hook's own rule, shared
    per_record: dict[tuple[str, uuid.UUID], dict[str, Any]] = {}
    authors: dict[tuple[str, uuid.UUID], str] = {}
    entries: list[dict[str, Any]] = []
    for by in sorted(writes):
        who = login or by or "sync"
        for row, table, name, top in writes[by]:
            key = (table, row.id)
            values = per_record.setdefault(key, {})
            authors[key] = who
            stamp = {"changed_at": now, "changed_by": who, "origin": "sync"}
            base = {"id": uuid.uuid4(), "table_name": table, "record_id": row.id}
            if name == STATE:
                values["deleted_at"] = top.changed_at if top.value == DELETED else None
                action = "delete" if top.value == DELETED else "restore"
                entry = {
                    **base,
                    "action": action,
                    "field": "",
                    "old_value": None,
                    "new_value": None,
                    **stamp,
                }
            else:
                column = registry.fields_of(table)[name].name
                values[column] = registry.from_text(table, name, top.value)
                entry = {
                    **base,
                    "action": "update",
                    "field": name,
                    "old_value": local_text(row, name),
                    "new_value": top.value,
                    **stamp,
                }
            entries.append(entry)
    groups: dict[tuple[str, tuple[str, ...]], list[dict[str, Any]]] = {}
    for (table, rid), values in sorted(
        per_record.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))
    ):
        params = {f"v_{k}": v for k, v in values.items()}
        params.update({"k_id": rid, "k_by": authors[(table, rid)], "k_now": now})
        groups.setdefault((table, tuple(sorted(values))), []).append(params)
    conn = s.connection()
    for (name, columns), rows in groups.items():
        target: Any = registry.models_by_table()[name].__table__  # type: ignore[attr-defined]
        statement = (
            target.update()
            .where(target.c.id == bindparam("k_id"))
            .values(
                {
                    **{c: bindparam(f"v_{c}") for c in columns},
                    "version": target.c.version + 1,
                    "updated_at": bindparam("k_now"),
                    "updated_by": bindparam("k_by"),
                }
            )
        )
        conn.execute(statement, rows)
    order = {"delete": 0, "restore": 0, "update": 1}
    entries.sort(
        key=lambda e: (e["table_name"], str(e["record_id"]), order[e["action"]], e["field"])
    )
    audit_chain.append(conn, entries)
    s.info.pop(audit._HEAD, None)  # noqa: SLF001 - the next flush reads the new head


def _open_conflicts(
    s: Session, record_ids: set[uuid.UUID]
) -> dict[tuple[uuid.UUID, str], list[uuid.UUID]]:
    out: dict[tuple[uuid.UUID, str], list[uuid.UUID]] = {}
    ids = sorted(record_ids)
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        for row in s.execute(
            select(SyncConflict.id, SyncConflict.record_id, SyncConflict.field).where(
                SyncConflict.record_id.in_(part), SyncConflict.resolved_at.is_(None)
            )
        ):
            out.setdefault((row.record_id, row.field), []).append(row.id)
    return out
