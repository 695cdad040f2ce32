"""Laptops that sync, through the CLI as a clerk runs it: clone, edits on both sides,
packages both ways, a conflict resolved; office on both engines. Figures are counted by
hand from what each side edited."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.models import Signatory, SyncConflict, SyncPeer, SyncReplica
from desktop_app.services import records
from desktop_app.services.database import open_database
from tests.db.sync_support import cli
from tests.db.sync_support import identity as _identity

TODAY = date(2025, 6, 1)


def signatory(db, name: str, user: str, **extra) -> uuid.UUID:  # noqa: ANN001
    values = {"name": name, "country": "TM", "adhesion_date": date(2020, 3, 1), **extra}
    return records.save(db, "signatory", values, user=user, today=TODAY).id


def edit(db, id_: uuid.UUID, user: str, **values) -> None:  # noqa: ANN001
    records.save(db, "signatory", values, id=id_, user=user, today=TODAY)


def value(db, id_: uuid.UUID, field: str):  # noqa: ANN001, ANN201
    with db.session("test") as s:
        obj = s.get(Signatory, id_)
        return None if obj is None else getattr(obj, field)


@pytest.fixture
def office(database_url: str):
    db = open_database(database_url)
    yield db
    db.dispose()


def test_clone_has_its_own_identity_and_origin_and_refuses_to_overwrite(
    office, database_url, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    s1 = signatory(office, "Mary", "merjen", population=8000)
    laptop_path = tmp_path / "laptop.sqlite3"
    code, out, err = cli(capsys, "--database", database_url, "sync", "clone", str(laptop_path))
    assert code == 0, err
    assert "Laptop copy written" in out
    laptop = open_database(str(laptop_path))
    try:
        with office.session("test") as s:
            office_id = s.execute(select(SyncReplica.family)).scalar_one()
            peer = s.scalars(select(SyncPeer)).one()
        with laptop.session("test") as s:
            rep = s.get(SyncReplica, 1)
            assert rep is not None
            ident = s.execute(
                select(Signatory.name, Signatory.population).where(Signatory.id == s1)
            ).one()
            laptop_peers = s.scalars(select(SyncPeer)).all()
        from desktop_app.services.database import database_identity

        laptop_ident = database_identity(laptop)
        office_ident = database_identity(office)
        assert laptop_ident is not None and office_ident is not None
        assert laptop_ident.uuid != office_ident.uuid
        assert office_id == office_ident.uuid
        assert rep.family == office_ident.uuid and rep.parent == office_ident.uuid
        assert rep.cloned_at is not None and rep.cloned_by
        assert tuple(ident) == ("Mary", 8000)
        assert peer.uuid == laptop_ident.uuid  # the office knows the laptop's key
        assert [p.uuid for p in laptop_peers] == [office_ident.uuid]
        from desktop_app.services.reports import signing

        with laptop.engine.connect() as conn:
            own = signing.public_key_of(conn)
        assert own is not None and own.public_key == peer.public_key
        assert laptop_peers[0].public_key != peer.public_key
    finally:
        laptop.dispose()
    before = laptop_path.read_bytes()
    code, _out, err = cli(capsys, "--database", database_url, "sync", "clone", str(laptop_path))
    assert code == 1 and "refusing to overwrite" in err
    assert laptop_path.read_bytes() == before
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    code, _out, err = cli(capsys, "--database", database_url, "sync", "clone", str(other))
    assert code == 1 and "refusing to overwrite" in err and other.read_text() == "mine"
    if office.path is not None:
        code, _out, err = cli(capsys, "--database", database_url, "sync", "clone", str(office.path))
        assert code == 1 and "open database" in err


def test_walkthrough_edits_both_sides_conflicts_and_resolution(
    office, database_url, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    s1 = signatory(office, "Mary", "merjen", population=8000, notes="")
    s2 = signatory(office, "Bayramaly", "merjen", population=9000)
    laptop_path = tmp_path / "laptop.sqlite3"
    assert cli(capsys, "--database", database_url, "sync", "clone", str(laptop_path))[0] == 0
    laptop = open_database(str(laptop_path))
    try:
        # In the field: the laptop renames Mary, counts its population, adds a town and
        # notes something on Bayramaly; at the office Mary's population is corrected
        # too (to another figure) and Bayramaly is moved to the Trash.
        edit(laptop, s1, "aylar", name="Mary city", population=8100)
        s3 = signatory(laptop, "Sakarchage", "aylar", population=700)
        edit(laptop, s2, "aylar", notes="visited 3 June")
        edit(office, s1, "merjen", population=8250)
        records.trash(office, "signatory", [s2], user="merjen")

        to_office = tmp_path / "to-office.cdsync"
        code, out, err = cli(
            capsys, "--database", str(laptop_path), "sync", "export", str(to_office)
        )
        assert code == 0, err
        code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(to_office))
        assert code == 0, err
        # name, new town, note: applied; population: a conflict; the note on a town the
        # office trashed: the note is applied to the trashed town and edit-vs-delete is the
        # second conflict.
        assert out.strip() == "3 applied, 2 conflicts, 0 already seen"
        assert value(office, s1, "name") == "Mary city"
        assert value(office, s1, "population") == 8250  # the receiving side's value stays
        assert value(office, s3, "name") == "Sakarchage"
        assert value(office, s2, "deleted_at") is not None
        assert value(office, s2, "notes") == "visited 3 June"

        code, out, _err = cli(capsys, "--database", database_url, "sync", "conflicts")
        assert code == 0
        lines = out.strip().splitlines()
        assert len(lines) == 2
        population = next(line for line in lines if "Population" in line)
        assert "mine 8250 (merjen" in population and "theirs 8100 (aylar" in population
        kept = next(line for line in lines if "kept or deleted" in line.lower())
        assert "mine in the Trash" in kept and "theirs kept" in kept

        back = tmp_path / "to-laptop.cdsync"
        assert cli(capsys, "--database", database_url, "sync", "export", str(back))[0] == 0
        code, out, err = cli(capsys, "--database", str(laptop_path), "sync", "import", str(back))
        assert code == 0, err
        # The office's population and its trash: both meet the laptop's own edits.
        assert out.strip() == "0 applied, 2 conflicts, 0 already seen"
        assert value(laptop, s1, "population") == 8100
        assert value(laptop, s2, "deleted_at") is None

        code, out, _err = cli(capsys, "--database", database_url, "sync", "conflicts")
        conflict_id = population.split()[0]
        trash_id = kept.split()[0]
        code, out, err = cli(
            capsys, "--database", database_url, "sync", "resolve", conflict_id, "--take", "theirs"
        )
        assert code == 0, err
        assert value(office, s1, "population") == 8100
        code, out, err = cli(
            capsys, "--database", database_url, "sync", "resolve", trash_id, "--take", "mine"
        )
        assert code == 0, err
        code, out, err = cli(
            capsys, "--database", database_url, "sync", "resolve", "ffff", "--take", "mine"
        )
        assert code == 1 and "No open conflict" in err
        assert cli(capsys, "--database", database_url, "sync", "conflicts")[1].strip() == (
            "No open conflicts."
        )
        again = tmp_path / "resolutions.cdsync"
        assert cli(capsys, "--database", database_url, "sync", "export", str(again))[0] == 0
        code, out, err = cli(capsys, "--database", str(laptop_path), "sync", "import", str(again))
        assert code == 0, err
        # Two resolutions applied; the office's population and trash came again.
        assert out.strip() == "2 applied, 0 conflicts, 2 already seen"
        assert value(laptop, s1, "population") == 8100
        assert value(laptop, s2, "deleted_at") is not None
        with laptop.session("test") as s:
            still = s.scalars(select(SyncConflict).where(SyncConflict.resolved_at.is_(None)))
            assert list(still) == []
        # Importing the same package twice changes nothing: it is refused as a replay.
        code, out, err = cli(capsys, "--database", str(laptop_path), "sync", "import", str(again))
        assert code == 2 and "already imported or replayed" in err
        # Both audit trails still chain, with the imported changes in them.
        for where in (database_url, str(laptop_path)):
            code, out, err = cli(capsys, "--database", where, "db", "check")
            assert code == 0 and "Integrity: ok" in out, (where, out, err)
        from desktop_app.domain.models import AuditEntry

        with office.session("test") as s:
            synced = s.execute(
                select(AuditEntry.changed_by, AuditEntry.old_value, AuditEntry.new_value).where(
                    AuditEntry.origin == "sync", AuditEntry.field == "name"
                )
            ).all()
        # the laptop's rename, in the office's trail under the laptop clerk's name
        assert [tuple(r) for r in synced] == [("aylar", "Mary", "Mary city")]
    finally:
        laptop.dispose()


def test_a_second_laptop_learns_the_first_through_the_office(tmp_path: Path, capsys) -> None:
    office_path = tmp_path / "office.sqlite3"
    office = open_database(str(office_path))
    try:
        s1 = signatory(office, "Mary", "merjen")
        a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
        assert cli(capsys, "--database", str(office_path), "sync", "clone", str(a))[0] == 0
        assert cli(capsys, "--database", str(office_path), "sync", "clone", str(b))[0] == 0
        lap_a = open_database(str(a))
        edit(lap_a, s1, "aylar", notes="from laptop A")
        lap_a.dispose()
        pkg = tmp_path / "a-to-office.cdsync"
        assert cli(capsys, "--database", str(a), "sync", "export", str(pkg))[0] == 0
        assert cli(capsys, "--database", str(office_path), "sync", "import", str(pkg))[0] == 0
        code, out, err = cli(capsys, "--database", str(office_path), "sync", "peers")
        b_id = out.splitlines()[2].split()[0]
        pkg_b = tmp_path / "office-to-b.cdsync"
        code, out, err = cli(
            capsys, "--database", str(office_path), "sync", "export", str(pkg_b), "--for", b_id
        )
        assert code == 0, err
        code, out, err = cli(capsys, "--database", str(b), "sync", "import", str(pkg_b))
        assert code == 0 and out.strip() == "1 applied, 0 conflicts, 0 already seen", err
        # Laptop B now knows laptop A (introduced by the office) and can take its packages.
        lap_b = open_database(str(b))
        edit(lap_b, s1, "ogul", name="Mary town")
        lap_b.dispose()
        code, out, err = cli(capsys, "--database", str(b), "sync", "peers")
        a_id = next(line.split()[0] for line in out.splitlines() if "peer" in line)
        b_to_a = tmp_path / "b-to-a.cdsync"
        code, out, err = cli(
            capsys, "--database", str(b), "sync", "export", str(b_to_a), "--for", a_id
        )
        assert code == 0, err
        code, out, err = cli(capsys, "--database", str(a), "sync", "import", str(b_to_a))
        assert code == 0 and out.strip() == "1 applied, 0 conflicts, 1 already seen", err
        lap_a = open_database(str(a))
        assert value(lap_a, s1, "name") == "Mary town"
        lap_a.dispose()
        # A package for laptop A is refused by the office (written for another database).
        code, out, err = cli(capsys, "--database", str(office_path), "sync", "import", str(b_to_a))
        assert code == 2 and "written for another database" in err
    finally:
        office.dispose()


def test_unknown_peer_and_database_outside_a_family(tmp_path: Path, capsys) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    signatory(db, "Mary", "merjen")
    db.dispose()
    out = tmp_path / "x.cdsync"
    code, _o, err = cli(capsys, "--database", str(path), "sync", "export", str(out))
    assert code == 2 and "not in an office family" in err and not out.exists()
    laptop = str(tmp_path / "l.sqlite3")
    assert cli(capsys, "--database", str(path), "sync", "clone", laptop)[0] == 0
    code, _o, err = cli(capsys, "--database", str(path), "sync", "export", str(out), "--for", "zz")
    assert code == 1 and "No database of this family" in err and not out.exists()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sync_peer").fetchone() == (1,)
    con.close()


def test_new_records_travel_with_their_links(office, database_url, tmp_path: Path, capsys) -> None:  # noqa: ANN001
    """A town, its action plan and an Energy Day it organised, all made on the laptop,
    arrive at the office parents first (PostgreSQL enforces the foreign keys)."""
    from desktop_app.domain.models import ActionPlan, EnergyDay, EnergyDayOrganiser

    known = signatory(office, "Mary", "merjen")
    laptop_path = tmp_path / "laptop.sqlite3"
    assert cli(capsys, "--database", database_url, "sync", "clone", str(laptop_path))[0] == 0
    laptop = open_database(str(laptop_path))
    try:
        town = signatory(laptop, "Sakarchage", "aylar")
        plan = records.save(
            laptop,
            "action_plan",
            {"signatory_id": town, "plan_type": "secap", "submission_date": date(2025, 5, 2)},
            user="aylar",
            today=TODAY,
        ).id
        day = records.save(
            laptop,
            "energy_day",
            {
                "title": "Solar day",
                "start_date": date(2025, 5, 20),
                "organiser_ids": [town, known],
                "lead_organiser_id": town,
            },
            user="aylar",
            today=TODAY,
        ).id
        pkg = tmp_path / "new.cdsync"
        assert cli(capsys, "--database", str(laptop_path), "sync", "export", str(pkg))[0] == 0
    finally:
        laptop.dispose()
    code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(pkg))
    assert code == 0, err
    # town, plan, Energy Day and its two organiser rows: five new records
    assert out.strip() == "5 applied, 0 conflicts, 0 already seen"
    with office.session("test") as s:
        got_plan = s.get(ActionPlan, plan)
        assert got_plan is not None and got_plan.signatory_id == town
        got_day = s.get(EnergyDay, day)
        assert got_day is not None and got_day.title == "Solar day"
        organisers = s.scalars(
            select(EnergyDayOrganiser).where(EnergyDayOrganiser.energy_day_id == day)
        ).all()
        assert {(o.signatory_id, o.lead) for o in organisers} == {(town, True), (known, False)}
    loaded = records.load(office, "energy_day", day)
    assert set(loaded.values["organiser_ids"]) == {town, known}
    assert loaded.values["lead_organiser_id"] == town


def test_a_town_entered_on_two_laptops_is_flagged_and_merged(
    office, database_url, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    """Both laptops enter the same town (Latin on one, Cyrillic on the other), each with a
    plan; at the office they are one pair of likely duplicates; the merge keeps the first,
    moves the second's plan to it and the second to the Trash, and the laptops follow."""
    from desktop_app.domain.models import ActionPlan

    signatory(office, "Mary", "merjen")
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert cli(capsys, "--database", database_url, "sync", "clone", str(a))[0] == 0
    assert cli(capsys, "--database", database_url, "sync", "clone", str(b))[0] == 0
    made = {}
    for path, name, user in ((a, "Sakarchage", "aylar"), (b, "Сакарчаге", "ogul")):
        lap = open_database(str(path))
        town = signatory(lap, name, user, population=700 if user == "aylar" else None)
        plan = records.save(
            lap, "action_plan", {"signatory_id": town, "plan_type": "secap"}, user=user
        ).id
        made[user] = (town, plan)
        lap.dispose()
        pkg = tmp_path / f"{user}.cdsync"
        assert cli(capsys, "--database", str(path), "sync", "export", str(pkg))[0] == 0
        assert cli(capsys, "--database", database_url, "sync", "import", str(pkg))[0] == 0
    code, out, _err = cli(capsys, "--database", database_url, "sync", "duplicates")
    assert code == 0
    (line,) = out.strip().splitlines()
    keep, other = line.split()[:2]
    assert {keep, other} == {made["aylar"][0].hex[:8], made["ogul"][0].hex[:8]}
    assert "Sakarchage / Сакарчаге" in line or "Сакарчаге / Sakarchage" in line
    code, out, err = cli(capsys, "--database", database_url, "sync", "merge", keep, keep)
    assert code == 1 and "same signatory" in err
    code, out, err = cli(capsys, "--database", database_url, "sync", "merge", keep, other)
    assert code == 0, err
    kept = next(t for t, _p in made.values() if t.hex.startswith(keep))
    gone = next(t for t, _p in made.values() if t.hex.startswith(other))
    plans = [p for _t, p in made.values()]
    with office.session("test") as s:
        assert {s.get(ActionPlan, p).signatory_id for p in plans} == {kept}
        assert s.get(Signatory, gone).deleted_at is not None
        assert s.get(Signatory, kept).population == 700  # filled from the other if missing
    assert cli(capsys, "--database", database_url, "sync", "duplicates")[1].strip() == (
        "No likely duplicates."
    )
    # The merge travels: laptop B imports the office's package and holds the same.
    pkg = tmp_path / "merge.cdsync"
    b_id = open_database(str(b))
    from desktop_app.services.database import database_identity

    ident = database_identity(b_id)
    b_id.dispose()
    assert ident is not None
    assert (
        cli(
            capsys,
            "--database",
            database_url,
            "sync",
            "export",
            str(pkg),
            "--for",
            ident.uuid.hex,
        )[0]
        == 0
    )
    code, out, err = cli(capsys, "--database", str(b), "sync", "import", str(pkg))
    assert code == 0, err
    lap = open_database(str(b))
    try:
        with lap.session("test") as s:
            assert {s.get(ActionPlan, p).signatory_id for p in plans} == {kept}
            assert s.get(Signatory, gone).deleted_at is not None
    finally:
        lap.dispose()


def test_a_restored_laptop_keeps_syncing_and_its_restore_travels(tmp_path: Path) -> None:
    """A restore keeps the laptop's sync state (identity, peers, change log); the values it
    brought back are audited, so they travel as the laptop's edits."""
    from desktop_app.services import backup
    from desktop_app.services.restore import restore
    from desktop_app.services.sync import clone, exchange

    office = open_database(str(tmp_path / "office.sqlite3"))
    try:
        mary = signatory(office, "Mary", "merjen", population=1000)
        clone.clone(office, tmp_path / "laptop.sqlite3")
        laptop = open_database(str(tmp_path / "laptop.sqlite3"))
        saved = backup.create_backup(laptop, tmp_path / "laptop-backup.sqlite3").path
        edit(laptop, mary, "aylar", population=2000)
        exchange.export_package(laptop, tmp_path / "p1.cdsync")
        assert exchange.import_package(office, tmp_path / "p1.cdsync").applied == 1
        assert value(office, mary, "population") == 2000
        restore(laptop, saved, user="aylar")
        assert value(laptop, mary, "population") == 1000
        exchange.export_package(laptop, tmp_path / "p2.cdsync")
        laptop.dispose()
        got = exchange.import_package(office, tmp_path / "p2.cdsync")
        # the restored population applied; the first edit came again
        assert (got.applied, got.conflicts, got.already_seen) == (1, 0, 1)
        assert value(office, mary, "population") == 1000
    finally:
        office.dispose()


def _plan_and_day_in_conflict(office, database_url: str, tmp_path: Path, capsys) -> dict:  # noqa: ANN001
    """An action plan and an Energy Day changed differently on the laptop and at the office
    (a code, a date, a flag, a reference, an amount), the laptop's package imported."""
    mary = signatory(office, "Mary", "merjen")
    tejen = signatory(office, "Tejen", "merjen")
    bayramaly = signatory(office, "Bayramaly", "merjen")
    plan = records.save(
        office,
        "action_plan",
        {"signatory_id": mary, "plan_type": "secap", "title": "Green Mary"},
        user="merjen",
        today=TODAY,
    ).id
    day = records.save(
        office,
        "energy_day",
        {"title": "Solar day", "start_date": date(2025, 5, 20), "budget": Decimal("1500")},
        user="merjen",
        today=TODAY,
    ).id
    laptop_path = tmp_path / "laptop.sqlite3"
    assert cli(capsys, "--database", database_url, "sync", "clone", str(laptop_path))[0] == 0
    laptop = open_database(str(laptop_path))
    try:
        records.save(
            laptop,
            "action_plan",
            {
                "status": "submitted",
                "submission_date": date(2025, 5, 2),
                "risk_assessment_done": True,
                "signatory_id": tejen,
            },
            id=plan,
            user="aylar",
            today=TODAY,
        )
        records.save(
            laptop, "energy_day", {"budget": Decimal("1800.50")}, id=day, user="aylar", today=TODAY
        )
        pkg = tmp_path / "to-office.cdsync"
        assert cli(capsys, "--database", str(laptop_path), "sync", "export", str(pkg))[0] == 0
    finally:
        laptop.dispose()
    changes = {
        "status": "accepted",
        "submission_date": date(2025, 5, 3),
        "risk_assessment_done": True,
        "signatory_id": bayramaly,
    }
    records.save(office, "action_plan", changes, id=plan, user="merjen", today=TODAY)
    records.save(
        office, "action_plan", {"risk_assessment_done": False}, id=plan, user="merjen", today=TODAY
    )
    records.save(
        office, "energy_day", {"budget": Decimal("1750")}, id=day, user="merjen", today=TODAY
    )
    code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(pkg))
    assert code == 0 and out.strip() == "0 applied, 5 conflicts, 0 already seen", err
    return {"plan": plan, "day": day, "tejen": tejen}


def test_conflict_values_read_as_the_forms_show_them(
    office, database_url, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    """`sync conflicts` shows a code as its label (in the --lang language), a reference by
    the record's name, a flag as Yes / No, an amount with its currency, dates in ISO (the
    CLI's dates); `--take` takes a label as the inbox shows it, in any language."""
    from desktop_app.domain.models import ActionPlan

    made = _plan_and_day_in_conflict(office, database_url, tmp_path, capsys)
    code, out, _err = cli(capsys, "--database", database_url, "sync", "conflicts")
    assert code == 0
    lines = {line.split(": mine ")[0].split(" - ", 1)[1]: line for line in out.splitlines()}
    assert set(lines) == {
        "Status",
        "Submission date",
        "Risk and vulnerability assessment done",
        "Signatory",
        "Budget",
    }, out
    expected = {
        "Status": ("Accepted", "Submitted"),
        "Submission date": ("2025-05-03", "2025-05-02"),
        "Risk and vulnerability assessment done": ("No", "Yes"),
        "Signatory": ("Bayramaly", "Tejen"),
        "Budget": ("1750.00 EUR", "1800.50 EUR"),
    }
    for field, (mine, theirs) in expected.items():
        assert f": mine {mine} (merjen, " in lines[field], lines[field]
        assert f"; theirs {theirs} (aylar, " in lines[field], lines[field]
    assert " Solar day - Budget" in lines["Budget"]
    from desktop_app.domain.models import EnergyDay

    with office.session("test") as s:  # typed as 1750, stored as 1750.00: still the office's
        assert s.get(EnergyDay, made["day"]).budget == Decimal("1750.00")
    for stored in ("accepted", "submitted", "true", "false", "1750 ", made["tejen"].hex[:8]):
        assert stored not in out  # the stored forms, which the inbox no longer shows
    code, out_ru, _err = cli(
        capsys, "--database", database_url, "--lang", "ru", "sync", "conflicts"
    )
    assert code == 0
    status_ru = next(line for line in out_ru.splitlines() if "Статус" in line)
    assert "Принят" in status_ru and "Подан" in status_ru and "accepted" not in status_ru
    # --take as the inbox shows it: an English label; then a Russian one; a wrong label is
    # refused, naming the field as the form calls it.
    status_id = lines["Status"].split()[0]
    code, _out, err = cli(
        capsys, "--database", database_url, "sync", "resolve", status_id, "--take", "Approved?"
    )
    assert code == 1 and "'Approved?' is not a value the field Status can hold" in err
    code, _out, err = cli(
        capsys, "--database", database_url, "sync", "resolve", status_id, "--take", "Подан"
    )
    assert code == 0, err
    flag_id = lines["Risk and vulnerability assessment done"].split()[0]
    code, _out, err = cli(
        capsys, "--database", database_url, "sync", "resolve", flag_id, "--take", "true"
    )
    assert code == 0, err
    with office.session("test") as s:
        plan = s.get(ActionPlan, made["plan"])
        assert plan is not None
        assert (plan.status.value, plan.risk_assessment_done) == ("submitted", True)


def test_the_same_link_added_on_two_laptops_arrives_once(
    office, database_url, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    """Two laptops each add Tejen as an organiser of the same Energy Day and as reached by
    the same activity, and fill the same inventory cell (with different figures). At the
    office each link arrives once (the copy in the Trash), the two figures are one
    conflict; after the packages go round, all three databases hold the same rows."""
    from desktop_app.domain.models import (
        EmissionInventoryCell,
        EnergyDayOrganiser,
        SupportActivitySignatory,
    )
    from desktop_app.services.sync import inbox

    mary, tejen = signatory(office, "Mary", "merjen"), signatory(office, "Tejen", "merjen")
    day = records.save(
        office,
        "energy_day",
        {
            "title": "Solar day",
            "start_date": date(2025, 5, 20),
            "organiser_ids": [mary],
            "lead_organiser_id": mary,
        },
        user="merjen",
        today=TODAY,
    ).id
    activity = records.save(
        office,
        "support_activity",
        {
            "title": "Audit training",
            "activity_type": "technical",
            "activity_date": date(2025, 4, 1),
            "signatory_ids": [mary],
        },
        user="merjen",
        today=TODAY,
    ).id
    inventory = records.save(
        office,
        "emission_inventory",
        {
            "signatory_id": tejen,
            "inventory_type": "baseline",
            "inventory_year": 2015,
            "cells": {"TRANSPORT/DIESEL": "900"},
        },
        user="merjen",
        today=TODAY,
    ).id
    laptops = {"aylar": tmp_path / "a.sqlite3", "ogul": tmp_path / "b.sqlite3"}
    for path in laptops.values():
        assert cli(capsys, "--database", database_url, "sync", "clone", str(path))[0] == 0
    outputs = []
    for user, path in laptops.items():
        lap = open_database(str(path))
        try:
            both = {"organiser_ids": [mary, tejen], "lead_organiser_id": mary}
            records.save(lap, "energy_day", both, id=day, user=user, today=TODAY)
            reached = {"signatory_ids": [mary, tejen]}
            records.save(lap, "support_activity", reached, id=activity, user=user, today=TODAY)
            gasoline = "1200" if user == "aylar" else "1250"
            cells = {"cells": {"TRANSPORT/DIESEL": "900", "TRANSPORT/GASOLINE": gasoline}}
            records.save(lap, "emission_inventory", cells, id=inventory, user=user, today=TODAY)
        finally:
            lap.dispose()
        pkg = tmp_path / f"{user}.cdsync"
        assert cli(capsys, "--database", str(path), "sync", "export", str(pkg))[0] == 0
        code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(pkg))
        assert code == 0, err
        outputs.append(out.strip().splitlines())
    # The first laptop's three new rows; the second's three arrive, meet their twins and
    # are kept once; the two gasoline figures differ: one conflict.
    assert outputs[0] == ["3 applied, 0 conflicts, 0 already seen"]
    assert outputs[1] == [
        "3 applied, 1 conflicts, 0 already seen",
        "Links entered on both sides, kept once: 3 (the copies are in the Trash).",
    ]
    assert records.load(office, "energy_day", day).values["organiser_ids"] == [mary, tejen]
    assert records.load(office, "support_activity", activity).values["signatory_ids"] == [
        mary,
        tejen,
    ]
    (conflict,) = inbox.open_conflicts(office, plain=True)
    assert conflict.table == "emission_inventory_cell"
    assert {conflict.mine.by, conflict.theirs.by} == {"aylar", "ogul"}
    assert {conflict.mine.text, conflict.theirs.text} == {"1200", "1250"}
    assert records.load(office, "emission_inventory", inventory).values["cells"][
        "TRANSPORT/GASOLINE"
    ] in (Decimal("1200"), Decimal("1250"))

    def rows(db) -> dict:  # noqa: ANN001
        with db.session("test") as s:
            return {
                model.__tablename__: sorted(
                    (r.id.hex, r.deleted_at is None) for r in s.scalars(select(model))
                )
                for model in (EnergyDayOrganiser, SupportActivitySignatory, EmissionInventoryCell)
            }

    at_office = rows(office)
    live = {t: [i for i, alive in found if alive] for t, found in at_office.items()}
    assert {t: len(ids) for t, ids in live.items()} == {
        "energy_day_organiser": 2,
        "support_activity_signatory": 2,
        "emission_inventory_cell": 2,
    }
    # The office's package to each laptop: both end with exactly the office's rows, the
    # conflict open on each; the office resolves it, and every database agrees.
    for path in laptops.values():
        pkg = tmp_path / f"back-{path.stem}.cdsync"
        ident = _identity(path)
        assert (
            cli(capsys, "--database", database_url, "sync", "export", str(pkg), "--for", ident)[0]
            == 0
        )
        code, out, err = cli(capsys, "--database", str(path), "sync", "import", str(pkg))
        assert code == 0, err
        assert "kept once" not in out  # the office's fold came with the package
        lap = open_database(str(path))
        try:
            assert rows(lap) == at_office
            assert [c.id for c in inbox.open_conflicts(lap)] == [conflict.id]
            # Saving the form again with the same organisers keeps the row kept: the copy
            # in the Trash is not brought back (a live row wins over a trashed twin).
            again = {"organiser_ids": [mary, tejen], "lead_organiser_id": tejen}
            records.save(lap, "energy_day", again, id=day, user="aylar", today=TODAY)
            records.save(lap, "support_activity", reached, id=activity, user="aylar")
            after = rows(lap)
            assert after == at_office
        finally:
            lap.dispose()
    code, _out, err = cli(
        capsys, "--database", database_url, "sync", "resolve", conflict.short, "--take", "1225"
    )
    assert code == 0, err
    for path in laptops.values():
        pkg = tmp_path / f"resolved-{path.stem}.cdsync"
        ident = _identity(path)
        assert (
            cli(capsys, "--database", database_url, "sync", "export", str(pkg), "--for", ident)[0]
            == 0
        )
        assert cli(capsys, "--database", str(path), "sync", "import", str(pkg))[0] == 0
        lap = open_database(str(path))
        try:
            cells = records.load(lap, "emission_inventory", inventory).values["cells"]
            assert cells["TRANSPORT/GASOLINE"] == Decimal("1225")
            assert inbox.open_conflicts(lap) == []
        finally:
            lap.dispose()
