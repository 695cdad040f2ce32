"""Shared set-up for the form tests: a small office database and keyboard-entry helpers.

Fields are filled the way a clerk fills them: focus the widget, type, Tab away. Combo boxes
are chosen by typing the start of their label, dates by typing their digits, code lists by
arrows and Space.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
)

from desktop_app.date_text import format_date
from desktop_app.services import records
from desktop_app.ui.forms.base_form import RecordForm
from desktop_app.ui.forms.opener import FormOpener
from desktop_app.ui.settings import Settings
from desktop_app.ui.widgets.code_list import CODE_ROLE, CodeList
from desktop_app.ui.widgets.date_edit import DateEdit

TODAY = date(2025, 6, 1)


def seed(db) -> dict[str, Any]:
    """One coordinator, two signatories (one with a plan): what pickers and presets need."""
    coordinator = records.save(
        db,
        "coordinator",
        {"name": "Mary Welayat", "kind": "territorial", "country": "TM", "is_own_office": True},
    )
    ashgabat = records.save(
        db,
        "signatory",
        {"name": "Ashgabat", "local_name": "Ашхабад", "country": "TM",
         "adhesion_date": date(2015, 1, 1)},
    )  # fmt: skip
    almaty = records.save(
        db,
        "signatory",
        {"name": "Almaty", "local_name": "Алматы", "country": "KZ",
         "adhesion_date": date(2016, 1, 1)},
    )  # fmt: skip
    plan = records.save(
        db,
        "action_plan",
        {"signatory_id": ashgabat.id, "plan_type": "secap", "title": "SECAP 2030",
         "sectors": ["municipal", "tertiary", "residential"],
         "action_sectors": ["municipal", "residential"], "risk_assessment_done": True},
    )  # fmt: skip
    return {"coordinator": coordinator.id, "ashgabat": ashgabat.id, "almaty": almaty.id,
            "plan": plan.id}  # fmt: skip


def make_opener(db, tmp_path) -> FormOpener:
    return FormOpener(db, Settings(tmp_path / "settings.ini"))


_OPEN: list[RecordForm] = []


def close_forms() -> None:
    """Close what a test left open (forms delete themselves on close, so not qtbot's job)."""
    import shiboken6

    for form in _OPEN:
        if shiboken6.isValid(form):
            form._closing_ok = True
            form.close()
    _OPEN.clear()


def show(qtbot, form: RecordForm) -> RecordForm:
    _OPEN.append(form)
    form.show()
    qtbot.waitExposed(form)
    if not form.isActiveWindow():
        with qtbot.waitActive(form):
            form.activateWindow()
    return form


def type_text(qtbot, widget, text: str) -> None:
    """qtbot.keyClicks, also for Cyrillic: QTest only knows ASCII keys, so other letters go
    as key events that carry their text (which is what a keyboard layout produces)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def enter(qtbot, form: RecordForm, field: str, value: Any) -> None:
    """Type `value` into the field's widget by keyboard (then Tab away, as a user would)."""
    binding = form.bindings[field]
    widget = binding.focus[0]
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(binding.widget, DateEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)  # empties it, as a user would first
        if value is None:
            assert binding.get() is None
            return
        text = format_date(value)
        qtbot.keyClicks(widget, text)
        assert binding.get() == value, (field, binding.get(), text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return
    if isinstance(widget, QComboBox):
        qtbot.keyClicks(widget, str(value))
        return
    if isinstance(widget, QCheckBox):
        if widget.isChecked() != bool(value):
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        return
    if isinstance(widget, CodeList):
        wanted = set(value)
        widget.setCurrentRow(0)
        for row in range(widget.count()):
            item = widget.item(row)
            checked = item.checkState() == Qt.CheckState.Checked
            if checked != (item.data(CODE_ROLE) in wanted):
                qtbot.keyClick(widget, Qt.Key.Key_Space)
            qtbot.keyClick(widget, Qt.Key.Key_Down)
        return
    if isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClicks(widget, str(value))
        return
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        if value == "":
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
        else:
            type_text(qtbot, widget, str(value))
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return
    raise AssertionError(f"no keyboard recipe for {field}: {type(widget).__name__}")


def press(qtbot, form: RecordForm, keys: str) -> None:
    """A shortcut pressed wherever the focus is inside the form."""
    from PySide6.QtGui import QKeySequence

    seq = QKeySequence(keys)
    combo = seq[0]
    target = QApplication.focusWidget() or form
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def stored(db, kind: str, record_id) -> records.Snapshot:
    return records.load(db, kind, record_id)


def money(text: str) -> Decimal:
    return Decimal(text)


class Dialogs:
    """Stands in for every message box, so no test can hang on a modal dialog.

    `answer` is what QMessageBox.question returns next; every box shown is recorded.
    """

    def __init__(self) -> None:
        self.answer = QMessageBox.StandardButton.Discard
        self.shown: list[tuple[str, str]] = []

    def install(self, monkeypatch) -> Dialogs:
        def question(_parent, title, text, *args, **kwargs):
            self.shown.append((title, text))
            return self.answer

        def note(_parent, title, text, *args, **kwargs):
            self.shown.append((title, text))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, "question", question)
        monkeypatch.setattr(QMessageBox, "warning", note)
        monkeypatch.setattr(QMessageBox, "information", note)
        monkeypatch.setattr(QMessageBox, "critical", note)
        return self
