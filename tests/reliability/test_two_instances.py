"""Two instances on one file share it safely: WAL, a busy timeout, optimistic locking.

Two real processes add records and keep incrementing the same field of the same record.
No write is lost (the counter ends at exactly the number of increments), conflicting
saves are detected as StaleDataError and retried, and the file stays intact.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.domain.models import AuditEntry, Signatory
from desktop_app.services.database import open_database

from .state import integrity

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 40


@pytest.mark.reliability
def test_two_processes_share_one_file_without_losing_a_write(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    with db.transaction("test") as s:
        shared = Signatory(name="Shared", country="TM", population=0)
        s.add(shared)
    db.dispose()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.writer",
                str(path),
                name,
                str(ROUNDS),
                str(shared.id),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("alice", "bob")
    ]
    outputs = [p.communicate(timeout=240) for p in procs]
    for proc, (_out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    retries = sum(int(out.split()[-1]) for out, _ in outputs)
    assert integrity(path) == ["ok"]
    db = open_database(str(path))
    try:
        with db.session() as s:
            shared_now = s.get(Signatory, shared.id)
            assert shared_now.population == 2 * ROUNDS  # no lost update
            assert shared_now.version == 1 + 4 * ROUNDS
            assert s.scalar(select(func.count()).select_from(Signatory)) == 1 + 2 * ROUNDS
            increments = s.scalar(
                select(func.count()).where(
                    AuditEntry.record_id == shared.id, AuditEntry.field == "population"
                )
            )
            assert increments == 2 * ROUNDS
            authors = set(s.scalars(select(AuditEntry.changed_by)))
    finally:
        db.dispose()
    assert {"alice", "bob"} <= authors
    print(f"two instances: {2 * ROUNDS} increments, {retries} conflicts detected and retried")


@pytest.mark.reliability
def test_a_conflict_between_two_instances_is_detected_not_overwritten(tmp_path: Path) -> None:
    """The run above may see no conflict on a quiet machine, so one is made for sure: two
    instances (two engines on one file) read the same version; the second save is refused
    with StaleDataError, nothing of it is written, and a re-read then save succeeds."""
    from sqlalchemy.orm.exc import StaleDataError

    path = tmp_path / "office.sqlite3"
    first = open_database(str(path))
    with first.transaction("test") as s:
        shared = Signatory(name="Shared", country="TM", population=10)
        s.add(shared)
    second = open_database(str(path))
    try:
        with first.session("gui", user="alice") as a, second.session("gui", user="bob") as b:
            mine = a.get(Signatory, shared.id)
            theirs = b.get(Signatory, shared.id)
            assert mine.version == theirs.version == 1
            a.commit()
            b.commit()  # both read version 1 and hold no transaction, as forms do
            theirs.population = 20
            b.commit()  # bob saves first
            mine.population = 11
            with pytest.raises(StaleDataError):
                a.commit()  # alice's save of version 1 is refused
            a.rollback()
        with first.session("gui", user="alice") as a:
            now = a.get(Signatory, shared.id)
            assert (now.population, now.version, now.updated_by) == (20, 2, "bob")
            now.population = now.population + 1
            a.commit()
        with second.session() as b:
            final = b.get(Signatory, shared.id)
            assert (final.population, final.version) == (21, 3)
            pops = b.scalars(
                select(AuditEntry.new_value).where(
                    AuditEntry.record_id == shared.id, AuditEntry.field == "population"
                )
            ).all()
            assert sorted(pops) == ["20", "21"]  # alice's refused 11 left no trace
    finally:
        first.dispose()
        second.dispose()
