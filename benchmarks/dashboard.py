"""How long the dashboard takes on a 20,000-signatory office, against a bare counting pass.

    uv run python benchmarks/dashboard.py [--database demo.sqlite3] [--signatories 20000]
        [--repeat 5] [--parts]

Without --database a demo database is generated first in a temporary folder (about two
minutes for 20,000 signatories); pass an existing one (made with `coordinator-desk demo`)
to skip that. Baselines, measured in the same run: one `SELECT count(*)` per table the
dashboard reads (the least any dashboard must cost) and one `max(updated_at)` per table (a
full scan of each). Every dashboard call is cold: nothing is cached between calls, only
the connection pool and SQLite's page cache are warm. Figures are the best and the median
of --repeat runs, wall clock and this process's CPU time: CPU time shows the work itself
when other programs compete for the processor, and the load average is printed for that
reason. The budget is 200 ms wall clock. --parts prints the CPU time of each query group.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from desktop_app.domain.rules.commitments import window_start  # noqa: E402
from desktop_app.domain.rules.settings import DEFAULT_SETTINGS  # noqa: E402
from desktop_app.services import dashboard, deadlines, figures, overdue  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402
from desktop_app.services.period import current_period, previous  # noqa: E402

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


class Timing:
    def __init__(self, walls: list[float], cpus: list[float], result: Any) -> None:
        self.wall, self.cpu = min(walls) * 1000, min(cpus) * 1000
        self.wall_median = statistics.median(walls) * 1000
        self.cpu_median = statistics.median(cpus) * 1000
        self.result = result

    def line(self, label: str) -> str:
        return (
            f"{label:<34}{self.wall:8.1f} ms wall {self.cpu:8.1f} ms cpu"
            f"   (median {self.wall_median:6.1f} wall {self.cpu_median:6.1f} cpu)"
        )


def measure(fn: Callable[[], Any], repeat: int) -> Timing:
    walls, cpus = [], []
    result = None
    for _ in range(repeat):
        c, t = time.process_time(), time.perf_counter()
        result = fn()
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    return Timing(walls, cpus, result)


def parts(db: Any, today: date, repeat: int) -> None:
    """CPU per query group of dashboard.build, each run alone on one session."""
    period = current_period(today)
    prev, window = previous(period), window_start(today, DEFAULT_SETTINGS.health_window_months)
    with db.session("bench") as s:
        figs: dict[str, list[Any]] = {k: [0, 0] for k in dashboard.FIGURE_KEYS}
        facts: dict[str, Any] = {}
        groups: dict[str, Callable[[], Any]] = {
            "signatories": lambda: dashboard._signatories(
                s, period, prev, window, today, figs, facts
            ),
            "activities": lambda: dashboard._activities(
                s, period, prev, window, today, DEFAULT_SETTINGS, figs, facts
            ),
            "finance (EUR)": lambda: dashboard._finance(
                s, period, prev, window, today, figs, facts
            ),
            "energy days": lambda: dashboard._energy_days(
                s, period, prev, window, today, figs, facts
            ),
            "submissions": lambda: dashboard._submissions(s, period, prev, figs),
            "overdue + plan status": lambda: overdue.signatory_tallies(s, today, DEFAULT_SETTINGS),
        }
        for name, fn in groups.items():
            print("  " + measure(fn, repeat).line(name))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database")
    parser.add_argument("--signatories", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--parts", action="store_true")
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
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(f"load average (1, 5, 15 min): {load} on {os.cpu_count()} CPUs")

    def baseline() -> int:
        with db.session("bench") as s:
            return sum(s.scalar(text(f"SELECT count(*) FROM {t}")) or 0 for t in TABLES)

    def scan() -> int:
        with db.session("bench") as s:
            return sum(
                1 for t in TABLES if s.scalar(text(f"SELECT max(updated_at) FROM {t}")) is not None
            )

    dashboard.compute(db, today)  # warm the connection pool and the page cache
    count = measure(baseline, args.repeat)
    full = measure(scan, args.repeat)
    board = measure(lambda: dashboard.compute(db, today), args.repeat)
    period = current_period(today)

    def report_figures() -> Any:
        with db.session("bench") as s:
            return figures.key_figures(s, period)

    def report_overdue() -> Any:
        with db.session("bench") as s:
            return overdue.overdue_items(s, period.end)

    key = measure(report_figures, max(1, args.repeat // 2))
    items = measure(report_overdue, max(1, args.repeat // 2))
    rows = measure(lambda: deadlines.load(db, today), max(1, args.repeat // 2))
    print(count.line("baseline (count(*) per table):"))
    print(full.line("baseline (full scan per table):"))
    print(board.line("dashboard.compute (cold):"))
    print(
        f"{'':<34}ratio to scan {board.wall / full.wall:.1f}x wall, "
        f"{board.cpu / full.cpu:.1f}x cpu; budget 200 ms wall: "
        f"{'met' if board.wall <= 200 else 'MISSED'} (best), "
        f"{'met' if board.wall_median <= 200 else 'MISSED'} (median)"
    )
    print(key.line(f"figures.key_figures ({period.label()}):"))
    print(items.line("figures.overdue_items (report list):") + f"   {len(items.result)} items")
    print(rows.line("deadlines.load (full list):") + f"   {len(rows.result)} deadlines")
    lights = ", ".join(f"{h.commitment.value} {h.light.value}" for h in board.result.health)
    print(f"lights: {lights}")
    if args.parts:
        print("dashboard parts (each alone):")
        parts(db, today, args.repeat)
    db.dispose()
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
