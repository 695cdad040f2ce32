"""Start-up time of the app against two floors for this stack, alternating in one run.

    uv run python benchmarks/startup.py [--database FILE] [--rounds 5]

(a) a bare PySide6 window shown by a minimal script: the floor for "visible";
(b) a minimal script importing PySide6 and SQLAlchemy that shows the first 200 signatories
    of the same database in a QTableView: the floor for "filled";
(c) `coordinator-desk --smoke-test`, which prints "shown in N ms; ready in M ms" ("ready":
    the Dashboard, the screen a user lands on, is painted with the database open). It runs
    the installed `coordinator-desk` script, what `uv run coordinator-desk` starts, with
    this interpreter; `python -m desktop_app` (runpy, ~3 ms more) only if there is none.
All three measure from the start of their process (Linux /proc start time), offscreen.
Targets: visible <= 1.3 x (a), filled <= 1.2 x (b).

Fairness: with PYTHONDONTWRITEBYTECODE=1 (set in some environments) Python never writes
.pyc files, so the app's own modules would be compiled from source on every start while
the floors' dependencies (SQLAlchemy, PySide6's Python parts) load the .pyc files the
installer wrote. An installed app (pip, PyInstaller) starts from bytecode, so before the
rounds this script byte-compiles desktop_app and those dependencies (`compileall`, a no-op
when they are current). `--no-compile` skips that, to see the cost of stale bytecode.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks._demo_db import demo_database  # noqa: E402

AGE = """
import os, time
def age_ms():
    with open("/proc/self/stat", encoding="ascii") as fh:
        fields = fh.read().rsplit(")", 1)[1].split()
    started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
"""

BARE = (
    AGE
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
w = QWidget(); w.resize(1180, 760); w.setWindowTitle("bare"); w.show()
while not (w.windowHandle() and w.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
print(f"shown in {age_ms():.0f} ms")
"""
)

TABLE = (
    AGE
    + """
import sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import create_engine, text
app = QApplication([])
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    rows = conn.execute(text(
        "SELECT name, local_name, country, region, population, adhesion_date, framework, "
        "status FROM signatory WHERE deleted_at IS NULL ORDER BY name LIMIT 200")).all()
model = QStandardItemModel(len(rows), 8)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        model.setItem(r, c, QStandardItem("" if value is None else str(value)))
view = QTableView(); view.setModel(model); view.resize(1180, 760); view.show()
while not (view.windowHandle() and view.windowHandle().isExposed()):
    app.processEvents()
app.processEvents()
print(f"filled in {age_ms():.0f} ms")
"""
)


FAILURES: list[str] = []


def installed_tree(env: dict[str, str]) -> Path:
    """The source tree the interpreter imports desktop_app from, outside any checkout."""
    code = "import desktop_app, pathlib; print(pathlib.Path(desktop_app.__file__).parent.parent)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd="/", capture_output=True, text=True
    )
    return Path(out.stdout.strip()).resolve() if out.returncode == 0 else Path()


def app_command() -> list[str]:
    """The start a user gets: the console script beside this interpreter (pip and uv write
    it from pyproject's [project.scripts]), else the package run as a module."""
    script = Path(sys.executable).with_name("coordinator-desk")
    if script.is_file():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "desktop_app"]


def run(cmd: list[str], env: dict[str, str]) -> str:
    """The process's stdout; a non-zero exit after the timing line is recorded, not fatal
    (a crash while shutting down does not change when the window was shown)."""
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=180)
    if out.returncode != 0:
        FAILURES.append(f"{' '.join(cmd[1:3])}: exit {out.returncode}: {out.stderr[-300:]}")
        if " ms" not in out.stdout:
            raise SystemExit(f"{cmd[:3]} failed ({out.returncode}): {out.stderr[-2000:]}")
    return out.stdout


def compile_bytecode() -> None:
    """Bytecode for the app and for the floors' dependencies alike (see the module doc)."""
    import PySide6
    import shiboken6
    import sqlalchemy

    root = Path(__file__).resolve().parent.parent / "desktop_app"
    folders = [root, *(Path(m.__file__).parent for m in (sqlalchemy, PySide6, shiboken6))]
    # PySide6/scripts holds deployment templates that are not Python: not compiled.
    cmd = [sys.executable, "-m", "compileall", "-q", "-x", "/scripts/", *map(str, folders)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--no-compile", action="store_true", help="do not byte-compile the app first"
    )
    args = parser.parse_args()
    path = str(demo_database(args.database))
    if not args.no_compile:
        compile_bytecode()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if installed_tree(env) != ROOT:
        # The script imports desktop_app from wherever the environment was installed from:
        # another checkout sharing this venv is put first, so it measures itself. (Not done
        # otherwise: an entry before the standard library is one more place every import
        # of the start looks in, which a user's start does not have.)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    settings = Path(tempfile.mkdtemp()) / "settings.ini"
    env["COORDINATOR_DESK_SETTINGS"] = str(settings)
    number = re.compile(r"(\d+) ms")
    bare, table, shown, ready = [], [], [], []
    app = app_command()
    for _ in range(args.rounds):
        bare.append(float(number.findall(run([sys.executable, "-c", BARE], env))[0]))
        table.append(float(number.findall(run([sys.executable, "-c", TABLE, path], env))[0]))
        line = run([*app, "--database", path, "--smoke-test"], env)
        s, r = (float(x) for x in number.findall(line)[:2])
        shown.append(s)
        ready.append(r)
    a, b = statistics.median(bare), statistics.median(table)
    s, r = statistics.median(shown), statistics.median(ready)
    compiled = "as found" if args.no_compile else "byte-compiled first"
    print(f"database: {path}; {args.rounds} alternating rounds; medians; bytecode {compiled}")
    print(f"app started as: {' '.join(Path(part).name for part in app)}, from {ROOT}")
    print(f"(a) bare PySide6 window shown:           {a:7.0f} ms")
    print(f"(b) PySide6+SQLAlchemy, 200 rows filled: {b:7.0f} ms")
    print(
        f"(c) coordinator-desk visible:            {s:7.0f} ms = {s / a:.2f} x (a)  target <= 1.3"
    )
    print(
        f"(c) coordinator-desk Dashboard ready:    {r:7.0f} ms = {r / b:.2f} x (b)  target <= 1.2"
    )
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    for failure in FAILURES:
        print(f"warning: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
