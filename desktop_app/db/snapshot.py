"""Consistent copies of a database as a SQLite file, taken while it is open.

A SQLite database is copied page by page through the online backup API. Any other engine
(PostgreSQL) is copied row by row inside one REPEATABLE READ transaction into a new SQLite
file built by the same migrations, so every backup is one portable file that either engine
can restore from.
"""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Table, inspect, select

CHUNK_ROWS = 2000
BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[a-z][a-z0-9-]*?)(?:-(?P<n>\d+))?"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


PART = ".part"


def part_path(dest: Path) -> Path:
    """A temporary name beside `dest`, unique to this process and call.

    Two backups taken in the same second used to share `NAME.part` and break each other;
    the pid in the name lets clean_debris tell a live writer's file from a killed one's.
    """
    return dest.with_name(f".{dest.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}{PART}")


_PART_NAME = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]{8}\.part(?:-journal)?$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_debris(folder: Path) -> list[Path]:
    """Remove temporary files left in `folder` by writers that were killed (pid gone).

    Files of a writer still running are left alone, so two processes can work at once.
    """
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for path in entries:
        match = _PART_NAME.match(path.name)
        if match is None or _alive(int(match["pid"])):
            continue
        try:
            if path.is_dir():
                import shutil

                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def copy_sqlite(source: Path, dest: Path, *, exclusive: bool = False) -> Path:
    """Copy `source` to `dest` through SQLite's backup API, then rename into place.

    The API copies a consistent state even while other connections write; the rename
    means a half-written copy never carries the final name. With `exclusive`, an existing
    `dest` is never replaced: the copy takes the next free numbered name (see publish).
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    clean_debris(dest.parent)
    tmp = part_path(dest)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(tmp)
        return publish(tmp, dest, exclusive=exclusive)
    finally:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)


def publish(tmp: Path, dest: Path, *, exclusive: bool = False) -> Path:
    """Give the finished `tmp` its final name; returns the name it got.

    Exclusive: hard-link to the first free name of `dest`, `dest-2`, ... (a link fails if
    the name exists, so two processes in the same second never take the same one), then
    drop the temporary name. Where links are not supported, the same with a check first.
    """
    if not exclusive:
        os.replace(tmp, dest)
        return dest
    n = 2
    candidate = dest
    while True:
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            candidate = dest.with_name(dest.name.replace(BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}"))
            n += 1
            continue
        except OSError:
            if candidate.exists():
                candidate = dest.with_name(dest.name.replace(BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}"))
                n += 1
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink(missing_ok=True)
        return candidate


def _fsync(path: Path) -> None:
    """Data on the disk before the rename, so a power cut cannot leave a named empty file."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def timestamped_name(source: Path | str, reason: str, now: datetime | None = None) -> str:
    """`<stem>-YYYYMMDD-HHMMSS-<reason>.sqlite3`: sortable, and the reason survives copying."""
    stem = source.stem if isinstance(source, Path) else source
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def unique_path(folder: Path, name: str) -> Path:
    """`name` in `folder`, numbered if a backup of the same second and reason exists."""
    path = folder / name
    n = 2
    while path.exists():
        path = folder / name.replace(BACKUP_SUFFIX, f"-{n}{BACKUP_SUFFIX}")
        n += 1
    return path


@dataclass(frozen=True)
class ParsedName:
    stem: str
    created: datetime
    reason: str


def parse_name(name: str) -> ParsedName | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return ParsedName(match["stem"], created, match["reason"])


def copy_rows(
    source: Connection,
    dest: Connection,
    tables: Iterable[Table],
    chunk: int = CHUNK_ROWS,
) -> dict[str, int]:
    """Copy every row of `tables` (parents first) in chunks; returns rows per table.

    Reads through the model's column types on both sides, so UUIDs, enums, decimals and
    JSON lists arrive as the same Python values whatever the two engines store. Columns
    the source lacks (an older schema), or that its login may not read (a viewer on an
    office server and the office's private signing key), are left to the destination's
    defaults: a viewer's backup carries no signing key.
    """
    copied: dict[str, int] = {}
    src_inspector = inspect(source)
    for table in tables:
        present = {c["name"] for c in src_inspector.get_columns(table.name)}
        present -= _unreadable_columns(source, table.name)
        columns = [c for c in table.columns if c.name in present]
        query = select(*columns).order_by(*table.primary_key.columns)
        result = source.execute(query.execution_options(yield_per=chunk))
        count = 0
        for part in result.partitions():
            dest.execute(table.insert(), [dict(row._mapping) for row in part])
            count += len(part)
        copied[table.name] = count
    return copied


def _unreadable_columns(conn: Connection, table: str) -> set[str]:
    """The columns of `table` the login may not SELECT (none outside PostgreSQL)."""
    if conn.dialect.name != "postgresql":
        return set()
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT a.attname FROM pg_catalog.pg_attribute a "
            "WHERE a.attrelid = to_regclass(quote_ident(:t)) AND a.attnum > 0 "
            "AND NOT a.attisdropped "
            "AND NOT has_column_privilege(a.attrelid, a.attnum, 'SELECT')"
        ),
        {"t": table},
    )
    return {str(r) for r in rows.scalars()}


def content_hash(conn: Connection, tables: Iterable[Table], exclude: Iterable[str] = ()) -> str:
    """A digest of every row of `tables`, engine-independent (values compared as text).

    Two databases with the same records give the same digest whatever engine holds them;
    the reliability tests use it to prove a database is exactly "before" or "after".
    """
    import hashlib

    from .audit import to_text

    skip = set(exclude)
    digest = hashlib.sha256()
    for table in sorted(tables, key=lambda t: t.name):
        columns = [c for c in table.columns if c.name not in skip]
        digest.update(table.name.encode())
        result = conn.execute(select(*columns).order_by(*table.primary_key.columns))
        for row in result:
            digest.update(repr([to_text(v) for v in row]).encode())
    return digest.hexdigest()
