"""Backups: consistent copies while the app is open, taken often, kept sensibly, restorable.

Every backup is one SQLite file whatever the engine, named
`<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3` so the reason survives being copied to a USB
stick. Automatic ones (daily, and before migrations, imports, restores and bulk deletes) are
rotated grandfather-father-son; manual ones are never deleted by the program.
"""

from __future__ import annotations

import logging
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Table, func, inspect, select, text
from sqlalchemy.exc import DatabaseError as SADatabaseError

from ..db import migrate
from ..db.private_files import private_file, private_folder
from ..db.readonly import connect_readonly
from ..db.session import Database, connect
from ..db.snapshot import (
    BACKUP_SUFFIX,
    clean_debris,
    copy_rows,
    copy_sqlite,
    parse_name,
    part_path,
    publish,
    timestamped_name,
    unique_path,
)

if TYPE_CHECKING:
    from ..db.identity import Identity
    from .restore import RestoreResult

log = logging.getLogger(__name__)

MANUAL = "manual"
DAILY = "daily"
PG_STEM = "coordinator-desk"
IDENTITY = "database_identity"
NOT_RECORDS = ("audit_entry", IDENTITY)
"""Tables that hold no clerk's records: the trail and the database's own identity."""


@dataclass(frozen=True)
class BackupSettings:
    """How many automatic backups to keep and where; manual ones are always kept.

    `keep_last` protects the most recent automatic backups whatever their day, so a
    before-import backup is not pruned by a before-delete one taken an hour later.
    Read from the settings file by the GUI and the CLI (options.backup_settings, keys
    `backup/<field>`) and handed in: no service reads the file.
    """

    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    keep_last: int = 10
    folder: Path | None = None
    second_folder: Path | None = None
    encrypt_second_folder: bool = False
    """Copies in the second folder are passphrase-encrypted `.cdenc` files (backup_crypto);
    the passphrase is never a setting: environment or asked, kept in memory only."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    reason: str
    size: int
    revision: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    """Live (not deleted) records per table, read from the backup file itself."""
    copies: tuple[Path, ...] = ()
    """Where else this backup was written (the second folder)."""
    problems: tuple[str, ...] = ()
    """Warnings that did not stop the backup, e.g. an unplugged second folder."""

    @property
    def total_records(self) -> int:
        return sum(v for k, v in self.counts.items() if k != "audit_entry")


def backup_folder(db: Database, settings: BackupSettings | None = None) -> Path:
    """`backups/` beside the SQLite file (where migrations put theirs); for a server
    database, its own folder `backups/<server-database-identity>/` in the data folder, so
    it never shares one with the default file. A folder chosen in the settings may hold
    several databases' backups: their names (own_stem) keep them apart."""
    settings = settings or BackupSettings()
    if settings.folder is not None:
        return settings.folder
    if db.path is not None:
        return db.path.parent / "backups"
    from ..db.location import data_dir

    return data_dir() / "backups" / own_stem(db)


def identity_of(db: Database) -> Identity | None:
    """The open database's identity (None for a database older than revision 0005)."""
    from ..db import identity

    try:
        with db.engine.connect() as conn:
            return identity.read(conn)
    except SADatabaseError:
        return None


def base_stem(db: Database) -> str:
    """The file's stem, or for a server database `<host>-<database>`."""
    if db.path is not None:
        return db.path.stem
    from sqlalchemy.engine import make_url

    url = make_url(db.url)
    parts = (url.host or "local", url.database or PG_STEM)
    return "-".join(re.sub(r"[^A-Za-z0-9._]+", "_", part) for part in parts)


def own_stem(db: Database) -> str:
    """What every backup name of this database starts with: its stem and short identity.

    Rotation, the backup list and recovery count only the backups with this stem, so two
    databases (two files in one folder, or a server and a file) never prune or offer
    each other's backups.
    """
    found = identity_of(db)
    return f"{base_stem(db)}-{found.short}" if found is not None else base_stem(db)


def _stem(db: Database) -> str:
    return own_stem(db)


def own_backups(db: Database, infos: Iterable[BackupInfo]) -> list[BackupInfo]:
    """The backups among `infos` of `db`: named with its stem and identity, or (made before
    databases had identities) with its file stem alone and no other identity inside."""
    stem, legacy = own_stem(db), base_stem(db)
    ours = identity_of(db)
    found = []
    for info in infos:
        parsed = parse_name(info.path.name)
        if parsed is None:
            continue
        if parsed.stem == stem:
            found.append(info)
        elif parsed.stem == legacy and stem != legacy:
            from ..db.identity import read_file

            try:
                theirs = read_file(info.path)
            except sqlite3.Error:
                continue
            if theirs is None or (ours is not None and theirs.uuid == ours.uuid):
                found.append(info)
    return found


def write_backup(db: Database, dest: Path, *, exclusive: bool = False) -> Path:
    """A consistent SQLite copy of `db` at `dest` (atomic: complete or absent).

    Returns the path written: with `exclusive`, the next free numbered name if `dest` was
    taken meanwhile by another process's backup.
    """
    if db.path is not None:
        return copy_sqlite(db.path, dest, exclusive=exclusive)
    return export_to_sqlite(db, dest, exclusive=exclusive)


def export_to_sqlite(db: Database, dest: Path, *, exclusive: bool = False) -> Path:
    """Copy a server database into a new SQLite file built at the same schema revision.

    All tables are read in one REPEATABLE READ transaction, so the copy is one moment's
    state even while clerks keep working.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_debris(dest.parent)
    tmp = part_path(dest)
    try:
        return _export(db, tmp, dest, exclusive)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-wal").unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-shm").unlink(missing_ok=True)


def _export(db: Database, tmp: Path, dest: Path, exclusive: bool) -> Path:
    with db.engine.connect() as src:
        src = src.execution_options(isolation_level="REPEATABLE READ")
        with src.begin():
            revision = src.execute(text("SELECT version_num FROM alembic_version")).scalar()
            target = connect(f"sqlite:///{tmp}")
            try:
                migrate.upgrade(target, to=str(revision or "head"))
                with target.engine.begin() as dst:
                    if inspect(dst).has_table(IDENTITY):  # the migration made a new one
                        dst.execute(text(f"DELETE FROM {IDENTITY}"))  # noqa: S608 - constant
                    copy_rows(src, dst, _tables())
            finally:
                target.dispose()
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    return publish(tmp, dest, exclusive=exclusive)


def create_backup(
    db: Database,
    dest: Path | None = None,
    *,
    reason: str = MANUAL,
    settings: BackupSettings | None = None,
    now: datetime | None = None,
) -> BackupInfo:
    """Back up to `dest` (a file or a folder) or to the backup folder, plus the second folder.

    Automatic backups rotate the folders they land in; a failing second folder is reported
    in `problems`, never fatal, since the primary copy exists.
    """
    settings = settings or BackupSettings()
    name = timestamped_name(_stem(db), reason, now)
    if dest is None:
        path = unique_path(backup_folder(db, settings), name)
    elif dest.is_dir():
        path = unique_path(dest, name)
    else:
        path = dest
    if dest is None:  # our own backup folder: owner-only (db/private_files.py)
        private_folder(path.parent)
    path.parent.mkdir(parents=True, exist_ok=True)
    path = write_backup(db, path, exclusive=dest is None or dest.is_dir())
    private_file(path)
    copies: list[Path] = []
    problems: list[str] = []
    if dest is None and settings.second_folder is not None:
        try:
            copies.append(_second_copy(path, settings))
        except OSError as exc:
            problems.append(f"{settings.second_folder}: {exc}")
            log.warning("second backup folder failed: %s", exc)
    if dest is None and reason != MANUAL:
        stem = own_stem(db)
        for folder in [path.parent, *(c.parent for c in copies)]:
            rotate(folder, settings, now, stem=stem)
    info = describe(path)
    return replace(info, copies=tuple(copies), problems=tuple(problems))


def _second_copy(path: Path, settings: BackupSettings) -> Path:
    """The copy in the second folder: plain, or encrypted when the settings say so."""
    assert settings.second_folder is not None
    if not settings.encrypt_second_folder:
        return _copy_file(path, settings.second_folder / path.name)
    from .backup_crypto import SUFFIX, encrypt_file, session_passphrase

    passphrase = session_passphrase()
    if not passphrase:
        raise OSError("no passphrase for the encrypted second folder; copy not made")
    dest = settings.second_folder / (path.name + SUFFIX)
    if dest.exists():
        dest = unique_path(settings.second_folder, path.name + SUFFIX)
    return encrypt_file(path, dest, passphrase)


def _copy_file(source: Path, dest: Path) -> Path:
    """Copy to `dest` or the next free numbered name beside it; never replaces a file."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_debris(dest.parent)
    tmp = part_path(dest)
    try:
        shutil.copyfile(source, tmp)
        return publish(tmp, dest, exclusive=True)
    finally:
        tmp.unlink(missing_ok=True)


def before(db: Database, reason: str, settings: BackupSettings | None = None) -> BackupInfo | None:
    """The safety copy taken before a risky use case (`before-import`, `before-restore`...).

    Skipped for a database with no records: there is nothing to lose.
    """
    if is_empty(db):
        return None
    return create_backup(db, reason=f"before-{reason}", settings=settings)


def daily_backup_if_due(
    db: Database, settings: BackupSettings | None = None, now: datetime | None = None
) -> BackupInfo | None:
    """On the first start of a day: a `daily` backup unless one of today exists already."""
    now = now or datetime.now()
    folder = backup_folder(db, settings)
    today = now.date()
    for info in own_backups(db, list_backups([folder], with_counts=False)):
        if info.reason == DAILY and info.created.date() == today:
            return None
    if is_empty(db):
        return None
    return create_backup(db, reason=DAILY, settings=settings, now=now)


def _tables() -> list[Table]:
    """Our tables in dependency order. The models are imported here, not with the module,
    because opening the database at start-up reaches this module and must not pay for the ORM
    (see docs/gui.md, Start-up)."""
    from ..domain.models import Base

    return list(Base.metadata.sorted_tables)


def is_empty(db: Database) -> bool:
    with db.session("backup") as s:
        for table in _tables():
            if table.name in NOT_RECORDS:
                continue
            if s.execute(select(func.count()).select_from(table)).scalar():
                return False
    return True


def describe(path: Path, *, with_counts: bool = True) -> BackupInfo:
    """Date, reason, size, schema revision and record counts of one backup file."""
    parsed = parse_name(path.name)
    stat = path.stat()
    created = parsed.created if parsed else datetime.fromtimestamp(stat.st_mtime)
    reason = parsed.reason if parsed else MANUAL
    revision: str | None = None
    counts: dict[str, int] = {}
    problems: tuple[str, ...] = ()
    if with_counts:
        try:
            revision, counts = read_counts(path)
        except sqlite3.Error as exc:
            problems = (str(exc),)
    return BackupInfo(path, created, reason, stat.st_size, revision, counts, problems=problems)


def read_counts(path: Path) -> tuple[str | None, dict[str, int]]:
    """Revision and live records per table, read from the file (never written to)."""
    con = connect_readonly(path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        counts: dict[str, int] = {}
        for table in _tables():
            if table.name not in tables or table.name == IDENTITY:
                continue
            where = " WHERE deleted_at IS NULL" if "deleted_at" in table.columns else ""
            counts[table.name] = con.execute(
                f'SELECT count(*) FROM "{table.name}"{where}'  # noqa: S608 - names from metadata
            ).fetchone()[0]
    finally:
        con.close()
    return revision, counts


def list_backups(folders: Iterable[Path], *, with_counts: bool = True) -> list[BackupInfo]:
    """Backups in `folders`, newest first (files named by this program only)."""
    found: list[BackupInfo] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{BACKUP_SUFFIX}"):
            if parse_name(path.name) is not None and path.is_file():
                found.append(describe(path, with_counts=with_counts))
    found.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return found


def folders_for(db: Database, settings: BackupSettings | None = None) -> list[Path]:
    settings = settings or BackupSettings()
    folders = [backup_folder(db, settings)]
    if settings.second_folder is not None:
        folders.append(settings.second_folder)
    return folders


def to_keep(
    infos: list[BackupInfo], settings: BackupSettings, now: datetime | None = None
) -> set[Path]:
    """Grandfather-father-son: the newest backup of each of the last N days, weeks, months.

    Manual backups, and the `keep_last` newest automatic ones, are always kept.
    """
    auto = sorted((i for i in infos if i.reason != MANUAL), key=lambda i: i.created, reverse=True)
    keep = {i.path for i in infos if i.reason == MANUAL}
    keep.update(i.path for i in auto[: settings.keep_last])
    rules = (
        (lambda d: d.date(), settings.keep_daily),
        (lambda d: d.isocalendar()[:2], settings.keep_weekly),
        (lambda d: (d.year, d.month), settings.keep_monthly),
    )
    for period, n in rules:
        seen: set[object] = set()
        for info in auto:
            key = period(info.created)
            if key in seen:
                continue
            seen.add(key)
            if len(seen) > n:
                break
            keep.add(info.path)
    return keep


def _parse_any(name: str):  # type: ignore[no-untyped-def]
    """A backup name, plain or of an encrypted copy (`<name>.cdenc`)."""
    from .backup_crypto import SUFFIX

    return parse_name(name[: -len(SUFFIX)] if name.endswith(SUFFIX) else name)


def _encrypted_copies(folder: Path) -> list[BackupInfo]:
    """The encrypted second-folder copies in `folder`, dated by their names, for rotation."""
    from .backup_crypto import SUFFIX

    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{BACKUP_SUFFIX}{SUFFIX}"):
        parsed = _parse_any(path.name)
        if parsed is not None and path.is_file():
            found.append(BackupInfo(path, parsed.created, parsed.reason, path.stat().st_size))
    return found


def rotate(
    folder: Path, settings: BackupSettings, now: datetime | None = None, *, stem: str | None = None
) -> list[Path]:
    """Delete the automatic backups in `folder` that the rotation no longer keeps.

    With `stem`, only that database's backups are counted and pruned: another database's
    backups in the same folder are not ours to delete.
    """
    infos = list_backups([folder], with_counts=False) + _encrypted_copies(folder)
    if stem is not None:
        infos = [i for i in infos if (p := _parse_any(i.path.name)) and p.stem == stem]
    keep = to_keep(infos, settings, now)
    removed = []
    for info in infos:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError as exc:
                log.warning("could not remove old backup %s: %s", info.path, exc)
    return removed


def restore(
    db: Database,
    file: Path,
    settings: BackupSettings | None = None,
    user: str | None = None,
    *,
    other_office: bool = False,
) -> RestoreResult:
    """See services.restore.restore (kept there so this module stays about backups)."""
    from .restore import restore as _restore

    return _restore(db, file, settings=settings, user=user, other_office=other_office)


def scratch_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="cdesk-")
