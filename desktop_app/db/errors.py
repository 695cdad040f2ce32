"""Errors the storage layer reports with a code and parameters, never with UI text.

The CLI maps every DatabaseError to exit code 2; the GUI shows a dialog. Both translate the
code through desktop_app.messages.
"""

from __future__ import annotations

from typing import Any


class DatabaseError(Exception):
    """The database cannot be used as it is: not a database, newer schema, unreachable."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __str__(self) -> str:
        return f"{self.code}: {self.params}"


# SQLSTATEs and SQLite messages that say "the environment", not "a bug": each becomes a
# code the CLI turns into a sentence and exit 2 instead of a traceback.
_PG_CODES = {
    "55P03": "locked",  # lock_not_available (lock_timeout)
    "57014": "timed_out",  # query_canceled (statement_timeout)
    "53100": "disk_full",  # disk_full
    "25006": "read_only",  # read_only_sql_transaction
    "22003": "out_of_range",  # numeric_value_out_of_range
    "42501": "not_allowed",  # insufficient_privilege: an office server's role (server_accounts)
}
_SQLITE_TEXT = (
    ("database or disk is full", "disk_full"),
    ("attempt to write a readonly database", "read_only"),
    ("readonly database", "read_only"),
    ("database is locked", "locked"),
    ("unable to open database file", "cannot_open"),
    ("disk i/o error", "io_error"),
    ("too large to convert", "out_of_range"),
    ("integer overflow", "out_of_range"),
)


def translate(exc: BaseException, location: str = "") -> DatabaseError | None:
    """A DatabaseError for an environment failure (disk full, read-only, lock held,
    value too large for the column), or None for anything else.

    Walks the cause chain, so a SQLAlchemy error wrapping a driver error, or an error
    raised while handling another, is recognised.
    """
    import errno

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, DatabaseError):
            return current
        orig = getattr(current, "orig", None)
        sqlstate = getattr(orig, "sqlstate", None) or getattr(current, "sqlstate", None)
        if sqlstate in _PG_CODES:
            return DatabaseError(_PG_CODES[sqlstate], location=location, detail=_first(orig))
        if isinstance(current, OSError) and not hasattr(current, "orig"):
            path = _final_name(str(current.filename or location))
            if current.errno == errno.ENOSPC:
                return DatabaseError("disk_full", location=str(path), detail=current.strerror)
            if current.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                return DatabaseError("read_only", location=str(path), detail=current.strerror)
            if current.errno == errno.EFBIG:
                return DatabaseError("disk_full", location=str(path), detail=current.strerror)
            return DatabaseError(
                "cannot_write", location=str(path), detail=current.strerror or str(current)
            )
        if isinstance(current, OverflowError):
            return DatabaseError("out_of_range", location=location, detail=str(current))
        text = str(orig if orig is not None else current).lower()
        module = type(orig if orig is not None else current).__module__
        if module.startswith(("sqlite3", "sqlalchemy")) or "sqlite" in module:
            for needle, code in _SQLITE_TEXT:
                if needle in text:
                    return DatabaseError(code, location=location, detail=_first(orig or current))
        current = current.__cause__ or current.__context__
    return None


def _first(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if exc is not None and str(exc).strip() else ""


def _final_name(path: str) -> str:
    """A temporary `.NAME.PID.RAND.part` is named after the file it was going to be."""
    import re
    from pathlib import Path

    match = re.match(r"^\.(?P<name>.+)\.\d+\.[0-9a-f]{8}\.part(?:-journal)?$", Path(path).name)
    return str(Path(path).with_name(match["name"])) if match else path
