"""Database, backups, packs, exports, logs: 0600 files in 0700 folders on Linux.

Run as real processes started with the usual umask 022, so the program itself must make
them private. Before db/private_files.py all of these were 0644 in 0755 folders (issue 12,
item 8).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: profile ACLs)")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        preexec_fn=lambda: os.umask(0o022),  # noqa: PLW1509 - the umask a user has
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "COORDINATOR_DESK_SETTINGS": str(tmp_path / "prefs.ini"),
    }


def test_default_database_backups_and_outputs_are_owner_only(env, tmp_path: Path) -> None:  # noqa: ANN001
    done = _run(env, "demo", "--signatories", "3")
    assert done.returncode == 0, done.stderr
    dbs = list((tmp_path / "data").rglob("coordinator-desk.sqlite3"))
    assert len(dbs) == 1
    db = dbs[0]
    assert _mode(db.parent) == 0o700 and _mode(db) == 0o600
    for companion in db.parent.glob(db.name + "-*"):
        assert _mode(companion) == 0o600, companion
    assert _run(env, "backup").returncode == 0
    backups = [p for p in db.parent.rglob("*.sqlite3") if p != db]
    assert backups
    for b in backups:
        assert _mode(b) == 0o600 and _mode(b.parent) == 0o700, b
    out = tmp_path / "out"  # a folder the user chose: left as it is, the files are private
    out.mkdir()
    out.chmod(0o755)  # explicit: an in-process main() earlier in the run set umask 077
    assert _run(env, "export", "xlsx", str(out / "all.xlsx")).returncode == 0
    assert _run(env, "submit", str(out / "packs")).returncode == 0
    assert _run(env, "deadlines", "--format", "csv", "--output", str(out / "d.csv")).returncode == 0
    written = [p for p in out.rglob("*") if p.is_file()]
    assert {p.suffix for p in written} >= {".xlsx", ".zip", ".csv"}
    for p in written:
        assert _mode(p) == 0o600, p
    assert _mode(out) == 0o755


def test_existing_world_readable_database_is_tightened(env, tmp_path: Path) -> None:  # noqa: ANN001
    assert _run(env, "demo", "--signatories", "2").returncode == 0
    db = next((tmp_path / "data").rglob("coordinator-desk.sqlite3"))
    db.chmod(0o644)
    db.parent.chmod(0o755)
    assert _run(env, "db", "info").returncode == 0
    assert _mode(db) == 0o600 and _mode(db.parent) == 0o700


def test_log_file_is_owner_only(env, tmp_path: Path) -> None:  # noqa: ANN001
    code = (
        "from desktop_app.db.private_files import restrict_process; restrict_process(); "
        "from desktop_app.ui.crash import setup_logging; print(setup_logging())"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
        preexec_fn=lambda: os.umask(0o022),  # noqa: PLW1509
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    log = Path(done.stdout.strip().splitlines()[-1])
    assert log.exists() and _mode(log) == 0o600 and _mode(log.parent) == 0o700
