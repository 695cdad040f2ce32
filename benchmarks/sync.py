"""Sync export and import of a package with 10,000 changed fields, against a baseline.

    uv run python benchmarks/sync.py [--signatories 2000] [--fields 5]

An office with N signatories is cloned to a laptop; the laptop changes `fields` fields of
every signatory in one transaction (the baseline: writing those edits through the ORM,
audit trail included, as saving forms does). Then `sync export` on the laptop (capturing
the edits from the audit trail, signing and zipping) and `sync import` at the office
(verifying, recording the changes and applying them, its audit trail included; without
the safety backup, timed on its own) are timed, each with its ratio to the baseline, and
the package size is printed. Targets (issue 14): export and import each at most 2 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from desktop_app.domain.enums import Framework  # noqa: E402
from desktop_app.domain.models import Signatory  # noqa: E402
from desktop_app.services import backup  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402
from desktop_app.services.sync import clone, exchange  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def build_office(path: Path, n: int) -> None:
    db = open_database(str(path))
    with db.transaction("bench", user="merjen") as s:
        for i in range(n):
            s.add(
                Signatory(
                    name=f"Town {i}",
                    country="TM",
                    population=1000 + i,
                    adhesion_date=date(2020, 1, 1 + i % 28),
                    framework=Framework.F2030,
                    target_percent=Decimal("30.50"),
                    notes="",
                )
            )
    db.dispose()


def edit_all(db, fields: int) -> int:  # type: ignore[no-untyped-def]
    changes = 0
    with db.transaction("bench", user="aylar") as s:
        for sig in s.scalars(select(Signatory)):
            values = {
                "population": sig.population + 7,
                "notes": f"visited; {sig.name}",
                "local_name": f"{sig.name} (local)",
                "target_percent": Decimal("40.00"),
                "contact_person": "Aylar Orazova",
                "email": f"office@town{sig.population}.example.tm",
            }
            for name, value in list(values.items())[:fields]:
                setattr(sig, name, value)
                changes += 1
    return changes


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=2000)
    parser.add_argument("--fields", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        office_path, laptop_path = folder / "office.sqlite3", folder / "laptop.sqlite3"
        build_office(office_path, args.signatories)
        office = open_database(str(office_path))
        clone.clone(office, laptop_path)
        laptop = open_database(str(laptop_path))
        base, fields = timed(lambda: edit_all(laptop, args.fields))
        pkg = folder / "to-office.cdsync"
        out, exported = timed(lambda: exchange.export_package(laptop, pkg))
        settings = backup.BackupSettings(folder=folder / "backups")
        safety, _ = timed(lambda: backup.create_backup(office, settings=settings))
        into, result = timed(lambda: exchange.import_package(office, pkg))
        laptop.dispose()
        office.dispose()
        print(
            f"{args.signatories} signatories, {fields} changed fields; package "
            f"{exported.changes} changes, {exported.size / 1000:.0f} kB"
        )
        print(
            f"import: {result.applied} applied, {result.conflicts} conflicts, "
            f"{result.already_seen} already seen"
        )
        for name, seconds in [
            ("edits through the ORM (baseline)", base),
            ("sync export", out),
            ("sync import", into),
            ("safety backup before import", safety),
        ]:
            print(f"{name:<34} {seconds * 1000:8.0f} ms  ratio {seconds / base:6.2f}")


if __name__ == "__main__":
    main()
