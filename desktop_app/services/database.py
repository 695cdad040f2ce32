"""Opening the office database for a use case: connect, check, migrate.

The GUI and the CLI both open through here so they refuse the same files for the same
reasons and migrate the same way (backup first).
"""

from __future__ import annotations

from pathlib import Path

from ..db import identity, migrate
from ..db.errors import DatabaseError
from ..db.location import resolve_database
from ..db.session import Database, connect
from .recovery import damaged_or, quick_check


def open_database(
    option: str | None = None,
    *,
    migrate_schema: bool = True,
    create: bool = True,
    backup_dir: Path | None = None,
    check: bool = True,
) -> Database:
    """Open the database named by --database / env / default and bring it up to date.

    A SQLite file first gets SQLite's quick check, so a damaged file is reported (and a
    backup offered) at start-up instead of failing later in the middle of a clerk's work.
    Raises db.errors.DatabaseError with a code the caller turns into words.
    """
    url = resolve_database(option)
    _private_temp()
    try:
        db = connect(url, create=create)
    except DatabaseError as exc:
        raise damaged_or(exc) from exc
    try:
        if check:
            quick_check(db)
        if migrate_schema:
            if not db.is_sqlite and migrate.state(db) == "outdated":
                from .backup import before

                before(db, "migration")  # SQLite files are copied by migrate.upgrade itself
            migrate.ensure_current(db, backup_dir)
            ensure_identity(db)
        else:
            migrate.state(db)
    except Exception:
        db.dispose()
        raise
    return db


def ensure_identity(db: Database) -> identity.Identity:
    """The database's identity, created if it lacks one and renamed after the profile.

    Only writes when something changed, so a read-only file that has its row still opens.
    """
    with db.engine.connect() as conn:
        found = identity.read(conn)
        if found is not None and identity.own_office_name(conn) in (None, found.office_name):
            return found
    from sqlalchemy.exc import DBAPIError

    try:
        with db.engine.begin() as conn:
            return identity.ensure(conn)
    except DBAPIError as exc:
        # A viewer on an office server may not rename the identity after the profile; the
        # next editor who opens the database does (services/server_accounts.py).
        if found is None or getattr(exc.orig, "sqlstate", None) != "42501":
            raise
        return found


def database_identity(db: Database) -> identity.Identity | None:
    with db.engine.connect() as conn:
        return identity.read(conn)


def _private_temp() -> None:
    """Temporary files in the user's own 0700 folder, leftovers of killed runs removed."""
    from . import scratch

    try:
        scratch.install()
    except OSError:
        pass  # the system temp folder still works; a read-only profile must not stop us
