"""Opening a database: one object that owns the engine and hands out sessions.

Every use case runs in `with db.transaction(origin) as session:`; the whole use case
commits or nothing does.

The ORM (sqlalchemy.orm, our fifteen models and the audit hook) costs about 150 ms to
import, so it is loaded when the first session is created, not when the database is
opened: start-up connects, checks the schema revision and fills the first list on
SQLAlchemy Core alone. The audit hook is installed on the session class before that
class exists for anyone, so no session ever runs without it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from .engine import SQLITE_BEGIN, make_engine
from .errors import DatabaseError
from .location import sqlite_path
from .secrets import safe_url, scrub

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    class AppSession(Session):
        """Our Session class, so the audit hook never touches anyone else's sessions."""


_ORM_LOCK = threading.RLock()
"""Worker threads may open the first session at the same moment as the GUI thread; the
class must be made (and the hook installed on it) exactly once."""
_SESSION_CLASS: Any = None


def _session_class() -> type[AppSession]:
    global _SESSION_CLASS
    with _ORM_LOCK:
        if _SESSION_CLASS is None:
            from sqlalchemy.orm import Session

            from . import audit

            class AppSession(Session):  # noqa: F811 - the runtime twin of the typed one
                """Our Session class, so the audit hook never touches anyone else's sessions."""

            AppSession.__module__ = __name__
            audit.install(AppSession)
            _SESSION_CLASS = AppSession
        return _SESSION_CLASS  # type: ignore[no-any-return]


def __getattr__(name: str) -> Any:
    """`from desktop_app.db.session import AppSession` still works; it loads the ORM."""
    if name == "AppSession":
        return _session_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Database:
    url: str
    engine: Engine
    _makers: tuple[sessionmaker[AppSession], sessionmaker[AppSession]] | None = field(
        init=False, default=None, repr=False, compare=False
    )

    @property
    def factory(self) -> sessionmaker[AppSession]:
        return self._sessionmakers()[0]

    @property
    def writer(self) -> sessionmaker[AppSession]:
        return self._sessionmakers()[1]

    def _sessionmakers(self) -> tuple[sessionmaker[AppSession], sessionmaker[AppSession]]:
        makers = self._makers
        if makers is None:
            with _ORM_LOCK:
                makers = self._makers
                if makers is None:
                    from sqlalchemy.orm import sessionmaker

                    cls = _session_class()
                    immediate = self.engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})
                    makers = (
                        sessionmaker(self.engine, class_=cls, expire_on_commit=False),
                        sessionmaker(immediate, class_=cls, expire_on_commit=False),
                    )
                    self._makers = makers
        return makers

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def session(self, origin: str = "gui", user: str | None = None) -> AppSession:
        """A session for reading or for a use case that manages its own transaction."""
        s = self.factory()
        s.info["origin"] = origin
        if user:
            s.info["user"] = user
        return s

    @contextmanager
    def transaction(self, origin: str = "gui", user: str | None = None) -> Iterator[AppSession]:
        """One use case, one transaction: committed on success, rolled back on any error.

        On SQLite it takes the write lock at BEGIN, so two instances on one file queue up
        (busy timeout) rather than fail; lost updates are caught by the version column.
        """
        s = self.writer()
        s.info["origin"] = origin
        if user:
            s.info["user"] = user
        try:
            with s, s.begin():
                yield s
        except SADatabaseError as exc:
            if getattr(exc.orig, "sqlstate", None) == "42501":  # an office server's refusal
                detail = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
                raise DatabaseError(
                    "not_allowed", location=safe_url(self.url), detail=detail
                ) from exc
            raise

    def dispose(self) -> None:
        self.engine.dispose()


WRITER_LOCK_KEY = 0x43445752  # "CDWR": one key for every writing use case of the app


def lock_writers(conn: Any) -> None:
    """Make this transaction the only writing use case until it ends.

    SQLite: the write transaction already began IMMEDIATE (Database.transaction), which is
    the file's one write lock. PostgreSQL: a transaction-scoped advisory lock, so imports
    and restores queue up instead of classifying rows against data another one is about
    to change; it is released by the commit or rollback.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})


def connect(url: str, *, create: bool = True) -> Database:
    """Open the engine and prove the server or file answers as a database.

    Raises DatabaseError("not_a_database" | "unreachable" | "missing_file") and leaves the
    file as it was: a foreign file gets no WAL or journal written beside it.
    """
    _check_url(url)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            if not create:
                raise DatabaseError("no_database", path=str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
        elif path.is_dir() or not _looks_like_sqlite(path):
            raise DatabaseError("not_a_database", path=str(path))
        else:
            _check_writable(path)  # first: a read-only view cannot even be probed in WAL
            _probe_sqlite(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        engine.dispose()
        if path is not None:
            raise DatabaseError("not_a_database", path=str(path)) from exc
        detail = scrub(str(exc.orig), url)
        raise DatabaseError("unreachable", url=_safe_url(url), detail=detail) from exc
    except SADatabaseError as exc:
        engine.dispose()
        raise DatabaseError("not_a_database", path=str(path or _safe_url(url))) from exc
    if path is not None:
        from .private_files import private_database

        private_database(path)  # owner-only, also when an older version made it 0644
    return Database(url, engine)


SQLITE_MAGIC = b"SQLite format 3\x00"


def _check_writable(path: Path) -> None:
    """A read-only file or folder is said as such, not taken for a damaged database.

    SQLite in WAL mode writes beside the file (-wal, -shm) even to read, so a healthy
    database in a read-only folder failed its first query and was reported "damaged".
    """
    import os

    folder = path.parent
    if not os.access(path, os.W_OK) or not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseError("read_only", location=str(path), detail="")


SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def _check_url(url: str) -> None:
    """Refuse a URL of an engine this app does not support before SQLAlchemy tries it.

    `mysql://...` used to end in a traceback about a missing driver module.
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError("bad_url", url=_mask(url)) from exc
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseError(
            "unsupported_database", url=_safe_url(url), backend=parsed.get_backend_name()
        )


def _mask(url: str) -> str:
    """An unparseable URL with its password hidden (db.secrets)."""
    return safe_url(url)


def _looks_like_sqlite(path: Path) -> bool:
    """Check the 16-byte header so a stray document is never opened (and so never touched)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except OSError:
        return False
    return head == SQLITE_MAGIC or head == b""


def _probe_sqlite(path: Path) -> None:
    """Read-only look at an existing file before our connection pragmas touch it.

    Switching a file to WAL rewrites its header, so another program's database, or one
    from a newer version of this app, must be recognised and refused before that.
    """
    import sqlite3

    from .readonly import READ_ERRORS, connect_readonly
    from .schema_version import REVISIONS

    try:
        conn = connect_readonly(path)  # names read leniently: damage is found, not raised
    except sqlite3.Error as exc:
        raise DatabaseError("not_a_database", path=str(path)) from exc
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except READ_ERRORS as exc:
        raise DatabaseError("not_a_database", path=str(path)) from exc
    finally:
        conn.close()
    if tables and "alembic_version" not in tables:
        raise DatabaseError("foreign_database", location=str(path))
    if revision is not None and revision not in REVISIONS:
        raise DatabaseError("newer_schema", revision=revision, location=str(path))


def _safe_url(url: str) -> str:
    return safe_url(url)
