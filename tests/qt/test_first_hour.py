"""The first hour of a new office, through the GUI on an empty database (issue 16).

Getting started -> the coordinator profile typed and saved with the toolbar's Save -> the
official open-data signatories workbook through the import wizard -> an exchange rate and
an assistance activity typed into their forms -> the report to the Commission from the
toolbar. Each step is read back from the database file, and the start page ticks it.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWizard

from desktop_app.ui.dialogs import saved_notice
from desktop_app.ui.dialogs.import_wizard import ImportWizard
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from tests.db import gcom_fixture
from tests.qt._forms_support import enter


def _one(path: Path, sql: str) -> object:
    with sqlite3.connect(path) as c:
        return c.execute(sql).fetchone()[0]


@pytest.fixture(autouse=True)
def _no_reminder(monkeypatch) -> None:  # noqa: ANN001
    from desktop_app.ui.pages import dashboard_page

    monkeypatch.setattr(dashboard_page, "_REMINDED", True)


def test_first_hour_of_a_new_office(qtbot, sqlite_database, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    office = sqlite_database.path
    win = MainWindow(Settings(tmp_path / "settings.ini"), guide_first_run=True)
    qtbot.addWidget(win)
    win.show()
    win.set_database(sqlite_database)
    qtbot.waitUntil(lambda: win.current_section() == "start", timeout=10000)
    start = win.page("start")
    qtbot.waitUntil(lambda: start.result is not None, timeout=10000)

    # 1. The profile: the start page's button, typed, saved with the toolbar's Save.
    qtbot.mouseClick(start.profile_button, Qt.MouseButton.LeftButton)
    assert win.current_section() == "coordinator"
    form = win.page("coordinator").form
    enter(qtbot, form, "name", "Lviv Regional State Administration")
    enter(qtbot, form, "kind", "Terr")
    enter(qtbot, form, "country", "Ukr")
    win.save_action.trigger()
    assert _one(office, "SELECT name FROM coordinator") == "Lviv Regional State Administration"
    assert _one(office, "SELECT country FROM coordinator") == "UA"
    qtbot.waitUntil(lambda: "Lviv Regional State Administration" in win.windowTitle())
    win.show_section("start")  # a hidden page reads the change when shown
    qtbot.waitUntil(lambda: start.rows["profile"].done, timeout=10000)

    # 2. Signatories from the Covenant's open data, through the import wizard.
    sheet = gcom_fixture.write(tmp_path / "df1_signatories.xlsx", n=24, seed=3)
    wizards: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: (wizards.append(self), self.show()))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    qtbot.mouseClick(start.import_button, Qt.MouseButton.LeftButton)
    wizard = wizards[-1]
    qtbot.keyClicks(wizard.file_page.path, str(sheet))
    while wizard.currentPage() is not wizard.preview_page:
        wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30000)
    wizard.preview_page.skip.setChecked(True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=30000)
    imported = _one(office, "SELECT count(*) FROM signatory WHERE deleted_at IS NULL")
    assert imported == wizard.committed.created > 0
    assert _one(office, "SELECT count(*) FROM signatory WHERE covenant_id = '1000-UA'") == 1
    assert win.statusBar().currentMessage().startswith("Imported: ")
    qtbot.waitUntil(lambda: start.rows["signatories"].done, timeout=10000)

    # 3. An exchange rate, typed into the form the start page opens; Ctrl+S saves it.
    qtbot.mouseClick(start.rate_button, Qt.MouseButton.LeftButton)
    rate = win.forms.open_forms()[-1]
    assert rate.KIND == "exchange_rate"
    enter(qtbot, rate, "currency", "UAH")
    enter(qtbot, rate, "rate_date", date(2026, 1, 2))
    enter(qtbot, rate, "units_per_eur", "48.5")
    assert rate.save_button.isEnabled(), rate.windowTitle()
    qtbot.mouseClick(rate.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.rows["exchange_rates"].done, timeout=10000)
    assert _one(office, "SELECT units_per_eur FROM exchange_rate") in ("48.5", 48.5, "48.500000")
    rate.close()

    # 4. The first assistance activity.
    qtbot.mouseClick(start.activity_button, Qt.MouseButton.LeftButton)
    activity = win.forms.open_forms()[-1]
    assert activity.KIND == "support_activity"
    enter(qtbot, activity, "activity_type", "Tech")
    enter(qtbot, activity, "title", "Emission inventory workshop")
    enter(qtbot, activity, "activity_date", date.today())
    assert activity.save_button.isEnabled()
    qtbot.mouseClick(activity.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.result.all_done, timeout=10000)
    assert _one(office, "SELECT title FROM support_activity") == "Emission inventory workshop"
    assert start.progress.text().startswith("All four steps are done")
    activity.close()

    # The dashboard now judges the office instead of saying "nothing recorded yet".
    dash = win.show_section("dashboard")
    qtbot.waitUntil(lambda: dash.board is not None and not dash.loading, timeout=30000)
    assert all(h.light.value != "none" for h in dash.board.health)

    # 5. The report to the Commission, from the toolbar.
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl", lambda *_: True)
    win.toolbar_report_action.trigger()
    qtbot.waitUntil(lambda: out.exists() and out.stat().st_size > 0, timeout=60000)
    assert out.read_bytes().startswith(b"%PDF")
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == f"Saved to {out}")
    QApplication.processEvents()
