"""A damaged file is caught at opening, kept aside, and replaced by the newest good backup."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.db.errors import DatabaseError
from desktop_app.services import backup, recovery
from desktop_app.services.database import open_database

from ._sample_data import fill


def _damage(path: Path) -> None:
    """Overwrite some pages past the header, as a failing disk or a cut copy would."""
    size = path.stat().st_size
    with path.open("r+b") as fh:
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset + 100)
            fh.write(os.urandom(600))


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    fill(db, 30)
    backup.create_backup(db, reason="daily")
    fill(db, 5)
    db.dispose()
    return path


def test_corrupt_file_is_detected_and_newest_good_backup_named(office: Path) -> None:
    folder = office.parent / "backups"
    good = backup.list_backups([folder])[0]
    broken = folder / "office-20991231-000000-daily.sqlite3"  # newer but damaged
    broken.write_bytes(good.path.read_bytes())
    _damage(broken)
    _damage(office)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(office))
    assert caught.value.code == "corrupt_database"
    assert caught.value.params["backup"] == str(good.path)
    assert recovery.newest_good_backup(office).path == good.path


def test_recover_moves_the_damaged_file_aside(office: Path) -> None:
    _damage(office)
    damaged = office.read_bytes()
    good = recovery.newest_good_backup(office)
    result = recovery.recover_from(good, office)
    assert result.moved_aside is not None and result.moved_aside.read_bytes() == damaged
    assert result.moved_aside.name.startswith("office.sqlite3.corrupt-")
    db = open_database(str(office))
    try:
        with db.session() as s:
            from sqlalchemy import func, select

            from desktop_app.domain.models import Signatory

            assert s.scalar(select(func.count()).select_from(Signatory)) == 30
    finally:
        db.dispose()


def test_no_backup_gives_integrity_failed(tmp_path: Path) -> None:
    path = tmp_path / "lonely.sqlite3"
    db = open_database(str(path))
    fill(db, 40)
    db.dispose()
    _damage(path)
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert caught.value.code == "integrity_failed"
    assert path.exists()  # never deleted, never moved without being asked


def test_cli_exit_2_then_restore_recovers(office: Path, capsys) -> None:
    _damage(office)
    assert cli_main(["--database", str(office), "db", "info"]) == 2
    message = capsys.readouterr().err
    good = recovery.newest_good_backup(office)
    # the suggested command names this database, so it cannot restore into the default one
    suggested = f'coordinator-desk --database "{office}" restore "{good.path}"'
    assert "damaged" in message and suggested in message
    assert cli_main(["--database", str(office), "restore", str(good.path)]) == 0
    out = capsys.readouterr().out
    assert "moved aside" in out
    aside = [p for p in office.parent.glob("office.sqlite3.corrupt-*") if p.suffix != ".sqlite3"]
    assert len([p for p in aside if not p.name.endswith(("-wal", "-shm"))]) == 1
    assert cli_main(["--database", str(office), "db", "check"]) == 0


def test_cli_backup_list_and_restore(office: Path, tmp_path: Path, capsys) -> None:
    usb = tmp_path / "usb"
    assert cli_main(["--database", str(office), "backup", f"{usb}/"]) == 0
    written = next(usb.glob("*.sqlite3"))
    assert "Backup written" in capsys.readouterr().out
    assert cli_main(["--database", str(office), "backup", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "daily" in listing and "before" not in listing
    assert cli_main(["--database", str(office), "restore", str(written)]) == 0
    assert "backed up first" in capsys.readouterr().out
    con = sqlite3.connect(office)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


@pytest.mark.parametrize(
    "argv, code",
    [
        (["backup", "--list", "x"], 1),
        (["restore", "missing.sqlite3"], 2),
    ],
)
def test_cli_bad_arguments(office: Path, argv: list[str], code: int, capsys) -> None:
    assert cli_main(["--database", str(office), *argv]) == code
    assert capsys.readouterr().err.strip()


def test_cli_refuses_to_overwrite_a_document(office: Path, tmp_path: Path, capsys) -> None:
    doc = tmp_path / "letter.docx"
    doc.write_bytes(b"PK\x03\x04 not a backup")
    assert cli_main(["--database", str(office), "backup", str(doc)]) == 1
    assert doc.read_bytes() == b"PK\x03\x04 not a backup"


def test_any_damage_is_reported_never_raised(office: Path, tmp_path: Path) -> None:
    """Forty damage patterns (seeded) of the file and of its newest backup: each open ends in
    a DatabaseError naming the damage, never another exception. Random damage once put
    bytes that are no UTF-8 into the integrity report of a backup offered for recovery, and
    into sqlite3's own "malformed schema" message: UnicodeDecodeError, a traceback."""
    import random
    import shutil

    folder = office.parent / "backups"
    good = backup.list_backups([folder])[0]
    for seed in range(40):
        rng = random.Random(seed)
        work = tmp_path / f"trial{seed}"
        shutil.copytree(office.parent, work, ignore=shutil.ignore_patterns("trial*"))
        target = work / office.name
        newer = work / "backups" / good.path.name.replace("2026", "2099", 1)
        newer.write_bytes(good.path.read_bytes())
        for path in (target, newer):
            size = path.stat().st_size
            with path.open("r+b") as fh:
                for offset in range(4096 * 2, size, 4096 * rng.randint(2, 4)):
                    fh.seek(offset + rng.randint(0, 3000))
                    fh.write(rng.randbytes(rng.randint(50, 900)))
        try:
            open_database(str(target)).dispose()
        except DatabaseError as exc:
            assert exc.code in ("corrupt_database", "integrity_failed", "not_a_database"), seed
