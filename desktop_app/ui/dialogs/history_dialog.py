"""A record's history: who changed which field from what to what, and going back.

A simple dialog over services.history; the Data-entry History panel may replace it. The
version shown when the dialog loaded is passed to every revert, so a change made by
someone else meanwhile is reported instead of overwritten.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_datetime
from ...db.errors import DatabaseError
from ...db.session import Database
from ...domain.enums import AuditAction
from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...domain.rules.fields import field_label
from ...i18n import locale, tr
from ...messages import format_message
from ...services import history

ACTIONS = {
    AuditAction.INSERT: QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    AuditAction.UPDATE: QT_TRANSLATE_NOOP("HistoryDialog", "Changed"),
    AuditAction.DELETE: QT_TRANSLATE_NOOP("HistoryDialog", "Moved to the Trash"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("HistoryDialog", "Restored from the Trash"),
}


class HistoryDialog(QDialog):
    help_topic = "entering-records"

    def __init__(
        self, db: Database, table: str, record_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.table_name, self.record_id = db, table, record_id
        self.entries: list[history.HistoryEntry] = []
        self.version: int | None = None
        self.setWindowTitle(self.tr("History"))
        self.resize(900, 460)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Field"),
                self.tr("From"),
                self.tr("To"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this change"))
        self.revert_button = QPushButton(self.tr("Return the whole record to this moment"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.revert_button.clicked.connect(self.revert_to_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.entries = history.record_history(self.db, self.table_name, self.record_id)
        with self.db.session("history") as s:
            obj = s.get(history.model_for(self.table_name), self.record_id)
            self.version = obj.version if obj is not None else None
        loc = locale()
        self.table.setRowCount(len(self.entries))
        for row, e in enumerate(self.entries):
            field = ""
            if e.field and e.field != history.PURGED:
                field = tr("Field", field_label(e.field, self.table_name))
            cells = [
                format_datetime(e.changed_at, loc),
                e.changed_by,
                tr("HistoryDialog", ACTIONS[e.action]),
                field,
                _shown(self.table_name, e.field, e.old_value),
                _shown(self.table_name, e.field, e.new_value)
                if e.action is AuditAction.UPDATE
                else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{e.origin}" if col == 2 else text)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> history.HistoryEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[rows.pop()] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        alive = self.version is not None
        self.undo_button.setEnabled(
            alive and entry is not None and entry.action is AuditAction.UPDATE
        )
        self.revert_button.setEnabled(alive and entry is not None)

    def undo_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._do(lambda: history.undo_change(self.db, entry, self.table_name, self.record_id))

    def revert_to_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self._do(
            lambda: history.revert_record(
                self.db,
                self.table_name,
                self.record_id,
                entry.changed_at,
                expected_version=self.version,
            )
        )

    def _do(self, action) -> None:  # type: ignore[no-untyped-def]
        try:
            changed = action()
        except DatabaseError as exc:
            QMessageBox.warning(self, self.windowTitle(), format_message(exc.code, exc.params))
        else:
            self.status.setText(
                self.tr("Reverted.")
                if changed
                else self.tr("Nothing to change: the values are already those.")
            )
        self.reload()


def _shown(table: str, field: str | None, text: str | None) -> str:
    """An audit value as the form shows it (dates in the language's format, labels...)."""
    if not text or not field or field == history.PURGED:
        return text or ""
    from ..forms.values import display_text

    try:
        return display_text(table, field, text)
    except KeyError:  # not a record kind the forms know: the stored text as it is
        return text
