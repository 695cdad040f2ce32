"""A damaged database file: detect it at start-up, keep it aside, go back to a good backup.

Nothing here deletes a file. The damaged one is renamed with a timestamp (with its -wal and
-shm companions, which may hold the last transactions) so that an expert can still try to
salvage it; the office works on from the newest backup that passes SQLite's full check.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..db.errors import DatabaseError
from ..db.session import SQLITE_MAGIC, Database
from ..db.snapshot import copy_sqlite, parse_name
from .backup import BackupInfo, BackupSettings, list_backups

if TYPE_CHECKING:
    from ..db.identity import Identity

RECOVERABLE = ("integrity_failed", "corrupt_database")
"""Codes after which a backup is offered: a SQLite file that SQLite cannot read.

A file that is not SQLite at all stays "not_a_database" and is only refused, since it may be
a document given by mistake, which must never be moved.
"""


@dataclass(frozen=True)
class RecoveryResult:
    restored_from: Path
    moved_aside: Path | None


def quick_check(db: Database) -> None:
    """SQLite's quick check (pages and records, not index contents): cheap enough for start-up.

    Raises DatabaseError("corrupt_database") naming the newest good backup if there is one.
    """
    if not db.is_sqlite or db.path is None:
        return
    try:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    except Exception as exc:  # noqa: BLE001 - a malformed file fails in many ways
        rows = [str(getattr(exc, "orig", exc))]
    if rows == ["ok"]:
        return
    db.dispose()
    lines = [ln.strip() for r in rows for ln in r.splitlines() if ln.strip() and "***" not in ln]
    raise _damaged(db.path, "; ".join(lines[:2]) or "quick_check failed")


def damaged_or(exc: DatabaseError) -> DatabaseError:
    """A file with SQLite's header that SQLite cannot read is damaged, not foreign.

    Telling the two apart matters: a damaged office file gets its backup offered, while a
    spreadsheet given by mistake is only refused.
    """
    path = Path(str(exc.params.get("path", "")))
    if exc.code != "not_a_database" or not path.is_file():
        return exc
    try:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_MAGIC:
                return exc
    except OSError:
        return exc
    return _damaged(path, "not a readable SQLite database")


def _damaged(path: Path, detail: str) -> DatabaseError:
    good = newest_good_backup(path)
    if good is None:
        return DatabaseError("integrity_failed", path=str(path), detail=detail)
    return DatabaseError("corrupt_database", path=str(path), detail=detail, backup=str(good.path))


def file_identity(path: Path) -> Identity | None:
    """The identity stored in a (possibly damaged) SQLite file, if it can still be read."""
    from ..db.identity import read_file

    try:
        return read_file(path)
    except Exception:  # noqa: BLE001 - a damaged file fails in many ways
        return None


def _stem_matches(stem: str, db_stem: str, ident: Identity | None) -> bool:
    if ident is not None:
        return stem in (f"{db_stem}-{ident.short}", db_stem)
    return stem == db_stem or stem.startswith(db_stem + "-")


def backup_candidates(
    db_path: Path, settings: BackupSettings | None = None, ident: Identity | None = None
) -> list[BackupInfo]:
    """This database's backups, newest first, from the backup folder and the second folder.

    Chosen by name (stem and short identity; older backups named by stem alone); the
    content check in newest_good_backup then proves the identity. Never another file's
    backups as a fallback: those are another office's data.
    """
    settings = settings or BackupSettings()
    folders = [settings.folder or db_path.parent / "backups"]
    if settings.second_folder is not None:
        folders.append(settings.second_folder)
    ident = ident or file_identity(db_path)
    infos = list_backups(folders, with_counts=False)
    return [
        i
        for i in infos
        if (p := parse_name(i.path.name)) and _stem_matches(p.stem, db_path.stem, ident)
    ]


def newest_good_backup(db_path: Path, settings: BackupSettings | None = None) -> BackupInfo | None:
    """The newest backup of this database that passes the full check and has a known schema.

    The backup must carry the same identity as the database (or none, from before
    identities existed). If the damaged file's identity cannot be read, a backup is named
    only when all good candidates are of one database; otherwise none is, since guessing
    could put another office's records in place of these.
    """
    from .restore import validate_backup

    ident = file_identity(db_path)
    good: list[tuple[BackupInfo, Identity | None]] = []
    for info in backup_candidates(db_path, settings, ident):
        try:
            validate_backup(info.path)
        except DatabaseError:
            continue
        theirs = file_identity(info.path)
        if ident is not None:
            if theirs is None or theirs.uuid == ident.uuid:
                return info
            continue
        good.append((info, theirs))
    owners = {t.uuid for _, t in good if t is not None}
    if good and len(owners) <= 1:
        return good[0][0]
    return None


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename `path` (and its -wal/-shm) to `<name>.corrupt-YYYYMMDD-HHMMSS`; never delete."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def _check_content(staged: Path, source: Path, revision: str) -> None:
    """Every row of the staged copy against the schema, as a restore checks (the file put
    in the damaged one's place must not be a crafted or careless one either)."""
    from sqlalchemy import create_engine

    from ..db.schema_version import HEAD
    from .restore_validation import validate

    engine = create_engine(f"sqlite:///{staged}")
    try:
        with engine.connect() as conn:
            validate(conn, source, revision, migrated=revision == HEAD)
    finally:
        engine.dispose()


def recover_from(backup: Path | BackupInfo, db_path: Path) -> RecoveryResult:
    """Put the damaged `db_path` aside and a checked copy of `backup` in its place.

    The backup is validated before anything is moved; the copy is written beside the
    target first and renamed into place, so an interruption leaves either file, never half.
    The caller opens the result with open_database, which migrates an older backup.
    """
    from .restore import validate_backup

    source = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    revision = validate_backup(source)
    staged = copy_sqlite(source, db_path.with_name(db_path.name + ".recovering"))
    try:
        _check_content(staged, source, revision)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    moved = move_aside(db_path) if db_path.exists() else None
    os.replace(staged, db_path)
    return RecoveryResult(source, moved)
