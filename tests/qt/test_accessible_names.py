"""Every control of every page and every record form has a name in Qt's accessibility tree.

A screen reader reads what QAccessible gives: a button's text, a label's buddy, or the
accessibleName set on the widget. This walks the widget tree of each section's page and of
each kind's form and asks QAccessible for the name of every control a user can reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop_app.services.demo import DemoOptions, generate
from desktop_app.ui.forms.registry import FORMS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def unnamed(root: QWidget) -> list[str]:
    out = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue  # scroll bars, headers: read as parts of their view, never reached alone
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the box's own editor: the box carries the name
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            parent = type(widget.parent()).__name__
            out.append(f"{type(widget).__name__} {widget.objectName()!r} in {parent}")
    return out


@pytest.fixture(params=["empty", "filled"])
def window(qtbot, sqlite_database, tmp_path: Path, monkeypatch, request):  # noqa: ANN001
    """An empty office (Getting started, the empty lists' hints) and one with records."""
    from desktop_app.ui.pages import dashboard_page

    monkeypatch.setattr(dashboard_page, "_REMINDED", True)
    if request.param == "filled":
        generate(sqlite_database, DemoOptions(signatories=3, seed=4))
    win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    return win


def test_every_page_control_has_an_accessible_name(qtbot, window) -> None:  # noqa: ANN001
    problems = unnamed(window.toolbar) + unnamed(window.navigation.parentWidget())
    for sec in SECTIONS:
        page = window.show_section(sec.id)
        qtbot.waitUntil(lambda p=page: not getattr(p, "loading", False), timeout=10000)
        problems += [f"{sec.id}: {p}" for p in unnamed(page)]
    assert not problems, "\n".join(problems)


def test_every_form_control_has_an_accessible_name(qtbot, window) -> None:  # noqa: ANN001
    problems = []
    for kind in FORMS:
        form = window.forms.open(kind)
        assert form is not None
        problems += [f"{kind}: {p}" for p in unnamed(form)]
        form.close()
    assert not problems, "\n".join(problems)
