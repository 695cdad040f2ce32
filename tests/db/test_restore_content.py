"""A restore checks every row of the backup before anything is written; forged trails refused.

Each backup is damaged with plain sqlite3, as a careless tool or a hostile user would; the
restore must exit 2 naming the table and the record, and leave the database as it was
(counted with plain SQL). Before restore_validation these restored, or crashed with a
traceback (issue 12, items 5 and 6).
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.__main__ import main
from desktop_app.domain.enums import PlanType
from desktop_app.domain.models import ActionPlan, FinancialSupport, Signatory
from desktop_app.services.backup import create_backup


def _seed(db) -> dict[str, uuid.UUID]:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:
        a = Signatory(name="Ashgabat", country="TM", adhesion_date=date(2020, 1, 1))
        b = Signatory(name="Mary", country="TM", adhesion_date=date(2021, 1, 1))
        s.add_all([a, b])
        s.flush()
        p = ActionPlan(
            signatory_id=b.id, plan_type=PlanType.SECAP, submission_date=date(2022, 1, 1)
        )
        s.add(p)
        s.flush()
        return {"a": a.id, "b": b.id, "plan": p.id}


def _state(db) -> tuple[list, int]:  # noqa: ANN001
    with db.engine.connect() as c:
        names = sorted(c.execute(text("SELECT name FROM signatory")).scalars())
        audit = c.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    return names, int(audit or 0)


@pytest.fixture
def office(database, tmp_path: Path):  # noqa: ANN001
    """A database with records and a backup of it taken; then one more record."""
    ids = _seed(database)
    backup = create_backup(database, tmp_path / "saved.sqlite3").path
    with database.transaction("test", user="clerk") as s:
        s.add(Signatory(name="Later", country="TM", adhesion_date=date(2023, 1, 1)))
    return database, backup, ids


def _damage(path: Path, *sql: str, params: tuple = ()) -> None:
    con = sqlite3.connect(path)  # foreign keys off, as in any sqlite3 session
    for statement in sql:
        con.execute(statement, params if "?" in statement else ())
    con.commit()
    con.close()


def _downgrade(path: Path, revision: str) -> None:
    """Take a backup file down to an older schema revision through the migrations."""
    from alembic import command

    from desktop_app.db import migrate
    from desktop_app.services.database import open_database

    old = open_database(str(path), migrate_schema=False)
    try:
        cfg = migrate.alembic_config(old)
        with old.engine.connect() as conn:  # not begun: see docs/migrations.md, foreign keys
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
    finally:
        old.dispose()


def _restore_refused(db, backup: Path, capsys, *expected: str) -> str:  # noqa: ANN001
    before = _state(db)
    code = main(["--database", db.url, "restore", str(backup)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    for part in expected:
        assert part in err, err
    assert _state(db) == before  # nothing written
    return err


def test_text_in_an_integer_column_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, ids = office
    _damage(backup, "UPDATE signatory SET population = 'many' WHERE id = ?", params=(ids["a"].hex,))
    _restore_refused(db, backup, capsys, "signatory record " + ids["a"].hex, "population", "many")


def test_bad_date_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, ids = office
    _damage(backup, "UPDATE signatory SET adhesion_date = '2024-02-30' WHERE id = ?",
            params=(ids["b"].hex,))  # fmt: skip
    _restore_refused(db, backup, capsys, ids["b"].hex, "adhesion_date", "2024-02-30")


def test_broken_link_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, ids = office
    ghost = uuid.uuid4().hex
    _damage(backup, "UPDATE action_plan SET signatory_id = ? WHERE id = ?",
            params=(ghost, ids["plan"].hex))  # fmt: skip
    _restore_refused(db, backup, capsys, "action_plan record " + ids["plan"].hex, ghost)


def test_unknown_code_and_huge_money_are_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, ids = office
    fid = uuid.uuid4().hex
    _damage(
        backup,
        "UPDATE signatory SET status = 'emperor' WHERE id = ?",
        params=(ids["a"].hex,),
    )
    con = sqlite3.connect(backup)
    con.execute(
        "INSERT INTO financial_support (id, signatory_id, instrument, source, funder_name,"
        " purpose, amount, currency, status, notes, created_at, updated_at, updated_by,"
        " version) SELECT ?, id, 'grant', 'eu', 'F', 'P', 1e26, 'EUR', 'granted', '',"
        " created_at, updated_at, 'x', 1 FROM signatory WHERE id = ?",
        (fid, ids["b"].hex),
    )
    con.commit()
    con.close()
    assert FinancialSupport.__tablename__ == "financial_support"
    _restore_refused(db, backup, capsys, "emperor", "financial_support record " + fid, "amount")


def test_missing_table_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, _ = office
    _damage(backup, "DROP TABLE energy_day")
    _restore_refused(db, backup, capsys, "energy_day", "table is missing")


def test_foreign_alembic_version_is_not_a_backup(office, capsys) -> None:  # noqa: ANN001
    db, backup, _ = office
    _damage(backup, "UPDATE alembic_version SET version_num = 'ae1027a6acf'")
    err = _restore_refused(db, backup, capsys, "is not a Coordinator Desk backup")
    assert "newer version" not in err


def test_forged_audit_entry_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, ids = office
    forged = uuid.uuid4().hex
    _damage(
        backup,
        "INSERT INTO audit_entry (id, changed_at, changed_by, action, table_name, record_id,"
        " field, old_value, new_value, origin) VALUES (?, '2020-01-01 00:00:00.000000',"
        " 'director', 'delete', 'signatory', ?, '', NULL, NULL, 'gui')",
        params=(forged, ids["a"].hex),
    )
    _restore_refused(db, backup, capsys, "audit_entry record " + forged, "audit trail broken")


def test_edited_audit_entry_is_refused(office, capsys) -> None:  # noqa: ANN001
    db, backup, _ = office
    _damage(backup, "UPDATE audit_entry SET changed_by = 'someone else' WHERE seq = 1")
    _restore_refused(db, backup, capsys, "audit_entry record", "#1", "changed after")


def test_clean_backup_restores_and_the_chain_holds(office, capsys) -> None:  # noqa: ANN001
    db, backup, _ = office
    assert main(["--database", db.url, "restore", str(backup)]) == 0, capsys.readouterr().err
    names, _ = _state(db)
    assert names == ["Ashgabat", "Mary"]
    capsys.readouterr()
    assert main(["--database", db.url, "db", "check"]) == 0
    assert "Integrity: ok" in capsys.readouterr().out


def test_trail_of_a_backup_from_before_the_chain_is_not_imported(database, tmp_path, capsys):  # noqa: ANN001
    """A schema-0005 backup cannot prove its trail: its records come back, its entries don't."""
    ids = _seed(database)
    backup = create_backup(database, tmp_path / "old.sqlite3").path
    _downgrade(backup, "0005")  # a real schema-0005 file, whatever migrations come later
    forged = uuid.uuid4().hex
    _damage(
        backup,
        "INSERT INTO audit_entry (id, changed_at, changed_by, action, table_name, record_id,"
        " field, old_value, new_value, origin) VALUES ('" + forged + "',"
        " '2020-01-01 00:00:00.000000', 'director', 'delete', 'signatory', ?, '', NULL,"
        " NULL, 'gui')",
        params=(ids["a"].hex,),
    )
    with database.engine.begin() as c:  # this database's own trail is kept as it is
        mine = c.execute(text("SELECT count(*) FROM audit_entry")).scalar()
    assert main(["--database", database.url, "restore", str(backup)]) == 0, capsys.readouterr()
    with database.engine.connect() as c:
        ids_now = {
            (v.hex if isinstance(v, uuid.UUID) else uuid.UUID(str(v)).hex)
            for v in c.execute(text("SELECT id FROM audit_entry")).scalars()
        }
    assert forged not in ids_now and len(ids_now) >= int(mine or 0)
    capsys.readouterr()
    assert main(["--database", database.url, "db", "check"]) == 0, capsys.readouterr().out


def test_recovery_of_a_damaged_file_checks_the_backups_content(tmp_path, capsys) -> None:  # noqa: ANN001
    """The damaged-database path (file replaced by the backup) checks rows the same way."""
    import os

    from desktop_app.services.database import open_database

    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    ids = _seed(db)
    saved = create_backup(db, tmp_path / "saved.sqlite3").path
    with db.transaction("test", user="clerk") as s:
        for i in range(400):
            s.add(Signatory(name=f"Town {i}", country="TM", adhesion_date=date(2020, 1, 1)))
    db.dispose()
    _damage(saved, "UPDATE signatory SET population = 'many' WHERE id = ?", params=(ids["a"].hex,))
    size = path.stat().st_size
    with path.open("r+b") as fh:  # a failing disk: pages past the header overwritten
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset + 100)
            fh.write(os.urandom(600))
    damaged = path.read_bytes()
    assert main(["--database", str(path), "db", "info"]) == 2  # the recovery path, then
    assert "damaged" in capsys.readouterr().err
    assert main(["--database", str(path), "restore", str(saved)]) == 2
    err = capsys.readouterr().err
    assert "signatory record " + ids["a"].hex in err and "population" in err
    assert path.read_bytes() == damaged  # not moved aside, not replaced
    assert not list(tmp_path.glob("office.sqlite3.corrupt-*"))
    assert not list(tmp_path.glob("*.recovering"))
