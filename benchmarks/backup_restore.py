"""Backup and restore of a big office file, against a plain file copy in the same run.

    uv run python benchmarks/backup_restore.py [--signatories 20000]

Prints: plain copy (baseline), online backup (SQLite backup API), describe (record counts
read from the backup), validate (full integrity_check), and a full restore (all rows
swapped in one transaction, audited) with ratios to the baseline.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from open_check import build  # noqa: E402

from desktop_app.services import backup  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402
from desktop_app.services.restore import restore, validate_backup  # noqa: E402


def timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=20_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "big.sqlite3"
        build(path, args.signatories)
        db = open_database(str(path))
        settings = backup.BackupSettings(folder=folder / "backups")
        base, _ = timed(lambda: shutil.copyfile(path, folder / "plain-copy.sqlite3"))
        online, info = timed(lambda: backup.create_backup(db, settings=settings))
        desc, _ = timed(lambda: backup.describe(info.path))
        check, _ = timed(lambda: validate_backup(info.path))
        swap, result = timed(lambda: restore(db, info.path, settings=settings))
        db.dispose()
        mb = path.stat().st_size / 1e6
        print(f"file: {args.signatories} signatories, {mb:.1f} MB, {info.total_records} records")
        for name, seconds in [
            ("plain file copy (baseline)", base),
            ("online backup", online),
            ("describe (counts)", desc),
            ("validate (integrity_check)", check),
            ("restore (incl. safety backup)", swap),
        ]:
            print(f"{name:<31} {seconds * 1000:8.0f} ms  ratio {seconds / base:6.1f}")
        print(
            f"restore changed {result.changed}, added {result.inserted}, removed {result.removed}"
        )


if __name__ == "__main__":
    main()
