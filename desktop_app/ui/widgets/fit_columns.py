"""Columns at least as wide as their header and content, so nothing is cut.

Under a long translation (Russian, Turkmen, or the stretched pseudo-translation) a header
such as "Moved to Trash" or "Valid from" was cut at the default 100 px. Columns only grow:
a width the user dragged, or one restored from the settings, is never taken away. The last
column usually stretches and is left alone; one long free-text column cannot take more
than `cap` of the view.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView


def fit_columns(view: QAbstractItemView, cap: float = 0.45) -> None:
    header: QHeaderView | None
    if isinstance(view, QTreeView):
        header = view.header()
    elif isinstance(view, QTableView):
        header = view.horizontalHeader()
    else:
        return
    if header is None or view.model() is None:
        return
    count = header.count()
    last = count - 1 if header.stretchLastSection() else count
    limit = max(int(max(view.viewport().width(), 600) * cap), 160)  # not laid out yet: 600
    for column in range(last):
        if header.isSectionHidden(column):
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        wanted = min(wanted, limit)
        if header.sectionSize(column) < wanted:
            header.resizeSection(column, wanted)
