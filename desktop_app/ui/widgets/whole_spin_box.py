"""A spin box for whole numbers that never turns what was typed into another number.

QSpinBox drops every key its validator does not like: "1,5" typed into it became 15 in
every language (the comma key silently ignored), "12,34" became 1234. Here the text is read
by domain.rules.entry.parse_number like every number field: a text that is not a whole
number in range stays as typed, is framed red with the reason as its tooltip, is not taken
when the field is left, and `problem()` names it for the dialog to refuse saving. Arrows and
the wheel step as usual.
"""

from __future__ import annotations

from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from ...domain.rules.entry import parse_number
from ...domain.rules.issues import MESSAGES
from ...i18n import tr
from .decimal_edit import INVALID_STYLE, number_style


class WholeSpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._style = number_style()
        self.lineEdit().textEdited.connect(lambda _t: self._show_state())

    def _reading(self, text: str) -> tuple[int | None, str | None, dict[str, object]]:
        """(value, error code, params) of `text` without prefix/suffix."""
        reading = parse_number(text, self._style, 0)
        params: dict[str, object] = {
            "value": text.strip(),
            "min": self.minimum(),
            "max": self.maximum(),
            "example": "12",
            "places": 0,
        }
        if not reading.ok or reading.value is None:
            return None, reading.error or "required", params
        value = int(reading.value)
        if not self.minimum() <= value <= self.maximum():
            return None, "out_of_range", params
        return value, None, params

    def _typed(self) -> str:
        return self.cleanText()

    # -- QSpinBox hooks --------------------------------------------------------------------
    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        value, _code, _params = self._reading(self._strip(text))
        state = QValidator.State.Acceptable if value is not None else QValidator.State.Intermediate
        return state, text, pos  # never Invalid: no key is ever dropped

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt API
        value, _code, _params = self._reading(self._strip(text))
        return self.value() if value is None else value

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return str(value)  # no thousands separator: "1,000" would read two ways

    def fixup(self, text: str) -> str:
        return text  # nothing is "corrected" behind the clerk's back

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        if self.problem(""):
            # QAbstractSpinBox would put the last good value back without a word; keep the
            # text and its red frame until it is corrected.
            QWidget.focusOutEvent(self, event)
            self._show_state()
            return
        super().focusOutEvent(event)
        self._show_state()

    # -- state -----------------------------------------------------------------------------
    def _strip(self, text: str) -> str:
        text = text.removeprefix(self.prefix()) if self.prefix() else text
        return text.removesuffix(self.suffix()) if self.suffix() else text

    def problem(self, field_label: str) -> str:
        """Why the typed text is not taken, naming `field_label`; "" when it is."""
        _value, code, params = self._reading(self._typed())
        if code is None:
            return ""
        if code == "out_of_range":
            template = tr("WholeSpinBox", "{field} must be a whole number from {min} to {max}.")
        else:
            template = tr("Validation", MESSAGES[code])
        return template.format(**{**params, "field": field_label or self.accessibleName()})

    def _show_state(self) -> None:
        message = self.problem(self.accessibleName())
        self.lineEdit().setStyleSheet(INVALID_STYLE if message else "")
        self.setToolTip(message)
