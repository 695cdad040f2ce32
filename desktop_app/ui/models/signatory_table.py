"""The signatories list as a Qt table model over plain rows from the service.

The model knows nothing about the database: `set_rows()` swaps the whole list with a
model reset, which a view handles far faster than row-by-row inserts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ...date_text import format_date
from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...i18n import country_name, label, locale, tr
from ...services.signatories import SignatoryRow
from .table_base import TableModel

COL_NAME = 0
COL_LOCAL_NAME = 1
COL_COUNTRY = 2
COL_REGION = 3
COL_POPULATION = 4
COL_ADHESION = 5
COL_FRAMEWORK = 6
COL_STATUS = 7

HEADERS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("SignatoryTable", "Name"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Local name"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Country"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Region"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Population"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Adhesion date"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Framework"),
    QT_TRANSLATE_NOOP("SignatoryTable", "Status"),
)

ROW_ROLE = Qt.ItemDataRole.UserRole
"""data(index, ROW_ROLE) gives the SignatoryRow, e.g. to open the record."""


class SignatoryTableModel(TableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("SignatoryTable", h) for h in HEADERS], parent)
        self._rows: list[SignatoryRow] = []
        self._sort_column = -1
        self._descending = False
        self._locale = locale()

    def set_rows(self, rows: Sequence[SignatoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort_column >= 0:
            self._rows.sort(key=self._sort_key(self._sort_column), reverse=self._descending)
        self.endResetModel()

    def append_rows(self, rows: Sequence[SignatoryRow]) -> None:
        """Add the rest of a list that arrived in pages, keeping the user's sort order."""
        if not rows:
            return
        if self._sort_column >= 0:
            self.set_rows(self._rows + list(rows))
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python on precomputed keys: a sort proxy calling data() per comparison
        takes about a second for 20,000 rows, this takes a few milliseconds."""
        if not 0 <= column < len(HEADERS):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        old_persistent = self.persistentIndexList()
        tracked = [(index, self._rows[index.row()]) for index in old_persistent]
        self._rows.sort(key=self._sort_key(column), reverse=self._descending)
        position = {id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old_persistent,
            [self.index(position[id(row)], index.column()) for index, row in tracked],
        )
        self.layoutChanged.emit()

    def _sort_key(self, column: int):  # type: ignore[no-untyped-def]
        if column == COL_POPULATION:
            return lambda r: (r.population is None, r.population or 0)
        if column == COL_ADHESION:
            return lambda r: (r.adhesion_date is None, r.adhesion_date or date.min)
        return lambda r: self._display(r, column).casefold()

    def row_at(self, row: int) -> SignatoryRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row_number: int, column: int, role: int) -> Any:
        row = self._rows[row_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_POPULATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: SignatoryRow, column: int) -> str:
        if column == COL_NAME:
            return row.name
        if column == COL_LOCAL_NAME:
            return row.local_name
        if column == COL_COUNTRY:
            return country_name(row.country)
        if column == COL_REGION:
            return row.region
        if column == COL_POPULATION:
            return "" if row.population is None else self._locale.toString(row.population)
        if column == COL_ADHESION:
            if row.adhesion_date is None:
                return ""
            return format_date(row.adhesion_date, self._locale)
        if column == COL_FRAMEWORK:
            return label(row.framework)
        if column == COL_STATUS:
            return label(row.status)
        return ""
