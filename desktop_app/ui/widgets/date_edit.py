"""A date edit that can also be empty, with a calendar popup in the user's locale.

QDateEdit has no "no date": the usual trick is a special text shown at the minimum date.
Keyboard entry must still work from empty, so the first digit or arrow key starts a date,
and Delete or Backspace with everything selected empties it again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

from ...i18n import locale, tr

EMPTY = QDate(1900, 1, 1)


def date_format() -> str:
    """The locale's short date format with a four-digit year (two-digit years mislead)."""
    fmt = locale().dateFormat(locale().FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


class DateEdit(QWidget):
    changed = Signal()

    def __init__(self, optional: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(locale())
        self.edit.setDisplayFormat(date_format())
        self.edit.setMinimumDate(EMPTY)
        self.edit.setMaximumDate(QDate(2200, 12, 31))
        self.edit.setSpecialValueText(" ")
        self.edit.setDate(EMPTY)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._calendar = self.edit.calendarWidget()
        self._calendar.installEventFilter(self)
        self.edit.installEventFilter(self)
        self.setFocusProxy(self.edit)
        self._digit_section: int | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("\u2715")
        self.clear_button.setToolTip(tr("DateEdit", "Clear the date (Delete)"))
        self.clear_button.setAccessibleName(tr("DateEdit", "Clear the date"))
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete does it by keyboard
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        layout.addWidget(self.clear_button)

    def value(self) -> date | None:
        qd = self.edit.date()
        if qd == EMPTY:
            return None
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        self.edit.setDate(EMPTY)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt API
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            empty = self.edit.date() == EMPTY
            key = event.key()
            if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
                self._digit_section = None if empty else self.edit.currentSectionIndex()
            elif event.text() and not event.text().isalnum() and not event.text().isspace():
                # "15/03/2024": Qt has already moved on after "15"; the "/" must not skip
                # the month as well.
                moved = self._digit_section is None or (
                    self._digit_section != self.edit.currentSectionIndex()
                )
                self._digit_section = None
                if moved:
                    return True
            if empty and (
                Qt.Key.Key_0 <= key <= Qt.Key.Key_9 or key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            ):
                self._start_from_today()
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    return True  # today is the first step
            elif (
                self.optional
                and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
                and (empty or self.edit.lineEdit().selectedText() == self.edit.text())
            ):
                self.clear()
                return True
        elif watched is self._calendar and event.type() == QEvent.Type.Show:
            if self.edit.date() == EMPTY:
                today = QDate.currentDate()
                self._calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def _start_from_today(self) -> None:
        self._digit_section = 0
        # 1 January of this year, not today: typing "31" into a day section while the month
        # is November would be cut to 30 before the month is typed.
        self.edit.setDate(QDate(QDate.currentDate().year(), 1, 1))
        self.edit.setCurrentSectionIndex(0)
        self.edit.lineEdit().setSelection(0, len(self.edit.sectionText(self.edit.sectionAt(0))))
