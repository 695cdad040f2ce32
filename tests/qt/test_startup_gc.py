"""run_gui pauses the cyclic garbage collector until the first list is in (docs/gui.md,
Start-up), and must give it back on every way out, or the app would leak cycles for good."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.services.database import open_database
from desktop_app.ui import app as gui

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import builtins, gc, sys
from desktop_app.__main__ import main
_print = builtins.print
def spy(*args, **kwargs):
    if args and isinstance(args[0], str) and " ready in " in args[0]:
        _print("AT READY gc enabled:", gc.isenabled(), flush=True)
    _print(*args, **kwargs)
builtins.print = spy
rc = main(["--database", {db!r}, "--smoke-test"])
print("AFTER gc enabled:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 0)
sys.exit(rc)
"""


def test_own_process_collects_again_after_ready_with_start_up_objects_frozen(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COORDINATOR_DESK_SETTINGS=str(tmp_path / "s.ini"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(db=str(path))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "AT READY gc enabled: False" in done.stdout  # paused while starting
    assert "AFTER gc enabled: True frozen: True" in done.stdout


def test_paused_while_the_window_is_built_and_restored_after(qapp, monkeypatch) -> None:
    seen: list[bool] = []

    def fake_smoke(_app, window, _database) -> int:  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        window.deleteLater()
        return 0

    monkeypatch.setattr(gui, "_smoke_test", fake_smoke)
    frozen = gc.get_freeze_count()
    assert gc.isenabled()
    assert gui.run_gui(["--smoke-test"]) == 0
    assert seen == [False]
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen  # a test run's QApplication: nothing frozen


def test_restored_when_start_up_fails(qapp, monkeypatch) -> None:
    def broken(*_args) -> int:  # type: ignore[no-untyped-def]
        raise RuntimeError("boom while starting")

    monkeypatch.setattr(gui, "_smoke_test", broken)
    with pytest.raises(RuntimeError):
        gui.run_gui(["--smoke-test"])
    assert gc.isenabled()
    assert gui.run_gui(["--no-such-option"]) == 2  # argparse's exit, gc back on too
    assert gc.isenabled()


def test_the_entry_point_pauses_it_through_the_imports_and_gives_it_back(monkeypatch) -> None:
    """__main__.main pauses the collector from its first line; a command gets it back before
    it runs (its work makes cycles), the window only after its first list (run_gui)."""
    from desktop_app import __main__ as entry
    from desktop_app import cli

    seen: dict[str, bool] = {}

    def window(argv) -> int:  # type: ignore[no-untyped-def]
        seen["window"] = gc.isenabled()
        return 0

    def command(argv) -> int:  # type: ignore[no-untyped-def]
        seen["command"] = gc.isenabled()
        return 0

    monkeypatch.setattr(gui, "run_gui", window)
    monkeypatch.setattr(cli, "main", command)
    assert gc.isenabled()
    assert entry.main(["--database", "x.sqlite3", "--smoke-test"]) == 0
    assert seen == {"window": False} and gc.isenabled()
    assert entry.main(["--database", "x.sqlite3", "db", "info"]) == 0
    assert seen == {"window": False, "command": True} and gc.isenabled()

    gc.disable()  # a host that runs without the collector keeps it off
    try:
        entry.main(["db", "info"])
        assert seen["command"] is False and not gc.isenabled()
    finally:
        gc.enable()
