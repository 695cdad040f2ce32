"""The Reports section: the report to the Commission, fact sheets, the submission pack,
the reports sent (packs and those recorded by hand) and what changed since the last
submission. Thin: every action calls a service."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import i18n
from ...date_text import format_date, format_datetime, format_period
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ...services.period import Period, current_period
from ..dialogs.record_report_dialog import RecordReportDialog
from ..dialogs.report_dialog import ReportDialog, explain
from ..widgets.button_row import ButtonRow
from ..widgets.copy_rows import selected_rows
from ..widgets.date_edit import DateEdit
from ..widgets.fit_columns import fit_columns
from ..widgets.page_scroll import scroll_page
from .page import ALL_KINDS, COPY, Page, copy_view_rows


class ReportsPage(Page, QWidget):
    help_topic = "reports"
    open_requested = Signal(str, object)

    def shown_kinds(self) -> frozenset[str]:
        return ALL_KINDS  # "changes since the last submission" lists every kind

    def refresh(self) -> None:
        self.refresh_sent()
        self.refresh_changes()

    def edit_actions(self) -> frozenset[str]:
        """Copy the rows of either table; nothing here is deleted or searched."""
        return frozenset({COPY})

    def apply_role(self, may_edit: bool) -> None:
        """A viewer makes and checks reports; a submission pack is signed as the office
        and logged, and a report sent is recorded: both are an editor's."""
        self.submit_button.setVisible(may_edit)
        self.record_button.setVisible(may_edit)

    def copy_selection(self) -> bool:
        """The focused table's selected rows, else those of the table that has some."""
        tables = (self.sent, self.changes)
        chosen = next((t for t in tables if t.hasFocus()), None)
        if chosen is None or not selected_rows(chosen):
            chosen = next((t for t in tables if selected_rows(t)), self.sent)
        return copy_view_rows(chosen)

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db = context.db
        period = current_period(date.today())
        self.date_from = DateEdit(False, own_errors=True)
        self.date_to = DateEdit(False, own_errors=True)
        for edit, day, caption in ((self.date_from, period.start, self.tr("From")),
                                   (self.date_to, period.end, self.tr("To"))):  # fmt: skip
            edit.set_value(day)
            edit.setAccessibleName(caption)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.pdf_button = QPushButton(self.tr("Report to the Commission (PDF)…"))
        self.factsheet_button = QPushButton(self.tr("Signatory fact sheets (PDF)…"))
        self.submit_button = QPushButton(self.tr("Prepare submission…"))
        self.verify_button = QPushButton(self.tr("Verify a submission pack…"))
        self.pdf_button.clicked.connect(self.make_report)
        self.factsheet_button.clicked.connect(self.make_factsheets)
        self.submit_button.clicked.connect(self.prepare_submission)
        self.verify_button.clicked.connect(self.verify_pack)

        form = QFormLayout()
        form.addRow(self.tr("From"), self.date_from)
        form.addRow(self.tr("To"), self.date_to)
        form.addRow(self.tr("Report language"), self.language)
        buttons = ButtonRow(  # stacked on a narrow window
            (self.pdf_button, self.factsheet_button, self.submit_button, self.verify_button)
        )
        box = QGroupBox(self.tr("Report to the European Commission"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addWidget(buttons)

        self.sent_label = QLabel()
        self.sent_label.setWordWrap(True)
        self.sent = QTableWidget(0, 4)
        self.sent.setHorizontalHeaderLabels(
            [self.tr("Sent on"), self.tr("Period covered"), self.tr("How"), self.tr("Note or file")]
        )
        self.sent.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.sent.horizontalHeader().setStretchLastSection(True)
        self.sent.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.sent.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.sent.verticalHeader().hide()
        self.record_button = QPushButton(self.tr("Record a report sent to the Commission…"))
        self.record_button.clicked.connect(self.record_sent_report)
        sent_box = QGroupBox(self.tr("Reports sent to the Commission"))
        sent_layout = QVBoxLayout(sent_box)
        sent_layout.addWidget(self.sent_label)
        sent_layout.addWidget(self.sent)
        sent_layout.addWidget(ButtonRow((self.record_button,)))

        self.changes_label = QLabel()
        self.changes_label.setWordWrap(True)
        self.changes = QTableWidget(0, 4)
        self.changes.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Record type"), self.tr("Record"), self.tr("Fields")]
        )
        # Sized to header and content, the last column taking the rest (equal stretched
        # columns cut a long header on a narrow window).
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.changes.horizontalHeader().setStretchLastSection(True)
        fit_columns(self.changes)  # the headers, before any row
        self.changes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.changes.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh_changes)
        changes_box = QGroupBox(self.tr("Changed since the last submission"))
        changes_layout = QVBoxLayout(changes_box)
        changes_layout.addWidget(self.changes_label)
        changes_layout.addWidget(self.changes)
        changes_layout.addWidget(refresh)

        layout = QVBoxLayout()
        layout.addWidget(box)
        layout.addWidget(sent_box, 1)
        layout.addWidget(changes_box, 1)
        scroll_page(self, layout)  # taller than a small window: it scrolls
        self.refresh_sent()
        self.refresh_changes()
        self.listen_for_changes()

    # -- inputs -------------------------------------------------------------------------------

    def period(self) -> Period | None:
        from ...services.period import PeriodError

        for edit in (self.date_from, self.date_to):
            problem = edit.problem(edit.accessibleName())
            if problem:
                QMessageBox.warning(self, self.tr("Reports"), problem)
                edit.setFocus()
                return None
        start, end = self.date_from.value(), self.date_to.value()
        assert isinstance(start, date) and isinstance(end, date)
        try:
            return Period(start, end)
        except PeriodError as exc:
            QMessageBox.warning(self, self.tr("Reports"), exc.message(format_date))
            return None

    def request(self):  # type: ignore[no-untyped-def]
        from ...services.reports.pdf_report import ReportRequest

        period = self.period()
        if period is None:
            return None
        return ReportRequest(
            period, str(self.language.currentData()), date.today(), self.rule_settings()
        )

    def rule_settings(self) -> RuleSettings:
        """The thresholds of Preferences, as the dashboard reads them."""
        from ..dashboard_settings import rule_settings

        settings = getattr(self.context, "settings", None)
        return DEFAULT_SETTINGS if settings is None else rule_settings(settings)

    def period_settings(self) -> dict[str, int] | None:
        from ..dashboard_settings import period_settings

        settings = getattr(self.context, "settings", None)
        return None if settings is None else period_settings(settings)

    # -- actions ------------------------------------------------------------------------------

    def make_report(self) -> None:
        from ...services.reports.pdf_report import build_report

        request = self.request()
        if request is None:
            return
        name = f"report_{request.period.start.isoformat()}_{request.period.end.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        dialog = ReportDialog(
            self.tr("Report to the Commission"),
            lambda progress: build_report(self.db, request, Path(path), progress),
            parent=self,
        )
        dialog.exec()
        result = dialog.result_value
        if result is not None and result.unconverted:
            from ...services.reports.lang import fmt_decimal
            from ...services.reports.messages import message

            QMessageBox.information(
                self,
                self.tr("Report to the Commission"),
                "\n".join(
                    message(
                        "missing_rate",
                        {
                            "currency": u.currency,
                            "date": format_date(u.on) if u.on else "-",
                            "amount": fmt_decimal(u.amount, 2),
                        },
                    )
                    for u in result.unconverted
                ),
            )

    def make_factsheets(self) -> None:
        from ...services.reports.factsheet import build_factsheets

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the fact sheets"), "factsheets.pdf", self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        lang = str(self.language.currentData())
        rules = self.rule_settings()
        ReportDialog(
            self.tr("Signatory fact sheets"),
            lambda progress: build_factsheets(
                self.db, Path(path), (), lang, progress, settings=rules
            ),
            parent=self,
        ).exec()

    def prepare_submission(self) -> None:
        from ...services.reports.pack import prepare_submission

        request = self.request()
        if request is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the submission pack"))
        if not folder:
            return
        dialog = ReportDialog(
            self.tr("Prepare submission"),
            lambda progress: prepare_submission(self.db, Path(folder), request, progress=progress),
            open_path=lambda r: r.path.parent,
            parent=self,
        )
        dialog.exec()
        self.refresh_sent()
        self.refresh_changes()

    def record_sent_report(self) -> None:
        dialog = RecordReportDialog(self.db, self.period_settings(), parent=self)
        if dialog.exec() == RecordReportDialog.DialogCode.Accepted:
            self.refresh_sent()

    def refresh_sent(self) -> None:
        from ...services.reports.sent import KIND_LABELS, next_report_due, sent_reports

        found = sent_reports(self.db)
        due = next_report_due(self.db, self.rule_settings())
        if not found:
            text = self.tr("No report to the Commission has been recorded yet.")
        else:
            text = self.tr("Last report sent on {date}.").format(date=format_date(found[0].sent_on))
        if due is not None and due < date.today():
            late = self.tr("The next coordinator report was due on {due}: overdue.")
            text += " " + late.format(due=format_date(due))
        elif due is not None:
            text += " " + self.tr("Next coordinator report due: {due}").format(due=format_date(due))
        self.sent_label.setText(text)
        self.sent.setRowCount(len(found))
        for row, r in enumerate(found):
            how = i18n.tr("Report", KIND_LABELS.get(r.kind, r.kind))
            values = (
                format_date(r.sent_on),
                format_period(r.period.start, r.period.end),
                how,
                r.file_name or r.note,
            )
            for col, value in enumerate(values):
                self.sent.setItem(row, col, QTableWidgetItem(value))

    def verify_pack(self) -> None:
        from ...services.reports.messages import message
        from ...services.reports.pack import verify_pack

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a submission pack"), "", self.tr("Submission packs (*.zip)")
        )
        if not path:
            return
        try:
            result = verify_pack(Path(path))
        except Exception as exc:  # noqa: BLE001 - explained or re-raised below
            text = explain(exc)
            if text is None:
                raise
            QMessageBox.warning(self, self.tr("Verify a submission pack"), text)
            return
        if result.ok:
            QMessageBox.information(
                self,
                self.tr("Verify a submission pack"),
                self.tr("The pack matches its manifest: nothing was changed."),
            )
        else:
            QMessageBox.warning(
                self,
                self.tr("Verify a submission pack"),
                "\n".join(message(code, params) for code, params in result.problems),
            )

    def refresh_changes(self) -> None:
        from ...services.reports.changes import changes_since, last_submission

        last = last_submission(self.db)
        self.changes.setRowCount(0)
        if last is None or last.snapshot_at is None:
            self.changes_label.setText(self.tr("No submission has been prepared yet."))
            return
        found = changes_since(self.db, last.snapshot_at)
        self.changes_label.setText(
            self.tr("Since the submission of {when} ({file}): {count} changes").format(
                when=format_datetime(last.snapshot_at),
                file=last.file_name,
                count=len(found),
            )
        )
        kinds = {
            "added": self.tr("Added"),
            "changed": self.tr("Changed"),
            "deleted": self.tr("Deleted"),
        }
        self.changes.setRowCount(len(found))
        for row, c in enumerate(found):
            for col, value in enumerate((kinds[c.kind], c.table, c.label, ", ".join(c.fields))):
                self.changes.setItem(row, col, QTableWidgetItem(value))
        fit_columns(self.changes)
