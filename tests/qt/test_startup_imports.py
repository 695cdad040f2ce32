"""The smoke test's "ready" (window shown on the Dashboard, painted) comes before any ORM import.

Importing sqlalchemy.orm and mapping the models costs about 150 ms, more than the whole
first page; docs/gui.md "Start-up" explains the Core-only path this guards. The window is
shown before PySide6 builds the `Qt` namespace's enums (~12 ms, which a bare window never
pays) and with Python's plain import in place of PySide's feature hook.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop_app.domain.enums import Framework, SignatoryStatus
from desktop_app.domain.models import Signatory
from desktop_app.services.database import open_database

ROOT = Path(__file__).resolve().parents[2]
LATE = ("sqlalchemy.orm", "desktop_app.domain.models", "desktop_app.db.audit", "alembic")

PROBE = """
import builtins, sys
import desktop_app.ui.app as app_module
from desktop_app.__main__ import main
_open = app_module._open_database
def opening(*args, **kwargs):  # called right after "shown" is measured
    core = sys.modules["PySide6.QtCore"]
    _print("AT SHOWN Qt built:", "Qt" in vars(core), flush=True)
    plain = builtins.__import__ is getattr(builtins, "__orig_import__", None)
    _print("AT SHOWN plain import:", plain, flush=True)
    return _open(*args, **kwargs)
app_module._open_database = opening
_print = builtins.print
def spy(*args, **kwargs):
    if args and isinstance(args[0], str) and " ready in " in args[0]:
        _print("AT READY", [m for m in {late!r} if m in sys.modules], flush=True)
    _print(*args, **kwargs)
builtins.print = spy
sys.exit(main(["--database", {db!r}, "--smoke-test"]))
"""


def test_smoke_test_is_ready_before_the_orm_is_imported(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    with db.transaction("test") as s:
        for i, name in enumerate(["Gori", "Batumi", "Poti"]):
            s.add(
                Signatory(
                    name=name,
                    country="GE",
                    adhesion_date=date(2021, 3, 1 + i),
                    framework=Framework.F2030,
                    status=SignatoryStatus.ACTIVE,
                )
            )
    db.dispose()
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COORDINATOR_DESK_SETTINGS=str(tmp_path / "s.ini"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(late=LATE, db=str(path))],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^shown in \d+ ms; ready in \d+ ms$", done.stdout, re.M), done.stdout
    assert "AT READY []" in done.stdout, done.stdout
    assert "AT SHOWN Qt built: False" in done.stdout, done.stdout
    assert "AT SHOWN plain import: True" in done.stdout, done.stdout
    assert "Dashboard computed in" in done.stderr and ": 3 signatories." in done.stderr
