"""Crash-proof writes: SIGKILL an import, a bulk delete, a restore, a migration and a sync
import at random
moments, and demand after every kill that the file passes integrity_check and holds exactly
the state before or the state after the use case, never a mixture.

The kill moments are random (seed printed; set COORDINATOR_DESK_KILL_SEED to replay a
run). Figures are printed at the end and quoted in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from .state import bad_backups, digest, integrity

ROOT = Path(__file__).resolve().parents[2]
KILLS_PER_OP = 13
MAX_TRIALS_PER_OP = 40
SIGNATORIES = 150


@dataclass
class Op:
    name: str
    template: Path
    arg: str = "-"
    before: str = ""
    after: str = ""
    seconds: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)


class Zygote:
    """The worker process that forks one child per trial (see worker.py)."""

    def __init__(self) -> None:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH=str(ROOT))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.worker"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )

    def _line(self) -> list[str]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("worker died")
        if line.startswith("error"):
            raise AssertionError(line)
        return line.split()

    def run(self, op: Op, db: Path, kill_after: float | None) -> tuple[bool, float | None]:
        """Run `op` on `db`; SIGKILL it `kill_after` s after it starts. Returns (killed, s)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{op.name} {db} {op.arg}\n")
        self.proc.stdin.flush()
        seconds = None
        while True:
            words = self._line()
            if words[0] == "child":  # may come before or after the child's first line
                continue
            if words[0] == "ready" and kill_after is not None:
                time.sleep(kill_after)
                try:
                    os.kill(int(words[1]), signal.SIGKILL)
                except ProcessLookupError:
                    pass
            elif words[0] == "done":
                seconds = float(words[2])
            elif words[0] == "exit":
                killed = int(words[2]) == signal.SIGKILL
                assert killed or int(words[3]) == 0, words
                return killed, seconds

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def _build(folder: Path) -> list[Op]:
    """Templates: an office, another office's backup and workbook, the office at 0001."""
    from alembic import command
    from sqlalchemy import select

    from desktop_app.db import migrate
    from desktop_app.domain.models import Signatory
    from desktop_app.services.backup import create_backup
    from desktop_app.services.database import open_database
    from desktop_app.services.excel.export import export_workbook
    from desktop_app.services.period import current_period
    from tests.db._sample_data import fill

    base = folder / "office.sqlite3"
    db = open_database(str(base))
    fill(db, SIGNATORIES)
    db.dispose()
    other = open_database(str(folder / "other.sqlite3"))
    fill(other, SIGNATORIES)
    # The other office knows the same towns (matched by name and country) with newer
    # populations, and towns of its own: the import both updates and creates.
    with other.transaction("test") as s:
        for i, sig in enumerate(s.scalars(select(Signatory).order_by(Signatory.name))):
            sig.population += 500
            if i % 3 == 0:
                sig.name = f"Village {i}"
    backup = create_backup(other, folder / "other-backup.sqlite3").path
    workbook = folder / "other.xlsx"
    export_workbook(other, workbook, current_period(date(2026, 6, 1)), all_records=True)
    other.dispose()
    old = folder / "office-0001.sqlite3"
    shutil.copyfile(base, old)
    db = open_database(str(old), migrate_schema=False)
    cfg = migrate.alembic_config(db)
    with db.engine.connect() as conn:  # not begun: see docs/migrations.md, foreign keys
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    db.dispose()
    office, package = _sync_templates(folder, base)
    return [
        Op("import", base, str(workbook)),
        Op("delete", base),
        Op("restore", base, str(backup)),
        Op("migrate", old),
        Op("sync", office, str(package)),
    ]


def _sync_templates(folder: Path, base: Path) -> tuple[Path, Path]:
    """The office cloned to a laptop; the laptop counts every town's population and notes
    a visit, the office corrects ten populations meanwhile: the package both applies
    fields and opens conflicts."""
    from sqlalchemy import select

    from desktop_app.domain.models import Signatory
    from desktop_app.services.database import open_database
    from desktop_app.services.sync import clone, exchange

    office = folder / "office-sync.sqlite3"
    shutil.copyfile(base, office)
    db = open_database(str(office))
    laptop_path = folder / "laptop.sqlite3"
    clone.clone(db, laptop_path)
    laptop = open_database(str(laptop_path))
    with laptop.transaction("test", user="aylar") as s:
        for sig in s.scalars(select(Signatory)):
            sig.population += 11
            sig.notes = f"visited {sig.name}"
    package = folder / "laptop.cdsync"
    exchange.export_package(laptop, package)
    laptop.dispose()
    with db.transaction("test", user="merjen") as s:
        for sig in s.scalars(select(Signatory).order_by(Signatory.name).limit(10)):
            sig.population += 3
    db.dispose()
    return office, package


def _fresh(op: Op, work: Path) -> Path:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    target = work / "office.sqlite3"
    shutil.copyfile(op.template, target)
    return target


@pytest.mark.reliability
def test_sigkill_leaves_before_or_after_never_a_mixture(tmp_path: Path) -> None:
    seed = int(os.environ.get("COORDINATOR_DESK_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    started = time.perf_counter()
    ops = _build(tmp_path)
    zygote = Zygote()
    work = tmp_path / "work"
    try:
        for op in ops:
            op.before = digest(op.template)
            runs = []
            for _ in range(2):  # twice: the same "after" both times proves determinism
                target = _fresh(op, work)
                killed, seconds = zygote.run(op, target, None)
                assert not killed and seconds is not None and integrity(target) == ["ok"]
                runs.append((seconds, digest(target)))
            assert runs[0][1] == runs[1][1] != op.before, op.name
            op.after = runs[0][1]
            op.seconds = min(runs)[0]  # the warm run: kill moments must fall inside it
        for op in ops:
            trials = 0
            while op.outcomes["killed"] < KILLS_PER_OP and trials < MAX_TRIALS_PER_OP:
                trials += 1
                target = _fresh(op, work)
                # half anywhere in the use case, half near its end, where the commit is
                share = rng.uniform(0, 1.25) if rng.random() < 0.5 else rng.uniform(0.6, 1.0)
                delay = op.seconds * share
                killed, seconds = zygote.run(op, target, delay)
                if seconds is not None:  # finished first: aim by its latest duration (load varies)
                    op.seconds = seconds
                assert integrity(target) == ["ok"], (op.name, delay, seed)
                state = digest(target)
                assert state in (op.before, op.after), (op.name, "mixture", delay, seed)
                assert bad_backups(work / "backups") == [], (op.name, delay, seed)
                op.outcomes["killed" if killed else "completed"] += 1
                op.outcomes[
                    f"{'killed' if killed else 'completed'}:"
                    f"{'before' if state == op.before else 'after'}"
                ] += 1
    finally:
        zygote.close()
    elapsed = time.perf_counter() - started
    kills = sum(op.outcomes["killed"] for op in ops)
    lines = [f"kill harness: seed {seed}, {elapsed:.1f} s"]
    for op in ops:
        o = op.outcomes
        lines.append(
            f"  {op.name:<8} use case {op.seconds * 1000:6.0f} ms; "
            f"{o['killed'] + o['completed']} trials, {o['killed']} kills "
            f"({o['killed:before']} left before, {o['killed:after']} left after), "
            f"{o['completed']} finished before the kill; mixtures 0, integrity failures 0"
        )
    lines.append(f"  total kills {kills}")
    print("\n".join(lines))
    report = os.environ.get("COORDINATOR_DESK_RELIABILITY_REPORT")
    if report:
        Path(report).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert kills >= 50
