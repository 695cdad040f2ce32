"""A record's history from the audit trail: who changed which field from what to what, when.

Reverting goes through services.history with the version the form shows, so a revert never
overwrites a change made meanwhile by someone else; the form reloads afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...db.errors import DatabaseError
from ...db.session import Database
from ...domain.enums import AuditAction
from ...i18n import label, tr
from ...messages import format_message
from ...services import history
from ...services.record_kinds import kind as record_kind
from ..forms.values import EMPTY, NameOf, display, display_text, field_title
from .button_row import ButtonRow
from .fit_columns import fit_columns

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryPanel(QWidget):
    reverted = Signal()

    def __init__(
        self,
        db: Database,
        kind_id: str,
        name_of: NameOf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.kind = kind_id
        self.table = record_kind(kind_id).table
        self.name_of = name_of
        self.record_id: uuid.UUID | None = None
        self.version: int | None = None
        self.may_revert: Callable[[], bool] = lambda: True
        """Asked first: the form saves or discards unsaved edits, or says no."""
        self.entries: list[history.HistoryEntry] = []

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setAccessibleName(tr("HistoryPanel", "History"))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [
                tr("HistoryPanel", "When"),
                tr("HistoryPanel", "Who"),
                tr("HistoryPanel", "What"),
                tr("HistoryPanel", "From"),
                tr("HistoryPanel", "To"),
            ]
        )
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty_label = QLabel(tr("HistoryPanel", "Not saved yet: no history."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setWordWrap(True)
        self.revert_field_button = QPushButton(tr("HistoryPanel", "Revert &field to this"), self)
        self.revert_field_button.setObjectName("revertField")
        self.revert_field_button.setToolTip(
            tr("HistoryPanel", "Give the selected field the value it had after this change")
        )
        self.revert_field_button.clicked.connect(self.revert_field)
        self.undo_change_button = QPushButton(tr("HistoryPanel", "Undo &this change"), self)
        self.undo_change_button.setObjectName("undoChange")
        self.undo_change_button.clicked.connect(self.undo_change)
        self.revert_record_button = QPushButton(
            tr("HistoryPanel", "Revert &record to this point"), self
        )
        self.revert_record_button.setObjectName("revertRecord")
        self.revert_record_button.setToolTip(
            tr("HistoryPanel", "Put every field back as it was just after this change")
        )
        self.revert_record_button.clicked.connect(self.revert_record)
        buttons = ButtonRow(
            [self.revert_field_button, self.undo_change_button, self.revert_record_button], self
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.set_record(None, None)

    def set_record(self, record_id: uuid.UUID | None, version: int | None) -> None:
        self.record_id = record_id
        self.version = version
        self.reload()

    def reload(self) -> None:
        self.tree.clear()
        self.entries = (
            history.record_history(self.db, self.table, self.record_id)
            if self.record_id is not None
            else []
        )
        self.empty_label.setVisible(self.record_id is None)
        self.tree.setVisible(self.record_id is not None)
        self.revert_field_button.setVisible(self.record_id is not None)
        self.undo_change_button.setVisible(self.record_id is not None)
        self.revert_record_button.setVisible(self.record_id is not None)
        for entry in reversed(self.entries):  # newest first
            item = QTreeWidgetItem(self._columns(entry))
            item.setData(0, ENTRY_ROLE, entry.id)
            item.setToolTip(0, entry.origin)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        fit_columns(self.tree)  # the headers too ("Who" in Russian was cut)
        self._update_buttons()

    def _columns(self, entry: history.HistoryEntry) -> list[str]:
        when = display(self.kind, "", entry.changed_at)
        who = entry.changed_by or EMPTY
        if entry.action is AuditAction.UPDATE and entry.field:
            return [
                when,
                who,
                field_title(self.kind, entry.field),
                display_text(self.kind, entry.field, entry.old_value, self.name_of),
                display_text(self.kind, entry.field, entry.new_value, self.name_of),
            ]
        return [when, who, label(entry.action), "", ""]

    def selected_entry(self) -> history.HistoryEntry | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        wanted = item.data(0, ENTRY_ROLE)
        return next((e for e in self.entries if e.id == wanted), None)

    def _update_buttons(self) -> None:
        """On a field change, exactly one of "Revert field to this" (an older value) and
        "Undo this change" (the value before a change that is still current) is on; the
        other says why it is off, so no button is there that would silently do nothing."""
        entry = self.selected_entry()
        self.revert_record_button.setEnabled(entry is not None)
        is_change = entry is not None and entry.action is AuditAction.UPDATE and bool(entry.field)
        current = entry is not None and is_change and history.field_is_current(self.entries, entry)
        self.revert_field_button.setEnabled(is_change and not current)
        self.undo_change_button.setEnabled(current)
        if current:
            self.revert_field_button.setToolTip(
                tr(
                    "HistoryPanel",
                    "The field still has the value of this change: nothing to revert. "
                    "“Undo this change” gives it back the value it had before.",
                )
            )
        else:
            self.revert_field_button.setToolTip(
                tr("HistoryPanel", "Give the selected field the value it had after this change")
            )
        if current or not is_change:
            self.undo_change_button.setToolTip(
                tr("HistoryPanel", "Give the field back the value it had before this change")
            )
        else:
            self.undo_change_button.setToolTip(
                tr(
                    "HistoryPanel",
                    "The field has been changed again since: use “Revert field to this” on "
                    "the change whose value you want.",
                )
            )

    def undo_change(self) -> bool:
        entry = self.selected_entry()
        if entry is None or self.record_id is None or not self.may_revert():
            return False
        return self._run(
            lambda: history.undo_change(
                self.db,
                entry,
                self.table,
                self.record_id,  # type: ignore[arg-type]
            )
        )

    def revert_field(self) -> bool:
        entry = self.selected_entry()
        if entry is None or not entry.field or self.record_id is None or not self.may_revert():
            return False
        return self._run(
            lambda: history.revert_field(
                self.db,
                self.table,
                self.record_id,  # type: ignore[arg-type]
                entry.field,
                entry,
                expected_version=self.version,
            )
        )

    def revert_record(self) -> bool:
        entry = self.selected_entry()
        if entry is None or self.record_id is None or not self.may_revert():
            return False
        return self._run(
            lambda: history.revert_record(
                self.db,
                self.table,
                self.record_id,  # type: ignore[arg-type]
                entry.changed_at,
                expected_version=self.version,
            )
        )

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DatabaseError as exc:
            QMessageBox.warning(
                self, tr("HistoryPanel", "Revert"), format_message(exc.code, exc.params)
            )
            return False
        self.reverted.emit()
        return True
