"""Properties of sync, driven by hypothesis: an office and three laptops make random edits
(fields, new towns, Trash and restore, conflict resolutions) and swap packages in random
orders; then everyone exchanges with everyone. Checked after each run:

- a refused package (a replay, an old one) changes nothing; importing a package twice
  changes nothing;
- every database holds the same data and the same open conflicts (a field in an open
  conflict holds one of the conflict's values: each side keeps its own);
- no edit is lost: an independent model of who saw which edit says which edits nobody
  superseded; each such edit's value is in place, or in an open conflict with the others.

The office runs on SQLite and on PostgreSQL. Counts are printed (pytest -s shows them).
"""

from __future__ import annotations

import itertools
import shutil
import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from desktop_app.db.snapshot import content_hash
from desktop_app.domain.models import Base, Signatory, SyncConflict
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.sync import clone, exchange, inbox

TODAY = date(2025, 6, 1)
NAMES = ("office", "laptop A", "laptop B", "laptop C")
FIELDS = ("name", "notes", "population")
EXAMPLES = {"sqlite": 16, "postgresql": 8}
COUNTS: Counter[str] = Counter()


def _value(field_name: str, token: int) -> object:
    if field_name == "population":
        return 1000 + token
    return f"{field_name} {token}"


@dataclass
class Model:
    """Who has seen which edit of each (record, field): the test's own bookkeeping."""

    seen: list[dict[tuple[uuid.UUID, str], set[int]]] = field(
        default_factory=lambda: [{} for _ in NAMES]
    )
    superseded: set[int] = field(default_factory=set)
    edits: dict[int, tuple[tuple[uuid.UUID, str], object]] = field(default_factory=dict)

    def edit(self, who: int, reg: tuple[uuid.UUID, str], value: object) -> None:
        number = len(self.edits) + 1
        known = self.seen[who].setdefault(reg, set())
        self.superseded |= known
        known.add(number)
        self.edits[number] = (reg, value)

    def snapshot(self, who: int) -> dict[tuple[uuid.UUID, str], set[int]]:
        return {reg: set(ids) for reg, ids in self.seen[who].items()}

    def received(self, who: int, snap: dict[tuple[uuid.UUID, str], set[int]]) -> None:
        for reg, ids in snap.items():
            self.seen[who].setdefault(reg, set()).update(ids)


def _copy_family(template: list[str], folder: Path, engine: str, pg_url: str | None) -> list:
    folder.mkdir(parents=True)
    urls = []
    for i, source in enumerate(template):
        if i == 0 and engine == "postgresql":
            urls.append(_copy_pg_schema(source, pg_url))
            continue
        dest = folder / f"db{i}.sqlite3"
        shutil.copyfile(source, dest)
        urls.append(str(dest))
    return [open_database(u, check=False) for u in urls]


def _copy_pg_schema(template_url: str, pg_url: str | None) -> str:
    import psycopg

    assert pg_url is not None
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://", 1)
    source = template_url.rsplit("%3D", 1)[1]
    schema = f"p_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
        tables = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]
        for name in tables:
            conn.execute(
                f'CREATE TABLE "{schema}"."{name}" (LIKE "{source}"."{name}" INCLUDING ALL)'
            )
            conn.execute(f'INSERT INTO "{schema}"."{name}" SELECT * FROM "{source}"."{name}"')
    return f"{pg_url}?options=-csearch_path%3D{schema}"


def _make_template(engine: str, folder: Path, pg_url: str | None) -> tuple:
    """An office with three towns and three laptops cloned from it, made once per engine."""
    if engine == "sqlite":
        office_url = str(folder / "office.sqlite3")
    else:
        from tests.conftest import fresh_pg_schema_url

        assert pg_url is not None
        office_url = fresh_pg_schema_url(pg_url)
    office = open_database(office_url)
    for i, name in enumerate(("Mary", "Bayramaly", "Tejen")):
        records.save(
            office,
            "signatory",
            {"name": name, "country": "TM", "adhesion_date": date(2020, 3, 1 + i)},
            user="merjen",
            today=TODAY,
        )
    paths = [office_url]
    for i in range(1, len(NAMES)):
        path = folder / f"laptop{i}.sqlite3"
        clone.clone(office, path, user=f"clerk{i}")
        paths.append(str(path))
    office.dispose()
    return engine, paths, pg_url


@pytest.fixture(scope="module")
def sqlite_family(tmp_path_factory):  # noqa: ANN001, ANN201
    return _make_template("sqlite", tmp_path_factory.mktemp("family"), None)


@pytest.fixture(scope="module")
def pg_family(tmp_path_factory, pg_database_url):  # noqa: ANN001, ANN201
    return _make_template("postgresql", tmp_path_factory.mktemp("family"), pg_database_url)


KINDS = ("edit",) * 6 + ("new", "trash", "restore", "resolve") + ("export", "import") * 2
RAW = st.tuples(
    st.sampled_from(KINDS),
    st.integers(0, 3),
    st.integers(0, 3),
    st.integers(0, 30),
    st.sampled_from(FIELDS),
    st.sampled_from(["mine", "theirs"]),
)


def _step(raw: tuple) -> tuple:
    """One drawn action as the Family runs it."""
    kind, a, b, pick, name, take = raw
    return {
        "edit": ("edit", a, pick, name, 0),
        "new": ("new", a),
        "trash": ("trash", a, pick),
        "restore": ("restore", a, pick),
        "resolve": ("resolve", a, take),
        "export": ("export", a, b),
        "import": ("import", pick),
    }[kind]


STEP = RAW.map(_step)


class Family:
    def __init__(self, dbs: list, folder: Path) -> None:  # noqa: ANN001
        self.dbs = dbs
        self.folder = folder
        self.model = Model()
        self.packages: list[tuple[Path, int, int, dict]] = []
        self.tokens = itertools.count(1)
        self.ids = [self._identity(db) for db in dbs]

    @staticmethod
    def _identity(db) -> str:  # noqa: ANN001
        from desktop_app.services.database import database_identity

        found = database_identity(db)
        assert found is not None
        return found.uuid.hex

    def towns(self, who: int) -> list[tuple[uuid.UUID, bool]]:
        with self.dbs[who].session("test") as s:
            rows = s.execute(
                select(Signatory.id, Signatory.deleted_at).order_by(Signatory.id)
            ).all()
        return [(r[0], r[1] is not None) for r in rows]

    def current(self, who: int, rid: uuid.UUID, name: str) -> object:
        with self.dbs[who].session("test") as s:
            obj = s.get(Signatory, rid)
            return getattr(obj, name)

    def step(self, step: tuple) -> None:
        kind = step[0]
        if kind == "edit":
            _k, who, pick, name, _token = step
            live = [rid for rid, gone in self.towns(who) if not gone]
            if not live:
                COUNTS["edits skipped (no live town)"] += 1
                return
            rid = live[pick % len(live)]
            value = _value(name, next(self.tokens) % 4)
            if self.current(who, rid, name) == value:
                COUNTS["edits skipped (same value)"] += 1
                return  # no change: nothing for the trail, nothing to sync
            records.save(
                self.dbs[who], "signatory", {name: value}, id=rid, user=NAMES[who], today=TODAY
            )
            self.model.edit(who, (rid, name), value)
            COUNTS["edits"] += 1
        elif kind == "new":
            who = step[1]
            records.save(
                self.dbs[who],
                "signatory",
                {
                    "name": f"New town {next(self.tokens)}",
                    "country": "TM",
                    "adhesion_date": date(2021, 1, 1),
                },
                user=NAMES[who],
                today=TODAY,
            )
            COUNTS["new towns"] += 1
        elif kind in ("trash", "restore"):
            _k, who, pick = step
            wanted = kind == "restore"
            towns = [rid for rid, gone in self.towns(who) if gone == wanted]
            if not towns:
                return
            act = records.restore if wanted else records.trash
            act(self.dbs[who], "signatory", [towns[pick % len(towns)]], user=NAMES[who])
            COUNTS[kind] += 1
        elif kind == "export":
            _k, src, dst = step
            if src == dst:
                return
            path = self.folder / f"p{len(self.packages)}.cdsync"
            exchange.export_package(self.dbs[src], path, for_peer=self.ids[dst])
            self.packages.append((path, src, dst, self.model.snapshot(src)))
            COUNTS["exports"] += 1
        elif kind == "import":
            if self.packages:
                self.deliver(self.packages[step[1] % len(self.packages)])
        elif kind == "resolve":
            _k, who, take = step
            found = inbox.open_conflicts(self.dbs[who])
            if not found:
                return
            c = found[0]
            chosen = c.mine.value if take == "mine" else c.theirs.value
            inbox.resolve(self.dbs[who], c.short, take, user=NAMES[who])
            if c.field:
                self.model.edit(who, (c.record_id, c.field), _typed(c.field, chosen))
            COUNTS["resolutions"] += 1

    def deliver(self, pkg: tuple[Path, int, int, dict]) -> bool:
        path, _src, dst, snap = pkg
        db = self.dbs[dst]
        before = _digest(db)
        try:
            exchange.import_package(db, path)
        except exchange.PackageError as exc:
            assert exc.code == "replayed", exc.code
            assert _digest(db) == before  # a refused package changes nothing
            COUNTS["refused (replayed or older)"] += 1
            return False
        self.model.received(dst, snap)
        COUNTS["imports"] += 1
        return True

    def exchange_all(self) -> None:
        """Every laptop to the office, then the office to every laptop: all hold all."""
        laptops = range(1, len(self.dbs))
        for src, dst in [*((i, 0) for i in laptops), *((0, i) for i in laptops)]:
            self.step(("export", src, dst))
            assert self.deliver(self.packages[-1])


def _typed(name: str, value: str | None) -> object:
    if value is None:
        return None
    return int(value) if name == "population" else value


DIGESTED = ("signatory", "audit_entry", "sync_change", "sync_conflict", "sync_peer")


def _digest(db) -> str:  # noqa: ANN001
    tables = [t for t in Base.metadata.sorted_tables if t.name in DIGESTED]
    with db.engine.connect() as conn:
        return content_hash(conn, tables)


def _state(db) -> tuple[dict, dict]:  # noqa: ANN001
    with db.session("test") as s:
        towns = {
            r.id: {
                "name": r.name,
                "notes": r.notes,
                "population": r.population,
                "": r.deleted_at is not None,
            }
            for r in s.scalars(select(Signatory))
        }
        conflicts = {
            c.id: (c.record_id, c.field, c.heads)
            for c in s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
        }
    return towns, conflicts


def _run(template, tmp_path_factory, steps) -> None:  # noqa: ANN001
    engine, paths, pg_url = template
    folder = tmp_path_factory.mktemp("run")
    dbs = _copy_family(paths, folder / "dbs", engine, pg_url)
    try:
        fam = Family(dbs, folder)
        for step in steps:
            fam.step(step)
        fam.exchange_all()
        COUNTS["examples"] += 1
        COUNTS["steps"] += len(steps)
        # A package imported a second time changes nothing (refused as a replay).
        assert fam.deliver(fam.packages[-1]) is False
        COUNTS["open conflicts after the exchange"] += _check(fam, dbs)
        # Then one clerk works through the inbox and everyone exchanges again: no conflict
        # is left anywhere and every database holds exactly the same data.
        clerk = len(steps) % len(dbs)
        for i in range(len(inbox.open_conflicts(dbs[clerk]))):
            fam.step(("resolve", clerk, "mine" if i % 2 else "theirs"))
        fam.exchange_all()
        assert _check(fam, dbs) == 0
    finally:
        for db in dbs:
            db.dispose()


def _check(fam: Family, dbs: list) -> int:
    """Same data and open conflicts everywhere; no edit lost. Returns the open conflicts."""
    states = [_state(db) for db in dbs]
    towns0, conflicts0 = states[0]
    open_regs = {(rid, name) for rid, name, _h in conflicts0.values()}
    for towns, conflicts in states[1:]:
        assert conflicts == conflicts0
        assert set(towns) == set(towns0)
        for rid, values in towns.items():
            for name, v in values.items():
                if (rid, name) not in open_regs:
                    assert v == towns0[rid][name], (rid, name)
    _no_edit_lost(fam.model, states, conflicts0, dbs[0])
    return len(conflicts0)


def _no_edit_lost(model: Model, states: list, conflicts: dict, db) -> None:  # noqa: ANN001
    surviving: dict[tuple[uuid.UUID, str], set[object]] = {}
    for number, (reg, value) in model.edits.items():
        if number not in model.superseded:
            surviving.setdefault(reg, set()).add(value)
    by_reg = {(rid, name): cid for cid, (rid, name, _h) in conflicts.items()}
    for reg, values in surviving.items():
        if len(values) == 1:
            (only,) = values
            assert reg not in by_reg, reg
            for towns, _c in states:
                assert towns[reg[0]][reg[1]] == only, (reg, only)
        else:
            assert reg in by_reg, (reg, values)
            found = {c for c in inbox.open_conflicts(db) if c.id == by_reg[reg]}
            (c,) = found
            held = {c.mine.value, c.theirs.value, *(o.value for o in c.others)}
            assert {_typed(reg[1], v) for v in held} == values
            for towns, _c in states:
                assert towns[reg[0]][reg[1]] in values
            COUNTS["edits kept in a conflict"] += len(values)


SETTINGS = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    "database": None,
    "phases": [Phase.explicit, Phase.generate],
}
STEPS = st.lists(STEP, min_size=4, max_size=24)


def _report(engine: str) -> None:
    shown = ", ".join(f"{k} {v}" for k, v in sorted(COUNTS.items()))
    print(f"\nsync properties ({engine} office): {shown}")
    assert COUNTS["examples"] >= EXAMPLES[engine] // 2
    assert COUNTS["imports"] > 0 and COUNTS["edits"] > 0


def test_sync_properties_sqlite_office(sqlite_family, tmp_path_factory) -> None:  # noqa: ANN001
    COUNTS.clear()

    @settings(max_examples=EXAMPLES["sqlite"], **SETTINGS)
    @given(steps=STEPS)
    def run(steps) -> None:  # noqa: ANN001
        _run(sqlite_family, tmp_path_factory, steps)

    run()
    _report("sqlite")


def test_sync_properties_postgresql_office(pg_family, tmp_path_factory) -> None:  # noqa: ANN001
    COUNTS.clear()

    @settings(max_examples=EXAMPLES["postgresql"], **SETTINGS)
    @given(steps=STEPS)
    def run(steps) -> None:  # noqa: ANN001
        _run(pg_family, tmp_path_factory, steps)

    run()
    _report("postgresql")
