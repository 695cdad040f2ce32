"""File > Import from Excel: file and kind -> column mapping -> preview -> import.

A thin front on services.excel: reading, matching, checking and writing all happen there,
the slow steps off the GUI thread. The preview lists each row as new, update, unchanged or
error with its reasons, and can save the user's file back with the bad cells marked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...i18n import tr
from .import_values_page import ValuesPage

if TYPE_CHECKING:
    from ...db.session import Database

CTX = "ExcelImport"
STATUS_COLOURS = {"new": "#E2EFDA", "update": "#FFF2CC", "unchanged": "#FFFFFF", "error": "#FFC7CE"}
MAX_PREVIEW_ROWS = 5000
"""Rows shown in the preview table (errors first); counts always cover every row."""


def status_label(status: str) -> str:
    return {
        "new": tr("ExcelImport", "New"),
        "update": tr("ExcelImport", "Update"),
        "unchanged": tr("ExcelImport", "Unchanged"),
        "error": tr("ExcelImport", "Error"),
    }[status]


def _explain(exc: Exception) -> str | None:
    from ...services.excel.errors import ExcelFileError

    return exc.message() if isinstance(exc, ExcelFileError) else None


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        from ...services.excel.report import kind_words
        from ...services.excel.sheets import KINDS

        self.w = wizard
        self.setTitle(tr("ExcelImport", "Choose the workbook"))
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        browse = QPushButton(tr("ExcelImport", "Browse..."), self)
        browse.clicked.connect(self._browse)
        self.kind = QComboBox(self)
        for k in KINDS:
            self.kind.addItem(
                tr("ExcelImport", "Detect from the headers") if k == "auto" else kind_words(k), k
            )
        self.kind.setCurrentIndex(self.kind.findData("auto"))
        self.sheet = QLineEdit(self)
        self.sheet.setPlaceholderText(tr("ExcelImport", "every sheet with a header row"))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(tr("ExcelImport", "File"), row)
        form.addRow(tr("ExcelImport", "Records"), self.kind)
        form.addRow(tr("ExcelImport", "Sheet"), self.sheet)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("ExcelImport", "Import from Excel"),
            "",
            tr("ExcelImport", "Excel workbooks (*.xlsx *.xlsm)"),
        )
        if path:
            self.path.setText(path)

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        from ...services.excel.errors import ExcelFileError
        from ...services.excel.plan import prepare

        text = self.path.text().strip()
        if not text:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.w.prepared = prepare(
                Path(text),
                self.kind.currentData(),
                self.sheet.text().strip() or None,
                profiles_base=None,  # a saved profile for exactly these headers is applied
            )
        except ExcelFileError as exc:
            QMessageBox.warning(self, self.title(), exc.message())
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.w.path = Path(text)
        return True


class MappingPage(QWizardPage):
    """One tab per sheet: each column header and the field it feeds (or ignored)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("ExcelImport", "Match the columns"))
        self.setSubTitle(tr("ExcelImport", 'Columns set to "Ignore" are not imported.'))
        self.tabs = QTabWidget(self)
        self.combos: list[dict[int, QComboBox]] = []
        QVBoxLayout(self).addWidget(self.tabs)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        from ...services.excel.report import kind_words

        self.tabs.clear()
        self.combos = []
        for table, mapping in self.w.prepared:
            grid = QTableWidget(len(table.headers), 2, self.tabs)
            grid.setHorizontalHeaderLabels(
                [tr("ExcelImport", "Column"), tr("ExcelImport", "Field")]
            )
            grid.horizontalHeader().setStretchLastSection(True)
            combos: dict[int, QComboBox] = {}
            for i, header in enumerate(table.headers):
                grid.setItem(i, 0, QTableWidgetItem(f"{table.column_letter(i)}: {header}"))
                combo = QComboBox(grid)
                combo.addItem(tr("ExcelImport", "Ignore"), "")
                for col in mapping.spec.importable:
                    combo.addItem(tr(col.context, col.header), col.field)
                combo.setCurrentIndex(max(combo.findData(mapping.columns.get(i, "")), 0))
                grid.setCellWidget(i, 1, combo)
                combos[i] = combo
            grid.resizeColumnToContents(0)
            self.combos.append(combos)
            words = kind_words(mapping.kind)  # the sheet's name, and what it holds if not that
            self.tabs.addTab(
                grid, table.sheet if words == table.sheet else f"{table.sheet} ({words})"
            )

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        for (_table, mapping), combos in zip(self.w.prepared, self.combos, strict=True):
            mapping.columns = {i: c.currentData() for i, c in combos.items() if c.currentData()}
            if len(set(mapping.columns.values())) != len(mapping.columns):
                QMessageBox.warning(
                    self,
                    self.title(),
                    tr("ExcelImport", "Each field can be fed by one column only."),
                )
                return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(tr("ExcelImport", "Check before importing"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [
                tr("ExcelImport", "Sheet"),
                tr("ExcelImport", "Row"),
                tr("ExcelImport", "Result"),
                tr("ExcelImport", "Reasons"),
            ]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip = QCheckBox(
            tr("ExcelImport", "Import the valid rows and skip the rows with errors"), self
        )
        self.skip.toggled.connect(self.completeChanged)
        self.annotate = QPushButton(
            tr("ExcelImport", "Save the file with errors highlighted..."), self
        )
        self.annotate.clicked.connect(self._save_annotated)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.busy, self.table, self.skip, self.annotate):
            layout.addWidget(widget)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        from ...services.excel.plan import plan_tables
        from ..operations import tasks

        self.w.plan = None
        self.table.setRowCount(0)
        self.busy.show()
        self.summary.setText(tr("ExcelImport", "Checking every row..."))
        db, path, prepared = self.w.db, self.w.path, self.w.prepared
        self.w.job = tasks().run(
            lambda: plan_tables(db, path, prepared),
            self.show_plan,
            lambda failure: self._failed(failure.details),
            key=("import preview", id(self.w)),  # going Back and Next again supersedes
            parent=self,
        )

    def _failed(self, details: str) -> None:
        self.busy.hide()
        self.summary.setText(details.strip().splitlines()[-1] if details else "")

    def show_plan(self, plan: Any) -> None:
        from ...services.excel.report import field_words, issue_text

        self.w.plan = plan
        self.busy.hide()
        counts = plan.counts()
        self.summary.setText(
            tr(
                "ExcelImport",
                "{new} new, {update} to update, {same} unchanged, {errors} with errors.",
            ).format(
                new=counts.get("new", 0),
                update=counts.get("update", 0),
                same=counts.get("unchanged", 0),
                errors=counts.get("error", 0),
            )
        )
        rows = [(s, r) for s in plan.sheets for r in s.rows]
        rows.sort(key=lambda sr: sr[1].status != "error")
        rows = rows[:MAX_PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        for n, (sheet, row) in enumerate(rows):
            reasons = "  •  ".join(issue_text(sheet, i) for i in row.errors)
            if row.status == "update":
                reasons = ", ".join(field_words(sheet, name) or name for name in row.changes)
            cells = [sheet.table.sheet, str(row.row), status_label(row.status), reasons]
            brush = QBrush(QColor(STATUS_COLOURS[row.status]))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setBackground(brush)
                self.table.setItem(n, c, item)
        has_errors = counts.get("error", 0) > 0
        self.skip.setVisible(has_errors)
        self.annotate.setVisible(has_errors)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        plan = self.w.plan
        if plan is None:
            return False
        return not plan.has_errors or self.skip.isChecked()

    def _save_annotated(self) -> None:
        from ...services.excel.annotate import save_annotated

        suggested = str(self.w.path.with_name(self.w.path.stem + "-errors.xlsx"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.annotate.text(), suggested, tr("ExcelImport", "Excel workbooks (*.xlsx)")
        )
        if not path or self.w.plan is None:
            return
        try:
            save_annotated(self.w.plan, Path(path))
        except Exception as exc:  # noqa: BLE001 - worded problems are shown, others re-raised
            text = _explain(exc)
            if text is None:
                raise
            QMessageBox.warning(self, self.title(), text)


class ImportWizard(QWizard):
    help_topic = "importing"

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = Path()
        self.prepared: list = []
        self.plan: Any = None
        self.job: Any = None
        self.committed: Any = None
        self.setWindowTitle(tr("ExcelImport", "Import from Excel"))
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.values_page = ValuesPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.values_page, self.preview_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("ExcelImport", "Import"))
        self.resize(820, 560)

    def accept(self) -> None:
        """Backup, then every row in one transaction (services.excel.commit)."""
        from ...services.excel.commit import commit
        from ..operations import tasks

        if self.plan is None:
            return
        skip = self.preview_page.skip.isChecked()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.preview_page.summary.setText(tr("ExcelImport", "Importing..."))
        self.job = tasks().run(
            lambda: commit(self.db, self.plan, skip_invalid=skip),
            self._done,
            lambda failure: self._failed(failure.details),
        )

    def _done(self, result: Any) -> None:
        """The rows are in: every page showing an imported kind reads again (one change,
        no "reload every page"), then the clerk is told what happened."""
        from ...services.changes import Changes
        from ..operations import tasks

        self.committed = result
        from ...services.excel.records import record_kind

        # Record kind ids ("signatory"), which pages listen for, not sheet ids ("signatories");
        # the profile sheet writes coordinators and services, Reports sent no record kind.
        kinds = frozenset(filter(None, (record_kind(sheet.kind) for sheet in self.plan.sheets)))
        tasks().apply(Changes(kinds), self)
        text = tr(
            "ExcelImport",
            "Imported: {created} new, {updated} updated, {skipped} skipped with errors.",
        ).format(created=result.created, updated=result.updated, skipped=result.skipped)
        from ..window_chrome import announce

        announce(text)  # the status bar keeps it after the box is closed
        if result.backup is not None:
            text += "\n" + tr("ExcelImport", "A backup was taken first: {path}").format(
                path=result.backup
            )
        QMessageBox.information(self, self.windowTitle(), text)
        super().accept()

    def _failed(self, details: str) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        last = details.strip().splitlines()[-1] if details else ""
        if "StaleRecord" in last:
            text = tr(
                "ExcelImport",
                "A record was changed by someone else during the import; nothing was "
                "imported. Check the preview again.",
            )
        else:
            text = tr("ExcelImport", "The import failed and nothing was written.") + "\n" + last
        QMessageBox.warning(self, self.windowTitle(), text)
