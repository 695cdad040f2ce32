"""No command overwrites what is not ours, and backups of different databases never mix.

Issue 12 items 1 and 2: every writing command refuses the open database (by name,
symlink or hard link), its journal files and any other database file; `backup DEST`
overwrites only an earlier backup of the same database; rotation, recovery and restore
count only the database's own backups; another office's backup needs --other-office.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.services import backup, recovery
from desktop_app.services.database import open_database
from tests.db._sample_data import fill


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _office(path: Path, n: int) -> Path:
    db = open_database(str(path))
    fill(db, n)
    db.dispose()
    return path


def _signatories(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM signatory").fetchone()[0]
    finally:
        con.close()


WRITERS = [
    ["export", "xlsx", "{out}"],
    ["report", "pdf", "{out}"],
    ["factsheet", "{out}"],
    ["deadlines", "--format", "csv", "--output", "{out}"],
    ["deadlines", "--format", "xlsx", "--output", "{out}"],
    ["backup", "{out}"],
]


@pytest.fixture
def offices(tmp_path: Path) -> tuple[Path, Path]:
    return _office(tmp_path / "a.sqlite3", 3), _office(tmp_path / "b.sqlite3", 7)


@pytest.mark.reliability
@pytest.mark.parametrize("argv", WRITERS, ids=lambda a: " ".join(a[:2]))
@pytest.mark.parametrize("target", ["itself", "symlink", "hardlink", "wal", "other_office"])
def test_no_writing_command_overwrites_a_database(
    offices: tuple[Path, Path], argv: list[str], target: str, capsys
) -> None:
    a, b = offices
    out = {
        "itself": a,
        "symlink": a.with_name("link.xlsx"),
        "hardlink": a.with_name("hard.pdf"),
        "wal": a.with_name(a.name + "-wal"),
        "other_office": b,
    }[target]
    if target == "symlink":
        out.symlink_to(a)
    elif target == "hardlink":
        os.link(a, out)
    before = {p: _digest(p) for p in (a, b)}
    code = cli_main(["--database", str(a), *[t.format(out=out) for t in argv]])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "refusing to overwrite" in err
    assert {p: _digest(p) for p in (a, b)} == before
    assert _signatories(a) == 3 and _signatories(b) == 7


@pytest.mark.reliability
def test_import_annotate_cannot_overwrite_the_database(offices, tmp_path: Path, capsys) -> None:
    a, _b = offices
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "Country", "Population"])
    sheet.append(["Bad town", "XX", "-5"])
    src = tmp_path / "in.xlsx"
    book.save(src)
    before = _digest(a)
    code = cli_main(
        ["--database", str(a), "import", str(src), "--kind", "signatories", "--annotate", str(a)]
    )
    assert code == 1, capsys.readouterr().err
    assert _digest(a) == before


@pytest.mark.reliability
def test_backup_overwrites_only_its_own_earlier_backup(offices, tmp_path: Path, capsys) -> None:
    a, b = offices
    own = tmp_path / "a-copy.sqlite3"
    assert cli_main(["--database", str(a), "backup", str(own)]) == 0
    assert cli_main(["--database", str(a), "backup", str(own)]) == 0  # ours: replaced
    assert _signatories(own) == 3
    # another office's *backup* is refused like its database
    theirs = tmp_path / "b-copy.sqlite3"
    assert cli_main(["--database", str(b), "backup", str(theirs)]) == 0
    before = _digest(theirs)
    capsys.readouterr()
    assert cli_main(["--database", str(a), "backup", str(theirs)]) == 1
    assert "another office" in capsys.readouterr().err
    assert _digest(theirs) == before and _signatories(theirs) == 7
    # another program's SQLite file too
    photos = tmp_path / "photos.sqlite3"
    with sqlite3.connect(photos) as con:
        con.execute("CREATE TABLE photo (id INTEGER)")
    before = _digest(photos)
    assert cli_main(["--database", str(a), "backup", str(photos)]) == 1
    assert _digest(photos) == before


@pytest.mark.reliability
def test_rotation_of_one_database_keeps_the_others_backups(offices, tmp_path: Path) -> None:
    a, b = offices
    settings = backup.BackupSettings(keep_daily=1, keep_weekly=0, keep_monthly=0, keep_last=1)
    db_b = open_database(str(b))
    only = backup.create_backup(db_b, reason="before-import", settings=settings)
    db_b.dispose()
    db_a = open_database(str(a))
    start = datetime(2026, 11, 1, 9)
    try:
        for i in range(11):  # eleven imports into a
            backup.create_backup(
                db_a, reason="before-import", settings=settings, now=start + timedelta(hours=i)
            )
    finally:
        db_a.dispose()
    assert only.path.exists()  # b's only backup survived a's rotation
    names = sorted(p.name for p in (tmp_path / "backups").iterdir())
    a_names = [n for n in names if n.startswith("a-")]
    assert len(a_names) == 1, names  # a's own rotation still ran


@pytest.mark.reliability
def test_recovery_offers_only_the_same_databases_backup(offices, tmp_path: Path) -> None:
    a, b = offices
    db_a = open_database(str(a))
    own = backup.create_backup(db_a, reason="daily", now=datetime(2026, 1, 1, 9))
    db_a.dispose()
    # Another office's backup, newer, in the same folder, even renamed with a's stem.
    db_b = open_database(str(b))
    theirs = backup.create_backup(db_b, reason="daily", now=datetime(2026, 6, 1, 9))
    db_b.dispose()
    renamed = theirs.path.with_name(theirs.path.name.replace("b-", "a-", 1))
    theirs.path.rename(renamed)
    good = recovery.newest_good_backup(a)
    assert good is not None and good.path == own.path


@pytest.mark.reliability
def test_restore_of_another_offices_backup_needs_other_office(offices, capsys) -> None:
    a, b = offices
    db_b = open_database(str(b))
    theirs = backup.create_backup(db_b, reason="manual")
    db_b.dispose()
    capsys.readouterr()
    assert cli_main(["--database", str(a), "restore", str(theirs.path)]) == 1
    err = capsys.readouterr().err
    assert "another office" in err and "--other-office" in err
    assert _signatories(a) == 3
    assert cli_main(["--database", str(a), "restore", str(theirs.path), "--other-office"]) == 0
    assert "Warning" in capsys.readouterr().err
    assert _signatories(a) == 7


@pytest.mark.reliability
def test_backups_from_before_identities_are_still_listed_as_ours(offices, tmp_path) -> None:
    a, b = offices
    folder = tmp_path / "backups"
    db_b = open_database(str(b))
    theirs = backup.create_backup(db_b, folder / "a-20250101-090000-manual.sqlite3").path
    db_b.dispose()
    db_a = open_database(str(a))
    try:
        old = backup.create_backup(db_a, folder / "a-20240101-090000-manual.sqlite3").path
        con = sqlite3.connect(old)
        con.execute("DROP TABLE database_identity")  # as made before revision 0005
        con.commit()
        con.close()
        listed = {i.path for i in backup.own_backups(db_a, backup.list_backups([folder]))}
    finally:
        db_a.dispose()
    assert old in listed and theirs not in listed


@pytest.mark.reliability
def test_the_services_refuse_too_so_the_gui_cannot_overwrite_a_database(offices) -> None:
    """The GUI's save dialogs call the services directly; atomic_path asks the guard."""
    from desktop_app.services.atomic import write_atomically
    from desktop_app.services.excel.errors import ExcelFileError
    from desktop_app.services.excel.export import export_workbook
    from desktop_app.services.output_guard import OutputRefused
    from desktop_app.services.period import current_period

    a, b = offices
    before = {p: _digest(p) for p in (a, b)}
    db = open_database(str(a))
    try:
        with pytest.raises(ExcelFileError):
            export_workbook(db, b, current_period(datetime(2026, 6, 1).date()))
        for target in (a, a.with_name(a.name + "-wal"), b):
            with pytest.raises(OutputRefused):
                write_atomically(target, b"BEGIN:VCALENDAR")
    finally:
        db.dispose()
    assert {p: _digest(p) for p in (a, b)} == before


def test_the_refusal_names_the_other_office_even_before_it_is_reopened(
    tmp_path: Path, capsys
) -> None:
    """A demo written into a new file names its office only in the profile until the file is
    next opened: the refusal still says which office the file belongs to, never '?'."""
    ours = tmp_path / "ours.sqlite3"
    assert cli_main(["--database", str(ours), "demo", "--signatories", "5"]) == 0
    theirs = tmp_path / "theirs.sqlite3"
    assert cli_main(["--database", str(theirs), "demo", "--signatories", "5", "--seed", "3"]) == 0
    capsys.readouterr()
    with sqlite3.connect(theirs) as con:
        (office,) = con.execute(
            "SELECT name FROM coordinator WHERE is_own_office = 1 AND deleted_at IS NULL"
        ).fetchone()
    before = _digest(theirs)
    assert cli_main(["--database", str(ours), "backup", str(theirs)]) == 1
    err = capsys.readouterr().err
    assert f"another office ({office})" in err and "(?)" not in err
    assert _digest(theirs) == before
