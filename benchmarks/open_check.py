"""What the start-up integrity check costs on a big office file.

Builds a database with N signatories (each with a plan, a grant, a coordinator link and
their audit entries), then times open_database with and without the quick check, and the
full integrity_check for comparison. Prints figures and ratios against the unchecked open
measured in the same run.

    uv run python benchmarks/open_check.py [--signatories 20000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.db import audit_chain  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402


def build(path: Path, n: int) -> None:
    from desktop_app.domain.models import Base

    db = open_database(f"sqlite:///{path}")
    t = Base.metadata.tables
    now = datetime.now(UTC)
    stamp = {"created_at": now, "updated_at": now, "updated_by": "bench", "version": 1}
    coord = uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(
            t["coordinator"].insert(),
            [
                dict(
                    stamp,
                    id=coord,
                    name="Region",
                    kind="territorial",
                    country="TM",
                    local_name="",
                    region="",
                    contact_person="",
                    email="",
                    phone="",
                    website="",
                    is_own_office=True,
                    status="active",
                    mandated_agency="",
                    notes="",
                )
            ],
        )
        for start in range(0, n, 2000):
            sigs, plans, fins, links, audit = [], [], [], [], []
            for i in range(start, min(n, start + 2000)):
                sid = uuid.uuid4()
                sigs.append(
                    dict(
                        stamp,
                        id=sid,
                        name=f"Town {i}",
                        local_name=f"Шәхер {i}",
                        country="TM",
                        region="Ahal",
                        covenant_id=f"C{i}",
                        population=1000 + i,
                        adhesion_date=date(2020, 1, 1),
                        framework="2030",
                        pillars=["mitigation"],
                        target_type="absolute",
                        joint_plan=False,
                        joint_plan_name="",
                        status="active",
                        contact_person="Clerk",
                        email="a@b.tm",
                        phone="",
                        notes="x" * 80,
                    )
                )
                plans.append(
                    dict(
                        stamp,
                        id=uuid.uuid4(),
                        signatory_id=sid,
                        plan_type="secap",
                        title=f"Plan {i}",
                        sectors=["transport"],
                        action_sectors=[],
                        risk_assessment_done=False,
                        status="submitted",
                        notes="",
                    )
                )
                fins.append(
                    dict(
                        stamp,
                        id=uuid.uuid4(),
                        signatory_id=sid,
                        instrument="grant",
                        source="eu",
                        funder_name="EU",
                        purpose="",
                        currency="EUR",
                        amount=Decimal("1000.00"),
                        status="approved",
                        notes="",
                    )
                )
                links.append(dict(stamp, id=uuid.uuid4(), signatory_id=sid, coordinator_id=coord))
                for table in ("signatory", "action_plan", "financial_support"):
                    audit.append(
                        dict(
                            id=uuid.uuid4(),
                            changed_at=now,
                            changed_by="bench",
                            action="insert",
                            table_name=table,
                            record_id=sid,
                            field="",
                            old_value=None,
                            new_value='{"name": "x"}' * 20,
                            origin="bench",
                        )
                    )
            conn.execute(t["signatory"].insert(), sigs)
            conn.execute(t["action_plan"].insert(), plans)
            conn.execute(t["financial_support"].insert(), fins)
            conn.execute(t["signatory_coordinator"].insert(), links)
            audit_chain.append(conn, audit)  # chained, as the program writes them
    db.dispose()


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.sqlite3"
        build(path, args.signatories)
        url = f"sqlite:///{path}"
        print(f"file: {args.signatories} signatories, {path.stat().st_size / 1e6:.1f} MB")

        def plain() -> None:
            open_database(url, check=False).dispose()

        def checked() -> None:
            open_database(url).dispose()

        def full() -> None:
            import sqlite3

            con = sqlite3.connect(path)
            assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            con.close()

        plain()  # warm the page cache and the imports for all three
        base = timed(plain, args.repeat)
        quick = timed(checked, args.repeat)
        whole = timed(full, args.repeat)
        print(f"open without check:   {base * 1000:7.1f} ms (baseline)")
        print(
            f"open with quick_check:{quick * 1000:7.1f} ms  ratio {quick / base:5.2f}"
            f"  (check alone ~{(quick - base) * 1000:.1f} ms)"
        )
        print(f"full integrity_check: {whole * 1000:7.1f} ms  ratio {whole / base:5.2f}")


if __name__ == "__main__":
    main()
