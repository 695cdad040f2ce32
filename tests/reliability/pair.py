"""One side of a pair of write use cases run at the same moment by two real processes.

    python -m tests.reliability.pair OP DATABASE ARG BARRIER_DIR NAME

OP is import (ARG: workbook), backup (ARG: folder), restore (ARG: backup file). Each
process does its preparation (opening, the import's preview), then waits at a file
barrier until its partner is also ready, so the two use cases really overlap. Prints
`ok NAME DETAIL` and exits 0, or prints the error and exits 3.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path


def _barrier(folder: Path, name: str, parties: int = 2, timeout: float = 60) -> None:
    (folder / f"{name}.ready").write_text("1")
    end = time.monotonic() + timeout
    while len(list(folder.glob("*.ready"))) < parties:
        if time.monotonic() > end:
            raise TimeoutError("partner never became ready")
        time.sleep(0.002)


def main(op: str, database: str, arg: str, barrier: str, name: str) -> int:
    from desktop_app.services import backup
    from desktop_app.services.database import open_database
    from desktop_app.services.excel.commit import commit
    from desktop_app.services.excel.plan import build_plan
    from desktop_app.services.restore import restore

    db = open_database(database)
    try:
        if op == "import":
            plan = build_plan(db, Path(arg))
            _barrier(Path(barrier), name)
            result = commit(db, plan)
            detail = f"created={result.created} unchanged={result.unchanged}"
        elif op == "backup":
            _barrier(Path(barrier), name)
            info = backup.create_backup(db, reason="before-import", settings=_settings(arg))
            detail = str(info.path)
        elif op == "restore":
            _barrier(Path(barrier), name)
            restore(db, Path(arg), settings=_settings(str(Path(arg).parent)), other_office=True)
            detail = "restored"
        else:
            raise ValueError(op)
    finally:
        db.dispose()
    print(f"ok {name} {detail}", flush=True)
    return 0


def _settings(folder: str):  # type: ignore[no-untyped-def]
    from desktop_app.services.backup import BackupSettings

    return BackupSettings(folder=Path(folder))


if __name__ == "__main__":
    try:
        code = main(*sys.argv[1:6])
    except Exception:  # noqa: BLE001 - reported to the test, which fails
        print("error " + traceback.format_exc(), flush=True)
        code = 3
    sys.exit(code)
