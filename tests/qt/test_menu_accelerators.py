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
