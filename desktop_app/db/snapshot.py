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


def copy_sqlite(source: Path, dest: Path) -> Path:
    """Copy `source` to `dest` through SQLite's backup API, then rename into place.

    The API copies a consistent state even while other connections write; the rename
    means a half-written copy never carries the final name.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    if tmp.exists():
        tmp.unlink()
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
    os.replace(tmp, dest)
    return dest


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
    the source lacks (an older schema) are left to the destination's defaults.
    """
    copied: dict[str, int] = {}
    src_inspector = inspect(source)
    for table in tables:
        present = {c["name"] for c in src_inspector.get_columns(table.name)}
        columns = [c for c in table.columns if c.name in present]
        query = select(*columns).order_by(*table.primary_key.columns)
        result = source.execute(query.execution_options(yield_per=chunk))
        count = 0
        for part in result.partitions():
            dest.execute(table.insert(), [dict(row._mapping) for row in part])
            count += len(part)
        copied[table.name] = count
    return copied


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
