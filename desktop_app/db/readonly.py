"""Opening a SQLite file that may be damaged or foreign, to look at it and nothing more.

Read-only (the file is never changed, no -wal/-shm is left), and text read leniently: a
damaged page may hold bytes that are no UTF-8, in a table name, a value, or the integrity
check's own report, and sqlite3 then raised UnicodeDecodeError instead of the damage being
reported (a random-damage test found it in the probe at start-up, then in the check of a
backup offered for recovery).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

READ_ERRORS = (sqlite3.Error, UnicodeDecodeError)
"""What reading a damaged file may raise: sqlite3 decodes its own error messages strictly,
and "malformed database schema (<damaged name>)" then fails as UnicodeDecodeError."""


def connect_readonly(path: Path | str) -> sqlite3.Connection:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    con.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return con
