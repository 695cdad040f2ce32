from datetime import date

import pytest

from desktop_app.services.period import (
    Period,
    PeriodError,
    current_period,
    parse_period,
    previous,
)


def test_default_is_the_calendar_year():
    assert current_period(date(2026, 11, 28)) == Period(date(2026, 1, 1), date(2026, 12, 31))


def test_settings_shift_the_cycle():
    settings = {"report_period_start_month": 7, "report_period_months": 12}
    assert current_period(date(2026, 3, 1), settings) == Period(date(2025, 7, 1), date(2026, 6, 30))
    assert current_period(date(2026, 7, 1), settings).start == date(2026, 7, 1)
    half = {"report_period_months": 6}
    assert current_period(date(2026, 8, 9), half) == Period(date(2026, 7, 1), date(2026, 12, 31))


def test_previous_whole_months_stay_whole_months():
    assert previous(Period(date(2024, 1, 1), date(2024, 12, 31))) == Period(
        date(2023, 1, 1), date(2023, 12, 31)
    )
    # March is 31 days, February 29: month arithmetic, not day arithmetic.
    assert previous(Period(date(2024, 3, 1), date(2024, 3, 31))) == Period(
        date(2024, 2, 1), date(2024, 2, 29)
    )


def test_previous_of_odd_period_has_equal_days():
    p = Period(date(2026, 3, 10), date(2026, 4, 20))
    prev = previous(p)
    assert prev.end == date(2026, 3, 9)
    assert prev.days == p.days


def test_end_before_start_is_refused():
    with pytest.raises(PeriodError) as info:
        parse_period("2026-05-01", "2026-04-30", date(2026, 6, 1))
    assert info.value.code == "end_before_start"
    assert "2026-04-30" in str(info.value)


def test_bad_date_names_the_option():
    with pytest.raises(PeriodError) as info:
        parse_period("2026-13-01", None, date(2026, 6, 1))
    assert info.value.params["field"] == "--from"
    assert "2026-13-01" in str(info.value)


def test_parse_defaults():
    today = date(2026, 6, 1)
    assert parse_period(None, None, today) == current_period(today)
    assert parse_period("2026-03-01", None, today) == Period(date(2026, 3, 1), date(2026, 12, 31))
    assert parse_period(None, "2026-03-31", today) == Period(date(2026, 1, 1), date(2026, 3, 31))
    # A start after the current period runs to the end of its own period.
    assert parse_period("2027-02-01", None, today).end == date(2027, 12, 31)


def test_contains_and_days():
    p = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert date(2026, 12, 31) in p and date(2027, 1, 1) not in p
    assert p.days == 365
