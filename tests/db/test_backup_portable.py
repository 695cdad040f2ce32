"""A PostgreSQL office's backup is a SQLite file that restores into either engine."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import select, text

from desktop_app.db.snapshot import content_hash
from desktop_app.domain.models import AuditEntry, Base
from desktop_app.services import backup
from desktop_app.services.database import open_database
from desktop_app.services.restore import restore
from tests.conftest import fresh_pg_schema_url

from ._sample_data import fill

BUSINESS = [
    t for t in Base.metadata.sorted_tables if t.name not in ("audit_entry", "database_identity")
]


def _hash(db) -> str:
    with db.engine.connect() as conn:
        return content_hash(conn, BUSINESS)


def test_postgresql_backup_restores_into_sqlite_and_postgresql(
    pg_database_url: str, tmp_path: Path
) -> None:
    office = open_database(fresh_pg_schema_url(pg_database_url))
    try:
        fill(office, 6)
        expected = _hash(office)
        with office.session() as s:
            trail = {e.id for e in s.scalars(select(AuditEntry))}
            ident = s.execute(text("SELECT uuid FROM database_identity")).scalar()
        info = backup.create_backup(office, settings=backup.BackupSettings(folder=tmp_path))
    finally:
        office.dispose()
    # Its own stem: server, database and identity, never the default file's stem.
    dbname = pg_database_url.rsplit("/", 1)[1]
    own = f"127.0.0.1-{dbname}-{uuid.UUID(str(ident)).hex[:8]}-"
    assert info.path.name.startswith(own), info.path.name
    assert info.counts["signatory"] == 6
    for url in (f"sqlite:///{tmp_path / 'laptop.sqlite3'}", fresh_pg_schema_url(pg_database_url)):
        target = open_database(url)
        try:
            restore(target, info.path)
            assert _hash(target) == expected
            with target.session() as s:
                restored = {e.id for e in s.scalars(select(AuditEntry))}
            assert trail <= restored
        finally:
            target.dispose()
