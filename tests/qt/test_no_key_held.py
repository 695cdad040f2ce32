"""No test inherits a modifier key "held" by an earlier test's Shift+click.

QTest releases Shift with an event that still carries Shift, and Qt keeps the last key
event's modifiers as the keyboard's state; `selectRow` then extended a selection from no
anchor and selected nothing. The two tests run in this order: the first leaves Shift
"held", the second (after tests/conftest.py's reset) selects a row as a clerk's click does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView


def test_a_shift_tab_leaves_shift_held_in_qt(qtbot) -> None:  # noqa: ANN001
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    # What the next test would inherit without the reset (Qt's behaviour, not ours):
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.ShiftModifier


def test_the_next_test_starts_with_no_key_held_and_selects_a_row(qtbot) -> None:  # noqa: ANN001
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(QStandardItemModel(2, 2, view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.show()
    view.selectRow(1)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [1]
