"""Edit > Copy of a table's selected rows: tab-separated, a header line first.

One helper for every page with rows (lists, Trash, Reports, Sync conflicts, the
Deadlines tab, the profile's services), so each copies the same way: the visible columns
in the order shown, one line per selected row, a spreadsheet pastes them as cells.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QTreeView


def selected_rows(view: QAbstractItemView) -> list[int]:
    """Rows with a selected cell (a table that selects cells counts the row once)."""
    selection = view.selectionModel()
    if selection is None:
        return []
    return sorted({index.row() for index in selection.selectedIndexes()})


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    if isinstance(view, QTreeView):
        return view.header()
    return None


def rows_text(view: QAbstractItemView, rows: list[int]) -> str:
    model = view.model()
    header = _header(view)
    if header is None:
        columns = list(range(model.columnCount()))
    else:
        logical = (header.logicalIndex(v) for v in range(header.count()))
        columns = [c for c in logical if not header.isSectionHidden(c)]

    def clean(value: object) -> str:
        return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")

    heads = (clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)
    lines = ["\t".join(heads)]
    lines += ["\t".join(clean(model.data(model.index(r, c))) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def copy_rows(view: QAbstractItemView) -> int:
    """Put the selected rows on the clipboard; how many (0: nothing was selected)."""
    rows = selected_rows(view)
    if rows:
        QApplication.clipboard().setText(rows_text(view, rows))
    return len(rows)
