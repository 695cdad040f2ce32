"""Bringing a database to this build's schema, safely.

The common case (already current) is answered by one SELECT, without importing Alembic,
which keeps start-up fast. Anything older is copied to a timestamped backup first.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from . import office_server
from .errors import DatabaseError
from .schema_version import HEAD, REVISIONS
from .secrets import safe_url
from .session import Database
from .snapshot import copy_sqlite, timestamped_name

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def state(db: Database) -> str:
    """'current', 'empty', 'outdated'; raises for a newer or foreign database."""
    rev = current_revision(db)
    if rev == HEAD:
        return "current"
    if rev is None:
        if has_tables(db):
            raise DatabaseError("foreign_database", location=str(db.path or safe_url(db.url)))
        return "empty"
    if rev not in REVISIONS:
        raise DatabaseError("newer_schema", revision=rev, location=str(db.path or safe_url(db.url)))
    return "outdated"


def upgrade(db: Database, backup_dir: Path | None = None, *, to: str = "head") -> Path | None:
    """Migrate to `to`; return the backup taken first (SQLite files with data only)."""
    status = state(db)
    if status == "current" and to == "head":
        return None
    backup = None
    if status == "outdated" and db.path is not None:
        folder = backup_dir or db.path.parent / "backups"
        name = timestamped_name(_backup_stem(db), "before-migration")
        backup = copy_sqlite(db.path, folder / name, exclusive=True)
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.connect() as conn:  # not begun: env.py turns SQLite's foreign keys off first
        owner = office_server.migrate_as_owner(conn)  # an office server's schema is the office's
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, to)
            if owner:
                office_server.guard_new_tables(conn)
                office_server.close_private_key(conn)
        finally:
            if owner:
                office_server.reset_role(conn)
    return backup


def _backup_stem(db: Database) -> str:
    """The stem services.backup gives this database's backups (file stem and short
    identity), so a migration's backup is listed and rotated with the others; a database
    from before identities existed has the file stem alone."""
    assert db.path is not None
    from . import identity

    with db.engine.connect() as conn:
        if not inspect(conn).has_table(identity.TABLE):
            return db.path.stem
        found = identity.read(conn)
    return f"{db.path.stem}-{found.short}" if found is not None else db.path.stem


def ensure_current(db: Database, backup_dir: Path | None = None) -> Path | None:
    """At start-up: create a new database, migrate an old one, refuse a newer one."""
    return upgrade(db, backup_dir)
