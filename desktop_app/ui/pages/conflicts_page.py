"""The sync conflict inbox: each field both sides changed, both values side by side.

Packages are imported with `sync import` (docs/team.md, Laptops that sync); what they
could not merge waits here. "Keep mine" keeps this database's value, "Take theirs" the
other side's; either becomes a change that travels with the next package, so the other
database closes the same conflict when it imports it. The services do the work
(services.sync.inbox); this page only shows and asks.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_date
from ...i18n import tr
from ..sections import PageContext
from ..widgets.fit_columns import fit_columns
from .page import ALL_KINDS, COPY, Page, copy_view_rows

COL_RECORD, COL_FIELD, COL_MINE, COL_THEIRS = range(4)


class ConflictsPage(Page, QWidget):
    """A `Page` over every kind: a resolution changes a record, an edit may close one."""

    help_topic = "team"

    open_requested = Signal(str, object)
    resolved = Signal(str)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.conflicts: list[Any] = []
        self.intro = QLabel(
            tr(
                "ConflictsPage",
                "Fields changed both here and on another computer since they last "
                "synchronised. Choose which value to keep; the choice travels with the next "
                "package.",
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.view = QTableWidget(0, 4, self)
        self.view.setObjectName("conflictsTable")
        self.view.setAccessibleName(tr("ConflictsPage", "Open conflicts"))
        self.view.setHorizontalHeaderLabels(
            [
                tr("ConflictsPage", "Record"),
                tr("ConflictsPage", "Field"),
                tr("ConflictsPage", "This database"),
                tr("ConflictsPage", "Other database"),
            ]
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        # As wide as header and content (equal stretched columns cut a long Turkmen
        # header on a narrow window); the last column takes the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.itemSelectionChanged.connect(self._update_buttons)
        self.mine_button = QPushButton(tr("ConflictsPage", "Keep &mine"), self)
        self.mine_button.setObjectName("keepMine")
        self.mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.theirs_button = QPushButton(tr("ConflictsPage", "Take &theirs"), self)
        self.theirs_button.setObjectName("takeTheirs")
        self.theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.refresh_button = QPushButton(tr("ConflictsPage", "Re&fresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.count_label = QLabel(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resolveResult")
        buttons = QHBoxLayout()
        buttons.addWidget(self.mine_button)
        buttons.addWidget(self.theirs_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result_label)
        layout.addWidget(self.count_label)
        self.listen_for_changes()
        self.reload()

    def shown_kinds(self) -> frozenset[str]:
        return ALL_KINDS

    def refresh(self) -> None:
        self.reload()

    def edit_actions(self) -> frozenset[str]:
        """Copy the conflict's row; a conflict is resolved, not deleted, and few to search."""
        return frozenset({COPY})

    def copy_selection(self) -> bool:
        return copy_view_rows(self.view)

    def on_changes(self, changes: Any, initiator: object) -> None:
        if initiator is not self:
            super().on_changes(changes, initiator)

    def reload(self) -> None:
        from ...services.sync import inbox

        self.conflicts = inbox.open_conflicts(self.context.db)
        self.view.setRowCount(len(self.conflicts))
        for row, c in enumerate(self.conflicts):
            cells = [
                c.record_label,
                inbox.field_title(c.table, c.field),
                _side(c.mine),
                _side(c.theirs),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(c.id))
                self.view.setItem(row, col, item)
        fit_columns(self.view)
        self.view.resizeRowsToContents()
        if self.conflicts:
            self.view.selectRow(0)
        total = len(self.conflicts)
        self.count_label.setText(tr("ConflictsPage", "%n open conflicts", None, total))
        self._update_buttons()

    def _selected(self) -> Any | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.conflicts[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self.mine_button.setEnabled(chosen)
        self.theirs_button.setEnabled(chosen)

    def resolve_selected(self, take: str) -> bool:
        from ...services.changes import Changes
        from ...services.record_kinds import KINDS
        from ...services.sync import inbox
        from ..operations import tasks

        conflict = self._selected()
        if conflict is None:
            return False
        try:
            inbox.resolve(self.context.db, conflict.id.hex, take)
        except inbox.ResolveError:
            self.result_label.setText(
                tr("ConflictsPage", "That conflict was already resolved; the list is read again.")
            )
            self.reload()
            return False
        kind = next((k.id for k in KINDS.values() if k.table == conflict.table), None)
        if kind is not None:
            tasks().apply(Changes.of(kind, [conflict.record_id]), self)
        self.result_label.setText(
            tr("ConflictsPage", "Resolved: {record} - {field}.").format(
                record=conflict.record_label,
                field=inbox.field_title(conflict.table, conflict.field),
            )
        )
        self.resolved.emit(conflict.short)
        self.reload()
        return True


def _side(side: Any) -> str:
    """A value as the record's form shows it (services.sync.shown), with who changed it
    and when."""
    if not side.by:
        return str(side.text)
    return tr("ConflictsPage", "{value}\n{who}, {when}").format(
        value=side.text, who=side.by, when=format_date(side.at.date())
    )
