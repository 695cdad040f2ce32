"""Writing output files so that a failed or interrupted write never leaves a half file.

Every exporter (workbooks, PDFs, calendars, CSV) writes through here: a temporary name in
the same folder (so the final rename stays on one file system), renamed over the target
only once the writer has finished, and removed if it did not. The temporary name
carries the writer's pid, so the hidden files of a killed writer are removed by the next
write into that folder while another live writer's are left alone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..db.snapshot import clean_debris, part_path
from .output_guard import check_output


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside `path`; it becomes `path` only if the block succeeds."""
    target = Path(path)
    check_output(target, None)  # never a database or its journal, whoever asks (GUI too)
    target.parent.mkdir(parents=True, exist_ok=True)
    clean_debris(target.parent)  # a killed writer's hidden .part files, never a live one's
    tmp = part_path(target)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomically(path: Path | str, data: bytes) -> None:
    with atomic_path(path) as tmp, tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
