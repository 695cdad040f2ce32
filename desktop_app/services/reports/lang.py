"""The language of one report, independent of the interface language.

A clerk may run the GUI in Russian and file the report in English. Installing translators
globally would flip the whole interface (and is not thread-safe), so a report loads its own
QTranslator for the same catalogue and looks strings up through it. `tr` keeps the project's
`tr("Context", "text")` shape so lupdate extracts the report strings into that catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from PySide6.QtCore import QLocale, QTranslator

from ... import i18n
from ...domain import reference
from ...domain.enums import LABELS
from ...number_text import format_decimal, format_eur, format_int, format_money
from ...qdates import to_qdate

_LOCALES = {"en": "en_GB", "ru": "ru_RU", "tk": "tk_TM"}


@dataclass
class _Lang:
    code: str
    locale: QLocale
    translator: QTranslator | None


_current: ContextVar[_Lang | None] = ContextVar("report_language", default=None)


def _load(code: str) -> _Lang:
    code = code if code in _LOCALES else i18n.DEFAULT_LANGUAGE
    translator: QTranslator | None = None
    path = i18n.catalogue_path(code) if code != i18n.DEFAULT_LANGUAGE else None
    if path is not None:
        candidate = QTranslator()
        if candidate.load(str(path)):
            translator = candidate
    return _Lang(code, QLocale(_LOCALES[code]), translator)


@contextmanager
def report_language(code: str) -> Iterator[str]:
    """Translate and format in `code` inside the block (per thread / task)."""
    token = _current.set(_load(code))
    try:
        yield _current.get().code  # type: ignore[union-attr]
    finally:
        _current.reset(token)


def language() -> str:
    lang = _current.get()
    return lang.code if lang else i18n.current_language()


def _locale() -> QLocale:
    lang = _current.get()
    return lang.locale if lang else i18n.locale()


def tr(context: str, text: str) -> str:
    lang = _current.get()
    if lang is None:
        return i18n.tr(context, text)
    if lang.translator is None:
        return text
    return lang.translator.translate(context, text) or text


def label(value: StrEnum) -> str:
    return tr("Enum", LABELS[(type(value), value.value)])


def code_label(enum_cls: type[StrEnum], code: str) -> str:
    """Label of a stored code; an unknown code (newer data) is shown as it is."""
    try:
        return label(enum_cls(code))
    except ValueError:
        return code


def country(code: str) -> str:
    return reference.country_name(code, language())


def fmt_date(day: date | datetime | None) -> str:
    if day is None:
        return "–"
    if isinstance(day, datetime):
        day = day.date()
    return _locale().toString(to_qdate(day), "d MMMM yyyy")


def fmt_short_date(day: date | None) -> str:
    if day is None:
        return "–"
    return _locale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def fmt_int(value: int) -> str:
    return format_int(value, _locale())


def fmt_decimal(value: Decimal, places: int = 2) -> str:
    """Exact grouping of a Decimal (QLocale would go through a float): number_text."""
    return format_decimal(value, places, _locale())


def fmt_eur(value: Decimal) -> str:
    return format_eur(value, _locale())


def fmt_money(value: Decimal, currency: str) -> str:
    return format_money(value, currency, _locale())


def fmt_change(now: Decimal | int, before: Decimal | int) -> str:
    """A signed change with a percentage; "new" when there was nothing before."""
    diff = Decimal(now) - Decimal(before)
    if diff == 0:
        return "="
    sign = "+" if diff > 0 else "−"
    whole = diff == diff.to_integral_value() or abs(diff) >= 100
    amount = fmt_decimal(abs(diff), 0 if whole else 1)
    if before == 0:
        return f"{sign}{amount}"
    pct = abs(diff) * 100 / Decimal(before)
    return f"{sign}{amount} ({sign}{fmt_decimal(pct, 0)} %)"
