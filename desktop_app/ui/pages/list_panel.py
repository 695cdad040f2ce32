"""A searchable, filterable list of one record kind: the body of every list page.

Opening shows the first screenful at once from a LIMITed query, then reads the whole list
and builds the search index on a worker thread, so the window never freezes. Enter or a
double click asks to open the record (`open_requested`, connected by the forms); Del moves
the selection to the Trash after confirmation.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...i18n import tr
from ...services.lists import list_rows
from ..models.record_table import RecordTableModel
from ..models.search import SearchIndex
from ..sections import PageContext
from ..worker import Job, run_in_background
from .list_settings import header_option

FIRST_PAGE = 200
"""Rows read synchronously so the list is filled the moment the page appears."""

_FILTER_ALL = {
    "country": QT_TRANSLATE_NOOP("ListPanel", "All countries"),
    "status": QT_TRANSLATE_NOOP("ListPanel", "All statuses"),
    "type": QT_TRANSLATE_NOOP("ListPanel", "All types"),
    "year": QT_TRANSLATE_NOOP("ListPanel", "All years"),
}
_FILTER_NAMES = {
    "country": QT_TRANSLATE_NOOP("ListPanel", "Country filter"),
    "status": QT_TRANSLATE_NOOP("ListPanel", "Status filter"),
    "type": QT_TRANSLATE_NOOP("ListPanel", "Type filter"),
    "year": QT_TRANSLATE_NOOP("ListPanel", "Year filter"),
}


_RUNNING: set[Job] = set()


def _keep_alive(job: Job) -> Job:
    """Hold the job until it reports: a page closed mid-load must not delete its signals
    while the worker thread is still about to emit them."""
    _RUNNING.add(job)
    job.signals.done.connect(lambda _result: _RUNNING.discard(job))
    job.signals.failed.connect(lambda _details: _RUNNING.discard(job))
    return job


class ListPanel(QWidget):
    LIST_ID = "signatories"

    open_requested = Signal(str, object)
    """(record kind, record id): the user wants to open this record."""
    new_requested = Signal(str)
    """(record kind): reserved for the forms' Ctrl+N."""
    trashed = Signal(str, list)
    """(record kind, ids) just moved to the Trash, e.g. for an undo command."""
    loaded = Signal(int)
    """The whole list is in (row count)."""

    def __init__(
        self,
        context: PageContext,
        parent: QWidget | None = None,
        list_id: str | None = None,
        *,
        load_now: bool = True,
    ) -> None:
        """`load_now=False` defers reading until the panel is first shown (hidden tabs)."""
        super().__init__(parent)
        self.context = context
        self.list_id = list_id or self.LIST_ID
        self.model = RecordTableModel(self.list_id, self)
        self.kind = self.model.spec.kind
        self.loading = False
        self._generation = 0
        self._jobs: list[Job] = []
        self._pending_filters: dict[str, Any] = {}

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("ListPanel", "Search (Ctrl+F)"))
        self.search.setAccessibleName(tr("ListPanel", "Search"))
        self.search.textChanged.connect(self.model.set_search)
        self.filters: dict[str, QComboBox] = {}
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for column in self.model.spec.columns:
            if column.filter and column.filter not in self.filters:
                combo = QComboBox(self)
                combo.setObjectName(f"filter_{column.filter}")
                combo.setAccessibleName(tr("ListPanel", _FILTER_NAMES[column.filter]))
                combo.addItem(tr("ListPanel", _FILTER_ALL[column.filter]), None)
                combo.setProperty("field", column.field)
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo: self.model.set_quick_filter(
                        c.property("field"), c.currentData()
                    )
                )
                self.filters[column.filter] = combo
                top.addWidget(combo)

        self.view = QTableView(self)
        self.view.setObjectName(f"{self.list_id}Table")
        self.view.setAccessibleName(tr("ListPanel", "Records"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setDefaultSectionSize(140)
        header.setResizeContentsPrecision(40)  # auto widths from a sample, not every row
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        # Qt's header starts at "descending"; a clerk expects A to Z until they choose.
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.view.installEventFilter(self)
        self._restore_header()
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sectionMoved.connect(lambda *_: self._save_header())
        header.sortIndicatorChanged.connect(lambda *_: self._save_header())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.model.filtered.connect(self._show_count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)
        self.loaded_once = False
        if load_now:
            self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.loaded_once:
            self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """First screenful now, the rest and the search index from a worker thread."""
        self.loaded_once = True
        self._generation += 1
        generation = self._generation
        db = self.context.db
        first = list_rows(db, self.list_id, limit=FIRST_PAGE)
        self.model.set_rows(first)
        if self._auto_width and first:
            self._auto_width = False  # once: afterwards the user's widths are kept
            self.view.resizeColumnsToContents()
            for i in range(self.model.columnCount()):
                self.view.setColumnWidth(i, min(max(self.view.columnWidth(i), 70), 320))
        if len(first) < FIRST_PAGE:
            self.model.ensure_index()
            self._finish()
            return
        self.loading = True
        self._show_count()
        list_id, model = self.list_id, self.model

        def read_all() -> tuple[int, list[tuple[Any, ...]], SearchIndex]:
            rows = list_rows(db, list_id)
            return generation, rows, model.build_index(rows)

        self._jobs.append(_keep_alive(run_in_background(read_all, self._all_rows_arrived)))

    def _all_rows_arrived(self, result: tuple[int, list[tuple[Any, ...]], SearchIndex]) -> None:
        generation, rows, index = result
        if generation != self._generation:
            return  # a newer reload started meanwhile
        self.model.set_rows(rows, index)
        self._finish()

    def _finish(self) -> None:
        self.loading = False
        self._jobs.clear()
        self._fill_filters()
        self._show_count()
        self.loaded.emit(self.model.total_count())

    def _fill_filters(self) -> None:
        for combo in self.filters.values():
            field = combo.property("field")
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value, text in self.model.filter_values(field):
                combo.addItem(text, value)
            found = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
            if current is not None and found < 0:
                self.model.set_quick_filter(field, None)

    def _show_count(self, *_: Any) -> None:
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.loading:
            text = tr("ListPanel", "%n records shown, loading the rest...", None, shown)
        elif shown == total:
            text = tr("ListPanel", "%n records", None, total)
        else:
            text = tr("ListPanel", "{shown} of %n records", None, total).format(shown=shown)
        self.count_label.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_id(r) for r in rows]

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.kind, self.model.row_id(row))

    def open_current(self) -> None:
        self._open_row(self.view.currentIndex().row())

    def trash_selected(self) -> int:
        ids = self.selected_ids()
        if not ids or not self.confirm_trash(len(ids)):
            return 0
        from ...services import records  # not on the start-up path: only deleting needs it

        records.trash(self.context.db, self.kind, ids)
        self.model.remove_ids(ids)
        self.trashed.emit(self.kind, ids)
        return len(ids)

    def confirm_trash(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            tr("ListPanel", "Move to Trash"),
            tr(
                "ListPanel",
                "Move %n record(s) to the Trash? You can restore them from there.",
                None,
                count,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Find):
                self.focus_search()
                return True
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if key == Qt.Key.Key_Delete:
                self.trash_selected()
                return True
        return super().eventFilter(watched, event)

    # -- columns ---------------------------------------------------------------------------
    def _header_menu(self, pos: QPoint) -> None:
        self.column_menu().exec(self.view.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        menu = QMenu(self)
        header = self.view.horizontalHeader()
        visible = [i for i in range(self.model.columnCount()) if not header.isSectionHidden(i)]
        for i in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(i, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not (len(visible) == 1 and i in visible))
            action.toggled.connect(lambda on, col=i: self.set_column_visible(col, on))
        return menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.view.horizontalHeader().setSectionHidden(column, not visible)
        self._sync_hidden()
        self._save_header()

    def _sync_hidden(self) -> None:
        header = self.view.horizontalHeader()
        self.model.set_hidden_columns(
            i for i in range(self.model.columnCount()) if header.isSectionHidden(i)
        )

    def _restore_header(self) -> None:
        header = self.view.horizontalHeader()
        state = self.context.settings.get(header_option(self.list_id))
        self._auto_width = not state
        if not state or not header.restoreState(QByteArray(state)):
            self._auto_width = True
            for i, column in enumerate(self.model.spec.columns):
                header.setSectionHidden(i, column.hidden)
            if self.model.spec.columns[0].type == "name":
                self.view.setColumnWidth(0, 220)
            header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._sync_hidden()

    def _save_header(self) -> None:
        state = self.view.horizontalHeader().saveState()
        self.context.settings.set(header_option(self.list_id), bytes(state.data()))
