"""Recording a report sent outside the app, from the Reports page."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.services.reports.sent import sent_reports
from desktop_app.ui.dialogs.record_report_dialog import RecordReportDialog
from desktop_app.ui.pages import reports_page
from desktop_app.ui.pages.reports_page import ReportsPage


def type_date(qtbot, edit, typed: str) -> None:
    """Select all in the date field and type over it, key by key, as a clerk does."""
    field = edit.edit
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    field.editingFinished.emit()


def test_dialog_records_with_period_and_note(qtbot, sqlite_database) -> None:
    dialog = RecordReportDialog(sqlite_database, today=date(2025, 6, 30))
    qtbot.addWidget(dialog)
    type_date(qtbot, dialog.sent, "14/03/2025")
    assert (dialog.date_from.value(), dialog.date_to.value()) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
    )  # the period before the one it was sent in, until one is given
    assert dialog.date_from.edit.text() == "01/01/2024"  # shown in the language's format
    dialog.period_given.setChecked(True)
    type_date(qtbot, dialog.date_from, "2023-07-01")
    type_date(qtbot, dialog.date_to, "30.6.2024")
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
    type_date(qtbot, dialog.sent, "14/03/2025")
    dialog.period_given.setChecked(True)
    type_date(qtbot, dialog.date_from, "01/04/2025")
    type_date(qtbot, dialog.date_to, "01/05/2025")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "Period covered" in dialog.error.text() and "01/04/2025" in dialog.error.text()
    type_date(qtbot, dialog.date_from, "01/06/2025")  # end before start
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "01/05/2025" in dialog.error.text()
    type_date(qtbot, dialog.date_from, "31/02/2025")  # no such day: named, nothing saved
    # said at once, full width, naming the field (before Save is pressed)
    assert dialog.error.isVisible() and "Start of the period" in dialog.error.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "no such day" in dialog.error.text() and "Start of the period" in dialog.error.text()
    assert sent_reports(sqlite_database) == []


def test_page_lists_recorded_reports_and_next_due(qtbot, sqlite_database, monkeypatch) -> None:
    class Filled(RecordReportDialog):
        def exec(self) -> int:  # what a clerk does: a date, then Save
            self.sent.set_value(date(2025, 2, 3))
            self.save()
            return self.result()

    monkeypatch.setattr(reports_page, "RecordReportDialog", Filled)
    page = ReportsPage(SimpleNamespace(db=sqlite_database, settings=None))
    qtbot.addWidget(page)
    assert "No report to the Commission" in page.sent_label.text()
    page.record_button.click()
    assert page.sent.rowCount() == 1
    assert page.sent.item(0, 0).text() == "03/02/2025"  # the language's one date format
    assert page.sent.item(0, 1).text() == "01/01/2024 – 31/12/2024"
    assert "03/02/2026" in page.sent_label.text()  # 12 months after, by the deadline rule
