"""Dates as people read and type them: ONE format per interface language, from its locale.

Every date the GUI shows (forms, lists, dashboard, dialogs, history, record titles,
messages) goes through `format_date`, and every date field reads typed text through
`parse_date_text`, so "15/03/2023" in English and "15.03.2023" in Russian are the same day
everywhere on screen. The pattern is the locale's short date format with a four-digit year
(two-digit years mislead). The CLI keeps ISO 8601 (docs CLI contract); files written for
machines keep ISO too.

QtCore only (QLocale), so services that render for people (reports) can use it as well.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDateTime, QLocale, QTime

from .domain.rules.entry import DateReading, date_order, parse_date
from .i18n import locale, tr
from .qdates import to_qdate

EXAMPLE_DAY = date(2025, 12, 31)
"""The day shown in "type it like ..." hints: 31 cannot be mistaken for a month."""


def date_pattern(loc: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year, e.g. dd/MM/yyyy."""
    fmt = (loc or locale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(day: date | None, loc: QLocale | None = None) -> str:
    """`day` in the interface language's one date format; "" for no date."""
    if day is None:
        return ""
    if isinstance(day, datetime):
        return format_datetime(day, loc)
    loc = loc or locale()
    return loc.toString(to_qdate(day), date_pattern(loc))


def format_datetime(moment: datetime | None, loc: QLocale | None = None) -> str:
    """A moment as local date and time, e.g. 15/03/2023 14:05; naive values are taken as
    already local."""
    if moment is None:
        return ""
    loc = loc or locale()
    local = moment.astimezone() if moment.tzinfo is not None else moment
    qt = QDateTime(to_qdate(local), QTime(local.hour, local.minute, local.second))
    return loc.toString(qt, date_pattern(loc) + " HH:mm")


def format_period(start: date, end: date, loc: QLocale | None = None) -> str:
    return f"{format_date(start, loc)} \u2013 {format_date(end, loc)}"


def parse_date_text(text: str, loc: QLocale | None = None) -> DateReading:
    """What a clerk typed, read by domain.rules.entry in the language's day/month order."""
    return parse_date(text, date_order(date_pattern(loc)))


def example(loc: QLocale | None = None) -> str:
    return format_date(EXAMPLE_DAY, loc)


def placeholder(loc: QLocale | None = None) -> str:
    """The pattern spelled in the language's letters: dd/mm/yyyy, дд.мм.гггг, gg.aa.ýýýý."""
    letters = {
        "d": tr("DateEdit", "dd"),
        "M": tr("DateEdit", "mm"),
        "y": tr("DateEdit", "yyyy"),
    }
    out, pattern, i = "", date_pattern(loc), 0
    while i < len(pattern):
        ch = pattern[i]
        if ch in letters:
            while i < len(pattern) and pattern[i] == ch:
                i += 1
            out += letters[ch]
            continue
        out += ch
        i += 1
    return out
