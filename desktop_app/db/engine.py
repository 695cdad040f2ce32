"""Engines for the two supported back ends, tuned for a desktop office tool.

SQLite: WAL so readers never block the writer, foreign keys enforced, and a busy timeout
so that a second window waits briefly instead of failing. PostgreSQL: a short connect
timeout so an unreachable office server is reported quickly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

BUSY_TIMEOUT_MS = 10_000
SQLITE_BEGIN = "sqlite_begin"


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below drive transactions
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


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
        return create_engine(url, connect_args=connect_args, pool_pre_ping=True, **kwargs)
    return create_engine(url, **kwargs)
