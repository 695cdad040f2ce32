"""The import wizard takes a whole exported workbook, Coordinator profile included.

A clerk moving the office to a new computer opens the old export, in which someone relabelled
a profile row by hand; the wizard shows the profile's rows as columns to map, the clerk maps
the odd label to its field, and the office with its services and reports arrives.
"""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWizard
from sqlalchemy import func, select

from desktop_app.domain import models as M
from desktop_app.services.database import open_database
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from desktop_app.ui.dialogs.import_wizard import ImportWizard
from tests.db.test_excel_office import _office, _profile_rows
from tests.db.test_excel_support import PERIOD


def test_wizard_imports_the_profile_with_a_label_mapped_by_hand(qtbot, tmp_path, monkeypatch):
    source = open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _office(source)
    book = tmp_path / "old-office.xlsx"
    export_workbook(source, book, Period(*PERIOD), all_records=True, today=date(2025, 1, 15))
    source.dispose()
    wb = load_workbook(book)
    ws = wb["Coordinator profile"]
    row = _profile_rows(ws)["Website"]
    ws.cell(row, 1).value = "Web page of the office"
    wb.save(book)

    fresh = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: infos.append(a[2]))
    wizard = ImportWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(book))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    tabs = wizard.mapping_page.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[0].startswith("Signatories")  # the office's sheets come last
    profile = titles.index("Coordinator profile")  # the sheet's name says what it holds
    grid = tabs.widget(profile)
    labels = [grid.item(r, 0).text() for r in range(grid.rowCount())]
    index = labels.index(f"B{row}: Web page of the office")
    combo: QComboBox = grid.cellWidget(index, 1)
    assert combo.currentData() == ""  # not a label the app knows
    combo.setCurrentIndex(combo.findData("website"))  # the clerk says which field it is
    wizard.next()
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    assert not wizard.plan.has_errors, page.summary.text()
    assert page.isComplete()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=30_000)
    with fresh.session() as s:
        office = s.scalar(select(M.Coordinator))
        assert office.is_own_office and office.website == "https://ahal.example"
        assert s.scalar(select(func.count()).select_from(M.ServiceOffer)) == 2
        assert s.scalar(select(func.count()).select_from(M.ReportSubmission)) == 2
        assert s.scalar(select(func.count()).select_from(M.SignatoryCoordinator)) == 3
    fresh.dispose()


def test_wizard_keeps_a_label_problem_it_was_not_told_about(qtbot, tmp_path, monkeypatch):
    """The wizard's value step rebuilds the tables; the profile's label errors survive it."""
    source = open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    _office(source)
    book = tmp_path / "old-office.xlsx"
    export_workbook(source, book, Period(*PERIOD), all_records=True, today=date(2025, 1, 15))
    source.dispose()
    wb = load_workbook(book)
    ws = wb["Coordinator profile"]
    row = _profile_rows(ws)["Website"]
    ws.cell(row, 1).value = "Web page of the office"
    wb.save(book)
    fresh = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    wizard = ImportWizard(fresh)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(book))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=30_000)
    assert wizard.plan.has_errors
    table = wizard.preview_page.table
    first = [table.item(0, c).text() for c in range(4)]  # errors are listed first
    assert first[:3] == ["Coordinator profile", "2", "Error"]
    assert f"'Web page of the office' (row {row}) is not a field of the coordinator" in first[3]
    assert not wizard.preview_page.isComplete()
    fresh.dispose()
