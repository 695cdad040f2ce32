"""Edit > Copy, Find and Delete on every page: each acts there or is disabled (issue 16).

Found: on the Trash and Reports pages Copy and Delete were enabled and did nothing, and
so on the Getting started page, the dashboard's overview and the Sync conflicts inbox;
Ctrl+F on the Trash did nothing either (two keys for it, which Qt found ambiguous). The
walk below visits every section of a demo office with a record in the Trash, a report
sent and a sync conflict; every enabled entry is used as a clerk does (a row selected,
the menu entry or its key) and its effect read back (the clipboard, the focus, the
database); a disabled one is disabled in the menu and the toolbar alike.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from sqlalchemy import select

from desktop_app.domain.models import Signatory
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.sync import clone, exchange
from desktop_app.services.trash import trash_rows
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings

NOTHING = "No row is selected: select one or more rows first."


@pytest.fixture(autouse=True)
def _no_reminder(monkeypatch) -> None:  # noqa: ANN001
    """The deadline reminder is a window of its own: it would take the focus and the keys."""
    from desktop_app.ui.pages import dashboard_page

    monkeypatch.setattr(dashboard_page, "_REMINDED", True)


@pytest.fixture
def office(tmp_path: Path):  # noqa: ANN201
    """A demo office with a signatory in the Trash and one sync conflict."""
    db = open_database(str(tmp_path / "office.sqlite3"))
    generate(db, DemoOptions(signatories=6, seed=3))
    with db.session() as s:
        ids = list(s.scalars(select(Signatory.id).order_by(Signatory.name)))
    records.trash(db, "signatory", [ids[0]])
    clone.clone(db, tmp_path / "laptop.sqlite3")
    laptop = open_database(str(tmp_path / "laptop.sqlite3"))
    records.save(laptop, "signatory", {"population": 12345}, id=ids[1], user="aylar")
    package = tmp_path / "in.cdsync"
    exchange.export_package(laptop, package)
    laptop.dispose()
    records.save(db, "signatory", {"population": 54321}, id=ids[1], user="merjen")
    assert exchange.import_package(db, package).conflicts == 1
    yield db
    db.dispose()


@pytest.fixture
def window(qtbot, office, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    win = MainWindow(Settings(tmp_path / "settings.ini"), office, start_section="signatories")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def rows_view(window: MainWindow, section_id: str):  # noqa: ANN201
    """The table Copy and Delete act on, on each page that has one."""
    page = window.page(section_id)
    if section_id == "coordinator":
        return page.services
    if section_id == "reports":
        return page.sent
    if section_id == "dashboard":
        return page.deadlines.view
    if section_id == "plans":
        return page.current_panel().view
    return page.view


def row_text(view, row: int) -> str:  # noqa: ANN001
    model = view.model()
    header = view.horizontalHeader() if hasattr(view, "horizontalHeader") else view.header()
    columns = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in columns if not header.isSectionHidden(c)]
    cells = (str(model.data(model.index(row, c)) or "").replace("\n", " ") for c in shown)
    return "\t".join(cells)  # a cell's lines on one line: a sheet pastes one row


def enabled(window: MainWindow) -> set[str]:
    actions = {"copy": window.copy_action, "find": window.find_action}
    actions["delete"] = window.delete_action
    on = {name for name, action in actions.items() if action.isEnabled()}
    button = window.toolbar.widgetForAction(window.delete_action)
    assert button.isEnabled() == ("delete" in on)  # the toolbar's Delete is the same entry
    return on


def wait_rows(qtbot, view) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: view.model().rowCount() > 0, timeout=10000)


def check_copy(qtbot, window: MainWindow, section_id: str) -> None:  # noqa: ANN001
    view = rows_view(window, section_id)
    wait_rows(qtbot, view)
    clipboard = QApplication.clipboard()
    clipboard.setText("before")
    view.clearSelection()
    window.copy_action.trigger()
    assert clipboard.text() == "before", section_id
    assert window.statusBar().currentMessage() == NOTHING, section_id
    view.setFocus()
    view.selectRow(0) if hasattr(view, "selectRow") else view.setCurrentIndex(
        view.model().index(0, 0)
    )
    window.copy_action.trigger()  # Edit > Copy
    lines = clipboard.text().splitlines()
    assert lines[1:] == [row_text(view, 0)], section_id
    assert window.statusBar().currentMessage().startswith("Copied 1 row"), section_id
    clipboard.setText("before")
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # and its key
    assert clipboard.text().splitlines()[1:] == [row_text(view, 0)], section_id


def check_find(qtbot, window: MainWindow, section_id: str) -> None:  # noqa: ANN001
    page = window.page(section_id)
    window.navigation.setFocus()
    window.find_action.trigger()
    box = QApplication.focusWidget()
    assert isinstance(box, QLineEdit) and page.isAncestorOf(box) and box.isVisible(), section_id
    view = rows_view(window, section_id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is box, section_id


def check_delete(qtbot, window: MainWindow, section_id: str, monkeypatch) -> None:  # noqa: ANN001
    view = rows_view(window, section_id)
    wait_rows(qtbot, view)
    before = len(trash_rows(window.db))
    view.clearSelection()
    window.delete_action.trigger()
    assert window.statusBar().currentMessage() == NOTHING, section_id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.setFocus()
    view.selectRow(0) if hasattr(view, "selectRow") else view.setCurrentIndex(
        view.model().index(0, 0)
    )
    window.delete_action.trigger()  # Edit > Delete (move to the Trash)
    assert len(trash_rows(window.db)) > before, section_id  # with what goes along with it


EXPECTED = {
    "start": set(),
    "dashboard": set(),  # the overview; its Deadlines tab below
    "coordinator": {"copy", "delete"},
    "signatories": {"copy", "delete", "find"},
    "plans": {"copy", "delete", "find"},
    "assistance": {"copy", "delete", "find"},
    "energy_days": {"copy", "delete", "find"},
    "finance": {"copy", "delete", "find"},
    "exchange_rates": {"copy", "delete", "find"},
    "reports": {"copy"},
    "conflicts": {"copy"},
    "trash": {"copy", "find"},
}


def test_every_page_acts_on_its_enabled_edit_entries_and_disables_the_others(
    qtbot, window, monkeypatch
) -> None:  # noqa: ANN001
    assert set(EXPECTED) == {s.id for s in SECTIONS}  # a new section is thought about here
    for sec in SECTIONS:
        window.show_section(sec.id)
        window.menus["edit"].aboutToShow.emit()
        on = enabled(window)
        assert on == EXPECTED[sec.id], sec.id
        assert on == set(window.page(sec.id).edit_actions()), sec.id
        if "copy" in on:
            check_copy(qtbot, window, sec.id)
        if "find" in on:
            check_find(qtbot, window, sec.id)
        if "delete" in on:
            check_delete(qtbot, window, sec.id, monkeypatch)
        assert enabled(window) == on, sec.id  # still so after using them


def test_the_dashboards_deadlines_tab_copies_and_finds_its_rows(qtbot, window) -> None:  # noqa: ANN001
    page = window.show_section("dashboard")
    assert enabled(window) == set()
    qtbot.mouseClick(
        page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center()
    )
    assert page.tabs.currentWidget() is page.deadlines
    assert enabled(window) == {"copy", "find"}  # the tab changed what Edit offers
    check_copy(qtbot, window, "dashboard")
    check_find(qtbot, window, "dashboard")
    assert QApplication.focusWidget() is page.deadlines.search
    page.tabs.setCurrentIndex(0)
    assert enabled(window) == set()


def test_every_plans_tab_offers_the_rows_actions(qtbot, window) -> None:  # noqa: ANN001
    page = window.show_section("plans")
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        assert enabled(window) == {"copy", "delete", "find"}, page.current_panel().list_id


def test_reports_copies_the_changes_table_when_it_has_the_focus(qtbot, window) -> None:  # noqa: ANN001
    page = window.show_section("reports")
    wait_rows(qtbot, page.sent)
    page.sent.selectRow(0)
    page.changes.setRowCount(1)  # what a submission's snapshot would list
    from PySide6.QtWidgets import QTableWidgetItem

    for col, text in enumerate(("Changed", "Signatory", "Mary", "Population")):
        page.changes.setItem(0, col, QTableWidgetItem(text))
    page.changes.setFocus()
    page.changes.selectRow(0)
    window.copy_action.trigger()
    lines = QApplication.clipboard().text().splitlines()
    assert lines == ["Change\tRecord type\tRecord\tFields", "Changed\tSignatory\tMary\tPopulation"]
