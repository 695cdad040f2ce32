"""The one date field of the application: a line edit that reads what people type.

QDateEdit was dropped: its sections swallowed Tab in an empty field (issue 10, item 1: a
phone number typed next became a date) and re-read "2023-03-15" section by section as
another day (item 2). Here the text is free and is read as a whole by
domain.rules.entry.parse_date: the language's short format, ISO yyyy-mm-dd, dd.mm.yyyy or
d/m/yyyy, with or without leading zeros. A text that is not a whole, real date is an error
at the field (and blocks saving); an empty optional field is no date. Leaving the field
rewrites a good date in the language's one format (date_text.format_date); until then a
hint beside it spells out the day read. Tab and Shift+Tab always move on, select-all then
typing replaces, Up/Down step a day, Alt+Down or F4 opens a calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...date_text import date_pattern, example, format_date, parse_date_text, placeholder
from ...domain.rules.entry import YEAR_RANGE, DateReading
from ...domain.rules.issues import MESSAGES
from ...i18n import locale, tr
from ...qdates import to_date, to_qdate

INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; border-radius: 2px; }"


def date_format() -> str:
    """Kept for callers of the old widget: the one date pattern (date_text.date_pattern)."""
    return date_pattern()


class DateEdit(QWidget):
    changed = Signal()
    """Any edit of the text (forms re-check on every key)."""
    valueChanged = Signal(object)  # noqa: N815 - Qt naming
    """The date read changed: a date, None (empty) or the text when it is not a date."""

    def __init__(
        self, optional: bool = True, parent: QWidget | None = None, own_errors: bool = False
    ) -> None:
        """`own_errors`: show the message under the field (dialogs); forms have their own
        issue line and leave it False."""
        super().__init__(parent)
        self.optional = optional
        self._locale = locale()
        self._last: object = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(placeholder(self._locale))
        self.edit.setMaxLength(40)
        self.edit.setClearButtonEnabled(False)
        self.edit.installEventFilter(self)
        width = self.edit.fontMetrics().horizontalAdvance(example(self._locale) + "  0000")
        self.edit.setMinimumWidth(width)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.editingFinished.connect(self._tidy)
        # No focus proxy: a proxied container stays where it was created in the focus chain,
        # and Qt 6 sends Tab from the window's last widget to it (i.e. into this field)
        # instead of to the first field. focusInEvent forwards focus given to the container.
        self.hint = QLabel(self)
        self.hint.setObjectName("dateHint")
        self.hint.setEnabled(False)  # greyed: an echo, not a field
        self.hint.setVisible(False)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("\u25be")
        self.calendar_button.setToolTip(tr("DateEdit", "Choose from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(tr("DateEdit", "Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u2715")
        self.clear_button.setToolTip(tr("DateEdit", "Clear the date (Delete)"))
        self.clear_button.setAccessibleName(tr("DateEdit", "Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete does it by keyboard
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dateError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.setVisible(False)
        self._own_errors = own_errors
        self._calendar: QCalendarWidget | None = None
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit, 1)
        row.addWidget(self.calendar_button)
        row.addWidget(self.clear_button)
        row.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self.error_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # -- value -----------------------------------------------------------------------------
    def reading(self) -> DateReading:
        return parse_date_text(self.edit.text(), self._locale)

    def value(self) -> date | str | None:
        """The date; None when empty; the text itself when it is not a date (see error)."""
        reading = self.reading()
        if reading.ok:
            return reading.value
        return self.edit.text().strip()

    def set_value(self, value: date | None) -> None:
        self.edit.setText(format_date(value, self._locale) if value else "")

    setValue = set_value  # noqa: N815 - the Qt spelling, for callers that expect it

    def clear(self) -> None:
        self.edit.clear()

    def error(self) -> str | None:
        """The validation code of what is typed (domain.rules.issues.MESSAGES), or None."""
        return self.reading().error

    def error_params(self) -> dict[str, object]:
        reading = self.reading()
        return {
            **(reading.params or {}),
            "example": example(self._locale),
            "iso": EXAMPLE_ISO,
            "min": YEAR_RANGE[0],
            "max": YEAR_RANGE[1],
        }

    def error_message(self, field_label: str) -> str:
        """The error as one sentence naming `field_label` (for dialogs); "" when fine."""
        code = self.error()
        if code is None:
            return ""
        template = tr("Validation", MESSAGES[code])
        return template.format(**{**self.error_params(), "field": field_label})

    def problem(self, field_label: str) -> str:
        """Why the field holds no usable date, naming it (dialogs); "" when it does."""
        message = self.error_message(field_label)
        if not message and not self.optional and self.value() is None:
            message = tr("Validation", MESSAGES["required"]).format(field=field_label)
        return message

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.edit.setFocus(event.reason())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- reacting --------------------------------------------------------------------------
    def _text_changed(self, _text: str) -> None:
        reading = self.reading()
        bad = not reading.ok
        self.edit.setStyleSheet(INVALID_STYLE if bad else "")
        shown = format_date(reading.value, self._locale) if reading.value else ""
        echo = reading.value is not None and shown != self.edit.text().strip()
        self.hint.setText(
            "= " + self._locale.toString(to_qdate(reading.value), "d MMMM yyyy")
            if echo and reading.value
            else ""
        )
        self.hint.setVisible(echo)
        if self._own_errors:
            message = self.error_message(self.accessibleName())
            self.error_label.setText(message)
            self.error_label.setVisible(bool(message))
        self.changed.emit()
        value = self.value()
        if value != self._last:
            self._last = value
            self.valueChanged.emit(value)

    def _tidy(self) -> None:
        """Leaving the field: a good date is rewritten in the one format."""
        reading = self.reading()
        if reading.ok and reading.value is not None:
            shown = format_date(reading.value, self._locale)
            if shown != self.edit.text():
                self.edit.setText(shown)

    def _step(self, days: int) -> None:
        reading = self.reading()
        if not reading.ok:
            return
        day = reading.value + timedelta(days=days) if reading.value else date.today()
        if YEAR_RANGE[0] <= day.year <= YEAR_RANGE[1]:
            self.set_value(day)
            self.edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key, mods = event.key(), event.modifiers()
            alt = bool(mods & Qt.KeyboardModifier.AltModifier)
            if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
                self.open_calendar()
                return True
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
                self._step(1 if key == Qt.Key.Key_Up else -1)
                return True
        return super().eventFilter(watched, event)

    # -- calendar --------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self._calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setLocale(self._locale)
            calendar.setFirstDayOfWeek(self._locale.firstDayOfWeek())
            calendar.setMinimumDate(QDate(YEAR_RANGE[0], 1, 1))
            calendar.setMaximumDate(QDate(YEAR_RANGE[1], 12, 31))
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            self._calendar = calendar
        reading = self.reading()
        day = reading.value if reading.ok and reading.value else date.today()
        self._calendar.setSelectedDate(to_qdate(day))
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        self._calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, qd: QDate) -> None:
        self.set_value(to_date(qd))
        if self._calendar is not None:
            self._calendar.hide()
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.edit.selectAll()


EXAMPLE_ISO = "2025-12-31"
