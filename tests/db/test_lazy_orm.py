"""Opening a database and filling the first list run on SQLAlchemy Core; sessions still audit.

The ORM is imported when the first session is made (db/session.py), so these tests check
both halves: a fresh process opens, migrates-if-needed and lists without `sqlalchemy.orm`,
and a session made through Database always carries the audit hook.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.db.session import AppSession, connect
from desktop_app.domain.enums import AuditAction, Framework, SignatoryStatus
from desktop_app.domain.models import AuditEntry, Signatory
from desktop_app.services.database import open_database
from desktop_app.services.lists import LISTS, list_rows, row_id

ROOT = Path(__file__).resolve().parents[2]


def _add(db, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    with db.transaction("test") as s:
        for i, name in enumerate(names):
            s.add(
                Signatory(
                    name=name,
                    local_name=f"Город {i}",
                    country="GE",
                    region="Imereti",
                    population=1000 + i,
                    adhesion_date=date(2020, 1, 1 + i),
                    framework=Framework.F2030,
                    status=SignatoryStatus.ACTIVE,
                )
            )


def _run(code: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_open_and_first_page_import_no_orm(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    _add(db, ["Gori", "Batumi", "Zugdidi"])
    with db.transaction("test") as s:
        s.scalars(select(Signatory).where(Signatory.name == "Zugdidi")).one().deleted_at = (
            s.scalars(select(Signatory)).first().created_at  # type: ignore[union-attr]
        )
    db.dispose()
    code = (
        "import sys\n"
        "from desktop_app.services.database import open_database\n"
        "from desktop_app.services.lists import list_rows\n"
        f"db = open_database({str(path)!r})\n"
        "rows = list_rows(db, 'signatories', limit=200)\n"
        "print('NAMES', [r[1] for r in rows])\n"
        "print('LOADED', [m for m in ('sqlalchemy.orm', 'desktop_app.domain.models',"
        " 'desktop_app.db.audit', 'alembic') if m in sys.modules])\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert "NAMES ['Batumi', 'Gori']" in done.stdout
    assert "LOADED []" in done.stdout


def test_first_session_of_a_process_writes_the_audit_trail(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    open_database(str(path)).dispose()
    code = (
        "import sys\n"
        "from desktop_app.db.session import connect\n"
        f"db = connect({'sqlite:///' + str(path)!r})\n"
        "assert 'sqlalchemy.orm' not in sys.modules\n"
        "from desktop_app.domain.models import Signatory, AuditEntry\n"
        "with db.transaction('test') as s:\n"
        "    s.add(Signatory(name='Kutaisi', country='GE'))\n"
        "with db.session() as s:\n"
        "    print('TRAIL', [(e.action.value, e.origin) for e in s.query(AuditEntry)])\n"
    )
    done = _run(code)
    assert done.returncode == 0, done.stderr
    assert "TRAIL [('insert', 'test')]" in done.stdout


def test_sessions_of_every_database_share_one_audited_class(database, database_url) -> None:
    other = connect(database_url, create=False)
    try:
        assert isinstance(other.session(), AppSession)
        assert isinstance(database.session(), AppSession)
        _add(other, ["Telavi"])
        with database.session() as s:
            trail = s.scalars(select(AuditEntry)).all()
        assert [(e.action, e.origin) for e in trail] == [(AuditAction.INSERT, "test")]
    finally:
        other.dispose()


def test_signatories_list_reads_the_same_rows_as_the_model(database) -> None:
    _add(database, ["Poti", "Gori", "Batumi"])
    spec = LISTS["signatories"]
    columns = [getattr(Signatory, c.field) for c in spec.columns]
    with database.engine.connect() as conn:
        expected = conn.execute(
            select(Signatory.id, *columns).order_by(Signatory.name, Signatory.id)
        ).all()
    rows = list_rows(database, "signatories", limit=2)
    assert [r[1] for r in rows] == ["Batumi", "Gori"]
    full = list_rows(database, "signatories")
    assert [row_id(r[0]) for r in full] == [r[0] for r in expected]
    assert [r[1:3] for r in full] == [tuple(r[1:3]) for r in expected]
