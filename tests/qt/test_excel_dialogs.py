"""The Excel import wizard and export dialog, driven as a clerk would."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox, QWizard
from sqlalchemy import func, select

from desktop_app.domain import models as M
from desktop_app.ui.dialogs import report_dialog, saved_notice
from desktop_app.ui.dialogs.export_dialog import ExportDialog
from desktop_app.ui.dialogs.import_wizard import ImportWizard
from tests import catalogue
from tests.db.test_excel_support import fill


def _office_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Подписанты Ахалского велаята"])
    ws.append(["Муниципалитет", "Страна", "Население", "Дата присоединения", "Телефон офиса"])
    ws.append(["Turkmenabat", "Туркменистан", "250 000", "01.02.2020", "+993 422"])
    ws.append(["Ashgabat", "TM", "1 100 000", "15.03.2023", None])
    ws.append(["Dashoguz", "TM", "много", "2020-02-30", None])
    wb.save(path)
    return path


def _signatories(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(M.Signatory))


def test_import_wizard_preview_mapping_and_commit(qtbot, sqlite_database, tmp_path, monkeypatch):
    fill(sqlite_database)
    infos: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: infos.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: infos.append(a[2]))
    path = _office_sheet(tmp_path / "office.xlsx")
    wizard = ImportWizard(sqlite_database)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.file_page.path, str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    grid = wizard.mapping_page.tabs.widget(0)
    phone: QComboBox = grid.cellWidget(4, 1)
    assert phone.currentData() == ""  # "Телефон офиса" is not a known header
    phone.setCurrentIndex(phone.findData("phone"))  # the clerk maps it by hand
    wizard.next()
    assert wizard.currentPage() is wizard.values_page
    assert wizard.values_page.none_label.isVisibleTo(wizard.values_page)  # nothing to map
    wizard.next()
    page = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    assert "1 new, 1 to update, 0 unchanged, 1 with errors" in page.summary.text()
    assert page.table.item(0, 2).text() == "Error"  # errors are listed first
    assert "C (Население)" in page.table.item(0, 3).text()
    assert not page.isComplete()
    if os.environ.get("EXCEL_SCREENSHOTS"):
        wizard.grab().save(str(Path(os.environ["EXCEL_SCREENSHOTS"]) / "import-preview.png"))
    marked = tmp_path / "marked.xlsx"
    monkeypatch.setattr(
        "desktop_app.ui.dialogs.import_wizard.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(marked), ""),
    )
    page.annotate.click()
    assert load_workbook(marked).active["C5"].comment is not None
    page.skip.setChecked(True)
    assert page.isComplete()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.committed is not None, timeout=20_000)
    assert (wizard.committed.created, wizard.committed.updated) == (1, 1)
    assert _signatories(sqlite_database) == 4
    assert "1 skipped" in infos[-1]
    with sqlite_database.session() as s:
        town = s.scalar(select(M.Signatory).where(M.Signatory.name == "Turkmenabat"))
        assert (town.phone, town.population) == ("+993 422", 250_000)


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_import_wizard_names_kinds_and_fields_in_words(
    qtbot, sqlite_database, tmp_path, monkeypatch, lang
):
    """The wizard says which records and which fields in the interface language, from the
    kind specs: never a sheet id (energy-days) or an attribute name (adhesion_date)."""
    from desktop_app import i18n
    from desktop_app.domain import kinds

    fill(sqlite_database)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)

    def said(context: str, source: str) -> str:
        return catalogue.said(lang, context, source)

    path = _office_sheet(tmp_path / "office.xlsx")
    book = load_workbook(path)
    book.active["D4"] = "15.03.2024"  # Ashgabat's adhesion date changes too
    book.save(path)
    assert i18n.install(lang)
    try:
        wizard = ImportWizard(sqlite_database)
        qtbot.addWidget(wizard)
        wizard.show()
        kinds_shown = [
            wizard.file_page.kind.itemText(i) for i in range(wizard.file_page.kind.count())
        ]
        for kind in kinds.sheet_kinds():
            assert said("RecordKind", kind.plural_title) in kinds_shown
            assert kind.sheet_id not in kinds_shown
        qtbot.keyClicks(wizard.file_page.path, str(path))
        wizard.next()
        page = wizard.mapping_page
        assert page.tabs.tabText(0) == f"Sheet ({said('RecordKind', 'Signatories')})"
        grid = page.tabs.widget(0)
        phone: QComboBox = grid.cellWidget(4, 1)
        choices = [phone.itemText(i) for i in range(phone.count())]
        assert said("Field", "Phone") in choices
        assert not [c for c in choices if "(" in c and "_" in c.split("(")[-1]], choices
        phone.setCurrentIndex(phone.findData("phone"))
        wizard.next()
        wizard.next()
        preview = wizard.preview_page
        qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
        table = preview.table
        cells = [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
    finally:
        i18n.install("en")
    (update,) = [row for row in cells if row[2] == said("ExcelImport", "Update")]
    (planned,) = [r for sheet in wizard.plan.sheets for r in sheet.rows if r.status == "update"]
    signatory = kinds.get("signatory")
    assert set(planned.changes) == {"population", "adhesion_date"}  # read back from the plan
    assert set(update[3].split(", ")) == {
        said("Field", signatory.field(name).label) for name in planned.changes
    }
    text = " ".join(" ".join(row) for row in cells)
    for name in [f.name for f in signatory.fields if "_" in f.name] + ["population", "phone"]:
        assert name not in text, (name, text)


def test_import_wizard_refuses_a_hostile_file(qtbot, sqlite_database, tmp_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    fake = tmp_path / "virus.xlsx"
    fake.write_bytes(b"MZ\x90\x00 this is an executable")
    wizard = ImportWizard(sqlite_database)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(fake))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "is not an Excel workbook" in warnings[0]


def test_export_dialog_writes_the_workbook(qtbot, sqlite_database, tmp_path, monkeypatch):
    fill(sqlite_database)
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl", lambda url: None)
    dialog = ExportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    for edit, typed in ((dialog.start, "2024-01-01"), (dialog.end, "31/12/2024")):
        edit.edit.selectAll()
        qtbot.keyClicks(edit.edit, typed)
    assert (dialog.start.value(), dialog.end.value()) == (date(2024, 1, 1), date(2024, 12, 31))
    out = tmp_path / "office.xlsx"
    dialog.path.setText(str(out))
    dialog.run()
    assert out.exists()
    notice = saved_notice.last_notice()
    assert notice is not None and notice.message.text() == f"Saved to {out}"
    assert dialog.result_value.rows["finance"] == 4
    assert "Finance" in load_workbook(out, read_only=True).sheetnames


def test_export_cancel_leaves_nothing(qtbot, sqlite_database, tmp_path):
    fill(sqlite_database)
    dialog = ExportDialog(sqlite_database)
    qtbot.addWidget(dialog)
    dialog.all_records.setChecked(True)
    out = tmp_path / "cancelled.xlsx"

    def cancelling(_percent: int, _step: str) -> None:
        raise report_dialog.Cancelled()

    job = dialog.job(dialog.period(), out)
    from desktop_app.services.excel import export

    monkeypatch_every = export.PROGRESS_EVERY
    export.PROGRESS_EVERY = 1
    try:
        try:
            job(cancelling)
        except report_dialog.Cancelled:
            pass
        else:
            raise AssertionError("the export did not stop")
    finally:
        export.PROGRESS_EVERY = monkeypatch_every
    assert not out.exists() and not list(tmp_path.glob(".cancelled*"))
