"""The copy taken before a migration is a backup like the others: listed, counted, named."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from desktop_app.db import migrate
from desktop_app.db.schema_version import HEAD
from desktop_app.services import backup
from desktop_app.services.database import open_database

from ._sample_data import fill


def test_migration_backup_is_listed_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    fill(db, 2)
    cfg = migrate.alembic_config(db)
    with db.engine.connect() as conn:  # not begun: see docs/migrations.md, foreign keys
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    db.dispose()
    db = open_database(str(path))  # migrates, copying the file first
    try:
        assert migrate.current_revision(db) == HEAD
        (info,) = backup.list_backups(backup.folders_for(db))
    finally:
        db.dispose()
    assert info.reason == "before-migration" and info.revision == "0001"
    assert info.counts["signatory"] == 2
