"""Edit > Undo and Redo, worded as one template around the command's whole phrase.

QUndoStack.createUndoAction builds "prefix + command" ("Undo" + "Create X"), which reads
wrongly in Turkmen and Russian; these actions say tr("Undo", "&Undo: {action}") with the
command's own whole phrase ("Create “Mary”"). Only QtGui here: the window builds its
Edit menu before the first paint, long before ui/undo.py and the services load.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoGroup, QUndoStack

from ..i18n import tr


class UndoAction(QAction):
    """Undoes (or redoes) on `source` and names what it will undo.

    A QAction subclass so that its slots are bound methods of a QObject: Qt disconnects
    them when a form's action is deleted, while the session's stack lives on.
    """

    def __init__(self, parent: QObject, source: QUndoStack | QUndoGroup, redo: bool) -> None:
        super().__init__(parent)
        self.source = source
        self.redo = redo
        if redo:
            source.canRedoChanged.connect(self.update_text)
            source.redoTextChanged.connect(self.update_text)
            self.triggered.connect(self._redo)
        else:
            source.canUndoChanged.connect(self.update_text)
            source.undoTextChanged.connect(self.update_text)
            self.triggered.connect(self._undo)
        if isinstance(source, QUndoGroup):
            source.activeStackChanged.connect(self.update_text)
        self.update_text()

    def _undo(self, *_: object) -> None:
        self.source.undo()

    def _redo(self, *_: object) -> None:
        self.source.redo()

    def update_text(self, *_: object) -> None:
        source, redo = self.source, self.redo
        text = source.redoText() if redo else source.undoText()
        able = source.canRedo() if redo else source.canUndo()
        if able and text:
            template = tr("Undo", "&Redo: {action}") if redo else tr("Undo", "&Undo: {action}")
            self.setText(template.format(action=text))
        else:
            self.setText(tr("Undo", "&Redo") if redo else tr("Undo", "&Undo"))
        self.setEnabled(able)


def undo_action(parent: QObject, source: QUndoStack | QUndoGroup, redo: bool = False) -> QAction:
    """Edit > Undo (or Redo) for `source`, worded as one template (see the module)."""
    return UndoAction(parent, source, redo)
