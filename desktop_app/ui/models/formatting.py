"""Display text and sort keys for list cells, by column type, in the interface language.

Lists repeat the same few dates, countries and statuses thousands of times, so every
formatter memoises: painting or indexing 100,000 rows formats each distinct value once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QLocale

from ...date_text import format_date
from ...domain.names import fold
from ...i18n import country_name, label, locale, tr
from ...number_text import format_decimal, format_int
from ...services.lists import Column, cell

Formatter = Callable[[Any], str]

NUMERIC_TYPES = frozenset({"int", "decimal", "money", "count"})


class Formats:
    """One per model: holds the locale captured at creation (the language of the session).

    Formatters take the raw cells of services.lists (driver values) and memoise per column.
    """

    def __init__(self, loc: QLocale | None = None) -> None:
        self.locale = loc or locale()
        self._group = self.locale.groupSeparator()
        self._point = self.locale.decimalPoint()
        self._yes = tr("RecordTable", "Yes")

    def formatter(self, column: Column) -> Formatter:
        kind = column.type
        if kind in ("text", "name"):
            return _text
        if kind == "bool":
            return lambda v: self._yes if v else ""
        if kind == "count":
            return lambda v: "" if not v else str(v)
        memo: dict[Any, str] = {}

        def fmt(value: Any) -> str:
            if value is None:
                return ""
            text = memo.get(value)
            if text is None:
                text = memo[value] = self._format(column, cell(column, value))
            return text

        return fmt

    def _format(self, column: Column, value: Any) -> str:
        kind = column.type
        if kind == "country":
            return country_name(value)
        if kind == "enum":
            return label(value) if isinstance(value, StrEnum) else str(value)
        if kind == "date":
            return format_date(value, self.locale)
        if kind == "int":
            if column.field.endswith("year"):
                return str(int(value))  # a year is not a quantity: 2010, never "2,010"
            return format_int(int(value), self.locale)
        if kind == "money":
            return self.decimal(value, 2)
        if kind == "decimal":
            return self.decimal(value, None)
        return str(value)

    def decimal(self, value: Decimal, places: int | None) -> str:
        """Exact, grouped by the locale: number_text's one number format per language."""
        return format_decimal(value, places, self.locale)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def sort_key(column: Column, display: Formatter) -> Callable[[Any], Any]:
    """Numbers and dates sort by value (empty cells last); text by its folded display.

    Callers memoise per distinct raw value, so each conversion happens once per value."""
    if column.type in NUMERIC_TYPES or column.type == "date":
        far = date.max if column.type == "date" else Decimal("Infinity")

        def by_value(v: Any) -> Any:
            return far if v is None else cell(column, v)

        return by_value
    if column.type == "bool":
        return lambda v: not v
    return lambda v: fold(display(v))
