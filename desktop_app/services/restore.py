"""Restoring a backup: validate a copy, back up what is there, swap all rows at once.

The swap is one transaction, so an interrupted restore leaves the database exactly as it
was. The audit trail is kept (entries only the backup knows are added), and the restore
writes its own entries (origin "restore") for every record it inserts, changes or removes,
so History can show and undo it like any other change.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, delete, select, text

from ..db import migrate
from ..db.audit import current_user, to_text
from ..db.errors import DatabaseError
from ..db.schema_version import HEAD, REVISIONS
from ..db.session import SQLITE_MAGIC, Database, connect
from ..db.snapshot import CHUNK_ROWS, copy_sqlite
from ..domain.enums import AuditAction
from ..domain.models import Base
from ..domain.stamps import STAMP_FIELDS
from .backup import BackupInfo, BackupSettings, before, scratch_dir

ORIGIN = "restore"
AUDIT = "audit_entry"
IDENTITY = "database_identity"


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    revision: str
    """The backup's schema revision before any migration of the copy."""
    safety_backup: BackupInfo | None
    rows: dict[str, int]
    inserted: int
    changed: int
    removed: int


def validate_backup(path: Path) -> str:
    """The backup's schema revision, or DatabaseError if it is not a usable backup.

    Reads only: a file that turns out to be something else is left untouched.
    """
    if not path.is_file():
        raise DatabaseError("missing_file", path=str(path))
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise DatabaseError("not_a_backup", path=str(path)) from exc
    if head != SQLITE_MAGIC:
        raise DatabaseError("not_a_backup", path=str(path))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
            if problems:
                raise DatabaseError(
                    "corrupt_backup", path=str(path), detail="; ".join(problems[:3])
                )
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                raise DatabaseError("not_a_backup", path=str(path))
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise DatabaseError("corrupt_backup", path=str(path), detail=str(exc)) from exc
    if row is None:
        raise DatabaseError("not_a_backup", path=str(path))
    if row[0] not in REVISIONS:
        raise DatabaseError("newer_schema", revision=row[0], location=str(path))
    return str(row[0])


def restore(
    db: Database,
    file: Path,
    *,
    settings: BackupSettings | None = None,
    user: str | None = None,
) -> RestoreResult:
    """Replace all records of `db` with those of the backup `file`, all or nothing."""
    file = Path(file)
    validate_backup(file)  # refuse early, before copying or backing up anything
    with scratch_dir() as tmp:
        work = copy_sqlite(file, Path(tmp) / "restore.sqlite3")
        revision = validate_backup(work)
        source = connect(f"sqlite:///{work}", create=False)
        try:
            if revision != HEAD:
                migrate.upgrade(source)
            safety = before(db, "restore", settings)
            with source.engine.connect() as src, db.engine.begin() as dst:
                counts = _swap(src, dst, db.is_sqlite, user or current_user())
        finally:
            source.dispose()
    return RestoreResult(file, revision, safety, *counts)


def _tables() -> list[Table]:
    """The record tables a restore swaps; the target keeps its own identity row."""
    return [t for t in Base.metadata.sorted_tables if t.name not in (AUDIT, IDENTITY)]


def _lock(dst: Connection, is_sqlite: bool) -> None:
    """Take the write lock first, so nobody commits between our read and our write."""
    if is_sqlite:
        dst.execute(text("UPDATE alembic_version SET version_num = version_num"))
    else:
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        dst.execute(text(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE"))


def _rows(conn: Connection, table: Table, where: Any = None) -> dict[uuid.UUID, dict[str, Any]]:
    query = select(table) if where is None else select(table).where(where)
    result = conn.execute(query.execution_options(yield_per=CHUNK_ROWS))
    keys = list(result.keys())
    at = keys.index("id")
    return {row[at]: dict(zip(keys, row, strict=True)) for row in result}


def _chunks(items: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(items), CHUNK_ROWS):
        yield items[start : start + CHUNK_ROWS]


def _swap(
    src: Connection, dst: Connection, is_sqlite: bool, user: str
) -> tuple[dict[str, int], int, int, int]:
    _lock(dst, is_sqlite)
    now = datetime.now(UTC)
    audit: list[dict[str, Any]] = []
    wanted: dict[str, list[dict[str, Any]]] = {}
    inserted = changed = removed = 0
    for table in _tables():
        current = _rows(dst, table)
        incoming = _rows(src, table)
        fields = [c.name for c in table.columns if c.name not in STAMP_FIELDS]
        rows = []
        for rid, row in incoming.items():
            old = current.get(rid)
            if old is None:
                inserted += 1
                snapshot = {f: to_text(row[f]) for f in fields}
                audit.append(_entry(now, user, AuditAction.INSERT, table, rid, new=snapshot))
            elif old != row:
                entries = _differences(now, user, table, rid, fields, old, row)
                if entries:
                    changed += 1
                    audit += entries
                    row = dict(row, version=max(old["version"], row["version"]) + 1)
                    row.update(updated_at=now, updated_by=user)
            rows.append(row)
        for rid in current.keys() - incoming.keys():
            removed += 1
            audit.append(_entry(now, user, AuditAction.DELETE, table, rid, field="*purged*"))
        wanted[table.name] = rows
    for table in reversed(_tables()):
        dst.execute(delete(table))
    for table in _tables():
        for part in _chunks(wanted[table.name]):
            dst.execute(table.insert(), part)
    audit_table = Base.metadata.tables[AUDIT]
    known = set(dst.execute(select(audit_table.c.id)).scalars())
    missing = list(set(src.execute(select(audit_table.c.id)).scalars()) - known)
    history: list[dict[str, Any]] = []
    for start in range(0, len(missing), 500):  # usually none: the backup's trail is a prefix
        these = audit_table.c.id.in_(missing[start : start + 500])
        history += _rows(src, audit_table, these).values()
    for part in _chunks(history + audit):
        dst.execute(audit_table.insert(), part)
    rows_per_table = {name: len(rows) for name, rows in wanted.items()}
    rows_per_table[AUDIT] = len(known) + len(history) + len(audit)
    return rows_per_table, inserted, changed, removed


def _differences(
    now: datetime,
    user: str,
    table: Table,
    rid: uuid.UUID,
    fields: list[str],
    old: dict[str, Any],
    new: dict[str, Any],
) -> list[dict[str, Any]]:
    entries = []
    if (old["deleted_at"] is None) != (new["deleted_at"] is None):
        action = AuditAction.DELETE if new["deleted_at"] is not None else AuditAction.RESTORE
        entries.append(_entry(now, user, action, table, rid))
    for name in fields:
        was, now_is = to_text(old[name]), to_text(new[name])
        if was != now_is:
            entries.append(_entry(now, user, AuditAction.UPDATE, table, rid, name, was, now_is))
    return entries


def _entry(
    now: datetime,
    user: str,
    action: AuditAction,
    table: Table,
    rid: uuid.UUID,
    field: str = "",
    old: str | None = None,
    new: str | dict[str, str | None] | None = None,
) -> dict[str, Any]:
    if isinstance(new, dict):
        new = json.dumps(new, ensure_ascii=False, sort_keys=True)
    return {
        "id": uuid.uuid4(),
        "changed_at": now,
        "changed_by": user,
        "action": action,
        "table_name": table.name,
        "record_id": rid,
        "field": field,
        "old_value": old,
        "new_value": new,
        "origin": ORIGIN,
    }


__all__ = ["RestoreResult", "restore", "validate_backup"]
