"""Every sidebar section is a key away, and the View menu says which (issue 16).

There are more sections than digits: Ctrl+1 ... Ctrl+9, Ctrl+0 reach the first ten and
Ctrl+Shift+1, Ctrl+Shift+2 the Sync conflicts and the Trash, which no key reached before.
The keys are pressed as a user does, from the sidebar and from a text box of the page in
front; tests/qt/test_menu_accelerators.py checks that no other key is the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLineEdit

from desktop_app import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import SECTIONS, section_shortcut
from desktop_app.ui.settings import Settings

NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture
def window(qtbot, sqlite_database, tmp_path: Path) -> MainWindow:  # noqa: ANN001
    win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database, start_section="trash")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def press(qtbot, widget, key: QKeySequence) -> None:  # noqa: ANN001
    combination = key[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_the_keys_are_the_digits_in_order() -> None:
    keys = [section_shortcut(n) for n in range(1, len(SECTIONS) + 1)]
    assert keys[:10] == [f"Ctrl+{n % 10}" for n in range(1, 11)]
    assert keys[10:] == ["Ctrl+Shift+1", "Ctrl+Shift+2"]
    assert len(set(keys)) == len(keys)
    assert len(SECTIONS) <= 20  # section_shortcut has keys for twenty


def test_every_section_is_reached_by_its_key_from_the_sidebar_and_from_a_text_box(
    qtbot, window
) -> None:  # noqa: ANN001
    for number, sec in reversed(list(enumerate(SECTIONS, start=1))):  # Trash first: 12 keys
        key = QKeySequence(section_shortcut(number))
        window.navigation.setFocus()
        press(qtbot, window.navigation, key)
        assert window.current_section() == sec.id, (sec.id, key.toString())
        assert window.stack.currentWidget() is window.page(sec.id)
    window.show_section("signatories")
    for number, sec in enumerate(SECTIONS, start=1):
        key = QKeySequence(section_shortcut(number))
        page = window.stack.currentWidget()
        boxes = [b for b in page.findChildren(QLineEdit) if b.isVisible() and b.isEnabled()]
        target = boxes[0] if boxes else window.navigation  # a list's search box, a date...
        target.setFocus()
        press(qtbot, target, key)
        assert window.current_section() == sec.id, (sec.id, key.toString(), target)
        checked = [sid for sid, a in window.section_actions.items() if a.isChecked()]
        assert checked == [sec.id]


@pytest.mark.parametrize("lang", ["en", "tk"])
def test_the_view_menu_and_the_sidebar_show_every_sections_key(
    qtbot, sqlite_database, tmp_path: Path, lang: str
) -> None:  # noqa: ANN001
    assert i18n.install(lang)
    try:
        win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
        qtbot.addWidget(win)
        entries = [a for a in win.menus["view"].actions() if not a.isSeparator()]
        titles = [i18n.tr("Section", s.title) for s in SECTIONS]
        assert [a.text() for a in entries] == titles  # in sidebar order, in the language
        for number, (sec, action) in enumerate(zip(SECTIONS, entries, strict=True), start=1):
            key = QKeySequence(section_shortcut(number))
            assert action.shortcut() == key, sec.id  # the menu shows it beside the title
            assert action is win.section_actions[sec.id] and action.isCheckable()
            tip = win.navigation.item(number - 1).toolTip()
            assert tip == f"{titles[number - 1]} ({key.toString(NATIVE)})"
    finally:
        i18n.install("en")
