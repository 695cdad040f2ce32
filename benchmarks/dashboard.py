"""How long the dashboard takes on a 20,000-signatory office, against a bare counting pass.

    uv run python benchmarks/dashboard.py [--database demo.sqlite3] [--signatories 20000]
        [--repeat 5]

Without --database a demo database is generated first in a temporary folder (about three
minutes for 20,000 signatories); pass an existing one (made with `coordinator-desk demo`)
to skip that. Baseline, measured in the same run: one `SELECT count(*)` per table the
dashboard reads, i.e. the least any dashboard must cost. Figures are the best of --repeat
runs, wall clock and this process's CPU time (CPU time shows the work itself when other
programs compete for the processor). The budget is 200 ms wall clock.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from desktop_app.services import dashboard, deadlines  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402

TABLES = (
    "signatory",
    "action_plan",
    "monitoring_report",
    "deadline_extension",
    "financial_support",
    "exchange_rate",
    "support_activity",
    "energy_day",
)


def best(fn, repeat: int) -> tuple[float, float, object]:  # noqa: ANN001
    wall = cpu = float("inf")
    result = None
    for _ in range(repeat):
        c, t = time.process_time(), time.perf_counter()
        result = fn()
        wall = min(wall, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    return wall * 1000, cpu * 1000, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    parser.add_argument("--signatories", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tmp = None
    if args.database:
        db = open_database(args.database)
    else:
        from desktop_app.services.demo import DemoOptions, generate

        tmp = tempfile.TemporaryDirectory()
        db = open_database(f"sqlite:///{Path(tmp.name) / 'demo.sqlite3'}")
        started = time.perf_counter()
        generate(db, DemoOptions(signatories=args.signatories, seed=1))
        print(f"demo generated in {time.perf_counter() - started:.0f} s")
    today = date.today()
    with db.session("bench") as s:
        counts = {t: s.scalar(text(f"SELECT count(*) FROM {t}")) for t in TABLES}
    print("rows:", ", ".join(f"{t} {n}" for t, n in counts.items()))

    def baseline() -> int:
        with db.session("bench") as s:
            return sum(s.scalar(text(f"SELECT count(*) FROM {t}")) or 0 for t in TABLES)

    def scan() -> int:
        with db.session("bench") as s:
            return sum(
                1 for t in TABLES if s.scalar(text(f"SELECT max(updated_at) FROM {t}")) is not None
            )

    dashboard.compute(db, today)  # warm the connection pool and the page cache
    b_wall, b_cpu, _ = best(baseline, args.repeat)
    s_wall, s_cpu, _ = best(scan, args.repeat)
    d_wall, d_cpu, board = best(lambda: dashboard.compute(db, today), args.repeat)
    l_wall, l_cpu, rows = best(lambda: deadlines.load(db, today), max(1, args.repeat // 2))
    print(f"baseline (count(*) per table): {b_wall:8.1f} ms wall {b_cpu:8.1f} ms cpu")
    print(f"baseline (full scan per table):{s_wall:8.1f} ms wall {s_cpu:8.1f} ms cpu")
    print(
        f"dashboard.compute:             {d_wall:8.1f} ms wall {d_cpu:8.1f} ms cpu"
        f"   ratio to scan {d_wall / s_wall:5.1f}x"
        f"   budget 200 ms: {'met' if d_wall <= 200 else 'MISSED'}"
    )
    print(
        f"deadlines.load (full list):    {l_wall:8.1f} ms wall {l_cpu:8.1f} ms cpu"
        f"   {len(rows)} deadlines (worker thread; not part of the budget)"
    )
    lights = ", ".join(f"{h.commitment.value} {h.light.value}" for h in board.health)
    print(f"lights: {lights}")
    db.dispose()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
