"""The Reports page: a report made off the GUI thread, a pack prepared, changes listed."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.dialogs import saved_notice
from desktop_app.ui.pages.reports_page import ReportsPage
from tests.db.report_seed import seed


def test_report_and_submission_from_the_page(qtbot, sqlite_database, tmp_path, monkeypatch):
    seed(sqlite_database)
    opened = []
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl", lambda url: opened.append(url))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    out = tmp_path / "r.pdf"
    monkeypatch.setattr(
        "desktop_app.ui.pages.reports_page.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(out), ""),
    )
    monkeypatch.setattr(
        "desktop_app.ui.pages.reports_page.QFileDialog.getExistingDirectory",
        lambda *a, **k: str(tmp_path / "packs"),
    )
    page = ReportsPage(SimpleNamespace(db=sqlite_database, settings=None))
    qtbot.addWidget(page)
    assert "No submission" in page.changes_label.text()
    page.date_from.set_value(date(2025, 1, 1))
    page.date_to.set_value(date(2025, 12, 31))
    page.pdf_button.click()
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    notice = saved_notice.last_notice()  # "Saved to ..." instead of opening it unasked
    assert notice is not None and str(out) in notice.message.text()
    assert not opened
    notice.open_button.click()
    assert opened and opened[-1].toLocalFile() == str(out)

    page.submit_button.click()
    packs = list((tmp_path / "packs").glob("*.zip"))
    assert len(packs) == 1
    notice = saved_notice.last_notice()
    assert notice is not None and "Saved to" in notice.message.text()
    notice.folder_button.click()
    assert opened[-1].toLocalFile() == str(tmp_path / "packs")
    assert "0 changes" in page.changes_label.text()


def test_end_before_start_is_refused_on_the_page(qtbot, sqlite_database, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    page = ReportsPage(SimpleNamespace(db=sqlite_database, settings=None))
    qtbot.addWidget(page)
    page.date_from.set_value(date(2025, 5, 1))
    page.date_to.set_value(date(2025, 1, 1))
    assert page.request() is None
    assert warnings and "01/01/2025" in warnings[0]  # in the language's date format
