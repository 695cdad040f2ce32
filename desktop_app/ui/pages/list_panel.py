"""A searchable, filterable list of one record kind: the body of every list page.

Opening shows the first screenful at once from a LIMITed query, then reads the whole list
and builds the search index as an operation on the task manager (a newer read of the same
list supersedes an older one), so the window never freezes. Enter or a double click asks to
open the record (`open_requested`, connected by the window); Del moves the selection to the
Trash after confirmation, undoably. A `Page`: it reads again when a change touches its
kind, a signatory it names, or (finance) an exchange rate, at once if shown, else when shown.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...i18n import tr
from ...services.lists import list_rows
from ..models.record_table import RecordTableModel
from ..models.search import SearchIndex
from ..operations import tasks
from ..sections import PageContext
from ..widgets.fitting_combo import fit
from ..widgets.own_keys import ROW_KEYS, claims_key
from ..widgets.search_box import SearchBox
from .list_settings import header_option
from .page import ROWS_ACTIONS, Page, copy_view_rows, nothing_selected

FIRST_PAGE = 200
"""Rows read synchronously so the list is filled the moment the page appears."""

FILTER_CHARACTERS = 10
"""Room a quick filter asks for, in characters (ui/widgets/fitting_combo.py)."""

_FILTER_ALL = {
    "country": QT_TRANSLATE_NOOP("ListPanel", "All countries"),
    "status": QT_TRANSLATE_NOOP("ListPanel", "All statuses"),
    "type": QT_TRANSLATE_NOOP("ListPanel", "All types"),
    "year": QT_TRANSLATE_NOOP("ListPanel", "All years"),
}
EMPTY_HINTS: dict[str, tuple[str, str]] = {
    "signatories": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold your territory's signatories: municipalities that joined "
            "the Covenant, with their plans, reports and finance. None is recorded yet; "
            "add one, or bring them all in with File > Import from Excel.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add a signatory..."),
    ),
    "plans": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold the signatories' action plans (SEAP, SECAP) and their "
            "assessment. None is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add an action plan..."),
    ),
    "monitoring": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold the monitoring reports signatories submit on their plans. "
            "None is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add a monitoring report..."),
    ),
    "extensions": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold the deadline extensions granted to signatories. None is "
            "recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add a deadline extension..."),
    ),
    "assistance": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold your office's assistance: technical and strategic help, "
            "trainings, study visits and promotion. None is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add an activity..."),
    ),
    "energy_days": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold the Energy Days held or planned in your territory. None "
            "is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add an Energy Day..."),
    ),
    "finance": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold financial support: applications, grants and loans for "
            "signatories, with their amounts in EUR. None is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add financial support..."),
    ),
    "exchange_rates": (
        QT_TRANSLATE_NOOP(
            "ListPanel",
            "This list will hold exchange rates (units of a currency per euro, by date), "
            "used to give amounts in EUR. None is recorded yet.",
        ),
        QT_TRANSLATE_NOOP("ListPanel", "&Add an exchange rate..."),
    ),
}
"""What each list will hold, said while it is empty, and its Add button."""

_FILTER_NAMES = {
    "country": QT_TRANSLATE_NOOP("ListPanel", "Country filter"),
    "status": QT_TRANSLATE_NOOP("ListPanel", "Status filter"),
    "type": QT_TRANSLATE_NOOP("ListPanel", "Type filter"),
    "year": QT_TRANSLATE_NOOP("ListPanel", "Year filter"),
}


class ListPanel(Page, QWidget):
    LIST_ID = "signatories"

    open_requested = Signal(str, object)
    """(record kind, record id): the user wants to open this record."""
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
        self._pending_filters: dict[str, Any] = {}

        self.search = SearchBox(self)
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
                combo = fit(QComboBox(self), FILTER_CHARACTERS)  # the row fits a laptop
                combo.setObjectName(f"filter_{column.filter}")
                combo.setAccessibleName(tr("ListPanel", _FILTER_NAMES[column.filter]))
                combo.addItem(tr("ListPanel", _FILTER_ALL[column.filter]), None)
                combo.setProperty("field", column.field)
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
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu_requested)
        self.row_menu_shown: QMenu | None = None
        """The last context menu of rows (open, trash, copy): tests trigger its actions."""
        self.view.installEventFilter(self)
        self._restore_header()
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sectionMoved.connect(lambda *_: self._save_header())
        header.sortIndicatorChanged.connect(lambda *_: self._save_header())

        self.count_label = QLabel(self)
        self.count_label.setObjectName("rowCount")
        self.model.filtered.connect(self._show_count)
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("scopeLabel")
        self.scope_label.setWordWrap(True)
        self.scope_clear = QPushButton(tr("ListPanel", "Show &all records"), self)
        self.scope_clear.setObjectName("scopeClear")
        self.scope_clear.clicked.connect(self.clear_scope)
        scope_bar = QHBoxLayout()
        scope_bar.addWidget(self.scope_label, 1)
        scope_bar.addWidget(self.scope_clear)
        self.scope_label.hide()
        self.scope_clear.hide()
        self.body = QStackedWidget(self)
        self.body.setObjectName("listBody")
        self.body.addWidget(self.view)
        self.empty_hint = self._build_empty_hint()
        self.body.addWidget(self.empty_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(scope_bar)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count_label)

        # Ctrl+F: the window's Edit > Find in a window (a key of the page's own as well
        # would make it ambiguous, and Qt then runs neither); the list's keys on its own.
        self.loaded_once = False
        self.listen_for_changes()
        if load_now:
            self.reload()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self.loaded_once:
            self.stale = False  # the first read below shows every change so far
            self.reload()
        super().showEvent(event)  # Page: reads again if a change came while hidden

    # -- the Page protocol -----------------------------------------------------------------
    def shown_kinds(self) -> frozenset[str]:
        fields = {column.field for column in self.model.spec.columns}
        kinds = {self.kind}
        if fields & {"signatory_id", "signatory_ids", "organiser_ids"}:
            kinds.add("signatory")  # a renamed signatory shows under its new name
        if "amount_eur" in fields:
            kinds.add("exchange_rate")  # a new rate changes the amounts in euros
        return frozenset(kinds)

    def refresh(self) -> None:
        if self.loaded_once:
            self.reload()

    def on_changes(self, changes: Any, initiator: object) -> None:
        if initiator is not self:  # its own delete already took the rows out
            super().on_changes(changes, initiator)

    def new_record_kind(self) -> str | None:
        return self.kind

    def edit_actions(self) -> frozenset[str]:
        return ROWS_ACTIONS

    def copy_selection(self) -> bool:
        """The selected rows' visible cells, tab-separated, one line per row (a sheet
        pastes them as cells); the header line first."""
        return copy_view_rows(self.view)

    def delete_selection(self) -> bool:
        if not self.selected_ids():
            return nothing_selected()
        return self.trash_selected() > 0

    def set_filters(self, filters: dict[str, Any]) -> None:
        for key, value in filters.items():
            combo = self.filters.get(key)
            if combo is not None and combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))

    def set_scope(self, ids: list[uuid.UUID], text: str, kind: str | None = None) -> None:
        """Show exactly `ids` (the records behind a dashboard figure, light or bar), saying
        so above the list, until "Show all records"; other filters are cleared first."""
        self.search.clear()
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self.model.set_scope(ids)
        self.scope_label.setText(text)
        self.scope_label.show()
        self.scope_clear.show()

    def clear_scope(self) -> None:
        self.model.set_scope(None)
        self.scope_label.hide()
        self.scope_clear.hide()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """First screenful now, the rest and the search index from a worker thread."""
        self.loaded_once = True
        db = self.context.db
        first = list_rows(db, self.list_id, limit=FIRST_PAGE)
        self.model.set_rows(first)
        if self._auto_width and first:
            self._auto_width = False  # once: afterwards the user's widths are kept
            self.view.resizeColumnsToContents()
            for i in range(self.model.columnCount()):
                self.view.setColumnWidth(i, min(max(self.view.columnWidth(i), 70), 320))
        if len(first) < FIRST_PAGE:
            tasks().supersede(("list", id(self)))  # an older full read must not land later
            self.model.ensure_index()
            self._finish()
            return
        self.loading = True
        self._show_count()
        list_id, model = self.list_id, self.model

        def read_all() -> tuple[list[tuple[Any, ...]], SearchIndex]:
            rows = list_rows(db, list_id)
            return rows, model.build_index(rows)

        # One read per list: a newer reload supersedes this one (its rows never arrive).
        tasks().run(read_all, self._all_rows_arrived, key=("list", id(self)), parent=self)

    def _all_rows_arrived(self, result: tuple[list[tuple[Any, ...]], SearchIndex]) -> None:
        rows, index = result
        self.model.set_rows(rows, index)
        self._finish()

    def _finish(self) -> None:
        self.loading = False
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

    def _build_empty_hint(self) -> QWidget:
        from ..icons import icon

        hint, button_text = EMPTY_HINTS.get(self.list_id, ("", ""))
        if hint:
            text = tr("ListPanel", hint)
        else:  # a list without a sentence of its own: its kind's plural title says it
            from ...domain.kinds import KINDS

            records = tr("RecordKind", KINDS[self.kind].plural_title)
            text = tr("ListPanel", "This list will hold: {records}. None is recorded yet.")
            text = text.format(records=records)
        box = QWidget(self)
        box.setObjectName("emptyHint")
        self.empty_text = QLabel(text, box)
        self.empty_text.setObjectName("emptyText")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        add_text = tr("ListPanel", button_text) if button_text else tr("ListPanel", "&Add...")
        self.empty_add = QPushButton(icon("add"), add_text, box)
        self.empty_add.setObjectName("emptyAdd")
        self.empty_add.setAccessibleDescription(self.empty_text.text())
        self.empty_add.clicked.connect(self.new_record)
        column = QVBoxLayout(box)
        column.addStretch(1)
        column.addWidget(self.empty_text)
        column.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return box

    def is_empty(self) -> bool:
        """Nothing of this kind recorded (not: nothing matches the search or a scope)."""
        return not self.loading and self.loaded_once and self.model.total_count() == 0

    def _show_body(self) -> None:
        empty = self.is_empty()
        self.body.setCurrentWidget(self.empty_hint if empty else self.view)

    def _show_count(self, *_: Any) -> None:
        self._show_body()
        shown, total = self.model.rowCount(), self.model.total_count()
        if self.loading:
            text = tr("ListPanel", "%n records shown, loading the rest...", None, shown)
        elif shown == total:
            text = tr("ListPanel", "%n records", None, total)
        else:
            text = tr("ListPanel", "{shown} of %n records", None, total).format(shown=shown)
        self.count_label.setText(text)

    # -- actions ---------------------------------------------------------------------------
    def focus_search(self, kind: str | None = None) -> None:
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
        if not ids or not self.confirm_trash(len(ids), ids):
            return 0
        from .. import undo  # not on the start-up path: only deleting needs it

        names = [self.row_name(r) for r in self._selected_rows()]
        self.model.remove_ids(ids)
        undo.trash(self.context.db, self.kind, ids, names, initiator=self)
        count = len(ids)  # a name: lupdate misses a call as the count argument
        moved = tr(
            "ListPanel", "Moved %n records to the Trash (Edit > Undo brings them back)", None, count
        )
        from ..window_chrome import announce

        announce(moved)
        return count

    def _row_menu_requested(self, pos: QPoint) -> None:
        """Right click, or the keyboard's menu key (pos is then the current cell's place)."""
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isRowSelected(index.row()):
            self.view.selectRow(index.row())
        elif not index.isValid() and self.view.currentIndex().isValid():
            pos = self.view.visualRect(self.view.currentIndex()).center()
        if not self._selected_rows():
            return
        menu = self.row_menu()
        self.row_menu_shown = menu
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def row_menu(self) -> QMenu:
        from ..icons import icon

        menu = QMenu(self)
        menu.setObjectName("rowMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        rows = self._selected_rows()
        opened = menu.addAction(icon("open-record"), tr("ListPanel", "&Open"))
        opened.setObjectName("openRow")
        opened.setShortcut(QKeySequence("Return"))
        opened.setEnabled(len(rows) == 1)
        opened.triggered.connect(lambda: self._open_row(rows[0]) if rows else None)
        copy = menu.addAction(icon("copy"), tr("ListPanel", "&Copy"))
        copy.setObjectName("copyRows")
        copy.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
        copy.triggered.connect(self.copy_selection)
        menu.addSeparator()
        trash = menu.addAction(icon("trash"), tr("ListPanel", "Move to the &Trash..."))
        trash.setObjectName("trashRows")
        trash.setShortcut(QKeySequence("Del"))
        trash.triggered.connect(self.trash_selected)
        return menu

    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.view.selectionModel().selectedRows()})

    def row_name(self, row: int) -> str:
        """What the undo menu calls this row's record: its title column, else the first."""
        from ...domain.kinds import KINDS

        title = KINDS[self.kind].title_field
        try:
            column = self.model.spec.index(title) if title else 0
        except KeyError:
            column = 0
        value = self.model.data(self.model.index(row, column))
        return str(value) if value else ""

    def confirm_trash(self, count: int, ids: list[uuid.UUID] | None = None) -> bool:
        """Says what else goes with the records (a signatory's plans, finance, links...)."""
        from ...services.records import moving_along
        from ..trash_words import trash_question

        along = moving_along(self.context.db, self.kind, ids or [])
        answer = QMessageBox.question(
            self,
            tr("ListPanel", "Move to Trash"),
            trash_question(count, along),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and claims_key(event, ROW_KEYS):
            return True
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
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
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
