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
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, select, text

from ..db import audit_chain, migrate
from ..db.audit import current_user, to_text
from ..db.errors import DatabaseError
from ..db.office_server import login, mark_restoring
from ..db.readonly import READ_ERRORS, connect_readonly
from ..db.schema_version import HEAD
from ..db.session import SQLITE_MAGIC, Database, connect, lock_writers
from ..db.snapshot import CHUNK_ROWS, copy_sqlite
from ..domain.enums import AuditAction
from ..domain.models import Base
from ..domain.stamps import STAMP_FIELDS
from . import restore_validation
from .backup import BackupInfo, BackupSettings, before, scratch_dir

if TYPE_CHECKING:
    from ..db.identity import Identity

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
        con = connect_readonly(path)  # a damaged report reads as text, not a traceback
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
            rows = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
        finally:
            con.close()
    except READ_ERRORS as exc:
        raise DatabaseError("corrupt_backup", path=str(path), detail=str(exc)) from exc
    return restore_validation.check_revision(rows, path)


def restore(
    db: Database,
    file: Path,
    *,
    settings: BackupSettings | None = None,
    user: str | None = None,
    other_office: bool = False,
) -> RestoreResult:
    """Replace all records of `db` with those of the backup `file`, all or nothing.

    A backup of another database (another identity) is refused with
    DatabaseError("other_office") unless `other_office` says the caller warned the user
    and they meant it.
    """
    file = Path(file)
    validate_backup(file)  # refuse early, before copying or backing up anything
    if not other_office:
        check_same_office(db, file)
    with scratch_dir() as tmp:
        work = copy_sqlite(file, Path(tmp) / "restore.sqlite3")
        revision = validate_backup(work)
        source = connect(f"sqlite:///{work}", create=False)
        try:
            with source.engine.connect() as src:  # every row checked before any write
                restore_validation.validate(src, file, revision, migrated=revision == HEAD)
            try:
                if revision != HEAD:
                    migrate.upgrade(source)
            except Exception as exc:  # noqa: BLE001 - any failure: the backup is unusable
                raise _unusable(file, exc) from exc
            if revision != HEAD:
                with source.engine.connect() as src:
                    restore_validation.validate(src, file, revision)
            trail = restore_validation.trail_verifiable(revision)
            safety = before(db, "restore", settings)
            try:
                with source.engine.connect() as src, db.engine.begin() as dst:
                    mark_restoring(dst)  # an office server takes the backup's names from an admin
                    who = login(dst) or user or current_user()
                    counts = _swap(src, dst, db.is_sqlite, who, trail)
            except DatabaseError:
                raise
            except Exception as exc:  # noqa: BLE001 - rolled back; say why, in words
                raise _unusable(file, exc) from exc
        finally:
            source.dispose()
    return RestoreResult(file, revision, safety, *counts)


def _unusable(file: Path, exc: BaseException) -> DatabaseError:
    """An environment failure (disk full, read-only, lock) as such; anything else that
    stops a restore half-way (a missing table, a value its column cannot hold, a broken
    link) means the backup's content is unusable. Either way the transaction was rolled
    back, so the database is exactly as it was."""
    from ..db.errors import translate

    found = translate(exc, location=str(file))
    if found is not None and found.code not in ("cannot_open",):
        return found
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return DatabaseError(
        "corrupt_backup", path=str(file), detail=(detail[0] if detail else type(exc).__name__)
    )


def offices(db: Database, file: Path) -> tuple[Identity | None, Identity | None]:
    """(the database's identity, the backup's identity); None where there is none."""
    from ..db.identity import read_file
    from .backup import identity_of

    try:
        theirs = read_file(file)
    except sqlite3.Error:
        theirs = None
    return identity_of(db), theirs


def check_same_office(db: Database, file: Path) -> None:
    """Raise DatabaseError("other_office") naming both offices if `file` is another's backup.

    A backup from before identities existed (revision < 0005) carries none and is taken
    as this database's, as it always was; an empty database (a new laptop) may be filled
    from any backup.
    """
    ours, theirs = offices(db, file)
    if ours is not None and theirs is not None and ours.uuid != theirs.uuid:
        from .backup import is_empty

        if is_empty(db):
            return  # a new, empty database filled from a backup: nobody's records replaced
        raise DatabaseError("other_office", path=str(file), theirs=theirs.label, ours=ours.label)


def _tables() -> list[Table]:
    """The record tables a restore swaps; the target keeps its own identity row and its
    sync state (domain.models.sync.TABLES: an older log would reuse change numbers)."""
    from ..domain.models.sync import TABLES as SYNC

    return [t for t in Base.metadata.sorted_tables if t.name not in (AUDIT, IDENTITY, *SYNC)]


def _lock(dst: Connection, is_sqlite: bool) -> None:
    """Take the write lock first, so nobody commits between our read and our write."""
    lock_writers(dst)
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
    src: Connection, dst: Connection, is_sqlite: bool, user: str, trail: bool = True
) -> tuple[dict[str, int], int, int, int]:
    """Swap the rows; add the backup's audit entries this database lacks only if `trail`
    (the backup's chain was verified), re-chained after this database's own head."""
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
    missing = list(set(src.execute(select(audit_table.c.id)).scalars()) - known) if trail else []
    history: list[dict[str, Any]] = []
    for start in range(0, len(missing), 500):  # usually none: the backup's trail is a prefix
        these = audit_table.c.id.in_(missing[start : start + 500])
        history += _rows(src, audit_table, these).values()
    history.sort(key=lambda e: e["seq"])  # the backup's order, verified by its chain
    for entry in history:
        del entry["seq"], entry["chain_hash"]
    audit_chain.append(dst, history + audit)
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
