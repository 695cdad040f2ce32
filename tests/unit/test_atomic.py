"""Output files appear whole or not at all, and no temporary file is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.atomic import atomic_path, write_atomically


def test_a_finished_write_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out" / "deadlines.ics"
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    write_atomically(target, b"newer")
    assert target.read_bytes() == b"newer"
    assert [p.name for p in target.parent.iterdir()] == ["deadlines.ics"]


def test_a_failed_write_keeps_the_old_file_and_leaves_no_part(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"last good report")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half a rep")
        raise RuntimeError("interrupted")
    assert target.read_bytes() == b"last good report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
