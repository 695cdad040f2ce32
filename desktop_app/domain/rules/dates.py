"""Calendar arithmetic for deadlines: month ends and 29 February clamp, never overflow.

A plan due "one year after" 29 February 2020 is due on 28 February 2021, and a report due
"one month after" 31 January is due on the last day of February.
"""

from __future__ import annotations

from datetime import date

_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if day.day <= 28:
        return date(year, month0 + 1, day.day)
    last = 29 if month0 == 1 and is_leap(year) else _MONTH_DAYS[month0]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)
