"""Consistent copies of a SQLite database, taken while it is open (online backup API)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path


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
    os.replace(tmp, dest)
    return dest


def timestamped_name(source: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"{source.stem}-{stamp}-{reason}.sqlite3"
