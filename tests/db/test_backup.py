"""Backups on both engines: a consistent SQLite copy, listed with counts, restorable anywhere."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.db.errors import DatabaseError
from desktop_app.db.schema_version import HEAD
from desktop_app.db.snapshot import content_hash
from desktop_app.domain.enums import AuditAction
from desktop_app.domain.models import AuditEntry, Base, Signatory
from desktop_app.services import backup
from desktop_app.services.database import open_database
from desktop_app.services.restore import restore

from ._sample_data import fill

BUSINESS = [
    t for t in Base.metadata.sorted_tables if t.name not in ("audit_entry", "database_identity")
]


def _hash(db) -> str:
    with db.engine.connect() as conn:
        return content_hash(conn, BUSINESS)


def test_backup_is_a_sqlite_copy_with_counts(database, tmp_path: Path) -> None:
    fill(database, 4)
    settings = backup.BackupSettings(folder=tmp_path / "backups")
    info = backup.create_backup(database, settings=settings)
    assert info.path.parent == tmp_path / "backups"
    assert info.reason == "manual" and info.size > 0 and info.revision == HEAD
    assert info.counts["signatory"] == 4 and info.counts["action_plan"] == 4
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    con.close()
    copy = open_database(f"sqlite:///{info.path}", create=False)
    try:
        assert _hash(copy) == _hash(database)
    finally:
        copy.dispose()
    assert not list((tmp_path / "backups").glob("*.part"))


def test_backup_to_explicit_file_and_folder(database, tmp_path: Path) -> None:
    fill(database, 1)
    target = tmp_path / "usb" / "copy.sqlite3"
    info = backup.create_backup(database, target)
    assert info.path == target and target.exists()
    (tmp_path / "share").mkdir()
    info = backup.create_backup(database, tmp_path / "share")
    assert info.path.parent == tmp_path / "share" and info.path.name.endswith("-manual.sqlite3")


def test_restore_round_trip_replaces_everything_and_audits(database, tmp_path: Path) -> None:
    ids = fill(database, 3)
    settings = backup.BackupSettings(folder=tmp_path / "b")
    saved = backup.create_backup(database, settings=settings)
    before_hash = _hash(database)
    with database.transaction("test") as s:
        s.get(Signatory, ids[0]).population = 5
        s.get(Signatory, ids[1]).deleted_at = datetime.now(UTC)
        s.add(Signatory(name="New town", country="TM"))
    assert _hash(database) != before_hash
    result = restore(database, saved.path, settings=settings, user="admin")
    assert result.inserted == 0 and result.removed == 1 and result.changed == 2
    assert result.safety_backup is not None
    assert result.safety_backup.reason == "before-restore"
    assert result.safety_backup.counts["signatory"] == 3  # 4 rows, one in the trash
    with database.session() as s:
        names = sorted(s.scalars(select(Signatory.name)))
        assert names == ["Town 0", "Town 1", "Town 2"]
        assert s.get(Signatory, ids[0]).population == 1000
        assert s.get(Signatory, ids[0]).version == 3  # bumped past the overwritten version
        trail = s.scalars(select(AuditEntry).where(AuditEntry.origin == "restore")).all()
    kinds = sorted((e.action.value, e.field) for e in trail)
    assert kinds == [
        ("delete", "*purged*"),
        ("restore", ""),
        ("update", "population"),
    ]
    pop = next(e for e in trail if e.field == "population")
    assert (pop.old_value, pop.new_value, pop.changed_by) == ("5", "1000", "admin")
    assert sorted(e.action for e in trail) == sorted(
        [AuditAction.DELETE, AuditAction.RESTORE, AuditAction.UPDATE]
    )
    assert {e.changed_by for e in trail if e.field == "population"} == {"admin"}


def test_restore_into_empty_database_copies_rows_and_trail(database, tmp_path: Path) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        fill(source, 2)
        saved = backup.create_backup(source, tmp_path / "saved.sqlite3")
        expected = _hash(source)
        with source.session() as s:
            trail = len(s.scalars(select(AuditEntry)).all())
    finally:
        source.dispose()
    result = restore(database, saved.path)
    assert result.safety_backup is None  # nothing to lose in an empty database
    assert _hash(database) == expected
    with database.session() as s:
        restored = s.scalars(select(AuditEntry)).all()
    assert len(restored) == trail + result.inserted
    assert result.inserted == sum(1 for e in restored if e.origin == "restore")


@pytest.mark.parametrize(
    "content, code",
    [
        (b"not a database at all", "not_a_backup"),
        (b"", "not_a_backup"),
        (b"SQLite format 3\x00" + b"\x00" * 200, "corrupt_backup"),
    ],
)
def test_bad_files_are_refused_and_nothing_changes(
    database, tmp_path: Path, content: bytes, code: str
) -> None:
    fill(database, 2)
    before_hash = _hash(database)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(DatabaseError) as caught:
        restore(database, bad, settings=backup.BackupSettings(folder=tmp_path / "b"))
    assert caught.value.code == code
    assert _hash(database) == before_hash
    assert bad.read_bytes() == content
    assert not (tmp_path / "b").exists()  # refused before even backing up


def test_newer_schema_is_refused(database, tmp_path: Path) -> None:
    fill(database, 1)
    saved = backup.create_backup(database, tmp_path / "saved.sqlite3").path
    con = sqlite3.connect(saved)
    con.execute("UPDATE alembic_version SET version_num='9999'")
    con.commit()
    con.close()
    with pytest.raises(DatabaseError) as caught:
        restore(database, saved)
    assert caught.value.code == "newer_schema"


def test_missing_file_is_refused(database, tmp_path: Path) -> None:
    with pytest.raises(DatabaseError) as caught:
        restore(database, tmp_path / "nope.sqlite3")
    assert caught.value.code == "missing_file"


def test_duplicate_names_and_shared_parents_survive_a_restore(database, tmp_path: Path) -> None:
    from desktop_app.domain.enums import PlanType
    from desktop_app.domain.models import ActionPlan

    (sid,) = fill(database, 1)
    with database.transaction("test") as s:
        s.add(Signatory(name="Town 0", country="TM"))  # same name, another record
        s.add(ActionPlan(signatory_id=sid, plan_type=PlanType.SEAP))  # second plan, same parent
    saved = backup.create_backup(database, tmp_path / "saved.sqlite3")
    expected = _hash(database)
    target = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        result = restore(target, saved.path)
        assert result.rows["signatory"] == 2 and result.rows["action_plan"] == 2
        assert _hash(target) == expected
    finally:
        target.dispose()
