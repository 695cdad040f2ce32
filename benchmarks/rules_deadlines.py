"""How long the pure deadline rules take for a large office, against a trivial baseline.

    uv run python benchmarks/rules_deadlines.py [--signatories 20000] [--seed 1]

Baseline: one pass over the same rows that only reads their attributes and builds a tuple
per signatory (the least any deadline computation in Python must do). The figure that
matters for the dashboard is the absolute time and the ratio to that floor.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from types import SimpleNamespace as Row

from desktop_app.domain.rules import ValidationContext, signatory_deadlines, validate


def make(n: int, seed: int) -> list[tuple]:
    rnd = random.Random(seed)
    data = []
    for i in range(n):
        adhesion = date(2015, 1, 1) + timedelta(days=rnd.randrange(3000))
        status = rnd.choices(["active", "on_hold", "withdrawn"], [80, 15, 5])[0]
        sig = Row(
            id=i,
            name=f"S{i}",
            status=status,
            framework=rnd.choice(["2020", "2030"]),
            adhesion_date=adhesion,
            deleted_at=None,
        )
        plans, reports, extensions = [], [], []
        if rnd.random() < 0.6:
            filed = adhesion + timedelta(days=rnd.randrange(900))
            plans.append(
                Row(
                    id=i,
                    plan_type="secap",
                    submission_date=filed,
                    feedback_date=None,
                    status=rnd.choice(["submitted", "accepted", "under_assessment"]),
                    created_at=None,
                    deleted_at=None,
                )
            )
            for k in range(rnd.randrange(3)):
                reports.append(
                    Row(
                        id=k,
                        reporting_type=rnd.choice(["action", "full"]),
                        submission_date=filed + timedelta(days=700 * (k + 1)),
                        due_date=None,
                        deleted_at=None,
                    )
                )
        if rnd.random() < 0.1:
            extensions.append(
                Row(
                    id=-i,
                    subject="plan",
                    request_date=None,
                    deleted_at=None,
                    granted_until=adhesion + timedelta(days=900),
                )
            )
        data.append((sig, plans, reports, extensions))
    return data


def baseline(data: list[tuple]) -> int:
    out = []
    for sig, plans, reports, extensions in data:
        out.append(
            (
                sig.status,
                sig.adhesion_date,
                [p.submission_date for p in plans],
                [r.submission_date for r in reports],
                [e.granted_until for e in extensions],
            )
        )
    return len(out)


def rules(data: list[tuple]) -> int:
    return sum(len(signatory_deadlines(*row)) for row in data)


def best_of(fn, data, repeat: int = 5) -> tuple[float, int]:
    best, result = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn(data)
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    data = make(args.signatories, args.seed)
    base, _ = best_of(baseline, data)
    took, count = best_of(rules, data)
    print(f"signatories: {args.signatories}, deadlines: {count}")
    print(f"baseline (read attributes): {base * 1000:8.1f} ms")
    print(f"signatory_deadlines:        {took * 1000:8.1f} ms   ratio {took / base:5.1f}x")
    values = {
        "name": "Gyumri",
        "country": "AM",
        "population": 112000,
        "population_year": 2023,
        "adhesion_date": date(2019, 5, 1),
        "framework": "2030",
        "target_percent": 30,
        "target_year": 2030,
        "pillars": ["mitigation"],
    }
    ctx = ValidationContext(today=date(2025, 1, 1))
    n = 5000
    start = time.perf_counter()
    for _ in range(n):
        validate("signatory", values, ctx)
    per = (time.perf_counter() - start) / n
    print(f"validate('signatory'):      {per * 1e6:8.1f} us per record (a keystroke re-validates)")


if __name__ == "__main__":
    main()
