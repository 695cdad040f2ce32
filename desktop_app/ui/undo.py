"""Undo and redo of the saves and deletes made in this session, through the services.

Every command has already happened when it is pushed (the form saved, the list trashed), so
its first redo does nothing. Undoing a save writes the previous values back through
records.save with the version the save produced: if someone changed the record since, the
undo is refused with a message instead of overwriting their change. Undoing a creation or a
delete moves the record to or from the Trash, which loses nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from ..db.session import Database
from ..i18n import tr
from ..services import records
from .forms.values import field_title


class RecordEvents(QObject):
    """Tells open forms and lists that a record changed behind them (undo, redo, revert)."""

    changed = Signal(str, object)
    """(kind, record id)."""


_events: RecordEvents | None = None
_stack: QUndoStack | None = None


def events() -> RecordEvents:
    global _events
    if _events is None:
        _events = RecordEvents(QApplication.instance())
    return _events


def session_stack() -> QUndoStack:
    """One stack for the whole session: a save made in a form can be undone from the list."""
    global _stack
    if _stack is None:
        _stack = QUndoStack(QApplication.instance())
        _stack.setObjectName("sessionUndoStack")
    return _stack


def _refused(text: str) -> None:
    QMessageBox.warning(QApplication.activeWindow(), tr("Undo", "Undo"), text)


class _RecordCommand(QUndoCommand):
    def __init__(self, db: Database, kind: str, text: str) -> None:
        super().__init__(text)
        self.db = db
        self.kind = kind
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False  # pushed after the fact: the first redo already happened
            return
        self.apply(forward=True)

    def undo(self) -> None:
        self.apply(forward=False)

    def apply(self, forward: bool) -> None:
        raise NotImplementedError


class SaveCommand(_RecordCommand):
    """A form's save: `before` is None for a new record (undo moves it to the Trash)."""

    def __init__(
        self,
        db: Database,
        kind: str,
        record_id: uuid.UUID,
        before: Mapping[str, Any] | None,
        after: Mapping[str, Any],
        version: int,
        title: str,
    ) -> None:
        verb = tr("Undo", "Create {record}") if before is None else tr("Undo", "Save {record}")
        super().__init__(db, kind, verb.format(record=title))
        self.record_id = record_id
        self.before = dict(before) if before is not None else None
        self.after = dict(after)
        self.version = version

    def apply(self, forward: bool) -> None:
        if self.before is None:
            action = records.restore if forward else records.trash
            action(self.db, self.kind, [self.record_id])
        else:
            values = self.after if forward else self.before
            try:
                snap = records.save(
                    self.db, self.kind, values, id=self.record_id, expected_version=self.version
                )
            except records.Conflict as exc:
                who = exc.theirs_by or tr("Undo", "someone else")
                fields = ", ".join(field_title(self.kind, f) for f in exc.changed_fields)
                _refused(
                    tr(
                        "Undo",
                        "The record was changed by {user} after this save; nothing was "
                        "undone. Open it to see the current values. {fields}",
                    ).format(user=who, fields=fields)
                )
                self.setObsolete(True)
                return
            except (records.ValidationFailed, records.RecordNotFound):
                _refused(
                    tr("Undo", "The earlier values can no longer be saved; nothing was undone.")
                )
                self.setObsolete(True)
                return
            self.version = snap.version
        events().changed.emit(self.kind, self.record_id)


class TrashCommand(_RecordCommand):
    """Records moved to the Trash (undo restores them), or restored (`restore=True`)."""

    def __init__(
        self, db: Database, kind: str, ids: list[uuid.UUID], restore: bool = False
    ) -> None:
        count = len(ids)
        text = (
            tr("Undo", "Restore %n record(s)", None, count)
            if restore
            else tr("Undo", "Move %n record(s) to the Trash", None, count)
        )
        super().__init__(db, kind, text)
        self.ids = list(ids)
        self.restore = restore

    def apply(self, forward: bool) -> None:
        to_trash = forward != self.restore
        (records.trash if to_trash else records.restore)(self.db, self.kind, self.ids)
        for record_id in self.ids:
            events().changed.emit(self.kind, record_id)
