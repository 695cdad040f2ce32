"""A killed writer's temporary files are removed by the next write into the same folder.

Issue 12 item 7: killed `report pdf`/exports left hidden `.part` files, a disk-full backup
left `.part` and `.part-journal`. Temporary names now carry the writer's pid: the next
writer removes the files of writers that no longer run, never those of a live one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.atomic import write_atomically
from desktop_app.services.database import open_database
from tests.db._sample_data import fill

ROOT = Path(__file__).resolve().parents[2]

KILLED_EXPORT = """
import os, sys
from pathlib import Path
from desktop_app.services.atomic import atomic_path
with atomic_path(Path(sys.argv[1])) as tmp:
    tmp.write_bytes(b"<worksheet>half of the clerk's data")
    os._exit(9)
"""

KILLED_BACKUP = """
import os, sys
from pathlib import Path
from desktop_app.db import snapshot
snapshot._fsync = lambda path: os._exit(9)  # killed after the copy, before the rename
snapshot.copy_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), exclusive=True)
"""


def _child(code: str, *args: str) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, timeout=120
    ).returncode


def _parts(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


@pytest.mark.reliability
def test_a_killed_export_leaves_a_part_that_the_next_write_removes(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    assert _child(KILLED_EXPORT, str(target)) == 9
    assert len(_parts(tmp_path)) == 1 and not target.exists()
    live = tmp_path / f".other.pdf.{os.getpid()}.0123abcd.part"  # a live writer's (ours)
    live.write_bytes(b"in progress")
    write_atomically(tmp_path / "deadlines.ics", b"BEGIN:VCALENDAR")
    assert _parts(tmp_path) == [live.name]


@pytest.mark.reliability
def test_a_killed_backup_leaves_debris_that_the_next_backup_removes(tmp_path: Path) -> None:
    from desktop_app.services import backup

    db = open_database(str(tmp_path / "office.sqlite3"))
    try:
        fill(db, 3)
        folder = tmp_path / "backups"
        folder.mkdir()
        code = _child(KILLED_BACKUP, str(db.path), str(folder / "office-killed-manual.sqlite3"))
        assert code == 9
        assert _parts(folder) != []  # the bug's state: a .part (and maybe its journal)
        info = backup.create_backup(db, folder)
        assert _parts(folder) == []
        assert info.path.exists()
    finally:
        db.dispose()
