"""A list's search box: the main window's Undo and Redo keep working while it has the focus.

Its own module, not pages/page.py: the window imports the page protocol before its first
paint, and QLineEdit's class and enums are not needed until a list is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    """A list's search box that leaves Undo and Redo to Edit > Undo/Redo.

    A QLineEdit claims Ctrl+Z for its own text, so with the cursor in a search box the
    window's Undo never ran: the record undo wins here (the clear button empties a search).
    """

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            from PySide6.QtGui import QKeyEvent, QKeySequence

            assert isinstance(event, QKeyEvent)
            keys = QKeySequence.StandardKey
            if event.matches(keys.Undo) or event.matches(keys.Redo) or _is_ctrl_y(event):
                event.ignore()  # not accepted: the shortcut (Edit > Undo/Redo) runs
                return True
        return super().event(event)


def _is_ctrl_y(event: Any) -> bool:
    from PySide6.QtCore import Qt

    return bool(
        event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
    )
