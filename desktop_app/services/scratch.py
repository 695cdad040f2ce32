"""A private temporary folder per process, emptied of dead processes' leftovers at start.

openpyxl writes each worksheet to a temporary XML file, and a restore copies the backup
to a scratch file before checking it: in the system temp folder these held personal data
in plain text, readable by others, and a killed process left them there for good (a
21 MB copy per killed restore). Every temporary file of the app now goes to
`<data folder>/tmp/<pid>` (0700), and the folders of processes that no longer run are
removed the next time any command or the GUI opens a database.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

_INSTALLED: Path | None = None


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean(base: Path) -> list[Path]:
    """Remove the per-process folders under `base` whose process is gone."""
    removed: list[Path] = []
    try:
        entries = list(base.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry.name.isdigit() and not _alive(int(entry.name)):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def install(base: Path | None = None) -> Path:
    """Point `tempfile` (and so openpyxl and our scratch copies) at this process's folder.

    Idempotent; a fork gets its own folder on its first call.
    """
    global _INSTALLED
    if _INSTALLED is not None and _INSTALLED.name == str(os.getpid()) and _INSTALLED.is_dir():
        return _INSTALLED
    if base is None:
        from ..db.location import data_dir

        base = data_dir() / "tmp"
    base.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(base, 0o700)
    clean(base)
    own = base / str(os.getpid())
    own.mkdir(exist_ok=True, mode=0o700)
    tempfile.tempdir = str(own)
    _INSTALLED = own
    import atexit

    atexit.register(shutil.rmtree, own, ignore_errors=True)
    return own


__all__ = ["clean", "install"]
