"""Reporting periods: what `--from/--to` mean and what "the previous period" is.

Every output (PDF, workbook, dashboard) takes a Period so they all count the same days.
Both ends are inclusive because clerks say "1 January to 31 December", not "to 1 January".
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..domain.i18n_markers import QT_TRANSLATE_NOOP as N_


class PeriodError(ValueError):
    """A period that cannot be used; `code` and `params` let each front end word it."""

    TEMPLATES = {
        "bad_date": N_("Report", "{field}: '{value}' is not a date (expected YYYY-MM-DD)."),
        "end_before_start": N_(
            "Report", "The period ends ({end}) before it starts ({start}); nothing was written."
        ),
    }

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def message(self, date_text: DateText = date.isoformat) -> str:
        """In the interface language; dates by `date_text` (ISO for the CLI, the GUI passes
        date_text.format_date)."""
        from ..i18n import tr

        return tr("Report", self.TEMPLATES[self.code]).format(**worded(self.params, date_text))

    def __str__(self) -> str:
        return self.TEMPLATES[self.code].format(**worded(self.params))


DateText = Callable[[date], str]


def worded(params: dict[str, Any], date_text: DateText = date.isoformat) -> dict[str, Any]:
    """Message parameters with their dates as text: services keep dates as values so each
    front end writes them its own way."""
    return {k: date_text(v) if isinstance(v, date) else v for k, v in params.items()}


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("end_before_start", start=self.start, end=self.end)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def months(self) -> int | None:
        """Whole calendar months covered, or None when the period is not month-aligned."""
        if self.start.day != 1 or self.end.day != _last_day(self.end.year, self.end.month):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def label(self) -> str:
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _setting(settings: Any, name: str, default: int) -> int:
    if settings is None:
        return default
    if isinstance(settings, dict):
        value = settings.get(name, default)
    else:
        value = getattr(settings, name, default)
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def current_period(today: date, settings: Any = None) -> Period:
    """The reporting period containing `today`.

    Defaults to the calendar year. An office that reports on another cycle sets
    `report_period_start_month` (1-12) and `report_period_months` (1-24) in its settings
    (an object with those attributes, or a dict).
    """
    start_month = min(max(_setting(settings, "report_period_start_month", 1), 1), 12)
    months = min(max(_setting(settings, "report_period_months", 12), 1), 24)
    # Periods are anchored on January of year 0 + start_month, so they tile the calendar.
    anchor = today.year * 12 + today.month - 1 - (start_month - 1)
    first = anchor - (anchor % months) + (start_month - 1)
    sy, sm = first // 12, first % 12 + 1
    ey, em = _add_months(sy, sm, months - 1)
    return Period(date(sy, sm, 1), date(ey, em, _last_day(ey, em)))


def previous(period: Period) -> Period:
    """The period of equal length just before: whole months stay whole months."""
    months = period.months()
    if months is not None:
        sy, sm = _add_months(period.start.year, period.start.month, -months)
        ey, em = _add_months(period.end.year, period.end.month, -months)
        return Period(date(sy, sm, 1), date(ey, em, _last_day(ey, em)))
    end = period.start - timedelta(days=1)
    return Period(end - timedelta(days=period.days - 1), end)


def parse_date(text: str, field: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise PeriodError("bad_date", field=field, value=text) from None


def parse_period(start: str | None, end: str | None, today: date, settings: Any = None) -> Period:
    """`--from/--to` as typed; a missing end defaults from the current period.

    With only `--from`, the period runs to the end of the current period (or, when that is
    earlier, to the same length after the start); with only `--to`, from the start of the
    current period.
    """
    default = current_period(today, settings)
    if start is None and end is None:
        return default
    s = parse_date(start, "--from") if start is not None else None
    e = parse_date(end, "--to") if end is not None else None
    if s is None:
        assert e is not None
        s = default.start if default.start <= e else current_period(e, settings).start
    if e is None:
        e = default.end if default.end >= s else current_period(s, settings).end
    return Period(s, e)
