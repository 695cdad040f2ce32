"""The wizard's values-and-filters step, driven as a clerk would (issue 11, item 3)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWizard
from sqlalchemy import select

from desktop_app.domain import models as M
from desktop_app.ui.dialogs.import_wizard import ImportWizard


def _sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Муниципалитет", "Страна", "Статус"])
    ws.append(["Мары", "TM", "работает"])
    ws.append(["Балканабат", "tm", "на паузе"])
    ws.append(["Тбилиси", "GE", "работает"])
    wb.save(path)
    return path


def _open(qtbot, db, path: Path) -> ImportWizard:
    wizard = ImportWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.values_page
    return wizard


def _choose(combo: QComboBox, code: str) -> None:
    combo.setFocus()
    combo.setCurrentIndex(combo.findData(code))


def test_unknown_values_mapped_rows_filtered_profile_saved(
    qtbot, sqlite_database, tmp_path, monkeypatch
) -> None:
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: infos.append(a[2]))
    path = _sheet(tmp_path / "towns.xlsx")
    wizard = _open(qtbot, sqlite_database, path)
    page = wizard.values_page
    # each distinct value the app does not know is listed once, with a dropdown of ours
    listed = sorted(page.table.item(r, 1).text() for r in range(page.table.rowCount()))
    assert listed == ["на паузе", "работает"]
    _choose(page.widget_for("работает"), "active")
    _choose(page.widget_for("на паузе"), "on_hold")
    page.filter_column.setCurrentIndex(page.filter_column.findData("country"))
    qtbot.keyClicks(page.filter_value, "turkmenistan")  # a country by its name, any case
    qtbot.keyClicks(page.profile_name, "towns")
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "2 new, 0 to update, 0 unchanged, 0 with errors" in wizard.preview_page.summary.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=20_000)
    with sqlite_database.session() as s:
        rows = {r.name: r.status for r in s.scalars(select(M.Signatory))}
    assert rows == {"Мары": "active", "Балканабат": "on_hold"}
    # the same headers again: the saved profile is applied, nothing left to map
    again = _open(qtbot, sqlite_database, path)
    assert again.values_page.table.rowCount() == 0
    assert again.values_page.none_label.isVisibleTo(again.values_page)
    again.next()
    qtbot.waitUntil(lambda: again.plan is not None, timeout=20_000)
    assert "0 new, 0 to update, 2 unchanged, 0 with errors" in again.preview_page.summary.text()


def test_back_from_preview_and_change_of_mind(qtbot, sqlite_database, tmp_path) -> None:
    wizard = _open(qtbot, sqlite_database, _sheet(tmp_path / "towns.xlsx"))
    page = wizard.values_page
    _choose(page.widget_for("работает"), "active")
    _choose(page.widget_for("на паузе"), "on_hold")
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "3 new, 0 to update, 0 unchanged, 0 with errors" in wizard.preview_page.summary.text()
    wizard.back()
    assert wizard.currentPage() is page
    # the clerk changes her mind: "на паузе" is left as it is, and is an error again
    page.widget_for("на паузе").setCurrentIndex(0)
    wizard.plan = None
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "2 new, 0 to update, 0 unchanged, 1 with errors" in wizard.preview_page.summary.text()
