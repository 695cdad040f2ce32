"""One field of a record bound to the widget that edits it.

A binding knows how to read the widget as a value records.save accepts, how to show a value
from records.load, and when the user changed it. Forms declare bindings in visual order;
base_form does the rest (labels, required marks, issues, tab order, dirty tracking).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import COUNTRIES, CURRENCIES
from ...domain.rules.issues import Issue, Severity
from ...i18n import country_name, label, tr
from ..widgets.code_list import CodeList
from ..widgets.date_edit import DateEdit
from ..widgets.decimal_edit import DecimalEdit
from ..widgets.fitting_combo import fit
from ..widgets.signatory_picker import SignatoryDirectory, SignatoryPicker, describe

ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class Binding:
    field: str
    widget: QWidget
    """What goes into the form layout."""
    get: Callable[[], Any]
    set: Callable[[Any], None]
    on_change: Callable[[Callable[[], None]], None]
    focus: list[QWidget] = field(default_factory=list)
    """The widgets that take keyboard focus, in order (tab order)."""
    parse_issue: Callable[[str], Issue | None] = lambda kind: None
    full_row: bool = False
    """Label above the widget instead of beside it (lists, long text)."""

    def __post_init__(self) -> None:
        if not self.focus:
            self.focus = [self.widget]


def text(parent: QWidget, name: str, max_length: int | None = None) -> Binding:
    edit = QLineEdit(parent)
    if max_length:
        edit.setMaxLength(max_length)
    return Binding(name, edit, edit.text, lambda v: edit.setText(v or ""),
                   lambda cb: edit.textChanged.connect(lambda _t: cb()))  # fmt: skip


def multiline(parent: QWidget, name: str) -> Binding:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setMinimumHeight(edit.fontMetrics().height() * 4)
    edit.setMaximumHeight(edit.fontMetrics().height() * 7)
    return Binding(
        name,
        edit,
        edit.toPlainText,
        lambda v: edit.setPlainText(v or ""),
        lambda cb: edit.textChanged.connect(cb),
    )


def integer(parent: QWidget, name: str) -> Binding:
    """Whole numbers: an empty field is "unknown", not zero."""
    edit = DecimalEdit(0, parent)

    def get() -> Any:
        value = edit.value()
        if value is None or isinstance(value, str):
            return value
        return int(value)

    return Binding(
        name,
        edit,
        get,
        edit.set_value,
        lambda cb: edit.textChanged.connect(lambda _t: cb()),
        parse_issue=_typed_issue(name, edit),
    )


def decimal(parent: QWidget, name: str, decimals: int = 2) -> Binding:
    edit = DecimalEdit(decimals, parent)
    return Binding(
        name,
        edit,
        edit.value,
        edit.set_value,
        lambda cb: edit.textChanged.connect(lambda _t: cb()),
        parse_issue=_typed_issue(name, edit),
    )


def _typed_issue(name: str, widget: DateEdit | DecimalEdit) -> Callable[[str], Issue | None]:
    """What was typed cannot be read (not a date, ambiguous number...): an error at the
    field, with the form expected in the interface language."""

    def check(kind: str) -> Issue | None:
        code = widget.error()
        if code is None:
            return None
        return Issue(name, code, Severity.ERROR, widget.error_params(), kind)

    return check


def date(parent: QWidget, name: str, optional: bool = True) -> Binding:
    edit = DateEdit(optional, parent)
    return Binding(
        name,
        edit,
        edit.value,
        edit.set_value,
        lambda cb: edit.changed.connect(cb),
        focus=[edit.edit],
        parse_issue=_typed_issue(name, edit),
    )


def flag(parent: QWidget, name: str, caption: str) -> Binding:
    box = QCheckBox(caption, parent)
    return Binding(
        name,
        box,
        box.isChecked,
        lambda v: box.setChecked(bool(v)),
        lambda cb: box.toggled.connect(lambda _c: cb()),
    )


COMBO_CHARACTERS = 18
"""How many characters a form's combo asks room for (ui/widgets/fitting_combo.py)."""


def fitting_combo(parent: QWidget) -> QComboBox:
    return fit(QComboBox(parent), COMBO_CHARACTERS)


def _combo(parent: QWidget, items: list[tuple[str, str]], empty: bool) -> QComboBox:
    combo = fitting_combo(parent)
    combo.setPlaceholderText(tr("Form", "Choose..."))
    if empty:
        combo.addItem("", None)
    for text_, data in items:
        combo.addItem(text_, data)
    combo.setCurrentIndex(-1 if not empty else 0)
    return combo


def _combo_binding(name: str, combo: QComboBox) -> Binding:
    def set_(value: Any) -> None:
        code = None if value in (None, "") else str(value)
        index = combo.findData(code) if code is not None else -1
        if index < 0 and code is not None:
            combo.addItem(code, code)  # a value from an older list stays visible
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    return Binding(
        name,
        combo,
        lambda: combo.currentData(),
        set_,
        lambda cb: combo.currentIndexChanged.connect(lambda _i: cb()),
    )


def enum(parent: QWidget, name: str, enum_cls: type[StrEnum], empty: bool = False) -> Binding:
    items = [(label(m), m.value) for m in enum_cls]
    return _combo_binding(name, _combo(parent, items, empty))


def country(parent: QWidget, name: str) -> Binding:
    items = sorted(((country_name(c), c) for c in COUNTRIES), key=lambda p: p[0])
    return _combo_binding(name, _combo(parent, items, False))


def currency(parent: QWidget, name: str) -> Binding:
    return _combo_binding(name, _combo(parent, [(c, c) for c in CURRENCIES], False))


def codes(parent: QWidget, name: str, enum_cls: type[StrEnum]) -> Binding:
    widget = CodeList(enum_cls, parent)
    return Binding(
        name,
        widget,
        widget.value,
        widget.set_value,
        lambda cb: widget.changed.connect(cb),
        full_row=False,
    )


def _bad_signatory(name: str, picker: SignatoryPicker) -> Callable[[str], Issue | None]:
    def check(kind: str) -> Issue | None:
        value = picker.value()
        if isinstance(value, str):
            return Issue(name, "invalid_choice", Severity.ERROR, {"value": value}, kind)
        return None

    return check


def signatory(parent: QWidget, name: str, directory: SignatoryDirectory) -> Binding:
    picker = SignatoryPicker(directory, parent)
    return Binding(
        name,
        picker,
        picker.value,
        picker.set_value,
        lambda cb: picker.changed.connect(cb),
        parse_issue=_bad_signatory(name, picker),
    )


class SignatoryList(QWidget):
    """Several signatories: a picker to add one, the chosen ones below, Del to remove."""

    def __init__(self, directory: SignatoryDirectory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.directory = directory
        self.picker = SignatoryPicker(directory, self)
        self.picker.setPlaceholderText(tr("Form", "Type a name, then Enter to add it"))
        self.picker.returnPressed.connect(self.add_typed)
        self.picker.completer_.activated.connect(lambda _t: self.add_typed())
        self.add_button = QPushButton(tr("Form", "Add"), self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.add_button.clicked.connect(self.add_typed)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 7)
        self.list.installEventFilter(self)
        self.remove_button = QPushButton(tr("Form", "Remove"), self)
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(self.remove_current)
        self._callbacks: list[Callable[[], None]] = []
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.picker, 1)
        top.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bottom)

    def value(self) -> list[uuid.UUID]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def set_value(self, ids: Any) -> None:
        self.list.clear()
        for raw in ids or []:
            self._append(raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw)))
        self._changed()

    def _append(self, sid: uuid.UUID) -> None:
        choice = self.directory.get(sid)
        item = QListWidgetItem(describe(choice) if choice else str(sid))
        item.setData(ID_ROLE, sid)
        self.list.addItem(item)

    def add_typed(self) -> None:
        self.picker._finish()  # noqa: SLF001 - resolve what was typed, as on leaving it
        sid = self.picker.value()
        if isinstance(sid, uuid.UUID) and sid not in self.value():
            self._append(sid)
            self.picker.set_value(None)
            self._changed()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._changed()

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if watched is self.list and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    def connect(self, cb: Callable[[], None]) -> None:
        self._callbacks.append(cb)

    def _changed(self) -> None:
        for cb in self._callbacks:
            cb()


def signatories(parent: QWidget, name: str, directory: SignatoryDirectory) -> Binding:
    widget = SignatoryList(directory, parent)
    return Binding(
        name,
        widget,
        widget.value,
        widget.set_value,
        widget.connect,
        focus=[widget.picker, widget.list],
    )


def choice(parent: QWidget, name: str, empty_text: str) -> tuple[Binding, QComboBox]:
    """A combo of records the form fills (item data: the id as text), with an empty choice."""
    combo = fitting_combo(parent)
    combo.addItem(empty_text, None)

    def set_(value: Any) -> None:
        index = combo.findData(str(value)) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))

    def get() -> uuid.UUID | None:
        data = combo.currentData()
        return uuid.UUID(str(data)) if data else None

    binding = Binding(
        name,
        combo,
        get,
        set_,
        lambda cb: combo.currentIndexChanged.connect(lambda _i: cb()),
    )
    return binding, combo
