"""Batch migrations and foreign keys: recreating a table other rows refer to keeps them.

SQLite alters a table by copy-and-move (Alembic's batch mode): new table, copy, drop the
old one, rename. Dropping `signatory` while plans refer to it fails with foreign keys on,
so env.py runs migrations with them off and checks every reference before committing. A
scratch migration after the real head is put beside the real chain (never into it) and run
the way desktop_app.db.migrate runs the chain.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop_app.db import migrate
from desktop_app.db.schema_version import HEAD
from desktop_app.db.session import Database

SCRATCH = """
import sqlalchemy as sa
from alembic import op

revision = "{revision}"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
{upgrade}


def downgrade():
{downgrade}
"""

NOTE_UP = """    with op.batch_alter_table("signatory") as batch_op:
        batch_op.add_column(sa.Column("scratch_note", sa.String(20), nullable=True))"""
NOTE_DOWN = """    with op.batch_alter_table("signatory") as batch_op:
        batch_op.drop_column("scratch_note")"""


def _scratch_chain(tmp_path: Path, *migrations: tuple[str, str, str]) -> Path:
    folder = tmp_path / "scratch_versions"
    folder.mkdir()
    down = HEAD
    for revision, up, downgrade in migrations:
        (folder / f"{revision}_scratch.py").write_text(
            SCRATCH.format(revision=revision, down=down, upgrade=up, downgrade=downgrade),
            encoding="utf-8",
        )
        down = revision
    return folder


def _run(db: Database, folder: Path, action: str, target: str) -> None:
    """As migrate.upgrade does: a connection that has not begun a transaction."""
    from alembic import command

    cfg = migrate.alembic_config(db)
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", f"{migrate.MIGRATIONS_DIR / 'versions'}:{folder}")
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, target)


def _signatory_with_a_plan(db: Database) -> tuple[str, str]:
    """Made through the ORM; read back below in plain SQL, as the tables hold them."""
    from desktop_app.domain.enums import Framework, PlanType, SignatoryStatus
    from desktop_app.domain.models import ActionPlan, Signatory

    with db.transaction("test") as s:
        sig = Signatory(
            name="Gori",
            country="GE",
            adhesion_date=date(2021, 3, 1),
            framework=Framework.F2030,
            status=SignatoryStatus.ACTIVE,
        )
        s.add(sig)
        s.flush()
        plan = ActionPlan(signatory_id=sig.id, plan_type=list(PlanType)[0], title="SECAP")
        s.add(plan)
        s.flush()
        ids = (sig.id, plan.id)
    key = (lambda u: u.hex) if db.is_sqlite else str  # SQLite keeps UUIDs as CHAR(32)
    return key(ids[0]), key(ids[1])


def _revision(db: Database) -> str:
    with db.engine.connect() as conn:
        return str(conn.execute(text("SELECT version_num FROM alembic_version")).scalar())


def test_dropping_a_column_of_a_referenced_table_keeps_the_rows_that_refer_to_it(
    database: Database, tmp_path: Path
) -> None:
    folder = _scratch_chain(tmp_path, ("9001", NOTE_UP, NOTE_DOWN))
    sig, plan = _signatory_with_a_plan(database)

    _run(database, folder, "upgrade", "9001")
    assert "scratch_note" in {c["name"] for c in inspect(database.engine).get_columns("signatory")}
    _run(database, folder, "downgrade", HEAD)  # drop_column: SQLite recreates `signatory`

    assert _revision(database) == HEAD
    assert "scratch_note" not in {
        c["name"] for c in inspect(database.engine).get_columns("signatory")
    }
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, signatory_id FROM action_plan")).all()
        assert [(str(a), str(b)) for a, b in rows] == [(plan, sig)]
        assert conn.execute(text("SELECT name FROM signatory")).scalars().all() == ["Gori"]
        if database.is_sqlite:
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    if database.is_sqlite:  # and the checks are back on for the next user of the pool
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        with pytest.raises(Exception, match="FOREIGN KEY"):
            with database.engine.begin() as conn:
                conn.exec_driver_sql(f"DELETE FROM signatory WHERE id = '{sig}'")


DANGLE_UP = """    op.execute("DELETE FROM signatory")"""


def test_a_migration_that_leaves_a_dangling_reference_is_rolled_back_whole(
    database: Database, tmp_path: Path
) -> None:
    folder = _scratch_chain(tmp_path, ("9001", NOTE_UP, NOTE_DOWN), ("9002", DANGLE_UP, "    pass"))
    _signatory_with_a_plan(database)

    with pytest.raises(Exception, match="(?i)foreign key|refer to missing rows"):
        _run(database, folder, "upgrade", "9002")

    assert _revision(database) == HEAD  # 9001 went too: one transaction for the run
    assert "scratch_note" not in {
        c["name"] for c in inspect(database.engine).get_columns("signatory")
    }
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM signatory")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM action_plan")).scalar() == 1
