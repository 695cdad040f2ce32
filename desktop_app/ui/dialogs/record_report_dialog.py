""" "Record a report sent to the Commission": the online survey, sent outside the app.

Thin: the service checks the input and writes; a refusal is shown in the dialog, which
stays open so the clerk can correct the field it names.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_date
from ...db.session import Database
from ...services.period import PeriodError
from ...services.reports.sent import (
    SentReport,
    SentReportError,
    default_period,
    record_sent_report,
)
from ..widgets.date_edit import DateEdit


class RecordReportDialog(QDialog):
    help_topic = "reports"

    def __init__(
        self,
        db: Database,
        period_settings: Any = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.period_settings = period_settings
        self.today = today or date.today()
        self.recorded: SentReport | None = None
        self.setWindowTitle(self.tr("Record a report sent to the Commission"))

        intro = QLabel(
            self.tr(
                "Reports sent through the Commission's online survey, outside this "
                "application, count for the coordinator report deadline once recorded here."
            )
        )
        intro.setWordWrap(True)
        # the dialog's own message line (full width) says what is wrong with a date: an
        # error under each of the two period fields side by side would be cut
        self.sent = DateEdit(False)
        self.sent.set_value(self.today)  # a later day is refused by the service, by name
        self.period_given = QCheckBox(self.tr("Give the period covered"))
        period = default_period(self.today, period_settings)
        self.date_from = DateEdit(False)
        self.date_to = DateEdit(False)
        self.date_from.set_value(period.start)
        self.date_to.set_value(period.end)
        self.sent.setAccessibleName(self.tr("Date sent"))
        self.date_from.setAccessibleName(self.tr("Start of the period covered"))
        self.date_to.setAccessibleName(self.tr("End of the period covered"))
        self.period_row = QWidget()
        row = QHBoxLayout(self.period_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.date_to)
        self.period_hint = QLabel()
        self.period_hint.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("e.g. survey reference, who sent it"))
        self.note.setFixedHeight(70)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4262c;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Date sent"), self.sent)
        form.addRow("", self.period_given)
        form.addRow(self.tr("Period covered"), self.period_row)
        form.addRow("", self.period_hint)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.period_given.toggled.connect(self._period_mode)
        self.sent.valueChanged.connect(lambda _v: self._period_mode())
        for edit in (self.sent, self.date_from, self.date_to):
            edit.changed.connect(self._show_date_problem)
        self._period_mode()

    def _show_date_problem(self) -> None:
        """As the dates are typed: the first one that is not a date, named, or nothing."""
        given = self.period_given.isChecked()
        edits = (self.sent, self.date_from, self.date_to) if given else (self.sent,)
        problem = next((p for e in edits if (p := e.error_message(e.accessibleName()))), "")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))

    def _period_mode(self) -> None:
        given = self.period_given.isChecked()
        self.period_row.setEnabled(given)
        sent = self.sent.value()
        if not given and isinstance(sent, date):
            period = default_period(sent, self.period_settings)
            self.date_from.set_value(period.start)
            self.date_to.set_value(period.end)
            self.period_hint.setText(
                self.tr("Without a period, the reporting period before the date sent is assumed.")
            )
        self.period_hint.setVisible(not given)

    def save(self) -> None:
        given = self.period_given.isChecked()
        edits = (self.sent, self.date_from, self.date_to) if given else (self.sent,)
        for edit in edits:
            problem = edit.problem(edit.accessibleName())
            if problem:
                self.error.setText(problem)
                self.error.show()
                edit.setFocus()
                return
        sent, start, end = self.sent.value(), self.date_from.value(), self.date_to.value()
        assert isinstance(sent, date)
        try:
            self.recorded = record_sent_report(
                self.db,
                sent,
                start if given and isinstance(start, date) else None,
                end if given and isinstance(end, date) else None,
                self.note.toPlainText(),
                today=self.today,
                period_settings=self.period_settings,
                origin="gui",
            )
        except (SentReportError, PeriodError) as exc:
            self.error.setText(exc.message(format_date))
            self.error.show()
            return
        self.accept()
