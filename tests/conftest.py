"""Shared fixtures: databases on both engines, and a Qt-free temporary data folder.

`database` is parametrized over SQLite and the real PostgreSQL server at 127.0.0.1:5432;
each PostgreSQL test gets a fresh schema in a database made for this run. Under CI=true a
missing server fails the run instead of skipping.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_ADMIN_URL = os.environ.get(
    "COORDINATOR_DESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"
)


SLOW = "slow"
"""Marker of the few tests sized as the issues state them (the round trip at 2,000 demo
signatories): CI runs them (CI=true, .ci/run), a plain local `pytest` leaves them out;
`RUN_SLOW=1` or `-m slow` runs them locally."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{SLOW}: sized as the issue states it; CI runs it")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from tests.ci import in_ci

    if in_ci() or os.environ.get("RUN_SLOW") or config.getoption("markexpr", ""):
        return
    slow = [item for item in items if item.get_closest_marker(SLOW) is not None]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if item.get_closest_marker(SLOW) is None]


@pytest.fixture(scope="session", autouse=True)
def _one_qapplication(qapp):  # type: ignore[no-untyped-def]
    """One QApplication for the whole run, made first.

    The CLI reuses an existing application instance; if a CLI test made a QCoreApplication
    first, no widget test could run after it in the same process.
    """
    return qapp


class UnexpectedDialog(AssertionError):
    """A modal dialog opened that the test did not expect (and would wait for forever)."""


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    """Turn a modal dialog nobody answers into a failure instead of a hung test run.

    Tests that expect a dialog monkeypatch the specific call themselves (after this
    fixture, so theirs wins).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def _refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise UnexpectedDialog(f"unexpected modal dialog: {name}")

        return _refuse

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))
    original_exec = QDialog.exec

    def bounded_exec(self):  # type: ignore[no-untyped-def]
        """Progress dialogs close themselves; one still open after 60 s is a stuck test."""
        gave_up: list[bool] = []
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: (gave_up.append(True), self.reject()))
        timer.start(60_000)
        result = original_exec(self)
        timer.stop()
        if gave_up:
            raise UnexpectedDialog(f"modal dialog never closed: {type(self).__name__}")
        return result

    monkeypatch.setattr(QDialog, "exec", bounded_exec)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    for name in ("getText", "getItem", "getInt"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}"))


@pytest.fixture(autouse=True)
def _no_key_held_down_from_an_earlier_test():  # type: ignore[no-untyped-def]
    """Each test starts with no modifier key held. QTest's Shift+Tab (and every click with
    a modifier) releases Shift with an event that still says Shift, and Qt takes the
    application's modifier state from the last key event: Shift stayed "held" for every
    later test, so `view.selectRow(0)` extended a selection from no anchor and selected
    nothing (Del on the selected signatory then asked nothing: the loaded clean-clone CI
    runs, tests/qt/test_trash_says_what_moves.py). A real keyboard reports the release."""
    import sys

    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication, QWidget

        if QApplication.instance() is not None and (
            QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier
        ):
            target = QWidget()
            for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
                QTest.keyRelease(target, key, Qt.KeyboardModifier.NoModifier)
            target.deleteLater()
            assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    yield


@pytest.fixture(autouse=True)
def _no_job_outlives_its_test():  # type: ignore[no-untyped-def]
    """A background job a test started reports before the next test begins: its late
    result (a list reload, "changes applied") would reach the next test's pages. Bounded
    at 10 s; costs nothing when no Qt operation ran."""
    yield
    import sys

    operations = sys.modules.get("desktop_app.ui.operations")
    manager = getattr(operations, "_manager", None) if operations is not None else None
    if manager is not None:
        manager.wait_idle(10_000)


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Keep tests away from the user's real data folder and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("COORDINATOR_DESK_DATABASE", raising=False)


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
        return str(exc)


@pytest.fixture(scope="session")
def pg_database_url() -> Iterator[str]:
    """A database created for this test run on the real server, dropped afterwards."""
    problem = _pg_available()
    if problem:
        from tests.ci import in_ci

        if in_ci():
            pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required under CI: {problem}")
        pytest.skip(f"PostgreSQL not reachable: {problem}")
    import psycopg

    name = f"cdesk_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _ = PG_ADMIN_URL.rsplit("/", 1)
    yield f"{base}/{name}".replace("postgresql://", "postgresql+psycopg://", 1)
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def fresh_pg_schema_url(pg_database_url: str) -> str:
    """A new empty schema in the run's database, selected through search_path."""
    import psycopg

    schema = f"s_{uuid.uuid4().hex[:12]}"
    plain = pg_database_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    return f"{pg_database_url}?options=-csearch_path%3D{schema}"


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database (no tables yet) on each engine."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'office.sqlite3'}"
    return fresh_pg_schema_url(request.getfixturevalue("pg_database_url"))


@pytest.fixture
def database(database_url: str):
    """An open Database at the current schema, on each engine."""
    from desktop_app.services.database import open_database

    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(tmp_path: Path):
    """An open SQLite Database at the current schema (for file-level behaviour)."""
    from desktop_app.services.database import open_database

    db = open_database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    yield db
    db.dispose()
