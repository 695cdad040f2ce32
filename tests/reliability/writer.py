"""One of two processes editing the same office file at once (see test_two_instances.py).

    python -m tests.reliability.writer DATABASE NAME ROUNDS SHARED_ID

Each round: add a signatory of its own in one transaction, then add 1 to the shared
record's population the way a form does (read, then save in a separate transaction with
the version it read), retrying when optimistic locking reports someone else was faster.
Prints "retries N" at the end.
"""

from __future__ import annotations

import sys
import uuid

from sqlalchemy.orm.exc import StaleDataError

from desktop_app.domain.models import Signatory
from desktop_app.services.database import open_database


def main(database: str, name: str, rounds: int, shared_id: uuid.UUID) -> None:
    db = open_database(database)
    retries = 0
    for i in range(rounds):
        with db.transaction("gui", user=name) as s:
            s.add(Signatory(name=f"{name} {i}", country="TM"))
        while True:
            with db.session("gui", user=name) as s:  # the form reads ...
                shared = s.get(Signatory, shared_id)
                assert shared is not None
                s.commit()  # ... and holds no transaction while the clerk types
                shared.population = (shared.population or 0) + 1
                try:
                    s.commit()
                    break
                except StaleDataError:
                    s.rollback()
                    retries += 1
        with db.transaction("gui", user=name) as s:  # read-modify-write in one use case
            obj = s.get(Signatory, shared_id)
            assert obj is not None
            obj.notes = f"{name} {i}"
    db.dispose()
    print(f"retries {retries}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), uuid.UUID(sys.argv[4]))
