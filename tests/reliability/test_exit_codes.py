"""Every environment failure ends in a sentence and exit 2 (bad input: 1), never a traceback.

Issue 12 items 4, 5 and 12: disk full during a backup or an import, a read-only database
file or folder ("cannot write", not "damaged"), restores of broken backups, an unsupported
URL, a mistyped --database (creates nothing), a PostgreSQL lock held by another session;
nothing half-written and no temporary files left behind.

Read-only and full disks are made for real: as root with a read-only bind mount and a
small tmpfs; otherwise with chmod and RLIMIT_FSIZE (the file-size limit the kernel
enforces for the child process).
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.services.database import open_database
from tests.db._sample_data import fill

ROOT = Path(__file__).resolve().parents[2]
ROOTED = os.geteuid() == 0


def cli(*argv: str, env: dict[str, str] | None = None, limit: int | None = None):
    """The real command in a child process; `limit` caps the size of any file it writes."""

    def cap() -> None:  # runs in the child before exec
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *argv],
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})),
        capture_output=True,
        text=True,
        timeout=300,
        preexec_fn=cap if limit else None,
    )


def _count(path: Path, table: str = "signatory") -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    finally:
        con.close()


def _office(path: Path, n: int = 4) -> Path:
    db = open_database(str(path))
    fill(db, n)
    db.dispose()
    return path


def _towns(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Signatories"
    sheet.append(["Name", "Country", "Population"])
    for i in range(rows):
        sheet.append([f"Full disk town {i:05d}", "TM", 1000 + i])
    book.save(path)
    return path


def _assert_clean_failure(result, code: int = 2) -> None:
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.stderr.strip(), "a failure must say why"


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[Path]:
    """`folder` seen through a read-only view (bind mount as root, chmod otherwise)."""
    if ROOTED:
        view = folder.with_name(folder.name + "-ro")
        view.mkdir()
        subprocess.run(["mount", "--bind", str(folder), str(view)], check=True)
        try:
            subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
            yield view
        finally:
            subprocess.run(["umount", str(view)], check=True)
            view.rmdir()
    else:
        modes = {p: p.stat().st_mode for p in [folder, *folder.iterdir()]}
        for p in modes:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield folder
        finally:
            for p, mode in modes.items():
                p.chmod(mode)


@pytest.mark.reliability
def test_an_unsupported_url_is_refused_in_words_and_its_password_hidden() -> None:
    result = cli("--database", "mysql://clerk@db.example/office", "db", "info")
    _assert_clean_failure(result)
    assert "not supported" in result.stderr
    # with a password in it: refused (bad input or unusable), the password never shown
    result = cli("--database", "mysql://clerk:s3cret@db.example/office", "db", "info")
    assert result.returncode in (1, 2) and "Traceback" not in result.stderr
    assert result.stderr.strip() and "s3cret" not in result.stderr


MISTYPED = [
    ["db", "info"],
    ["db", "check"],
    ["import", "{book}"],
    ["export", "xlsx", "{tmp}/out.xlsx"],
    ["report", "pdf", "{tmp}/out.pdf"],
    ["deadlines"],
    ["backup"],
    ["restore", "{backup}"],
    ["demo", "--signatories", "2"],
]


@pytest.mark.reliability
def test_a_mistyped_database_creates_nothing(tmp_path: Path) -> None:
    book = _towns(tmp_path / "towns.xlsx", 2)
    good = _office(tmp_path / "good.sqlite3")
    saved = tmp_path / "saved.sqlite3"
    assert cli("--database", str(good), "backup", str(saved)).returncode == 0
    typo = tmp_path / "Ofice" / "office.sqlite3"
    for argv in MISTYPED:
        args = [a.format(book=book, tmp=tmp_path, backup=saved) for a in argv]
        result = cli("--database", str(typo), *args)
        _assert_clean_failure(result)
        assert str(typo) in result.stderr, (argv, result.stderr)
        assert not typo.parent.exists(), argv
    # in an existing folder too, except `demo` into a new file (docs/demo.md)
    missing = tmp_path / "typo.sqlite3"
    _assert_clean_failure(cli("--database", str(missing), "import", str(book)))
    assert not missing.exists()
    assert cli("--database", str(missing), "demo", "--signatories", "2").returncode == 0
    # the explicit first run makes folders and the database
    assert cli("--database", str(typo), "db", "upgrade").returncode == 0
    assert typo.exists()


@pytest.mark.reliability
@pytest.mark.parametrize(
    "argv",
    [
        ["db", "info"],
        ["import", "{book}"],
        ["demo", "--signatories", "2", "--seed", "7", "--force"],
        ["restore", "{backup}"],
        ["backup"],
    ],
    ids=lambda a: a[0],
)
def test_a_read_only_database_is_not_called_damaged(tmp_path: Path, argv: list[str]) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    path = _office(folder / "office.sqlite3")
    saved = tmp_path / "saved.sqlite3"
    assert cli("--database", str(path), "backup", str(saved)).returncode == 0
    book = _towns(tmp_path / "towns.xlsx", 3)
    before = path.read_bytes()
    with read_only(folder) as view:
        args = [a.format(book=book, backup=saved) for a in argv]
        result = cli("--database", str(view / "office.sqlite3"), *args)
    _assert_clean_failure(result)
    assert "Cannot write to" in result.stderr
    assert "integrity" not in result.stderr and "restore it" not in result.stderr
    assert path.read_bytes() == before


@contextlib.contextmanager
def small_disk(folder: Path, size_kb: int) -> Iterator[int | None]:
    """A real full disk as root (tmpfs of `size_kb`); else yields a file-size limit."""
    if ROOTED:
        folder.mkdir()
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)], check=True
        )
        try:
            yield None
        finally:
            subprocess.run(["umount", str(folder)], check=True)
    else:
        folder.mkdir()
        yield size_kb * 1024


def _debris(folder: Path) -> list[str]:
    return [p.name for p in folder.rglob("*") if ".part" in p.name]


@pytest.mark.reliability
def test_disk_full_during_backup_is_a_message_and_leaves_nothing(tmp_path: Path) -> None:
    source = _office(tmp_path / "big.sqlite3", 60)
    size_kb = source.stat().st_size // 1024
    disk = tmp_path / "disk"
    with small_disk(disk, size_kb + 64) as limit:
        office = disk / "office.sqlite3"
        office.write_bytes(source.read_bytes())
        result = cli("--database", str(office), "backup", limit=limit)
        _assert_clean_failure(result)
        assert "disk is full" in result.stderr
        assert _debris(disk) == []
        assert _count(office) == 60


@pytest.mark.reliability
def test_disk_full_during_import_is_a_message_and_imports_nothing(tmp_path: Path) -> None:
    book = _towns(tmp_path / "towns.xlsx", 4000)
    disk = tmp_path / "disk"
    with small_disk(disk, 900) as limit:
        office = disk / "office.sqlite3"
        assert cli("--database", str(office), "db", "upgrade").returncode == 0
        result = cli("--database", str(office), "import", str(book), limit=limit)
        _assert_clean_failure(result)
        assert "disk is full" in result.stderr
        assert _count(office) == 0
        assert _debris(disk) == []


def _broken_backups(folder: Path, good: Path) -> dict[str, Path]:
    """Copies of a good backup, each broken in one way a hostile or damaged file is."""
    recipes = {
        "foreign_revision": "UPDATE alembic_version SET version_num = 'f00dcafe'",
        "bad_date": "UPDATE energy_day SET start_date = '2025-02-31'",
        "broken_link": f"UPDATE financial_support SET signatory_id = '{'f' * 32}'",
        "missing_table": "DROP TABLE energy_day_organiser",
    }
    made = {}
    for name, sql in recipes.items():
        path = folder / f"{name}.sqlite3"
        path.write_bytes(good.read_bytes())
        con = sqlite3.connect(path)
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute(sql)
        con.commit()
        con.close()
        made[name] = path
    return made


@pytest.mark.reliability
def test_restore_of_a_broken_backup_is_refused_in_words(tmp_path: Path) -> None:
    office = _office(tmp_path / "office.sqlite3", 4)
    good = tmp_path / "good.sqlite3"
    assert cli("--database", str(office), "backup", str(good)).returncode == 0
    before = _count(office)
    data = tmp_path / "data"
    for name, broken in _broken_backups(tmp_path, good).items():
        result = cli(
            "--database", str(office), "restore", str(broken), env={"XDG_DATA_HOME": str(data)}
        )
        _assert_clean_failure(result)
        assert _count(office) == before, name
        left = [
            p
            for p in (data / "CoordinatorDesk" / "coordinator-desk" / "tmp").rglob("*")
            if p.is_file()
        ]
        assert left == [], (name, left)


@pytest.mark.reliability
def test_a_dead_processs_temporary_files_are_removed_at_the_next_start(tmp_path: Path) -> None:
    data = tmp_path / "data"
    office = _office(tmp_path / "office.sqlite3")
    base = data / "CoordinatorDesk" / "coordinator-desk" / "tmp"
    dead = base / "999999999"
    dead.mkdir(parents=True)
    (dead / "restore.sqlite3").write_bytes(b"x" * 1000)  # a killed restore's copy
    (dead / "tmpabc.xml").write_text("<row>Mary Energy Office</row>")  # openpyxl's sheet
    env = {"XDG_DATA_HOME": str(data)}
    assert cli("--database", str(office), "db", "info", env=env).returncode == 0
    assert not dead.exists()
    assert oct(base.stat().st_mode & 0o777) == "0o700"


@pytest.mark.reliability
def test_a_postgresql_lock_held_elsewhere_is_reported(pg_database_url: str) -> None:
    import psycopg

    from tests.conftest import fresh_pg_schema_url

    url = fresh_pg_schema_url(pg_database_url)
    db = open_database(url)
    fill(db, 2)
    db.dispose()
    plain = url.replace("postgresql+psycopg://", "postgresql://", 1)
    schema = plain.split("search_path%3D")[1]
    with psycopg.connect(plain.split("?")[0]) as other:
        other.execute(f'LOCK TABLE "{schema}".signatory IN ACCESS EXCLUSIVE MODE')
        start = time.monotonic()
        result = cli(
            "--database", url, "db", "info", env={"COORDINATOR_DESK_PG_LOCK_TIMEOUT_MS": "800"}
        )
        waited = time.monotonic() - start
        other.rollback()
    _assert_clean_failure(result)
    assert "locked by another" in result.stderr
    assert waited < 60
