"""Time to open each list, time for a search keystroke, and peak memory, on the demo office.

    uv run --group bench python benchmarks/gui_lists.py [--database FILE]

Baselines measured in the same run: for opening, the bare sqlite3 query of the same rows
(the floor: no Python types, no Qt); for a keystroke, pandas `str.contains` over the same
folded texts. Targets (2 cores): first screen and full list <= 300 ms, keystroke <= 100 ms,
peak RSS <= 400 MB.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._demo_db import demo_database  # noqa: E402

SECTIONS = ("signatories", "plans", "assistance", "energy_days", "finance", "exchange_rates")
TYPED = "ashgabat"


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    path = demo_database(args.database)

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from desktop_app.services.database import open_database
    from desktop_app.services.lists import LISTS
    from desktop_app.ui.sections import PageContext, create_page, section
    from desktop_app.ui.settings import Settings

    db = open_database(f"sqlite:///{path}")
    settings = Settings(Path(path).with_suffix(".bench.ini"))
    raw = sqlite3.connect(str(path))
    print(f"database: {path}")
    print(
        f"{'list':<16}{'rows':>8}{'sqlite3 floor':>15}{'first screen':>14}"
        f"{'full list':>11}{'x floor':>9}"
    )
    pages = {}
    for sid in SECTIONS:
        firsts, fulls, floors = [], [], []
        for _ in range(args.rounds):
            page = None
            list_ids = [sid]  # the plans page reads its first tab (plans) only
            started = time.perf_counter()
            for lid in list_ids:
                raw.execute(
                    str(
                        LISTS[lid]
                        .query()
                        .compile(db.engine, compile_kwargs={"literal_binds": True})
                    )
                ).fetchall()
            floors.append(time.perf_counter() - started)
            started = time.perf_counter()
            page = create_page(section(sid), PageContext(db, settings))
            page.resize(1100, 700)
            page.show()
            app.processEvents()
            firsts.append(time.perf_counter() - started)
            while page.loading:
                app.processEvents()
                time.sleep(0.0005)
            app.processEvents()
            fulls.append(time.perf_counter() - started)
            old = pages.pop(sid, None)
            if old is not None:  # measure each list once in memory, as the app holds it
                old.close()
                old.deleteLater()
                # processEvents() never runs a deferred delete posted at its own level: the
                # earlier rounds' pages stayed alive (3 copies of each list, 482 MB "peak").
                # The app's event loop deletes them, so this does too.
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                del old
            pages[sid] = page
        panel = pages[sid].panels["plans"] if sid == "plans" else pages[sid]
        rows = panel.model.total_count()
        floor, first, full = (statistics.median(x) for x in (floors, firsts, fulls))
        print(f"{sid:<16}{rows:>8}{ms(floor):>15}{ms(first):>14}{ms(full):>11}{full / floor:>9.2f}")

    lists_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"{'keystroke':<16}{'rows':>8}{'pandas floor':>15}{'median':>10}{'max':>8}{'x floor':>9}")
    import pandas as pd

    for sid in ("signatories", "finance"):
        page = pages[sid]
        texts = pd.Series(page.model.ensure_index().texts)
        times, floors = [], []
        for _ in range(args.rounds):
            page.search.clear()
            app.processEvents()
            for n in range(1, len(TYPED) + 1):
                started = time.perf_counter()
                page.search.setText(TYPED[:n])
                app.processEvents()
                times.append(time.perf_counter() - started)
                started = time.perf_counter()
                texts.str.contains(TYPED[:n], regex=False).sum()
                floors.append(time.perf_counter() - started)
        print(
            f"{sid:<16}{page.model.total_count():>8}{ms(statistics.median(floors)):>15}"
            f"{ms(statistics.median(times)):>10}{ms(max(times)):>8}"
            f"{statistics.median(times) / statistics.median(floors):>9.2f}"
        )
        page.search.clear()

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print()
    print(f"peak RSS of the app with every list open: {lists_peak_mb:.0f} MB (target <= 400 MB)")
    print(f"peak RSS after the keystroke runs (includes pandas, the baseline): {peak_mb:.0f} MB")
    print(f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.2f}")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
