"""A list's own keys (Del, Enter) reach the list before any window shortcut.

Qt offers a key as a shortcut first (a ShortcutOverride event to the focused widget) and
delivers the key press only when no shortcut takes it. A form left open in another window,
or any action on Del or Enter, could otherwise take the key from the list the clerk is
looking at: Del on a selected row asked nothing and moved nothing. A view whose event
filter handles these keys claims them here, so its key press always arrives.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

ROW_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Enter)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def claims_key(event: QEvent, keys: Iterable[Qt.Key]) -> bool:
    """True (and the override accepted) when `event` offers one of `keys`, unmodified
    (keypad Enter included), as a shortcut: the caller returns True from its filter."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if modifiers != Qt.KeyboardModifier.NoModifier or event.key() not in tuple(keys):
        return False
    event.accept()
    return True
