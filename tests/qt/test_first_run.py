"""A new office's first minutes, driven as a user would: Getting started, its ticks, the
demo office in a file of its own, empty lists, the toolbar, menus, shortcuts, the rows'
context menu, recent databases, the title and the restart on a new language.

Results are read back from the database files, not from the widgets alone.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.db.location import data_dir
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.first_run import demo_database_path
from desktop_app.ui import window_chrome
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.operations import tasks
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings


def _count(path: Path, table: str, live: bool = True) -> int:
    where = " WHERE deleted_at IS NULL" if live else ""
    with sqlite3.connect(path) as c:
        return int(c.execute(f"SELECT count(*) FROM {table}{where}").fetchone()[0])


@pytest.fixture(autouse=True)
def _no_reminder(monkeypatch) -> None:  # noqa: ANN001
    """The deadline reminder is a window of its own: it would take the focus and the keys."""
    from desktop_app.ui.pages import dashboard_page

    monkeypatch.setattr(dashboard_page, "_REMINDED", True)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _window(qtbot, settings, db, guide: bool = True) -> MainWindow:  # noqa: ANN001
    win = MainWindow(settings, guide_first_run=guide)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.set_database(db)
    return win


def test_empty_database_opens_on_getting_started_and_ticks_follow_the_data(
    qtbot, sqlite_database, settings
) -> None:  # noqa: ANN001
    win = _window(qtbot, settings, sqlite_database)
    qtbot.waitUntil(lambda: win.current_section() == "start", timeout=10000)
    page = win.page("start")
    qtbot.waitUntil(lambda: page.result is not None, timeout=10000)
    assert [row.done for row in page.rows.values()] == [False] * 4
    assert page.progress.text() == "0 of 4 steps done."
    # The dashboard, meanwhile, says nothing is recorded instead of red lights.
    dash = win.show_section("dashboard")
    qtbot.waitUntil(lambda: dash.board is not None, timeout=30000)
    assert {card.state.text() for card in dash.cards.values()} == {"— Nothing recorded yet"}
    win.show_section("start")

    # A rate typed through the form's button, as a clerk would.
    qtbot.mouseClick(page.rate_button, Qt.MouseButton.LeftButton)
    form = win.forms.open_forms()[-1]
    assert form.KIND == "exchange_rate"
    values = {"currency": "AMD", "rate_date": date(2026, 1, 5), "units_per_eur": Decimal("440")}
    snap = records.save(sqlite_database, "exchange_rate", values)
    tasks().apply(snap.changes, form)  # what a form's save announces
    qtbot.waitUntil(lambda: page.rows["exchange_rates"].done, timeout=10000)
    assert page.progress.text() == "1 of 4 steps done."
    assert _count(sqlite_database.path, "exchange_rate") == 1
    assert win.statusBar().currentMessage().startswith("Saved: ")
    # Undone (the rate moved to the Trash): unticked again, from the data.
    trashed = records.trash(sqlite_database, "exchange_rate", [snap.id])
    tasks().apply(records.trash_changes("exchange_rate", [snap.id]), None)
    assert trashed
    qtbot.waitUntil(lambda: not page.rows["exchange_rates"].done, timeout=10000)
    form.close()


def test_a_database_with_records_opens_on_the_dashboard(qtbot, sqlite_database, settings) -> None:  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=3, seed=2))
    win = _window(qtbot, settings, sqlite_database)
    qtbot.waitUntil(lambda: bool(win.office_name), timeout=10000)
    qtbot.wait(50)
    assert win.current_section() == "dashboard"
    assert win.windowTitle() == f"{win.office_name} — office.sqlite3 — Coordinator Desk"


def test_explore_a_demo_office_uses_its_own_file(qtbot, sqlite_database, settings) -> None:  # noqa: ANN001
    office = sqlite_database.path
    win = _window(qtbot, settings, sqlite_database)
    qtbot.waitUntil(lambda: win.current_section() == "start", timeout=10000)
    page = win.page("start")
    qtbot.mouseClick(page.demo_button, Qt.MouseButton.LeftButton)
    demo = demo_database_path(data_dir())
    qtbot.waitUntil(lambda: win.db.path == demo, timeout=60000)
    assert win.current_section() == "dashboard"
    assert _count(demo, "signatory") > 100
    assert _count(office, "signatory", live=False) == 0  # the office's file has no demo row
    assert _count(office, "coordinator", live=False) == 0
    # File > Recent databases brings the office back.
    window_chrome.fill_recent_menu(win)
    entries = [a for a in win.recent_menu.actions() if a.data()]
    assert [Path(a.data()) for a in entries] == [demo, office.resolve()]
    assert entries[0].isChecked()
    entries[1].trigger()
    assert win.db.path.resolve() == office.resolve()


def test_demo_refuses_the_office_file(sqlite_database) -> None:  # noqa: ANN001
    from desktop_app.services.first_run import DemoInOfficeDatabase, prepare_demo_database

    with pytest.raises(DemoInOfficeDatabase):
        prepare_demo_database(sqlite_database.path, sqlite_database)
    assert _count(sqlite_database.path, "signatory", live=False) == 0


def test_recent_database_that_is_gone_is_said_and_dropped(
    qtbot, sqlite_database, settings, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    other = tmp_path / "other.sqlite3"
    open_database(str(other)).dispose()
    win = _window(qtbot, settings, sqlite_database, guide=False)
    win.show_section("trash")  # no dashboard reading a file this test then deletes
    assert win.open_database(str(other))
    win.open_database(str(sqlite_database.path))
    qtbot.waitUntil(lambda: win.page("trash") is not None and not win.page("trash").loading)
    tasks().wait_idle()
    other.unlink()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not window_chrome.open_recent(win, str(other.resolve()))
    assert told and "no longer there" in told[0]
    assert str(other.resolve()) not in window_chrome.recent_databases(win)
    assert win.db.path.resolve() == sqlite_database.path.resolve()


def test_empty_lists_say_what_they_hold_and_offer_add(qtbot, sqlite_database, settings) -> None:  # noqa: ANN001
    win = _window(qtbot, settings, sqlite_database, guide=False)
    for section_id in ("signatories", "assistance", "energy_days", "finance", "exchange_rates"):
        page = win.show_section(section_id)
        qtbot.waitUntil(lambda p=page: p.is_empty(), timeout=10000)
        assert page.body.currentWidget() is page.empty_hint, section_id
        assert page.empty_text.text().startswith("This list will hold"), section_id
    page = win.show_section("signatories")
    qtbot.mouseClick(page.empty_add, Qt.MouseButton.LeftButton)
    assert win.forms.open_forms()[-1].KIND == "signatory"
    win.forms.close_all()
    trash = win.show_section("trash")
    assert trash.count_label.text().startswith("The Trash is empty.")
    plans = win.show_section("plans")
    for i in range(plans.tabs.count()):  # every tab, those without a sentence of their own too
        plans.tabs.setCurrentIndex(i)
        panel = plans.current_panel()
        qtbot.waitUntil(panel.is_empty, timeout=10000)
        assert panel.body.currentWidget() is panel.empty_hint, panel.list_id
        assert panel.empty_text.text().startswith("This list will hold"), panel.list_id
        assert panel.empty_add.text().startswith("&Add"), panel.list_id


def test_toolbar_menus_and_shortcuts(qtbot, sqlite_database, settings) -> None:  # noqa: ANN001
    win = _window(qtbot, settings, sqlite_database, guide=False)
    names = [a.objectName() for a in win.toolbar.actions() if not a.isSeparator()]
    assert len(names) == 9
    for action in win.toolbar.actions():
        if not action.isSeparator():
            assert not action.icon().isNull(), action.text()
            assert win.toolbar.widgetForAction(action).accessibleName()
    for i in range(win.navigation.count()):
        assert not win.navigation.item(i).icon().isNull()
    edit = [a.text() for a in win.menus["edit"].actions() if not a.isSeparator()]
    assert edit[-3:] == ["&Copy", "&Find", "&Delete (move to the Trash)"]
    for action in (win.copy_action, win.find_action, win.delete_action, win.undo_action):
        assert not action.shortcut().isEmpty()  # the menu shows it
    # Sections are radio items, one at a time; Ctrl+1..9 in sidebar order.
    assert win.section_group.isExclusive()
    for number, sec in enumerate(SECTIONS[:9], start=1):
        action = win.section_actions[sec.id]
        assert action.shortcut().toString() == f"Ctrl+{number}"
        action.trigger()  # the View menu's real action (the key is the action's shortcut)
        assert win.current_section() == sec.id
        checked = [sid for sid, a in win.section_actions.items() if a.isChecked()]
        assert checked == [sec.id]
    # Edit > Find puts the cursor in the list's search box.
    page = win.show_section("signatories")
    win.find_action.trigger()
    assert win.focusWidget() is page.search  # the window's focus child


def test_rows_context_menu_by_keyboard_opens_copies_and_trashes(
    qtbot, sqlite_database, settings, monkeypatch
) -> None:  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=4, seed=5))
    win = _window(qtbot, settings, sqlite_database, guide=False)
    page = win.show_section("signatories")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=10000)
    view = page.view
    view.setFocus()
    view.selectRow(0)
    name = page.row_name(0)
    # What Qt sends for the keyboard's menu key (QTest's key bypasses the window that
    # turns it into a context menu event): the signal, at the current row.
    view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
    menu = page.row_menu_shown
    assert menu is not None and menu.isVisible()
    items = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert set(items) == {"openRow", "copyRows", "trashRows"}
    items["copyRows"].trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert len(lines) == 2 and lines[1].startswith(name)
    assert win.statusBar().currentMessage().startswith("Copied 1 row")  # en.qm: "1 row"
    menu.close()
    page.view.customContextMenuRequested.emit(view.visualRect(view.currentIndex()).center())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.row_menu_shown.actions()[-1].trigger()  # Move to the Trash...
    with sqlite3.connect(sqlite_database.path) as c:
        gone = c.execute(
            "SELECT count(*) FROM signatory WHERE name = ? AND deleted_at IS NOT NULL", (name,)
        ).fetchone()[0]
    assert gone == 1
    assert _count(sqlite_database.path, "signatory") == 3
    assert win.statusBar().currentMessage().startswith("Moved 1 record")
    # Edit > Undo brings it back.
    win.undo_action.trigger()
    assert _count(sqlite_database.path, "signatory") == 4


def test_language_change_offers_restart_on_the_same_database(
    qtbot, sqlite_database, settings, monkeypatch
) -> None:  # noqa: ANN001
    from PySide6.QtCore import QProcess

    win = _window(qtbot, settings, sqlite_database, guide=False)
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess, "startDetached", lambda program, args: started.append((program, args)) or True
    )
    monkeypatch.setattr("sys.argv", ["coordinator-desk", "--lang", "en", "--database", "/x"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert win.offer_restart()
    program, args = started[0]
    assert args[-2:] == ["--database", str(sqlite_database.path)]
    assert "--lang" not in args and "/x" not in args
    assert not win.isVisible()
