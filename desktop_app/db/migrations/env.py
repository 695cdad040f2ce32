"""Alembic environment: runs on the connection handed over by desktop_app.db.migrate.

render_as_batch lets SQLite alter tables by copy-and-move, the only way it can.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import pool

from desktop_app.db.engine import make_engine
from desktop_app.domain.base import UTCDateTime
from desktop_app.domain.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write our TypeDecorators as plain SQLAlchemy types so migrations stay importable."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = make_engine(config.get_main_option("sqlalchemy.url") or "", poolclass=pool.NullPool)
    with engine.begin() as conn:
        _run(conn)
