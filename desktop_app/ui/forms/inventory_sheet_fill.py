"""The inventory form's "Fill from a template sheet…": the grid from a town's template
workbook (services/excel/inventory_sheet.py reads it, with the workbook import's checks),
for the clerk to look over and save. Nothing is saved here; a sheet with problems leaves
the grid as it was and says which cells, rows or columns to correct."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from ...i18n import tr
from ...number_text import format_decimal

if TYPE_CHECKING:
    from .inventory_form import InventoryForm

MAX_SHOWN = 12
"""Problems listed in the message; the rest are counted."""


class SheetFill(QWidget):
    def __init__(self, form: InventoryForm) -> None:
        super().__init__(form.host)
        self.form = form
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton(tr("InventoryForm", "Fill from a template sheet…"), self)
        self.button.setObjectName("fillFromSheet")
        self.button.setToolTip(
            tr(
                "InventoryForm",
                "Read the grid from a workbook laid out like the Covenant template's final "
                "energy consumption table (sectors in rows, energy carriers in columns, MWh).",
            )
        )
        self.button.clicked.connect(self.choose)
        self.note = QLabel(self)
        self.note.setObjectName("sheetNote")
        self.note.setWordWrap(True)
        row.addWidget(self.button)
        row.addWidget(self.note, 1)

    def title(self) -> str:
        return tr("InventoryForm", "Fill from a template sheet")

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.title(),
            "",
            tr("InventoryForm", "Excel workbooks (*.xlsx *.xlsm)"),
        )
        if path:
            self.fill(Path(path))

    def fill(self, path: Path) -> bool:
        """Put the sheet's grid into the form; False (the grid untouched) on any problem."""
        from ...services.excel.errors import ExcelFileError
        from ...services.excel.inventory_sheet import (
            InventorySheetError,
            read_inventory_sheet,
            table_sheets,
        )

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheets = table_sheets(path)
        except ExcelFileError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.title(), exc.message())
            return False
        QGuiApplication.restoreOverrideCursor()
        if not sheets:
            QMessageBox.warning(
                self, self.title(), InventorySheetError("no_table", path=str(path)).message()
            )
            return False
        name = sheets[0]
        if len(sheets) > 1:
            name, ok = QInputDialog.getItem(
                self,
                self.title(),
                tr("InventoryForm", "Several sheets hold an inventory table. Which one?"),
                sheets,
                0,
                False,
            )
            if not ok:
                return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sheet = read_inventory_sheet(path, name)
        except ExcelFileError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.title(), exc.message())
            return False
        QGuiApplication.restoreOverrideCursor()
        if not sheet.ok:
            lines = [p.message() for p in sheet.issues[:MAX_SHOWN]]
            if len(sheet.issues) > MAX_SHOWN:
                lines.append(
                    tr("InventoryForm", "… and {n} more.").format(n=len(sheet.issues) - MAX_SHOWN)
                )
            QMessageBox.warning(
                self,
                self.title(),
                tr(
                    "InventoryForm",
                    "The grid was left as it was: sheet {sheet} of {file} needs these "
                    "corrections first.",
                ).format(sheet=sheet.sheet, file=path.name)
                + "\n\n"
                + "\n".join(lines),
            )
            return False
        grid = self.form.grid
        if any(grid.value().values()):
            answer = QMessageBox.question(
                self,
                self.title(),
                tr("InventoryForm", "Replace the figures in the grid with the sheet's?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        grid.set_value(sheet.cells)
        grid.changed.emit()
        stated = self.form.bindings.get("entered_total_mwh")
        if stated is not None and sheet.stated_total is not None:
            stated.set(sheet.stated_total)
        note = tr(
            "InventoryForm",
            "From sheet {sheet} of {file}: {cells} cells, {mwh} MWh; totals left out. "
            "Look them over, then save.",
        ).format(
            sheet=sheet.sheet,
            file=path.name,
            cells=len(sheet.cells),
            mwh=format_decimal(sheet.total_mwh, 1),
        )
        if sheet.rounded:
            note += " " + tr(
                "InventoryForm", "{n} cell(s) rounded to a tenth of a MWh, as inventories keep."
            ).format(n=sheet.rounded)
        self.note.setText(note)
        return True
