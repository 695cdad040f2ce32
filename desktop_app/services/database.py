"""Opening the office database for a use case: connect, check, migrate.

The GUI and the CLI both open through here so they refuse the same files for the same
reasons and migrate the same way (backup first).
"""

from __future__ import annotations

from pathlib import Path

from ..db import migrate
from ..db.location import resolve_database
from ..db.session import Database, connect


def open_database(
    option: str | None = None,
    *,
    migrate_schema: bool = True,
    create: bool = True,
    backup_dir: Path | None = None,
) -> Database:
    """Open the database named by --database / env / default and bring it up to date.

    Raises db.errors.DatabaseError with a code the caller turns into words.
    """
    url = resolve_database(option)
    db = connect(url, create=create)
    try:
        if migrate_schema:
            migrate.ensure_current(db, backup_dir)
        else:
            migrate.state(db)
    except Exception:
        db.dispose()
        raise
    return db
