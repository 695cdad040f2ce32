"""Engines for the two supported back ends, tuned for a desktop office tool.

SQLite: WAL so readers never block the writer, foreign keys enforced, and a busy timeout
so that a second window waits briefly instead of failing. PostgreSQL: a short connect
timeout so an unreachable office server is reported quickly, and lock and statement
timeouts so a lock held elsewhere is reported instead of waited for forever.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000
LOCK_TIMEOUT_MS = 30_000
"""PostgreSQL: longest wait for a lock (another session's table lock, or another writer's
turn in db.session.lock_writers)."""
STATEMENT_TIMEOUT_MS = 600_000
"""PostgreSQL: longest single statement; the biggest import or restore stays far below."""
SQLITE_BEGIN = "sqlite_begin"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below drive transactions
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _postgresql_on_connect(dbapi_connection: Any, _record: Any) -> None:
    """Bounded waits: a table lock another session holds (a forgotten psql session, a
    stuck client) ends our statement with "lock not available" after LOCK_TIMEOUT_MS,
    which the CLI and GUI report as a held lock, instead of waiting forever."""
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {_ms('LOCK', LOCK_TIMEOUT_MS)}")
        cursor.execute(f"SET statement_timeout = {_ms('STATEMENT', STATEMENT_TIMEOUT_MS)}")
        from .office_server import on_connect

        on_connect(cursor, _record)  # the login, on an office server (its audit trail's name)
    dbapi_connection.autocommit = autocommit


def _ms(name: str, default: int) -> int:
    """COORDINATOR_DESK_PG_<NAME>_TIMEOUT_MS overrides a timeout (an office with a slow
    server, or a test that must not wait 30 s); anything but a positive number is ignored."""
    import os

    try:
        value = int(os.environ.get(f"COORDINATOR_DESK_PG_{name}_TIMEOUT_MS", ""))
    except ValueError:
        return default
    return value if value > 0 else default


def _sqlite_on_begin(conn: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN and breaks SAVEPOINT; do it ourselves.
    # Use cases that write begin IMMEDIATE (Database.transaction): a second instance then
    # waits for the lock instead of failing with "database is locked" when its read
    # snapshot went stale before its first write.
    mode = conn.get_execution_options().get(SQLITE_BEGIN, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(url: str, **kwargs: Any) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        if parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg"))
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("connect_timeout", 5)
        engine = create_engine(url, connect_args=connect_args, pool_pre_ping=True, **kwargs)
        event.listen(engine, "connect", _postgresql_on_connect)
        return engine
    return create_engine(url, **kwargs)
