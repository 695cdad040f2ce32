"""Python dates to QDate and back, for the date widgets, date_text and the reports.

QDate.toPython() exists but is typed loosely and a null QDate gives None; here a day is
always a day. QtCore only, so the services that render for people can use it too.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
