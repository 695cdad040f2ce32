"""Alembic environment: runs on the connection handed over by desktop_app.db.migrate.

render_as_batch lets SQLite alter tables by copy-and-move, the only way it can: a new table
is made, the rows copied, the old table dropped and the new one renamed. With foreign keys
enforced, dropping a table other rows refer to (signatory, action_plan...) fails, or would
empty it first. So on SQLite the migrations run with `PRAGMA foreign_keys=OFF`, in one
transaction, and `PRAGMA foreign_key_check` must find nothing before it commits: a migration
that leaves a dangling reference is rolled back whole. The pragma only takes effect outside
a transaction, so migrate.py hands over a connection that has not begun one; a caller that
passes one inside a transaction (some tests) gets the checks of foreign keys as they are.
See docs/migrations.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import context
from sqlalchemy import Connection, pool

from desktop_app.db.engine import make_engine
from desktop_app.domain.base import UTCDateTime
from desktop_app.domain.models import Base

config = context.config
target_metadata = Base.metadata
log = logging.getLogger("desktop_app.db.migrations")


class ForeignKeyViolation(RuntimeError):
    """A migration left rows pointing at rows that do not exist; nothing was committed."""


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our TypeDecorators as plain SQLAlchemy types so migrations stay importable."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _pragma(connection: Connection, statement: str) -> None:
    """On the driver connection: SQLAlchemy's autobegin would open a transaction first."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(statement)
    finally:
        cursor.close()


@contextmanager
def _foreign_keys_off(connection: Connection) -> Iterator[bool]:
    """Yields whether the foreign key checks are off (SQLite, outside a transaction)."""
    if connection.dialect.name != "sqlite" or connection.in_transaction():
        if connection.dialect.name == "sqlite":
            log.info("migrating inside the caller's transaction: foreign keys stay enforced")
        yield False
        return
    _pragma(connection, "PRAGMA foreign_keys=OFF")
    try:
        yield True
    finally:
        _pragma(connection, "PRAGMA foreign_keys=ON")


def _check_foreign_keys(connection: Connection) -> None:
    problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if problems:
        table, rowid, parent, _fk = problems[0]
        raise ForeignKeyViolation(
            f"{len(problems)} row(s) refer to missing rows, e.g. {table} row {rowid} -> {parent}"
        )


def _run(connection: Connection) -> None:
    with _foreign_keys_off(connection) as unchecked:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
            render_item=_render_item,
            transactional_ddl=True,  # SQLite can: the whole upgrade commits or none of it
        )
        with context.begin_transaction():
            context.run_migrations()
            if unchecked:
                _check_foreign_keys(connection)


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
