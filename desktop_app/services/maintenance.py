"""Health and size of a database: integrity, schema agreement, record counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import migrate
from ..db.session import Database
from ..domain.models import Base, RecordMixin
from .integrity import Report, check_database


@dataclass(frozen=True)
class TableCount:
    table: str
    live: int
    deleted: int


def integrity_problems(db: Database, quick: bool = False) -> list[str]:
    """Every problem `db check` finds, one translated line each; empty when all is well.

    The same checks on both engines (services.integrity): the engine's own, values against
    their columns, links, orphans and the audit chain.
    """
    return [p.message() for p in integrity_report(db, quick).problems]


def integrity_report(db: Database, quick: bool = False) -> Report:
    """Problems and notes (e.g. "amcheck: not available") of services.integrity."""
    with db.engine.connect() as conn:
        return check_database(conn, quick=quick)


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
