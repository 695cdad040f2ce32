"""Edit > Copy, Find and Delete: they act on the page in front, and only where they can.

Each page says which of the three it offers as it is now (`Page.edit_actions()`, its tab
included); the window enables those and disables the others when a section or a tab
comes to the front, when the Edit menu opens and when the focus moves, so no entry is ever
enabled and doing nothing. With no row selected, Copy and Delete say so in the status bar.
Delete also needs an editor's rights on an office server (ui/account.py).

Keys: Copy (Ctrl+C) and Find (Ctrl+F) are the window's; a text box keeps its own Ctrl+C
(Qt gives a focused text widget the keys it edits with first). Delete shows its key but
leaves it to the list that has the focus, which does the same on Del: a window-wide Del
would take the key from a form's or a text box's own Delete.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from ..i18n import tr
from .pages.page import COPY, DELETE, FIND, Page
from .window_chrome import make_action

if TYPE_CHECKING:
    from .main_window import MainWindow


_WIDGET_SHORTCUT = 0
"""Qt.ShortcutContext.WidgetShortcut, set through the property system: naming `Qt` while the
window is built costs ~12 ms before its first paint (main_window.SECTION_ROLE says why)."""


def build_edit_actions(window: MainWindow, edit_menu: QMenu) -> None:
    from .icons import icon

    window.undo_action.setIcon(icon("undo"))
    window.redo_action.setIcon(icon("redo"))
    edit_menu.addSeparator()
    keys = QKeySequence.StandardKey
    copy = make_action(
        window,
        "copy_action",
        tr("MainWindow", "&Copy"),
        "copy",
        lambda: copy_in(window),
        QKeySequence.keyBindings(keys.Copy),
    )
    find = make_action(
        window,
        "find_action",
        tr("MainWindow", "&Find"),
        "find",
        lambda: page_call(window, lambda page: page.focus_search()),
        QKeySequence.keyBindings(keys.Find),
    )
    delete = make_action(
        window,
        "delete_action",
        tr("MainWindow", "&Delete (move to the Trash)"),
        "trash",
        lambda: page_call(window, lambda page: page.delete_selection()),
        QKeySequence.keyBindings(keys.Delete),
    )
    delete.setProperty("shortcutContext", _WIDGET_SHORTCUT)
    for action in (copy, find, delete):
        edit_menu.addAction(action)
    edit_menu.aboutToShow.connect(lambda: update_edit_actions(window))
    app = QApplication.instance()
    if isinstance(app, QApplication):  # a tab or a table taking the focus may change them
        app.focusChanged.connect(window._update_edit_actions)
    update_edit_actions(window)


def offered(window: MainWindow) -> frozenset[str]:
    """What Edit offers on the page in front (nothing before a database is open)."""
    page = window.pages.get(window.current_section()) if window.db is not None else None
    if page is None or window.stack.currentWidget() is not page:
        return frozenset()
    found = page.edit_actions()
    if DELETE in found:
        from .account import may

        if not may(window.db, "editor"):
            found = found - {DELETE}  # a viewer deletes nothing
    return found


def update_edit_actions(window: MainWindow, *_: Any) -> None:
    if QApplication.instance() is None or QApplication.closingDown():
        return  # the focus moving as the application closes down
    found = offered(window)
    window.copy_action.setEnabled(COPY in found)
    window.find_action.setEnabled(FIND in found)
    window.delete_action.setEnabled(DELETE in found)


def page_call(window: MainWindow, call: Callable[[Page], Any]) -> Any:
    """`call` on the page in front (through the Page protocol), if there is one."""
    page = window.pages.get(window.current_section())
    if page is None:
        return None
    return call(page)


def copy_in(window: MainWindow) -> Any:
    """Edit > Copy from the menu or the toolbar: the text selected in the focused box if
    there is some (as its own Ctrl+C would), else the page's selected rows."""
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit

    focus = QApplication.focusWidget()
    if focus is not None and focus.window() is window:
        if isinstance(focus, QAbstractSpinBox):
            focus = focus.findChild(QLineEdit)
        if isinstance(focus, QLineEdit) and focus.hasSelectedText():
            focus.copy()
            return True
        if isinstance(focus, (QTextEdit, QPlainTextEdit)) and focus.textCursor().hasSelection():
            focus.copy()
            return True
    return page_call(window, lambda page: page.copy_selection())
