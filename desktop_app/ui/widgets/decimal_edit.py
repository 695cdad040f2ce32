"""Exact decimal input in the user's locale: amounts never pass through a float.

The validator accepts what a clerk types ("1 234,50" in Russian, "1,234.50" in English) and
`value()` parses it into a Decimal by the locale's own separators. Unparseable text is handed
back unchanged so that validation can name the field and the rule instead of guessing.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ...i18n import locale


class DecimalValidator(QValidator):
    def __init__(self, loc: QLocale, decimals: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.decimals = decimals
        point = re.escape(loc.decimalPoint())
        group = re.escape(loc.groupSeparator())
        groups = f"[0-9{group} \u00a0\u202f]"
        self._pattern = re.compile(rf"-?{groups}*({point}[0-9]{{0,{decimals}}})?")

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._pattern.fullmatch(text):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Invalid, text, pos


def parse_decimal(text: str, loc: QLocale) -> Decimal | str | None:
    cleaned = text.strip()
    if not cleaned:
        return None
    for sep in {loc.groupSeparator(), " ", "\u00a0", "\u202f"}:
        cleaned = cleaned.replace(sep, "")
    cleaned = cleaned.replace(loc.decimalPoint(), ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return text
    return value if value.is_finite() else text


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
    def __init__(self, decimals: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale()
        self.setValidator(DecimalValidator(self._locale, decimals, self))

    def value(self) -> Decimal | str | None:
        return parse_decimal(self.text(), self._locale)

    def set_value(self, value: Decimal | None) -> None:
        self.setText(format_decimal(value, self._locale))
