"""File > Export to Excel: choose the period and the file, then a cancellable progress bar.

The export itself runs off the GUI thread through the shared ReportDialog (progress,
Cancel, worded errors); cancelling leaves no file behind. `add_excel_actions` puts Import
and Export into the File menu.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...date_text import format_date
from ...i18n import tr
from ..widgets.date_edit import DateEdit

if TYPE_CHECKING:
    from ...db.session import Database
    from ...services.period import Period


class ExportDialog(QDialog):
    help_topic = "export"

    def __init__(self, db: Database, parent: QWidget | None = None, rules: Any = None) -> None:
        super().__init__(parent)
        from ...domain.rules.settings import DEFAULT_SETTINGS
        from ...services.period import current_period

        self.db = db
        self.rules = rules or DEFAULT_SETTINGS
        """Preferences' rule thresholds, so the workbook's figures are the dashboard's."""
        self.setWindowTitle(tr("ExcelExport", "Export to Excel"))
        self.setMinimumWidth(560)
        period = current_period(date.today())
        self.start = DateEdit(False, self, own_errors=True)
        self.end = DateEdit(False, self, own_errors=True)
        for edit, day, caption in ((self.start, period.start, tr("ExcelExport", "From")),
                                   (self.end, period.end, tr("ExcelExport", "To"))):  # fmt: skip
            edit.set_value(day)
            edit.setAccessibleName(caption)
        self.all_records = QCheckBox(
            tr("ExcelExport", "Every record, not only the period's activities"), self
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("exportPath")
        self.path.setText(str(Path.home() / f"coordinator-desk_{period.start}_{period.end}.xlsx"))
        browse = QPushButton(tr("ExcelExport", "Browse..."), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("ExcelExport", "From"), self.start)
        form.addRow(tr("ExcelExport", "To"), self.end)
        form.addRow("", self.all_records)
        form.addRow(tr("ExcelExport", "File"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("ExcelExport", "Export"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_value: Any = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("ExcelExport", "Save the workbook"),
            self.path.text(),
            tr("ExcelExport", "Excel workbooks (*.xlsx)"),
        )
        if path:
            self.path.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def period(self) -> Period | None:
        from ...services.period import Period, PeriodError

        for edit in (self.start, self.end):
            problem = edit.problem(edit.accessibleName())
            if problem:
                QMessageBox.warning(self, self.windowTitle(), problem)
                edit.setFocus()
                return None
        start, end = self.start.value(), self.end.value()
        assert isinstance(start, date) and isinstance(end, date)
        try:
            return Period(start, end)
        except PeriodError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message(format_date))
            return None

    def job(self, period: Period, out: Path):  # type: ignore[no-untyped-def]
        """The export as a ReportDialog job: progress(percent, step), which raises on Cancel."""
        from ...services.excel.export import export_workbook

        all_records = self.all_records.isChecked()

        def run(progress):  # type: ignore[no-untyped-def]
            return export_workbook(
                self.db,
                out,
                period,
                all_records=all_records,
                settings=self.rules,
                progress=lambda done, total: progress(int(100 * done / max(total, 1)), "workbook"),
            )

        return run

    def run(self) -> None:
        from .report_dialog import ReportDialog

        period = self.period()
        text = self.path.text().strip()
        if period is None or not text:
            return
        dialog = ReportDialog(self.windowTitle(), self.job(period, Path(text)), parent=self)
        dialog.exec()
        self.result_value = dialog.result_value
        if self.result_value is not None:
            self.accept()


def add_excel_actions(window: Any, menu: QMenu) -> None:
    """File > Import from Excel... and Export to Excel..., acting on the window's database."""
    menu.addSeparator()
    window.excel_import_action = menu.addAction(tr("ExcelExport", "&Import from Excel..."))
    window.excel_export_action = menu.addAction(tr("ExcelExport", "E&xport to Excel..."))

    def do_import() -> None:
        if window.db is None:
            return
        from .import_wizard import ImportWizard

        ImportWizard(window.db, window).exec()  # its change reaches the pages that show it

    def do_export() -> None:
        if window.db is not None:
            from ..dashboard_settings import rule_settings

            ExportDialog(window.db, window, rule_settings(window.settings)).exec()

    window.excel_import_action.triggered.connect(do_import)
    window.excel_export_action.triggered.connect(do_export)
