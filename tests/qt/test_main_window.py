"""The main window shell, driven by keyboard and mouse (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop_app import i18n
from desktop_app.domain.enums import Framework, SignatoryStatus
from desktop_app.domain.models import Signatory
from desktop_app.services.database import open_database
from desktop_app.ui import settings as opts
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.models.signatory_table import (
    COL_COUNTRY,
    COL_NAME,
    COL_POPULATION,
    COL_STATUS,
    SignatoryTableModel,
)
from desktop_app.ui.pages.placeholder import PlaceholderPage
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def add_signatories(db, names, country: str = "GE") -> None:
    with db.transaction("test") as s:
        for i, name in enumerate(names):
            s.add(
                Signatory(
                    name=name,
                    local_name=f"Город {i}",
                    country=country,
                    region="Imereti",
                    population=5000 + i,
                    adhesion_date=date(2021, 3, 1),
                    framework=Framework.F2030,
                    status=SignatoryStatus.ACTIVE,
                )
            )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def window(qtbot, sqlite_database, settings):
    win = MainWindow(settings, sqlite_database)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_opens_on_the_dashboard_with_every_section(window) -> None:
    nav = window.navigation
    assert nav.count() == len(SECTIONS) == 12
    assert [nav.item(i).text() for i in range(4)] == [
        "Getting started",
        "Dashboard",
        "Coordinator profile",
        "Signatories",
    ]
    assert window.current_section() == "dashboard"
    assert window.stack.currentWidget() is window.page("dashboard")
    assert str(window.db.path) in window.location_label.full_text()
    assert set(window.menus) == {"file", "edit", "view", "tools", "help"}


def test_sections_not_built_yet_show_a_placeholder(window, monkeypatch) -> None:
    """Every section has its page today, so the placeholder is checked through a section
    given no page (the old loop over sections without a page never ran)."""
    from dataclasses import replace

    from desktop_app.ui import main_window as mw

    assert [sec.id for sec in SECTIONS if sec.page is None] == []
    for sec in SECTIONS:
        page = window.show_section(sec.id)
        assert page is not None and not isinstance(page, PlaceholderPage), sec.id
    blank = replace(SECTIONS[-1], page=None)
    monkeypatch.setattr(mw, "SECTIONS", (*SECTIONS[:-1], blank))
    window.pages.pop(blank.id, None)
    page = window.show_section(blank.id)
    assert isinstance(page, PlaceholderPage)
    assert "not available" in page.message.text()
    assert window.stack.currentWidget() is page


def test_keyboard_moves_between_sections(qtbot, window) -> None:
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_section() == "coordinator"
    qtbot.keyClick(window.navigation, Qt.Key.Key_End)
    assert window.current_section() == "trash"
    assert window.stack.currentWidget() is window.page("trash")
    window.section_actions["signatories"].trigger()  # View menu, Ctrl+4
    assert window.current_section() == "signatories"
    assert window.section_actions["signatories"].shortcut().toString() == "Ctrl+4"
    assert window.section_actions["signatories"].isChecked()
    assert not window.section_actions["trash"].isChecked()


def test_mouse_click_opens_a_section(qtbot, window) -> None:
    nav = window.navigation
    rect = nav.visualItemRect(nav.item(7))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_section() == "finance"
    assert window.stack.currentWidget().objectName() == "page_finance"


def all_text(model) -> list[str]:
    return [
        str(model.index(r, c).data() or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]


def wait_loaded(qtbot, page) -> None:
    """Pages fill their first screenful at once and may fetch the rest in the background."""
    if getattr(page, "loading", False):
        with qtbot.waitSignal(page.loaded, timeout=10_000):
            pass


def test_signatories_list_fills(qtbot, window, sqlite_database) -> None:
    add_signatories(sqlite_database, ["Kutaisi", "Batumi", "Zugdidi"])
    page = window.show_section("signatories")
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 3
    text = all_text(page.model)
    assert {"Kutaisi", "Batumi", "Zugdidi", "Georgia"} <= set(text)
    assert "3" in page.count_label.text()


def test_a_long_list_arrives_in_the_background(qtbot, window, sqlite_database) -> None:
    add_signatories(sqlite_database, [f"Town {i:04d}" for i in range(257)])
    page = window.show_section("signatories")
    wait_loaded(qtbot, page)
    assert page.model.rowCount() == 257
    assert not page.loading


def test_clicking_a_header_sorts(qtbot, window, sqlite_database) -> None:
    add_signatories(sqlite_database, ["Alpha", "Beta", "Gamma"])
    page = window.show_section("signatories")
    wait_loaded(qtbot, page)
    header = page.view.horizontalHeader()
    column = header.logicalIndexAt(5)
    model = page.model

    def first_column() -> list[str]:
        return [str(model.index(r, column).data()) for r in range(model.rowCount())]

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    once = first_column()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    twice = first_column()
    assert once != twice and twice == list(reversed(once))
    assert sorted(once) in (once, twice)


def test_preferences_saves_the_language(qtbot, window, settings, monkeypatch) -> None:
    from desktop_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.language
    combo.setFocus()
    # Keyboard: the list is System, English, Русский, Türkmençe.
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "ru"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
    assert Settings(settings.file_name).get(opts.LANGUAGE) == "ru"
    reopened = PreferencesDialog(settings, window)
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "ru"


def test_geometry_and_splitter_are_restored(qtbot, sqlite_database, settings) -> None:
    first = MainWindow(settings, sqlite_database)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(640, 480)
    first.splitter.setSizes([300, 600])
    sizes = first.splitter.sizes()
    first.close()

    second = MainWindow(settings, sqlite_database)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.width(), second.height()) == (640, 480)
    assert second.splitter.sizes() == sizes


def test_about_names_version_and_database(window) -> None:
    from desktop_app import __version__
    from desktop_app.ui.dialogs.about import about_text

    text = about_text(str(window.db.path))
    assert __version__ in text and str(window.db.path) in text and "PySide6" in text


def test_open_database_switches_and_refusal_keeps_the_old_one(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    other_path = tmp_path / "other.sqlite3"
    other = open_database(str(other_path))
    add_signatories(other, ["Gyumri"], country="AM")
    other.dispose()
    window.show_section("signatories")
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getOpenFileName",
        lambda *a, **k: (str(other_path), ""),
    )
    window.open_action.trigger()
    assert window.db.path == other_path.resolve()
    assert str(other_path.resolve()) in window.location_label.full_text()
    assert "Gyumri" in all_text(window.page("signatories").model)

    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"shopping list\n" * 10)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    assert window.open_database(str(junk)) is False
    assert shown and str(junk.resolve()) in shown[0]
    assert window.db.path == other_path.resolve()
    assert junk.read_bytes() == b"shopping list\n" * 10


@pytest.fixture
def gui_env(tmp_path, monkeypatch):
    """run_gui in this process: its own settings file, hooks and language put back after."""
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(tmp_path / "gui.ini"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    yield
    i18n.install("en")


@pytest.mark.parametrize("kind", ["not_a_database", "newer_schema"])
def test_unusable_database_shows_a_dialog_and_exits_2(qapp, gui_env, tmp_path, monkeypatch, kind):
    import sqlite3

    from desktop_app.ui.app import run_gui

    path = tmp_path / "office.sqlite3"
    if kind == "not_a_database":
        path.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database" * 50)
    else:
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        con.execute("INSERT INTO alembic_version VALUES ('9999_from_the_future')")
        con.commit()
        con.close()
    before = path.read_bytes()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _p, title, text, *a: shown.append((title, text))
    )

    assert run_gui(["--database", str(path), "--lang", "en"]) == 2

    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Cannot open the database"
    assert str(path) in text
    if kind == "newer_schema":
        assert "newer version" in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("office")) == [
        "office.sqlite3"
    ]


def test_unusable_database_message_is_translated(qapp, gui_env, tmp_path, monkeypatch) -> None:
    from desktop_app.ui.app import run_gui

    path = tmp_path / "office.sqlite3"
    path.write_bytes(b"not sqlite at all" * 10)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, _text, *a: shown.append(title))
    assert run_gui(["--database", str(path), "--lang", "ru"]) == 2
    assert shown == ["Не удаётся открыть базу данных"]


def test_crash_handler_logs_and_shows_a_dialog(qapp, monkeypatch) -> None:
    from desktop_app.ui import crash

    shown: list[str] = []
    logged: list[str] = []
    monkeypatch.setattr(crash, "show_crash_dialog", lambda details: shown.append(details))
    monkeypatch.setattr(crash.log, "error", lambda _msg, details: logged.append(details))
    monkeypatch.setattr(crash, "errors", [])
    monkeypatch.setattr(crash, "_interactive", True)
    try:
        raise ValueError("boom in a slot")
    except ValueError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert "boom in a slot" in shown[0] and "ValueError" in logged[0]

    monkeypatch.setattr(crash, "_interactive", False)  # headless: log, never block on a dialog
    crash.report("second failure")
    assert len(shown) == 1 and logged[-1] == "second failure"
    assert crash.errors == [shown[0], "second failure"]


def test_background_job_failure_reaches_the_crash_handler(qtbot, monkeypatch) -> None:
    from desktop_app.ui import crash
    from desktop_app.ui.operations import tasks

    reported: list[str] = []
    monkeypatch.setattr(crash, "report", lambda details: reported.append(details))

    def failing() -> None:
        raise RuntimeError("worker broke")

    job = tasks().run(failing, lambda _r: None)
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert "worker broke" in reported[0]
    results: list[int] = []
    job = tasks().run(lambda: 42, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [42] and job is not None and not job.running


def test_table_model_without_widgets(qapp) -> None:
    import uuid

    from desktop_app.services.signatories import SignatoryRow

    def row(name: str, population: int | None) -> SignatoryRow:
        return SignatoryRow(
            uuid.uuid4(),
            name,
            "",
            "UA",
            "",
            population,
            None,
            Framework.F2050,
            SignatoryStatus.ON_HOLD,
        )

    model = SignatoryTableModel()
    model.set_rows([row("b", 3), row("A", None), row("c", 1)])
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"
    assert model.columnCount() == 8 and model.rowCount() == 3
    model.sort(COL_NAME)
    assert [model.row_at(i).name for i in range(3)] == ["A", "b", "c"]
    model.sort(COL_POPULATION, Qt.SortOrder.AscendingOrder)
    assert [model.row_at(i).population for i in range(3)] == [1, 3, None]
    assert model.index(0, COL_STATUS).data() == "On hold"
    assert model.index(0, COL_COUNTRY).data() == "Ukraine"


HEAVY = ("openpyxl", "reportlab", "alembic")


def test_smoke_test_prints_timings_and_keeps_heavy_imports_away(tmp_path) -> None:
    db_path = tmp_path / "office.sqlite3"
    db = open_database(str(db_path))
    add_signatories(db, ["Batumi", "Gori"])
    db.dispose()
    code = (
        "import sys\n"
        "from desktop_app.__main__ import main\n"
        f"rc = main(['--database', {str(db_path)!r}, '--smoke-test'])\n"
        f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules])\n"
        "sys.exit(rc)\n"
    )
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COORDINATOR_DESK_SETTINGS=str(tmp_path / "smoke.ini"))
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert re.search(r"^shown in \d+ ms; ready in \d+ ms$", done.stdout, re.M), done.stdout
    assert "HEAVY []" in done.stdout
    assert "Dashboard computed in" in done.stderr and ": 2 signatories." in done.stderr
    assert (
        not (tmp_path / "smoke.ini").exists()
        or "geometry" not in (tmp_path / "smoke.ini").read_text()
    )


def test_language_comes_from_option_env_preference_then_system(settings, monkeypatch) -> None:
    from desktop_app.ui.app import choose_language

    monkeypatch.delenv("COORDINATOR_DESK_LANG", raising=False)
    monkeypatch.setattr("desktop_app.ui.app.QLocale.system", staticmethod(lambda: QLocale("de_DE")))
    assert choose_language(None, settings) == "en"
    monkeypatch.setattr("desktop_app.ui.app.QLocale.system", staticmethod(lambda: QLocale("ru_RU")))
    assert choose_language(None, settings) == "ru"
    settings.set(opts.LANGUAGE, "tk")
    assert choose_language(None, settings) == "tk"
    monkeypatch.setenv("COORDINATOR_DESK_LANG", "en")
    assert choose_language(None, settings) == "en"
    assert choose_language("ru", settings) == "ru"
