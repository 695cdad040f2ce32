"""Cost of the Finance list's computed "Amount (EUR)" column (services/list_computed.py).

    uv run python benchmarks/finance_eur_column.py [--database FILE] [--rounds 5]

Same run, same database (the shared demo office: 100,000 finance rows): the Finance list's
query as the app runs it (with the correlated rate look-up per row) against the same query
without that one column (the baseline), both through services.lists.list_rows' path (driver
values, no ORM). Prints the medians and the ratio.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._demo_db import demo_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    path = demo_database(args.database)

    from sqlalchemy import type_coerce
    from sqlalchemy.types import NullType

    from desktop_app.services.database import open_database
    from desktop_app.services.lists import LISTS

    db = open_database(f"sqlite:///{path}")
    spec = LISTS["finance"]
    full = spec.query()
    eur = 1 + spec.index("amount_eur")
    columns = list(full.selected_columns)
    baseline = full.with_only_columns(
        *(c for i, c in enumerate(columns) if i != eur), maintain_column_froms=True
    )

    def run(query) -> tuple[float, int]:  # type: ignore[no-untyped-def]
        query = query.with_only_columns(
            *(type_coerce(c, NullType()) for c in query.selected_columns),
            maintain_column_froms=True,
        )
        started = time.perf_counter()
        with db.engine.connect() as conn:
            rows = conn.execute(query).fetchall()
        return time.perf_counter() - started, len(rows)

    with_eur, without = [], []
    for _ in range(args.rounds):
        t, n = run(baseline)
        without.append(t)
        t, n2 = run(full)
        with_eur.append(t)
        assert n == n2
    a, b = statistics.median(without), statistics.median(with_eur)
    print(f"database: {path} ({n} finance rows)")
    print(f"finance list query without the EUR column: {a * 1000:8.1f} ms (baseline)")
    print(f"finance list query with the EUR column:    {b * 1000:8.1f} ms ({b / a:.2f} x)")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
