"""Exact number input in the interface language: amounts never pass through a float, and a
typed text is never re-read silently as another number.

The reading rule is domain.rules.entry.parse_number: "3,85" in the English interface is
3.85 (a comma there cannot be a thousands separator) and the field says "= 3.85" at its
right edge; "1.234" in the Russian one could be 1,234 or 1 234 and is refused, naming both.
Before issue 10 a character filter let "3,85" through and the parser dropped the comma as a
thousands separator: an exchange rate of 385. Nothing is filtered now: what is typed stays
in the field, and anything that is not a number is an error there, naming the expected form.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ...domain.rules.entry import NumberReading, NumberStyle, parse_number, plain_number
from ...i18n import locale

INVALID_STYLE = "QLineEdit { border: 1px solid #c62828; border-radius: 2px; }"
EXAMPLE = Decimal("1234.56")


def number_style(loc: QLocale | None = None) -> NumberStyle:
    loc = loc or locale()
    return NumberStyle(loc.decimalPoint(), loc.groupSeparator())


def parse_decimal(text: str, loc: QLocale, places: int | None = None) -> Decimal | str | None:
    """The number typed, None when empty, or the text itself when it cannot be read."""
    reading = parse_number(text, number_style(loc), places)
    if reading.ok:
        return reading.value
    return text.strip()


def format_decimal(value: Decimal | None, loc: QLocale, group: bool = False) -> str:
    """Decimal to locale text without rounding through float."""
    if value is None:
        return ""
    text = format(value, "f")
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("-")
    whole, _, frac = digits.partition(".")
    if group and len(whole) > 3:
        parts = []
        while len(whole) > 3:
            parts.insert(0, whole[-3:])
            whole = whole[:-3]
        parts.insert(0, whole)
        whole = loc.groupSeparator().join(parts)
    return sign + whole + (loc.decimalPoint() + frac if frac else "")


class DecimalEdit(QLineEdit):
    """A number field; `decimals` is the most decimal places it keeps (0: whole numbers)."""

    def __init__(self, decimals: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale()
        self._style = number_style(self._locale)
        self.decimals = decimals
        self.echo = QLabel(self)
        self.echo.setObjectName("numberEcho")
        self.echo.setEnabled(False)  # greyed: what was read, not a second field
        self.echo.setVisible(False)
        self.textChanged.connect(self._update_echo)

    def reading(self) -> NumberReading:
        return parse_number(self.text(), self._style, self.decimals)

    def value(self) -> Decimal | str | None:
        """The number; None when empty; the text itself when refused (see error)."""
        reading = self.reading()
        return reading.value if reading.ok else self.text().strip()

    def set_value(self, value: Decimal | int | None) -> None:
        self.setText("" if value is None else plain_number(_tidy(Decimal(value)), self._style))

    setValue = set_value  # noqa: N815 - the Qt spelling

    def error(self) -> str | None:
        return self.reading().error

    def error_params(self) -> dict[str, object]:
        reading = self.reading()
        params: dict[str, object] = dict(reading.params or {})
        for key in ("one", "other"):
            if isinstance(params.get(key), Decimal):
                params[key] = plain_number(params[key], self._style)  # type: ignore[arg-type]
        example = EXAMPLE if self.decimals else EXAMPLE.to_integral_value()
        params["example"] = plain_number(example, self._style)
        params.setdefault("places", self.decimals)
        return params

    def echo_text(self) -> str:
        reading = self.reading()
        if reading.ok and reading.echo and reading.value is not None:
            return "= " + plain_number(reading.value, self._style)
        return ""

    def _update_echo(self, _text: str = "") -> None:
        text = self.echo_text()
        self.setStyleSheet(INVALID_STYLE if self.error() else "")
        self.echo.setText(text)
        self.echo.setVisible(bool(text))
        self.setToolTip(text)  # the reading, also for those who cannot see the grey echo
        self._place_echo()

    def _place_echo(self) -> None:
        margin = 0
        if self.echo.isVisible():
            self.echo.adjustSize()
            width = self.echo.sizeHint().width()
            self.echo.move(self.width() - width - 6, (self.height() - self.echo.height()) // 2)
            margin = width + 8
        self.setTextMargins(0, 0, margin, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._place_echo()


def _tidy(value: Decimal) -> Decimal:
    """A stored 3.85000000 shows as 3.85; amounts keep their cents (12.50 stays 12.50)."""
    if value == value.to_integral_value() or value.as_tuple().exponent == -2:
        return value
    return value.normalize()
