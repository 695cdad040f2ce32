"""The signatories section: for now a sortable list (search, filters and forms come later).

The first screenful is read at once so the list is usable immediately; the rest arrives
from a background thread, so even 20,000 signatories never freeze the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...services.signatories import SignatoryRow, list_signatories
from ..models.signatory_table import COL_NAME, SignatoryTableModel
from ..sections import PageContext
from ..worker import Job, run_in_background

FIRST_PAGE = 200


class SignatoriesPage(QWidget):
    loaded = Signal(int)
    """Emitted with the row count once the whole list is in."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = SignatoryTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("signatoriesTable")
        self.view.setAccessibleName(tr("SignatoriesPage", "Signatories"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setColumnWidth(COL_NAME, 200)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.count_label)
        self.loading = False
        self._generation = 0
        self._job: Job | None = None
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        db = self.context.db
        first = list_signatories(db, limit=FIRST_PAGE)
        self.model.set_rows(first)
        if len(first) < FIRST_PAGE:
            self._finish()
            return
        self.loading = True
        self._show_count()
        # A bound method of this QObject, so Qt drops the call if the page is gone by then.
        self._job = run_in_background(
            lambda: (generation, list_signatories(db, offset=FIRST_PAGE)), self._append
        )

    def _append(self, result: tuple[int, list[SignatoryRow]]) -> None:
        generation, rest = result
        if generation != self._generation:
            return  # a newer reload started meanwhile
        self.model.append_rows(rest)
        self._finish()

    def _finish(self) -> None:
        self.loading = False
        self._job = None
        self._show_count()
        self.loaded.emit(self.model.rowCount())

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if self.loading:
            text = tr("SignatoriesPage", "%n signatories shown, loading the rest...", None, count)
        else:
            text = tr("SignatoriesPage", "%n signatories", None, count)
        self.count_label.setText(text)
