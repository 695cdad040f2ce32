"""Refusing output paths that are not ours to overwrite.

`export xlsx a.sqlite3` used to turn the open database into a workbook, and `backup b.db`
replaced another office's database with a backup of this one. Every command that writes a
file asks here first. A path is refused when it is the open database itself (by name,
symlink or hard link), one of its -wal/-shm/-journal companions, or any existing SQLite
file or companion of one: a Coordinator Desk database of any office, or another program's.
A backup may overwrite one file only: an earlier backup of the same database (same
identity, and not the live file itself).
"""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path
from typing import Any

SQLITE_MAGIC = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal")


class OutputRefused(OSError):
    """`code` is one of: open_database, companion, database, foreign_backup.

    An OSError (EEXIST), so every exporter's and dialog's "cannot write" handling reports
    it (services.atomic asks check_output for every file written); `strerror` is the
    translated sentence. The CLI asks first and turns it into exit 1 itself.
    """

    def __init__(self, code: str, path: Path, params: dict[str, Any] | None = None) -> None:
        from ..messages import format_message

        self.code = code
        self.path = path
        self.params = dict(params or {})
        text = format_message("output_is_database", {"path": str(path)})
        super().__init__(errno.EEXIST, text, str(path))

    def __str__(self) -> str:
        return str(self.strerror)


def _resolved(path: Path) -> Path:
    try:
        return path.expanduser().resolve()
    except OSError:
        return path.expanduser().absolute()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _companion_of(path: Path) -> Path | None:
    """The database `path` would be a -wal/-shm/-journal of, if that database exists."""
    for suffix in COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            main = path.with_name(path.name[: -len(suffix)])
            if main.is_file() and _is_sqlite(main):
                return main
    return None


def check_output(
    out: Path | str,
    db_path: Path | None,
    *,
    own_identity: uuid.UUID | None = None,
    backup: bool = False,
) -> None:
    """Raise OutputRefused unless writing `out` cannot destroy a database.

    `db_path` is the open SQLite file (None for a server database); `own_identity` the
    open database's identity, which a backup may overwrite an earlier backup of.
    """
    target = _resolved(Path(out))
    if db_path is not None:
        live = _resolved(db_path)
        names = {live, *(live.with_name(live.name + s) for s in COMPANIONS)}
        if target in names:
            code = "open_database" if target == live else "companion"
            raise OutputRefused(code, Path(out), {"database": str(db_path)})
        for other in names:
            if _same_file(target, other):
                raise OutputRefused("open_database", Path(out), {"database": str(db_path)})
    main = _companion_of(target)
    if main is not None:
        raise OutputRefused("companion", Path(out), {"database": str(main)})
    if not target.is_file() or not _is_sqlite(target):
        return
    if backup and own_identity is not None:
        from ..db.identity import read_file

        try:
            found = read_file(target)
        except Exception:  # noqa: BLE001 - unreadable means: not provably ours
            found = None
        if found is not None and found.uuid == own_identity:
            return
        if found is not None:
            raise OutputRefused(
                "foreign_backup", Path(out), {"office": found.office_name or "?"}
            )
    raise OutputRefused("database", Path(out))


__all__ = ["OutputRefused", "check_output"]
