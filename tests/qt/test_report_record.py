"""Recording a report sent outside the app, from the Reports page."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.services.reports.sent import sent_reports
from desktop_app.ui.dialogs.record_report_dialog import RecordReportDialog
from desktop_app.ui.pages import reports_page
from desktop_app.ui.pages.reports_page import ReportsPage


def test_dialog_records_with_period_and_note(qtbot, sqlite_database) -> None:
    dialog = RecordReportDialog(sqlite_database, today=date(2025, 6, 30))
    qtbot.addWidget(dialog)
    dialog.sent.setDate(QDate(2025, 3, 14))
    assert (dialog.date_from.date(), dialog.date_to.date()) == (
        QDate(2024, 1, 1),
        QDate(2024, 12, 31),
    )  # the period before the one it was sent in, until one is given
    dialog.period_given.setChecked(True)
    dialog.date_from.setDate(QDate(2023, 7, 1))
    dialog.date_to.setDate(QDate(2024, 6, 30))
    qtbot.keyClicks(dialog.note, "Survey 2024, ref. 55")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == RecordReportDialog.DialogCode.Accepted
    [sent] = sent_reports(sqlite_database)
    assert (sent.sent_on, sent.period.start, sent.period.end, sent.note) == (
        date(2025, 3, 14),
        date(2023, 7, 1),
        date(2024, 6, 30),
        "Survey 2024, ref. 55",
    )


def test_dialog_keeps_open_and_names_the_field_on_bad_input(qtbot, sqlite_database) -> None:
    dialog = RecordReportDialog(sqlite_database, today=date(2025, 6, 30))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sent.setDate(QDate(2025, 3, 14))
    dialog.period_given.setChecked(True)
    dialog.date_from.setDate(QDate(2025, 4, 1))
    dialog.date_to.setDate(QDate(2025, 5, 1))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Period covered" in dialog.error.text() and "2025-04-01" in dialog.error.text()
    dialog.date_from.setDate(QDate(2025, 6, 1))  # end before start
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "2025-05-01" in dialog.error.text()
    assert sent_reports(sqlite_database) == []


def test_page_lists_recorded_reports_and_next_due(qtbot, sqlite_database, monkeypatch) -> None:
    class Filled(RecordReportDialog):
        def exec(self) -> int:  # what a clerk does: a date, then Save
            self.sent.setDate(QDate(2025, 2, 3))
            self.save()
            return self.result()

    monkeypatch.setattr(reports_page, "RecordReportDialog", Filled)
    page = ReportsPage(SimpleNamespace(db=sqlite_database, settings=None))
    qtbot.addWidget(page)
    assert "No report to the Commission" in page.sent_label.text()
    page.record_button.click()
    assert page.sent.rowCount() == 1
    assert page.sent.item(0, 0).text() == "2025-02-03"
    assert page.sent.item(0, 1).text() == "2024-01-01 – 2024-12-31"
    assert "2026-02-03" in page.sent_label.text()  # 12 months after, by the deadline rule
