"""Two real processes run each pair of write use cases at the same moment, on both engines.

Issue 12 item 3: two imports of the same rows used to give every row twice (the preview
classified rows outside the write lock); two backups in the same second shared one
`NAME.part` and broke each other; on PostgreSQL two imports failed in the backup step.
Now an import re-classifies under the write lock, every temporary name is unique and a
final backup name is claimed atomically.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, text

from desktop_app.domain.models import Signatory
from desktop_app.services import backup
from desktop_app.services.database import open_database
from tests.conftest import fresh_pg_schema_url
from tests.db._sample_data import fill

ROOT = Path(__file__).resolve().parents[2]
ROWS = 300


def _workbook(path: Path, rows: int = ROWS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Signatories"
    sheet.append(["Name", "Country", "Population"])
    for i in range(rows):
        sheet.append([f"Parallel town {i:03d}", "TM", 1000 + i])
    book.save(path)
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "office.sqlite3")
    return fresh_pg_schema_url(request.getfixturevalue("pg_database_url"))


def _run_pair(sides: list[tuple[str, str, str]], tmp_path: Path) -> list[str]:
    barrier = tmp_path / "barrier"
    barrier.mkdir(exist_ok=True)
    for stale in barrier.iterdir():
        stale.unlink()
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.pair", op, db, arg, str(barrier), f"p{i}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for i, (op, db, arg) in enumerate(sides)
    ]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    for proc, out in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, out
    return outputs


def _names(url: str) -> tuple[int, int]:
    db = open_database(url)
    try:
        with db.session() as s:
            total = s.scalar(
                select(func.count()).where(Signatory.name.like("Parallel town %"))
            )
            distinct = s.scalar(
                select(func.count(func.distinct(Signatory.name))).where(
                    Signatory.name.like("Parallel town %")
                )
            )
    finally:
        db.dispose()
    return int(total or 0), int(distinct or 0)


def _prepare(url: str, n: int = 3) -> None:
    db = open_database(url)
    fill(db, n)
    db.dispose()


def _no_debris(folder: Path) -> None:
    left = [p.name for p in folder.rglob("*") if ".part" in p.name]
    assert left == []


def _valid(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


@pytest.mark.reliability
def test_two_imports_of_the_same_rows_give_them_once(url: str, tmp_path: Path) -> None:
    _prepare(url)
    book = _workbook(tmp_path / "towns.xlsx")
    out = _run_pair([("import", url, str(book)), ("import", url, str(book))], tmp_path)
    assert _names(url) == (ROWS, ROWS), out
    created = sorted(int(o.split("created=")[1].split()[0]) for o in out)
    assert created == [0, ROWS], out  # one imported them, the other found them there


@pytest.mark.reliability
def test_two_backups_at_once_both_succeed(url: str, tmp_path: Path) -> None:
    _prepare(url)
    folder = tmp_path / "backups"
    out = _run_pair([("backup", url, str(folder)), ("backup", url, str(folder))], tmp_path)
    paths = {Path(o.split()[-1]) for o in out}
    assert len(paths) == 2, out
    for path in paths:
        assert path.exists()
        _valid(path)
    _no_debris(folder)


@pytest.mark.reliability
def test_import_and_backup_at_once(url: str, tmp_path: Path) -> None:
    _prepare(url)
    book = _workbook(tmp_path / "towns.xlsx")
    folder = tmp_path / "backups"
    out = _run_pair([("import", url, str(book)), ("backup", url, str(folder))], tmp_path)
    assert _names(url) == (ROWS, ROWS), out
    made = Path(next(o for o in out if "backups" in o).split()[-1])
    _valid(made)
    _no_debris(folder)


@pytest.mark.reliability
def test_restore_and_import_at_once(url: str, tmp_path: Path) -> None:
    # The backup restored: another office with 7 signatories and none of the towns.
    other = open_database(str(tmp_path / "other.sqlite3"))
    fill(other, 7)
    saved = backup.create_backup(other, tmp_path / "saved" / "other.sqlite3").path
    other.dispose()
    _prepare(url)
    book = _workbook(tmp_path / "towns.xlsx")
    out = _run_pair([("restore", url, str(saved)), ("import", url, str(book))], tmp_path)
    total, distinct = _names(url)
    assert total == distinct and total in (0, ROWS), out  # import before or after, never half
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            towns = conn.execute(
                text("SELECT count(*) FROM signatory WHERE name LIKE 'Town %'")
            ).scalar()
    finally:
        db.dispose()
    assert towns == 7, out  # the restore's records are all there
