"""Health and size of a database: integrity, schema agreement, record counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from ..db import migrate
from ..db.session import Database
from ..domain.models import Base, RecordMixin


@dataclass(frozen=True)
class TableCount:
    table: str
    live: int
    deleted: int


def integrity_problems(db: Database, quick: bool = False) -> list[str]:
    """SQLite's own integrity and foreign-key checks; empty when all is well.

    PostgreSQL guarantees both itself, so there it only proves the server answers.
    """
    with db.engine.connect() as conn:
        if not db.is_sqlite:
            conn.execute(text("SELECT 1"))
            return []
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.exec_driver_sql(f"PRAGMA {pragma}")]
        problems = [r for r in rows if r != "ok"]
        fk = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    return problems


def schema_differences(db: Database) -> list[str]:
    """Differences between this build's models and the tables, as Alembic sees them."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(ctx, Base.metadata)
    return [str(d) for d in diffs]


def table_counts(db: Database) -> list[TableCount]:
    counts = []
    with db.session("cli") as s:
        tables = sorted((str(m.class_.__tablename__), m.class_) for m in Base.registry.mappers)
        for table, cls in tables:
            if issubclass(cls, RecordMixin):
                live = s.scalar(
                    select(func.count()).select_from(cls).where(cls.deleted_at.is_(None))
                )
                deleted = s.scalar(
                    select(func.count()).select_from(cls).where(cls.deleted_at.is_not(None))
                )
            else:
                live = s.scalar(select(func.count()).select_from(cls))
                deleted = 0
            counts.append(TableCount(table, int(live or 0), int(deleted or 0)))
    return counts


def schema_state(db: Database) -> tuple[str, str | None]:
    return migrate.state(db), migrate.current_revision(db)
