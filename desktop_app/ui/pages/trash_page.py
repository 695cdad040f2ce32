"""The Trash: everything deleted, with who and when, and a Restore button."""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...services import records
from ..models.trash_table import COL_DELETED_AT, COL_NAME, TrashTableModel
from ..sections import PageContext
from ..widgets.fit_columns import fit_columns
from ..widgets.own_keys import ENTER_KEYS, claims_key
from ..widgets.search_box import SearchBox
from .page import ALL_KINDS, COPY, FIND, Page, copy_view_rows


class TrashPage(Page, QWidget):
    """A `Page` over every kind: anything moved to or from the Trash elsewhere shows here
    when the page is in front (at once) or next shown."""

    help_topic = "trash"

    open_requested = Signal(str, object)
    loaded = Signal(int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.loading = False
        self.model = TrashTableModel(self)
        self.search = SearchBox(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("TrashPage", "Search (Ctrl+F)"))
        self.search.setAccessibleName(tr("TrashPage", "Search"))
        self.search.textChanged.connect(self._search)
        self.restore_button = QPushButton(tr("TrashPage", "&Restore"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.refresh_button = QPushButton(tr("TrashPage", "Re&fresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.restore_button)
        top.addWidget(self.refresh_button)

        self.view = QTableView(self)
        self.view.setObjectName("trashTable")
        self.view.setAccessibleName(tr("TrashPage", "Deleted records"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(COL_NAME, 360)
        self.view.setSortingEnabled(True)
        header.setSortIndicator(COL_DELETED_AT, Qt.SortOrder.DescendingOrder)
        self.view.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)  # the empty Trash's explanation is a sentence
        self.result_label = QLabel(self)
        """What the last restore brought back (a signatory's plans, finance, links...)."""
        self.result_label.setObjectName("restoreResult")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.count_label)
        # Ctrl+F and Ctrl+C are the window's Edit > Find and Copy (a key of the page's own
        # as well made Ctrl+F ambiguous: Qt ran neither); the table's keys on its own.
        self.listen_for_changes()
        self.reload()

    def shown_kinds(self) -> frozenset[str]:
        return ALL_KINDS

    def refresh(self) -> None:
        self.reload()

    def on_changes(self, changes: Any, initiator: object) -> None:
        if initiator is not self:  # its own restore reloaded already
            super().on_changes(changes, initiator)

    def edit_actions(self) -> frozenset[str]:
        """Copy and Find; not Delete: what is here is deleted already (Restore brings it
        back, and nothing deletes a record for good)."""
        return frozenset({COPY, FIND})

    def copy_selection(self) -> bool:
        return copy_view_rows(self.view)

    def focus_search(self, kind: str | None = None) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def reload(self) -> None:
        self.model.set_rows(records.trash_rows(self.context.db))
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.view)
        self._selection_changed()
        self.loaded.emit(self.model.total_count())

    def _search(self, text: str) -> None:
        self.model.set_search(text)
        self._selection_changed()

    def _selection_changed(self) -> None:
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._update_buttons, Qt.ConnectionType.UniqueConnection)
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))
        shown, total = self.model.rowCount(), self.model.total_count()
        if total == 0:  # an empty list says what it will hold
            text = tr(
                "TrashPage",
                "The Trash is empty. Records you delete wait here, with what went along with "
                "them, until you restore them.",
            )
        elif shown == total:
            text = tr("TrashPage", "%n deleted records", None, total)
        else:
            text = tr("TrashPage", "{shown} of %n deleted records", None, total).format(shown=shown)
        self.count_label.setText(text)

    may_edit = True
    """False for a viewer on an office server: Restore is hidden and Enter restores nothing."""

    def apply_role(self, may_edit: bool) -> None:
        self.may_edit = may_edit
        self.restore_button.setVisible(may_edit)

    def restore_selected(self) -> int:
        if not self.may_edit:
            return 0
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        by_kind: dict[str, list[UUID]] = defaultdict(list)
        names: dict[UUID, str] = {}
        for r in rows:
            item = self.model.row_at(r)
            by_kind[item.kind].append(item.id)
            names[item.id] = item.name
        if not by_kind:
            return 0
        from ...services.records import moving_along
        from .. import undo
        from ..trash_words import restored_text

        back: dict[str, int] = {}
        for kind, ids in by_kind.items():  # read before: afterwards they are live again
            for table, n in moving_along(self.context.db, kind, ids, restoring=True).items():
                back[table] = back.get(table, 0) + n
        count = undo.restore(self.context.db, by_kind, names, initiator=self)
        self.reload()
        self.result_label.setText(restored_text(count, back))
        return count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.view and claims_key(event, ENTER_KEYS):
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.restore_selected()
                return True
            if event.matches(QKeySequence.StandardKey.Find):
                self.focus_search()
                return True
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return True
        return super().eventFilter(watched, event)
