"""Repeat each pair of concurrent write use cases N times and print the outcomes.

    uv run python -m tests.reliability.trials [N] [sqlite|postgresql|both]

The figures in docs/reliability.md ("One writer at a time") come from this script. Each
trial is two real processes (tests/reliability/pair.py) meeting at a file barrier.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _fresh_url(engine: str, folder: Path) -> str:
    if engine == "sqlite":
        return str(folder / "office.sqlite3")
    import psycopg

    from tests.conftest import PG_ADMIN_URL, fresh_pg_schema_url

    name = "cdesk_trials"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    return fresh_pg_schema_url(f"{base}/{name}")


def trial(pair: str, engine: str) -> str:
    from desktop_app.services import backup
    from desktop_app.services.database import open_database
    from tests.db._sample_data import fill
    from tests.reliability import test_concurrent_writers as T

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url = _fresh_url(engine, folder)
        T._prepare(url)
        book = T._workbook(folder / "towns.xlsx")
        saved = None
        if pair == "restore+import":
            other = open_database(str(folder / "other.sqlite3"))
            fill(other, 7)
            saved = backup.create_backup(other, folder / "saved" / "o.sqlite3").path
            other.dispose()
        sides = {
            "import+import": [("import", url, str(book))] * 2,
            "backup+backup": [("backup", url, str(folder / "b"))] * 2,
            "import+backup": [("import", url, str(book)), ("backup", url, str(folder / "b"))],
            "restore+import": [("restore", url, str(saved)), ("import", url, str(book))],
        }[pair]
        try:
            T._run_pair(sides, folder)
        except AssertionError:
            return "a process failed"
        total, distinct = T._names(url)
        if pair in ("import+import", "import+backup") and (total, distinct) != (T.ROWS, T.ROWS):
            return f"rows {total} (distinct {distinct})"
        if pair == "restore+import" and (total != distinct or total not in (0, T.ROWS)):
            return f"rows {total} (distinct {distinct})"
        made = list((folder / "b").glob("*.sqlite3")) if (folder / "b").exists() else []
        for path in made:
            con = sqlite3.connect(path)
            ok = con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            con.close()
            if not ok:
                return "damaged backup"
        if pair == "backup+backup" and len(made) != 2:
            return f"{len(made)} backups"
        if (folder / "b").exists() and any(".part" in p.name for p in (folder / "b").iterdir()):
            return "debris"
        return "ok"


def main(n: int, engines: list[str]) -> None:
    pairs = ["import+import", "backup+backup", "import+backup", "restore+import"]
    for engine in engines:
        for pair in pairs:
            start = time.perf_counter()
            outcomes = Counter(trial(pair, engine) for _ in range(n))
            took = time.perf_counter() - start
            print(f"{engine:<10} {pair:<15} {n} trials: {dict(outcomes)}  ({took:.0f} s)")


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    which = sys.argv[2] if len(sys.argv) > 2 else "both"
    main(count, ["sqlite", "postgresql"] if which == "both" else [which])
