"""The energy grid of an emission inventory, edited like a spreadsheet.

Rows are the inventory's sectors (the seven consumption sectors, a live total row, then
the two local production rows whose cells are the fuels the plants burn), columns the
energy carriers plus a live total column. What people do in Excel works here: type into
a cell and Tab moves right (to the next row's first cell at the end; from the last cell
Tab leaves the grid, and Ctrl+Tab / Ctrl+Shift+Tab leave it from any cell), Enter moves down,
Delete empties the selection, Ctrl+V pastes a block copied from Excel or LibreOffice
(tab-separated lines) starting at the current cell. Every cell is read with the one
number rule of the interface language (domain.rules.entry.parse_number), so a Russian
"1234,5" is 1234.5, never 12345; a cell that cannot be read keeps its text, turns red and
blocks saving through the validation message that names its sector and carrier.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...domain.enums import (
    CONSUMPTION_SECTORS,
    PRODUCTION_SECTORS,
    EnergyCarrier,
    InventorySector,
)
from ...domain.rules.emissions import cell_key
from ...domain.rules.entry import parse_number
from ...i18n import label, locale, tr
from .decimal_edit import format_decimal, number_style

ERROR_BRUSH = QBrush(QColor("#ffcdd2"))
TOTAL_BRUSH = QBrush(QColor("#eeeeee"))
PLACES = 1
"""MWh keep one decimal (the column's scale)."""


class EnergyGrid(QTableWidget):
    """Sector × carrier MWh; `value()` is {"SECTOR/CARRIER": Decimal or the unreadable text}."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        self.carriers = list(EnergyCarrier)
        self.rows: list[InventorySector | None] = [*CONSUMPTION_SECTORS, None,
                                                   *PRODUCTION_SECTORS]  # fmt: skip
        super().__init__(len(self.rows), len(self.carriers) + 1, parent)
        self.total_row = self.rows.index(None)
        self.total_column = len(self.carriers)
        self._style = number_style()
        self._loc = locale()
        self._updating = False
        self.setHorizontalHeaderLabels(
            [label(c) for c in self.carriers] + [tr("InventoryGrid", "Total")]
        )
        self.setVerticalHeaderLabels(
            [
                label(s) if s else tr("InventoryGrid", "Total consumption")
                for s in self.rows
            ]  # fmt: skip
        )
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setTabKeyNavigation(True)
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r == self.total_row or c == self.total_column:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    item.setBackground(TOTAL_BRUSH)
                self.setItem(r, c, item)
        self.itemChanged.connect(self._item_changed)
        self.setCurrentCell(0, 0)
        height = self.horizontalHeader().sizeHint().height() + 4
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setMinimumHeight(min(height, 420))

    # -- values ----------------------------------------------------------------------------
    def _is_data(self, row: int, column: int) -> bool:
        return row != self.total_row and column != self.total_column

    def _key(self, row: int, column: int) -> str:
        sector = self.rows[row]
        assert sector is not None
        return cell_key(sector.value, self.carriers[column].value)

    def _read(self, text: str) -> Decimal | str | None:
        reading = parse_number(text, self._style, PLACES)
        if reading.ok:
            return reading.value
        return text.strip()

    def value(self) -> dict[str, Decimal | str]:
        out: dict[str, Decimal | str] = {}
        for r in range(self.rowCount()):
            for c in range(len(self.carriers)):
                if not self._is_data(r, c):
                    continue
                read = self._read(self.item(r, c).text())
                if read is None or read == 0:
                    continue
                out[self._key(r, c)] = read
        return out

    def set_value(self, cells: dict[str, Decimal] | None) -> None:
        cells = cells or {}
        self._updating = True
        try:
            for r in range(self.rowCount()):
                for c in range(len(self.carriers)):
                    if not self._is_data(r, c):
                        continue
                    number = cells.get(self._key(r, c))
                    self.item(r, c).setText(self._show(number) if number else "")
                    self.item(r, c).setBackground(QBrush())
        finally:
            self._updating = False
        self._totals()

    def _show(self, number: Decimal | str | None) -> str:
        if number is None:
            return ""
        if isinstance(number, str):
            return number
        return format_decimal(number.normalize() if number == number.to_integral() else number,
                              self._loc)  # fmt: skip

    def cell_text(self, sector: str, carrier: str) -> str:
        """What a cell shows (tests and the accessible description read it)."""
        r = next(i for i, s in enumerate(self.rows) if s is not None and s.value == sector)
        c = next(i for i, x in enumerate(self.carriers) if x.value == carrier)
        return self.item(r, c).text()

    def total_text(self, row: int | None = None, column: int | None = None) -> str:
        return self.item(self.total_row if row is None else row,
                         self.total_column if column is None else column).text()  # fmt: skip

    # -- live totals -----------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or not self._is_data(item.row(), item.column()):
            return
        self._updating = True
        try:
            read = self._read(item.text())
            item.setBackground(ERROR_BRUSH if isinstance(read, str) else QBrush())
        finally:
            self._updating = False
        self._totals()
        self.changed.emit()

    def _number(self, r: int, c: int) -> Decimal:
        read = self._read(self.item(r, c).text())
        return read if isinstance(read, Decimal) else Decimal(0)

    def _totals(self) -> None:
        self._updating = True
        try:
            consumption = range(len(CONSUMPTION_SECTORS))
            grand = Decimal(0)
            for c in range(len(self.carriers)):
                column_total = sum((self._number(r, c) for r in consumption), Decimal(0))
                grand += column_total
                self.item(self.total_row, c).setText(self._show(column_total))
            for r in range(self.rowCount()):
                if r == self.total_row:
                    continue
                row_total = sum((self._number(r, c) for c in range(len(self.carriers))),
                                Decimal(0))  # fmt: skip
                self.item(r, self.total_column).setText(self._show(row_total))
            self.item(self.total_row, self.total_column).setText(self._show(grand))
        finally:
            self._updating = False

    # -- keyboard and clipboard ------------------------------------------------------------
    def _move(self, dr: int, dc: int) -> None:
        r, c = self.currentRow(), self.currentColumn()
        r, c = r + dr, c + dc
        if c >= len(self.carriers):
            r, c = r + 1, 0
        if c < 0:
            r, c = r - 1, len(self.carriers) - 1
        if r == self.total_row:
            r += 1 if dr >= 0 and dc >= 0 else -1
        r = max(0, min(r, self.rowCount() - 1))
        self.setCurrentCell(r, c)

    def closeEditor(  # noqa: N802 - Qt API
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        """Tab in a cell moves right (wrapping), Shift+Tab left; Enter, which the cell's
        editor passes on to the grid, moves down in keyPressEvent."""
        moves: dict[QAbstractItemDelegate.EndEditHint, Callable[[], None]] = {
            QAbstractItemDelegate.EndEditHint.EditNextItem: lambda: self._move(0, 1),
            QAbstractItemDelegate.EndEditHint.EditPreviousItem: lambda: self._move(0, -1),
        }
        move = moves.get(hint)
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if move is not None:
            move()

    def event(self, event: QEvent) -> bool:
        """Delete empties cells here, as in a text field: the form's "Del moves the record
        to the Trash" must not take it while the grid has the focus."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if (
                event.key()
                in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                or event.matches(QKeySequence.StandardKey.Paste)
                or event.matches(QKeySequence.StandardKey.Copy)
            ):
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Tab:
            self._leave(True)  # Ctrl+Tab leaves the grid from any cell
            return
        if ctrl and key == Qt.Key.Key_Backtab:
            self._leave(False)
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste(QGuiApplication.clipboard().text())
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear_selection()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._move(1, 0)
            return
        if key == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            if (
                self.currentRow() == self.rowCount() - 1
                and self.currentColumn() >= len(self.carriers) - 1
            ):
                self._leave(True)  # the last cell: Tab leaves the grid
                return
            self._move(0, 1)
            return
        if key == Qt.Key.Key_Backtab:
            if self.currentRow() == 0 and self.currentColumn() == 0:
                self._leave(False)
                return
            self._move(0, -1)
            return
        super().keyPressEvent(event)

    def _leave(self, forward: bool) -> None:
        """Focus the next (previous) widget of the form. QAbstractItemView's own
        focusNextPrevChild would move the current cell instead: call QWidget's."""
        QWidget.focusNextPrevChild(self, forward)

    def _clear_selection(self) -> None:
        indexes = [i for i in self.selectedIndexes() if self._is_data(i.row(), i.column())]
        if not indexes and self._is_data(self.currentRow(), self.currentColumn()):
            indexes = [self.model().index(self.currentRow(), self.currentColumn())]
        self._set_cells([(i.row(), i.column(), "") for i in indexes])

    def _set_cells(self, cells: list[tuple[int, int, str]]) -> None:
        self.blockSignals(True)
        try:
            for r, c, text in cells:
                item = self.item(r, c)
                item.setText(text)
                read = self._read(text)
                item.setBackground(ERROR_BRUSH if isinstance(read, str) else QBrush())
        finally:
            self.blockSignals(False)
        self._totals()
        self.changed.emit()

    def paste(self, text: str) -> int:
        """Paste tab-separated lines from the current cell; returns the cells written.
        Cells past the grid's edge are left out; the total row is skipped over."""
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        while lines and not lines[-1].strip():
            lines.pop()
        start_r, start_c = max(self.currentRow(), 0), max(self.currentColumn(), 0)
        cells: list[tuple[int, int, str]] = []
        r = start_r
        for line in lines:
            if r == self.total_row:
                r += 1
            if r >= self.rowCount():
                break
            for offset, raw in enumerate(line.split("\t")):
                c = start_c + offset
                if c >= len(self.carriers):
                    break
                cells.append((r, c, raw.strip()))
            r += 1
        self._set_cells(cells)
        return len(cells)

    def copy(self) -> None:
        indexes = self.selectedIndexes() or [self.currentIndex()]
        rows = sorted({i.row() for i in indexes})
        columns = sorted({i.column() for i in indexes})
        text = "\n".join("\t".join(self.item(r, c).text() for c in columns) for r in rows)
        QGuiApplication.clipboard().setText(text + "\n")

    def index_of(self, sector: str, carrier: str) -> QModelIndex:
        r = next(i for i, s in enumerate(self.rows) if s is not None and s.value == sector)
        c = next(i for i, x in enumerate(self.carriers) if x.value == carrier)
        return self.model().index(r, c)
