"""`coordinator-desk --help` (the GUI's parser) also names the headless commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_help_lists_every_command_and_opens_no_window(tmp_path) -> None:
    from desktop_app.cli import command_names

    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COORDINATOR_DESK_SETTINGS=str(tmp_path / "h.ini"))
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "--smoke-test" in done.stdout
    for name in command_names():
        assert name in done.stdout, name
    assert "coordinator-desk COMMAND --help" in done.stdout
