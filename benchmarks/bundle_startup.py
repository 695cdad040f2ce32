"""Start-up of the PyInstaller bundle against the source tree's, alternating in one run.

    uv run python benchmarks/bundle_startup.py [--bundle dist/coordinator-desk/coordinator-desk]
        [--database FILE] [--rounds 5]

Both start `--smoke-test` offscreen on the same database, which prints "shown in X ms; ready
in Y ms" counted from the start of the process (the bundle's time includes its bootloader
setting up the embedded Python). The source tree runs as a developer's `uv run
coordinator-desk` would, minus uv's own environment check: the project's Python with
`-m desktop_app`, its bytecode compiled first (as benchmarks/startup.py does, so the
comparison is bytecode against bytecode). Prints the medians and bundle / source ratios,
with the CPU time each start used until it exited (steady when the machine is busy).
The default database is a 200-signatory demo office made in a temporary folder; the same
file serves both (copied per run so neither benefits from the other's cache writes).
packaging/test_bundle.sh runs this after its checks.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIMING = re.compile(r"shown in (\d+) ms; ready in (\d+) ms")


def demo(path: Path, signatories: int) -> Path:
    from datetime import date

    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate

    db = open_database(f"sqlite:///{path}")
    try:
        generate(db, DemoOptions(signatories=signatories, today=date(2026, 6, 30)))
    finally:
        db.dispose()
    return path


def start(cmd: list[str], database: Path, env: dict[str, str], cwd: Path) -> tuple[float, ...]:
    """(shown ms, ready ms, wall ms until the process has exited, CPU ms it used).

    The CPU time (user + system, from the kernel's accounting of the child) hardly depends on
    what else the machine is doing, unlike the three wall-clock figures."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    out = subprocess.run(
        [*cmd, "--database", str(database), "--smoke-test"],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
    )
    wall = (time.perf_counter() - began) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    found = TIMING.search(out.stdout)
    if out.returncode != 0 or not found:
        raise SystemExit(f"{cmd[0]} failed ({out.returncode}): {out.stdout}{out.stderr[-2000:]}")
    return float(found[1]), float(found[2]), wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundle", default=str(ROOT / "dist/coordinator-desk/coordinator-desk"))
    parser.add_argument("--database")
    parser.add_argument("--signatories", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    bundle = Path(args.bundle).resolve()
    if not os.access(bundle, os.X_OK):
        raise SystemExit(f"{bundle}: no bundle (bash packaging/build.sh)")
    work = Path(tempfile.mkdtemp(prefix="bundle-startup-"))
    try:
        source_db = (
            Path(args.database) if args.database else demo(work / "demo.sqlite3", args.signatories)
        )
        subprocess.run(
            [sys.executable, "-m", "compileall", "-q", str(ROOT / "desktop_app")],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        home = work / "home"
        home.mkdir()
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(home),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_RUNTIME_DIR": str(home),
        }
        source_env = dict(env, PYTHONPATH=str(ROOT))
        runs: dict[str, list[tuple[float, ...]]] = {"bundle": [], "source": []}
        for _ in range(args.rounds):
            for name in ("bundle", "source"):
                copy = work / f"{name}.sqlite3"
                shutil.copyfile(source_db, copy)
                if name == "bundle":
                    runs[name].append(start([str(bundle)], copy, env, work))
                else:
                    cmd = [sys.executable, "-m", "desktop_app"]
                    runs[name].append(start(cmd, copy, source_env, ROOT))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def median(name: str, i: int) -> float:
        return statistics.median(r[i] for r in runs[name])

    print(f"{args.rounds} alternating rounds, medians, offscreen, database {source_db.name}")
    print(f"{'':24}{'bundle':>10}{'source':>10}{'ratio':>8}")
    labels = ("shown (ms)", "ready (ms)", "process exited (ms)", "CPU until exit (ms)")
    for i, label in enumerate(labels):
        b, s = median("bundle", i), median("source", i)
        print(f"{label:24}{b:10.0f}{s:10.0f}{b / s:8.2f}")
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
