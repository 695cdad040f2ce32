"""`db check` checks the same things on both engines and names each problem's table and record.

Damage is done with plain SQL, as a careless tool or a hostile user would; the check must
name exactly what was damaged. Before services.integrity, PostgreSQL's check was `SELECT 1`
("Integrity: ok" whatever the content) and SQLite's missed wrong codes, ranges and orphans.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import psycopg
from sqlalchemy import text

from desktop_app.__main__ import main
from desktop_app.domain.enums import PlanType
from desktop_app.domain.models import ActionPlan, Signatory
from desktop_app.services.integrity import check_database


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


def _key(db, value: uuid.UUID) -> str:  # noqa: ANN001
    return value.hex if db.is_sqlite else str(value)


def _messages(db) -> list[str]:  # noqa: ANN001
    with db.engine.connect() as conn:
        return [p.message() for p in check_database(conn).problems]


def test_healthy_database_is_ok_and_cli_says_so(database, capsys) -> None:  # noqa: ANN001
    _seed(database)
    assert _messages(database) == []
    assert main(["--database", database.url, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity: ok" in out
    if not database.is_sqlite:  # the server's own checks ran (postgres is superuser here)
        assert "amcheck" in out and "indexes checked" in out


def test_wrong_code_and_orphan_are_named_on_both_engines(database, capsys) -> None:  # noqa: ANN001
    ids = _seed(database)
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE signatory SET status = 'bogus' WHERE id = :id"),
            {"id": _key(database, ids["a"])},
        )
        conn.execute(  # the plan's signatory goes to the Trash, the plan stays live
            text("UPDATE signatory SET deleted_at = :now WHERE id = :id"),
            {"now": datetime.now(UTC), "id": _key(database, ids["b"])},
        )
    found = _messages(database)
    assert any(
        m.startswith(f"signatory record {_key(database, ids['a'])}, column status")
        and "'bogus'" in m
        for m in found
    ), found
    assert any(
        m.startswith(f"action_plan record {_key(database, ids['plan'])}, column signatory_id")
        and "Trash" in m
        for m in found
    ), found
    assert main(["--database", database.url, "db", "check"]) == 2
    out = capsys.readouterr().out
    assert "Integrity check failed" in out and "bogus" in out


def test_broken_link_is_named_on_both_engines(database) -> None:  # noqa: ANN001
    ids = _seed(database)
    ghost = uuid.uuid4()
    update = "UPDATE action_plan SET signatory_id = :g WHERE id = :id"
    params = {"g": _key(database, ghost), "id": _key(database, ids["plan"])}
    if database.is_sqlite:  # a plain sqlite3 session: foreign keys are off by default
        import sqlite3

        con = sqlite3.connect(database.path)
        con.execute(update.replace(":g", "?").replace(":id", "?"), (params["g"], params["id"]))
        con.commit()
        con.close()
    else:
        with database.engine.begin() as conn:  # what a tool run with triggers off leaves
            conn.execute(text("SET session_replication_role = replica"))
            conn.execute(text(update), params)
    found = _messages(database)
    assert any(
        m.startswith(f"action_plan record {_key(database, ids['plan'])}, column signatory_id")
        and _key(database, ghost) in m
        and "does not exist" in m
        for m in found
    ), found


def test_broken_audit_chain_fails_db_check(database, capsys) -> None:  # noqa: ANN001
    _seed(database)
    with database.engine.begin() as conn:
        victim = conn.execute(text("SELECT id FROM audit_entry WHERE seq = 2")).scalar()
        conn.execute(text("UPDATE audit_entry SET new_value = '{}' WHERE seq = 2"))
    assert main(["--database", database.url, "db", "check"]) == 2
    out = capsys.readouterr().out
    shown = victim.hex if isinstance(victim, uuid.UUID) else str(victim)
    assert f"audit_entry record {shown}" in out and "#2" in out


def test_sqlite_types_dates_and_ranges(sqlite_database) -> None:  # noqa: ANN001
    ids = _seed(sqlite_database)
    with sqlite_database.engine.begin() as conn:
        conn.execute(
            text("UPDATE signatory SET population = 'many', adhesion_date = '2024-02-30'"
                 " WHERE id = :id"),
            {"id": ids["a"].hex},
        )  # fmt: skip
        conn.execute(
            text("UPDATE signatory SET population = 99999999999 WHERE id = :id"),
            {"id": ids["b"].hex},
        )
    found = _messages(sqlite_database)
    a, b = ids["a"].hex, ids["b"].hex
    assert f"signatory record {a}, column population: value of the wrong type ('many')" in found
    assert f"signatory record {a}, column adhesion_date: not a valid date ('2024-02-30')" in found
    assert (
        f"signatory record {b}, column population: number outside the column's range "
        "(99999999999)" in found
    )


def test_amcheck_without_rights_is_said_skipped_not_a_problem(database_url: str) -> None:
    if database_url.startswith("sqlite"):
        return  # SQLite has no amcheck; its integrity_check is covered above
    from sqlalchemy.engine import make_url

    from desktop_app.services.database import open_database

    db = open_database(database_url)
    db.dispose()
    url = make_url(database_url)
    schema = url.query["options"].split("=", 1)[1]
    role = f"h5_plain_{uuid.uuid4().hex[:8]}"
    admin = url.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE ROLE "{role}" LOGIN')
        conn.execute(f'GRANT USAGE ON SCHEMA "{schema}" TO "{role}"')
        conn.execute(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema}" TO "{role}"')
    try:
        from desktop_app.db.session import connect

        plain = connect(url.set(username=role).render_as_string(hide_password=False))
        try:
            with plain.engine.connect() as conn:
                report = check_database(conn)
        finally:
            plain.dispose()
        (note,) = [n for n in report.notes if "amcheck" in n]
        assert note.startswith("PostgreSQL's own index checks (amcheck) were skipped")
        assert f"the role {role} may not install the amcheck extension" in note, note
        assert "permission denied" not in note
        assert report.ok, [p.message() for p in report.problems]
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
            conn.execute(f'DROP ROLE "{role}"')


def test_domain_minimums_name_real_columns() -> None:
    from desktop_app.domain.models import Base
    from desktop_app.services.integrity import DOMAIN_MINIMUMS

    for table, column in DOMAIN_MINIMUMS:
        assert column in Base.metadata.tables[table].c, (table, column)


def test_negative_and_zero_values_the_rules_refuse_are_named(database) -> None:  # noqa: ANN001
    ids = _seed(database)
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE signatory SET population = 0 WHERE id = :id"),
            {"id": _key(database, ids["a"])},
        )
        conn.execute(
            text("UPDATE signatory SET population = -5 WHERE id = :id"),
            {"id": _key(database, ids["b"])},
        )
    found = _messages(database)
    a, b = _key(database, ids["a"]), _key(database, ids["b"])
    assert f"signatory record {a}, column population: must be greater than zero (0)" in found
    assert f"signatory record {b}, column population: must be greater than zero (-5)" in found
