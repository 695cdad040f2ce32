"""Calendar arithmetic for deadlines: month ends and 29 February clamp, never overflow.

A plan due "one year after" 29 February 2020 is due on 28 February 2021, and a report due
"one month after" 31 January is due on the last day of February.
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)
