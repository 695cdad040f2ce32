"""Database identity: carried by every backup, kept by a restore, follows the profile."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from desktop_app.services import backup
from desktop_app.services.database import open_database

from ._sample_data import fill


def _uuid(db) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT uuid FROM database_identity")).scalar())


def _file_uuid(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("SELECT uuid FROM database_identity").fetchone()[0])
    finally:
        con.close()


def test_backup_carries_the_identity_and_restore_keeps_the_targets(
    database, tmp_path: Path
) -> None:
    fill(database)
    own = _uuid(database).replace("-", "")
    info = backup.create_backup(database, tmp_path / "copy.sqlite3")
    assert _file_uuid(info.path).replace("-", "") == own
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        theirs = _uuid(other)
        backup.restore(other, info.path)
        assert _uuid(other) == theirs  # the records came over, the identity did not
    finally:
        other.dispose()


def test_office_name_follows_the_own_office_profile(database) -> None:
    from desktop_app.domain.enums import CoordinatorKind
    from desktop_app.domain.models import Coordinator

    with database.transaction() as s:
        s.add(
            Coordinator(
                name="Mary Energy Office",
                kind=CoordinatorKind.TERRITORIAL,
                country="TM",
                is_own_office=True,
            )
        )
    again = open_database(database.url)
    try:
        with again.engine.connect() as conn:
            name = conn.execute(text("SELECT office_name FROM database_identity")).scalar()
    finally:
        again.dispose()
    assert name == "Mary Energy Office"
