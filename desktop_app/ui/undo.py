"""Undo and redo of the saves and deletes made in this session, through the services.

Every command has already happened when it is pushed (the form saved, the list trashed), so
its first redo does nothing. Undoing a save writes the previous values back through
records.save with the version the save produced: if someone changed the record since, the
undo is refused with a message instead of overwriting their change. Undoing a creation or a
delete moves the record to or from the Trash, which loses nothing.

Every write here ends in `operations.tasks().apply(changes, initiator)`: the one "changes
applied" signal tells pages and open forms what changed (no hand-made events).

Menu texts are whole translatable phrases naming the record ("Create “{name}”", "Move
“{name}” to the Trash"), put into one template "Undo: {action}": Turkmen and Russian word
order cannot be built as prefix + command.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox

from ..db.session import Database
from ..i18n import tr
from ..services import records
from .forms.values import field_title
from .operations import tasks
from .undo_actions import undo_action

__all__ = ["SaveCommand", "TrashCommand", "restore", "session_stack", "trash", "undo_action"]

_stack: QUndoStack | None = None


def session_stack() -> QUndoStack:
    """One stack for the whole session: a save made in a form can be undone from the list."""
    global _stack
    if _stack is None:
        _stack = QUndoStack(QApplication.instance())
        _stack.setObjectName("sessionUndoStack")
    return _stack


def record_label(kind: str, name: str) -> str:
    """The record as the undo menu names it: its name, or its kind when it has none."""
    if name:
        return name
    from .forms.registry import KIND_TITLES

    return tr("RecordKind", KIND_TITLES[kind])


def _refused(text: str, title: str | None = None) -> None:
    QMessageBox.warning(QApplication.activeWindow(), title or tr("Undo", "Undo"), text)


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
        self._apply(forward=True)

    def undo(self) -> None:
        self._apply(forward=False)

    def _apply(self, forward: bool) -> None:
        from ..db.errors import DatabaseError

        try:
            self.apply(forward)
        except DatabaseError as exc:
            if exc.code != "not_allowed":  # an office server's role may not (a Trash restore)
                raise
            from ..messages import format_message

            _refused(format_message(exc.code, exc.params))
            self.setObsolete(True)

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
        verb = tr("Undo", "Create “{name}”") if before is None else tr("Undo", "Edit “{name}”")
        super().__init__(db, kind, verb.format(name=record_label(kind, title)))
        self.record_id = record_id
        self.before = dict(before) if before is not None else None
        self.after = dict(after)
        self.version = version

    def apply(self, forward: bool) -> None:
        if self.before is None:
            action = records.restore if forward else records.trash
            action(self.db, self.kind, [self.record_id])
            tasks().apply(records.trash_changes(self.kind, [self.record_id]), self)
            return
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
            _refused(tr("Undo", "The earlier values can no longer be saved; nothing was undone."))
            self.setObsolete(True)
            return
        self.version = snap.version
        tasks().apply(snap.changes, self)


class TrashCommand(_RecordCommand):
    """Records moved to the Trash (undo restores them), or restored (`restore=True`)."""

    def __init__(
        self,
        db: Database,
        kind: str,
        ids: list[uuid.UUID],
        restore: bool = False,
        names: Sequence[str] = (),
    ) -> None:
        count = len(ids)
        if count == 1:
            name = record_label(kind, names[0] if names else "")
            template = (
                tr("Undo", "Restore “{name}”")
                if restore
                else tr("Undo", "Move “{name}” to the Trash")
            )
            text = template.format(name=name)
        else:
            text = (
                tr("Undo", "Restore %n records", None, count)
                if restore
                else tr("Undo", "Move %n records to the Trash", None, count)
            )
        super().__init__(db, kind, text)
        self.ids = list(ids)
        self.restore = restore

    def apply(self, forward: bool) -> None:
        to_trash = forward != self.restore
        (records.trash if to_trash else records.restore)(self.db, self.kind, self.ids)
        tasks().apply(records.trash_changes(self.kind, self.ids), self)


# -- writes made from pages and forms ------------------------------------------------------


def trash(
    db: Database,
    kind: str,
    ids: Sequence[uuid.UUID],
    names: Sequence[str] = (),
    initiator: object = None,
) -> int:
    """Move records to the Trash, put it on the undo stack, tell every page."""
    count = records.trash(db, kind, list(ids))
    trashed(db, kind, ids, names, initiator)
    return count


def trashed(
    db: Database,
    kind: str,
    ids: Sequence[uuid.UUID],
    names: Sequence[str] = (),
    initiator: object = None,
    restore: bool = False,
) -> None:
    """The undo command and the change for records just moved to (or from) the Trash."""
    session_stack().push(TrashCommand(db, kind, list(ids), restore=restore, names=names))
    tasks().apply(records.trash_changes(kind, ids), initiator)


def restore(
    db: Database,
    by_kind: Mapping[str, Sequence[uuid.UUID]],
    names: Mapping[uuid.UUID, str] | None = None,
    initiator: object = None,
) -> int:
    """Bring records back from the Trash (any kinds), undoably; tell every page.

    One kind at a time: should the server refuse one (an office server's role may not),
    that is said in words and what was restored before it stays restored."""
    from ..db.errors import DatabaseError

    count = 0
    for kind, ids in by_kind.items():
        try:
            count += records.restore(db, kind, list(ids))
        except DatabaseError as exc:
            if exc.code != "not_allowed":
                raise
            from ..messages import format_message

            _refused(format_message(exc.code, exc.params), tr("Undo", "Restore from the Trash"))
            break
        trashed(db, kind, ids, [(names or {}).get(i, "") for i in ids], initiator, restore=True)
    return count
