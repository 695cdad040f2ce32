"""No two entries of a menu share an accelerator, in any menu and any language (issue 10).

Found by a translator's review: Russian «&Сервис» and «&Справка», Turkmen «&Görnüş» and
«&Gurallar» on the same menu bar, so Alt+letter opened the first and never the second. The
walk covers the menu bar, every menu (lazy entries included: each menu is opened first) and
every submenu, in English, Russian and Turkmen.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from desktop_app import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings


def accelerator(text: str) -> str | None:
    """The letter after the first single '&' ('&&' is a literal ampersand)."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def clashes(title: str, actions: list) -> list[str]:  # noqa: ANN001
    seen: dict[str, list[str]] = defaultdict(list)
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        key = accelerator(action.text())
        if key is not None:
            seen[key].append(action.text())
    return [f"{title}: {key!r} in {texts}" for key, texts in seen.items() if len(texts) > 1]


def walk(title: str, menu: QMenu, found: list[str], visited: set[int]) -> None:
    if id(menu) in visited:
        return
    visited.add(id(menu))
    menu.aboutToShow.emit()  # menus that fill themselves when opened
    found.extend(clashes(title, menu.actions()))
    for action in menu.actions():
        if action.menu() is not None:
            walk(f"{title} > {action.text()}", action.menu(), found, visited)


def test_accelerator_parsing() -> None:
    assert accelerator("&File") == "f"
    assert accelerator("Save && &close") == "c"
    assert accelerator("Plain") is None


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_no_menu_has_two_entries_with_one_accelerator(
    qtbot, sqlite_database, tmp_path: Path, lang: str
) -> None:  # noqa: ANN001
    assert i18n.install(lang)
    try:
        win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
        qtbot.addWidget(win)
        bar = win.menuBar()
        found = clashes("menu bar", bar.actions())
        visited: set[int] = set()
        menus = [a.menu() for a in bar.actions() if a.menu() is not None]
        assert len(menus) >= 5  # file, edit, view, tools, help at least
        for menu in menus:
            walk(menu.title(), menu, found, visited)
        assert not found, "\n".join(found)
    finally:
        i18n.install("en")


# Keys: every section has one, and no key means two things ---------------------------------

WIDGET_KEYS = {
    "Ctrl+A", "Ctrl+X", "Ctrl+V", "Ctrl+Tab", "Ctrl+Shift+Tab", "Ctrl+PgUp", "Ctrl+PgDown",
    "Ctrl+Home", "Ctrl+End", "Ctrl+Left", "Ctrl+Right", "Ctrl+Up", "Ctrl+Down",
    "Ctrl+Backspace", "Ctrl+Del", "Ctrl+Space", "Alt+Up", "Alt+Down", "F2", "F4",
}  # fmt: skip
"""Keys Qt's own widgets act on (tabs, tables, text boxes, choice lists): a window-wide
shortcut on one of them would take it from every such widget of the window."""


def bindings(win: MainWindow) -> list[tuple[str, str, list, object]]:  # noqa: ANN001
    """(key, whose, the widgets where it is live, context) for every action and shortcut
    of the window: menus (lazy entries included), toolbar, pages."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction, QKeySequence, QShortcut
    from PySide6.QtWidgets import QWidget

    portable = QKeySequence.SequenceFormat.PortableText
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    found = []
    for action in win.findChildren(QAction):
        context = action.shortcutContext()
        if context in window_wide:
            scopes = [win]
        else:
            scopes = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
        for key in action.shortcuts():
            name = action.objectName() or action.text()
            found.append((key.toString(portable), name, scopes, context))
    for shortcut in win.findChildren(QShortcut):
        context = shortcut.context()
        parent = shortcut.parent()
        scopes = [parent.window() if context in window_wide else parent]
        for key in shortcut.keys():
            found.append(
                (key.toString(portable), shortcut.objectName() or "QShortcut", scopes, context)
            )
    return found


def _covers(scope, context, widget) -> bool:  # noqa: ANN001
    from PySide6.QtCore import Qt

    if context == Qt.ShortcutContext.WidgetShortcut:
        return scope is widget
    return scope is widget or scope.isAncestorOf(widget)


def key_clashes(found: list[tuple[str, str, list, object]]) -> list[str]:
    out = []
    for i, (key, name, scopes, context) in enumerate(found):
        for other_key, other, other_scopes, other_context in found[i + 1 :]:
            if key != other_key:
                continue
            if any(
                _covers(a, context, b) or _covers(b, other_context, a)
                for a in scopes
                for b in other_scopes
            ):
                out.append(f"{key}: {name} and {other}")
    return out


def _full_window(qtbot, db, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    from desktop_app.ui.sections import SECTIONS

    win = MainWindow(Settings(tmp_path / "settings.ini"), db, start_section="signatories")
    qtbot.addWidget(win)
    win.show()
    for sec in SECTIONS:  # every page built, with whatever keys it adds
        win.show_section(sec.id)
    for action in win.menuBar().actions():
        if action.menu() is not None:
            walk(action.text(), action.menu(), [], set())  # lazy entries added
    return win


def test_no_key_is_bound_twice_and_none_takes_a_widgets_key(
    qtbot, sqlite_database, tmp_path: Path
) -> None:  # noqa: ANN001
    """Found: Ctrl+F was the window's Edit > Find and the Trash page's own key, so Qt found
    it ambiguous and did neither (on the Trash, Ctrl+F never reached the search box)."""
    from PySide6.QtCore import Qt

    win = _full_window(qtbot, sqlite_database, tmp_path)
    found = bindings(win)
    keys = {key for key, *_ in found}
    assert {"Ctrl+F", "Ctrl+C", "Ctrl+1", "Ctrl+0", "Ctrl+Shift+2", "F1"} <= keys
    assert not key_clashes(found), "\n".join(key_clashes(found))
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    taken = sorted(
        f"{key}: {name}"
        for key, name, _s, ctx in found
        if ctx in window_wide and key in WIDGET_KEYS
    )
    assert not taken, taken


def test_the_clash_check_sees_a_clash(qtbot, sqlite_database, tmp_path: Path) -> None:  # noqa: ANN001
    """The check above is not vacuous: a page's own Ctrl+F beside Edit > Find is one."""
    from PySide6.QtGui import QKeySequence, QShortcut

    win = _full_window(qtbot, sqlite_database, tmp_path)
    QShortcut(QKeySequence("Ctrl+F"), win.page("trash"))
    QShortcut(QKeySequence("Ctrl+Shift+2"), win.page("assistance").view)
    clashes_found = key_clashes(bindings(win))
    assert any(c.startswith("Ctrl+F: find_action") for c in clashes_found), clashes_found
    assert any(c.startswith("Ctrl+Shift+2") for c in clashes_found), clashes_found
