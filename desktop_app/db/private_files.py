"""Files holding an office's personal data are readable by their owner only.

Databases, backups, submission packs, exports, logs and temporary files carry names, phone
numbers and e-mail addresses of officials. On Linux and macOS every process of the app
starts with umask 077 (`restrict_process`), so whatever it creates, through SQLite,
openpyxl, reportlab or tempfile, is 0600 in 0700 folders; the folders the app owns (its
data folder, backup folders, log folder) and the database file are tightened on every open
in case an older version made them world-readable. Folders a user chose for an export are
left as they are: only the files written into them are private. On Windows the data lives
in the user's own profile folders, which other users cannot read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
FOLDER_MODE = 0o700
POSIX = os.name == "posix"


def restrict_process() -> None:
    """New files of this process: owner only (no-op on Windows)."""
    if POSIX:
        os.umask(PRIVATE_UMASK)


def _ours(path: Path) -> bool:
    try:
        return path.stat().st_uid == os.getuid()
    except (OSError, AttributeError):
        return False


def private_folder(path: Path) -> Path:
    """Create `path` (and parents) owner-only, and tighten it if it exists and is ours."""
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    if POSIX and _ours(path) and stat.S_IMODE(path.stat().st_mode) & 0o077:
        try:
            path.chmod(FOLDER_MODE)
        except OSError:
            pass  # a folder we may not change (a share): its files are still private
    return path


def private_file(path: Path) -> None:
    """Make an existing file of ours owner-only (an old database made 0644, say)."""
    if not POSIX:
        return
    try:
        if _ours(path) and stat.S_IMODE(path.stat().st_mode) & 0o077:
            path.chmod(FILE_MODE)
    except OSError:
        pass  # read-only media: reported elsewhere if it matters


def private_database(path: Path) -> None:
    """The SQLite file and its -wal/-shm companions."""
    for companion in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        if companion.exists():
            private_file(companion)
