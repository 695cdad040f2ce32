"""A list's Del and Enter reach the list even when another window has an action on them.

Seen on the loaded clean-clone CI run: Del on a selected signatory asked nothing and moved
nothing (test_trash_says_what_moves). A window left open by an earlier test, with its own
Del, was the active window: Qt offered the key to its shortcut first and the list never saw
it. A clerk with a record form open in its own window is in the same place.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.models import Signatory
from desktop_app.ui.pages.list_panel import ListPanel
from desktop_app.ui.sections import PageContext
from desktop_app.ui.settings import Settings


@pytest.fixture
def foreign_window(qtbot):  # noqa: ANN001, ANN201
    """A top-level window with Del and Enter actions on the whole application."""
    window = QWidget()
    qtbot.addWidget(window)
    fired: list[str] = []
    for key in ("Del", "Return"):
        act = QAction(key, window)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        act.triggered.connect(lambda _c=False, k=key: fired.append(k))
        window.addAction(act)
    window.show()
    window.activateWindow()
    return window, fired


def test_del_and_enter_on_a_list_are_the_lists(
    qtbot, sqlite_database, tmp_path: Path, monkeypatch, foreign_window
) -> None:  # noqa: ANN001
    with sqlite_database.transaction("test") as s:
        s.add(Signatory(name="Mary", country="TM", adhesion_date=date(2020, 1, 1)))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No
    )
    context = PageContext(sqlite_database, Settings(tmp_path / "s.ini"))
    page = ListPanel(context, list_id="signatories")
    qtbot.addWidget(page)
    opened: list[object] = []
    page.open_requested.connect(lambda kind, rid: opened.append(rid))
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 1, timeout=10000)
    page.view.setFocus()
    page.view.selectRow(0)
    _window, fired = foreign_window
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    qtbot.keyClick(page.view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert len(asked) == 1 and "Trash" in asked[0]
    assert opened == [page.model.row_id(0)] * 2
    assert fired == []  # the other window's actions did not take the keys
