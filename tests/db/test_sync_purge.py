"""A purge travels (issue 14): what an admin purges from the office's Trash is purged on
the laptops that import the office's package, and a laptop's later edits to it are not
applied, said in words. Through the CLI as the office runs it; office on both engines."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from desktop_app.domain.models import (
    ActionPlan,
    EnergyDay,
    EnergyDayOrganiser,
    Signatory,
    SyncConflict,
)
from desktop_app.services import records
from desktop_app.services.database import open_database
from tests.db.sync_support import cli
from tests.db.sync_support import identity as _identity

TODAY = date(2025, 6, 1)


def _town(db, name: str, user: str = "merjen") -> uuid.UUID:  # noqa: ANN001
    values = {"name": name, "country": "TM", "adhesion_date": date(2020, 3, 1)}
    return records.save(db, "signatory", values, user=user, today=TODAY).id


def _count(db, model, **where) -> int:  # noqa: ANN001
    with db.session("test") as s:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(s.scalar(query) or 0)


def test_trash_purge_refuses_what_is_live_or_still_used(database_url: str, capsys) -> None:  # noqa: ANN001
    db = open_database(database_url)
    try:
        mary = _town(db, "Mary")
        plan = records.save(
            db, "action_plan", {"signatory_id": mary, "plan_type": "secap", "title": "Green"}
        ).id
        code, _out, err = cli(capsys, "--database", database_url, "trash", "purge", mary.hex)
        assert code == 1 and "Signatory: Mary is not in the Trash" in err
        records.trash(db, "signatory", [mary])  # the plan goes to the Trash with its town
        code, out, _err = cli(capsys, "--database", database_url, "trash", "list")
        assert code == 0
        assert {line.split()[0] for line in out.splitlines()} == {mary.hex[:8], plan.hex[:8]}
        code, _out, err = cli(capsys, "--database", database_url, "trash", "purge", mary.hex)
        assert code == 1
        assert "Action plan: Green still points at Signatory: Mary: purge both together" in err
        assert _count(db, Signatory) == 1 and _count(db, ActionPlan) == 1
        code, out, err = cli(
            capsys, "--database", database_url, "trash", "purge", mary.hex[:8], plan.hex[:8]
        )
        assert code == 0, err
        assert "Purged: Signatory: Mary" in out and "Purged: Action plan: Green" in out
        assert _count(db, Signatory) == 0 and _count(db, ActionPlan) == 0
        code, out, _err = cli(capsys, "--database", database_url, "trash", "list")
        assert out.strip() == "The Trash is empty."
        code, _out, err = cli(capsys, "--database", database_url, "trash", "purge", "0000")
        assert code == 1 and "No record in the Trash has the ID '0000'" in err
    finally:
        db.dispose()


def test_a_purge_travels_and_later_edits_are_refused_in_words(
    database_url: str, tmp_path: Path, capsys
) -> None:  # noqa: ANN001
    """The office purges Tejen (in its Trash, with its organiser row); laptop A, not knowing
    yet, counted its population and entered a plan for it; laptop B did nothing. A's
    package: the office applies neither, and says so. The office's package: A and B purge
    Tejen too (A its plan with it: it cannot point at nothing), and nothing brings it back."""
    office = open_database(database_url)
    try:
        mary, tejen = _town(office, "Mary"), _town(office, "Tejen")
        day = records.save(
            office,
            "energy_day",
            {
                "title": "Solar day",
                "start_date": date(2025, 5, 20),
                "organiser_ids": [mary, tejen],
                "lead_organiser_id": mary,
            },
            user="merjen",
            today=TODAY,
        ).id
        laptops = {"a": tmp_path / "a.sqlite3", "b": tmp_path / "b.sqlite3"}
        for path in laptops.values():
            assert cli(capsys, "--database", database_url, "sync", "clone", str(path))[0] == 0
        # At the office: Tejen to the Trash, then purged by the admin.
        records.trash(office, "signatory", [tejen], user="merjen")
        code, out, err = cli(capsys, "--database", database_url, "trash", "purge", tejen.hex)
        assert code == 0, err
        assert out.splitlines() == [
            "Purged: Signatory: Tejen",
            "Records purged for good: 1; their links and grid cells, purged with them: 1.",
        ]
        # On laptop A meanwhile: Tejen's population, and a plan for Tejen.
        lap = open_database(str(laptops["a"]))
        try:
            records.save(lap, "signatory", {"population": 2750}, id=tejen, user="aylar")
            plan = records.save(
                lap,
                "action_plan",
                {"signatory_id": tejen, "plan_type": "secap", "title": "Tejen SECAP"},
                user="aylar",
            ).id
        finally:
            lap.dispose()
        pkg = tmp_path / "a-to-office.cdsync"
        assert cli(capsys, "--database", str(laptops["a"]), "sync", "export", str(pkg))[0] == 0
        code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(pkg))
        assert code == 0, err
        assert out.strip() == "0 applied, 0 conflicts, 0 already seen"
        assert err.strip() == (
            "Changes not applied because their records are purged (a purge is final): 2 "
            "(Action plan: Tejen SECAP; Signatory: Tejen)."
        )
        assert _count(office, Signatory, id=tejen) == 0
        assert _count(office, ActionPlan, id=plan) == 0
        # The office's package: each laptop purges Tejen and its organiser row, A also its
        # plan (which cannot point at nothing); B is told that plan will not come.
        expected = {"a": 3, "b": 2}
        told = {
            "a": "",
            "b": "Changes not applied because their records are purged (a purge is final): 1 "
            "(Action plan: Tejen SECAP).",
        }
        for name, path in laptops.items():
            back = tmp_path / f"office-to-{name}.cdsync"
            code, _out, err = cli(
                capsys,
                "--database",
                database_url,
                "sync",
                "export",
                str(back),
                "--for",
                _identity(path),
            )
            assert code == 0, err
            code, out, err = cli(capsys, "--database", str(path), "sync", "import", str(back))
            assert code == 0, err
            assert out.splitlines() == [
                "2 applied, 0 conflicts, 0 already seen",  # the two purges
                f"Records purged at another database, so purged here too: {expected[name]}.",
            ], out
            assert err.strip() == told[name]
            lap = open_database(str(path))
            try:
                assert _count(lap, Signatory, id=tejen) == 0
                assert _count(lap, ActionPlan) == 0
                assert _count(lap, EnergyDayOrganiser, signatory_id=tejen) == 0
                assert records.load(lap, "energy_day", day).values["organiser_ids"] == [mary]
                assert _count(lap, EnergyDay) == 1 and _count(lap, Signatory) == 1
                assert _count(lap, SyncConflict, resolved_at=None) == 0
            finally:
                lap.dispose()
            code, out, err = cli(capsys, "--database", str(path), "db", "check")
            assert code == 0 and "Integrity: ok" in out, (out, err)
        # Nothing brings it back: laptop A's next package holds nothing new for Tejen.
        again = tmp_path / "a-again.cdsync"
        assert cli(capsys, "--database", str(laptops["a"]), "sync", "export", str(again))[0] == 0
        code, out, err = cli(capsys, "--database", database_url, "sync", "import", str(again))
        assert code == 0 and "not applied" not in err, err
        assert _count(office, Signatory) == 1 and _count(office, ActionPlan) == 0
        code, out, err = cli(capsys, "--database", database_url, "db", "check")
        assert code == 0 and "Integrity: ok" in out, (out, err)
    finally:
        office.dispose()
