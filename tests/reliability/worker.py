"""Use cases run in child processes for the kill harness to SIGKILL at random moments.

    python -m tests.reliability.worker

A "zygote" that imports the application once, then forks one child per trial on request,
so 60 kills cost 60 use cases rather than 60 interpreter start-ups. Each child is an
ordinary process with its own SQLite connections, killed for real with SIGKILL.

Protocol (one line each): the harness writes `OP DATABASE ARG` (ARG `-` if none); the
zygote answers `child PID`; the child writes `ready PID` just before the use case starts
and `done PID SECONDS` after it commits; the zygote writes `exit PID SIGNAL CODE` once the
child is gone. OP is import (ARG: workbook), delete, restore (ARG: backup), migrate or
sync (ARG: a laptop's sync package).

Random UUIDs come from a generator reseeded in every child (patched in before the
application is imported, so column defaults use it too): a completed run writes exactly
the same rows every time, which lets the harness demand "before or after, nothing else".
"""

from __future__ import annotations

import os
import random
import sys
import time
import traceback
import uuid
from pathlib import Path

_rng = random.Random(0)


def _seeded_uuid4() -> uuid.UUID:
    return uuid.UUID(int=_rng.getrandbits(128), version=4)


uuid.uuid4 = _seeded_uuid4  # before any desktop_app import

import alembic.command  # noqa: E402,F401 - preloaded so children do not pay for imports
from sqlalchemy import select  # noqa: E402

from desktop_app.domain.models import Signatory  # noqa: E402
from desktop_app.services.database import open_database  # noqa: E402
from desktop_app.services.excel.commit import commit  # noqa: E402
from desktop_app.services.excel.plan import build_plan  # noqa: E402
from desktop_app.services.records import trash  # noqa: E402
from desktop_app.services.restore import restore  # noqa: E402
from desktop_app.services.sync.exchange import import_package  # noqa: E402


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode())


def run(op: str, database: str, arg: str) -> None:
    pid = os.getpid()
    if op == "migrate":
        _say(f"ready {pid}")
        start = time.perf_counter()
        open_database(database).dispose()
        _say(f"done {pid} {time.perf_counter() - start:.4f}")
        return
    db = open_database(database)
    if op == "import":
        plan = build_plan(db, Path(arg))  # the preview; the commit below is the use case
        _say(f"ready {pid}")
        start = time.perf_counter()
        commit(db, plan, skip_invalid=True)
    elif op == "delete":
        with db.session() as s:
            ids = list(s.scalars(select(Signatory.id).order_by(Signatory.name)))
        _say(f"ready {pid}")
        start = time.perf_counter()
        trash(db, "signatory", ids, origin="cli", user="harness")
    elif op == "restore":
        _say(f"ready {pid}")
        start = time.perf_counter()
        restore(db, Path(arg), user="harness", other_office=True)  # another office: meant
    elif op == "sync":
        _say(f"ready {pid}")
        start = time.perf_counter()
        import_package(db, Path(arg))  # a laptop's package: applied fields and conflicts
    else:
        raise ValueError(op)
    _say(f"done {pid} {time.perf_counter() - start:.4f}")
    db.dispose()


def serve() -> None:
    for line in sys.stdin:
        op, database, arg = line.split()
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            _rng.seed(20261128)
            code = 0
            try:
                run(op, database, arg)
            except BaseException:  # noqa: BLE001 - reported to the harness, which fails
                _say("error " + traceback.format_exc().replace("\n", " | "))
                code = 3
            os._exit(code)
        _say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        _say(f"exit {pid} {signal} {code}")


if __name__ == "__main__":
    serve()
