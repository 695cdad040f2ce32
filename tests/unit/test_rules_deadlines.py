"""Deadline rules, table-driven: leap years, month ends, extensions, on-hold and withdrawn."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace
from typing import Any

import pytest

from desktop_app.domain.enums import Framework, PlanStatus, SignatoryStatus
from desktop_app.domain.rules import (
    DEFAULT_SETTINGS,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    RuleSettings,
    add_months,
    add_years,
    coordinator_report_due,
    days_left,
    signatory_deadlines,
    status,
    within,
)
from desktop_app.domain.rules.deadlines import KIND_LABELS, STATUS_LABELS

K = DeadlineKind


def sig(**kw: Any) -> SimpleNamespace:
    base = {
        "id": "S",
        "name": "Rustavi",
        "status": "active",
        "framework": "2030",
        "adhesion_date": date(2022, 3, 15),
        "deleted_at": None,
    }
    return SimpleNamespace(**(base | kw))


def plan(**kw: Any) -> SimpleNamespace:
    base = {
        "id": "P",
        "plan_type": "secap",
        "status": "in_preparation",
        "submission_date": None,
        "feedback_date": None,
        "created_at": None,
        "deleted_at": None,
    }
    return SimpleNamespace(**(base | kw))


def rep(**kw: Any) -> SimpleNamespace:
    base = {
        "id": "R",
        "reporting_type": "action",
        "submission_date": None,
        "due_date": None,
        "deleted_at": None,
    }
    return SimpleNamespace(**(base | kw))


def ext(**kw: Any) -> SimpleNamespace:
    base = {
        "id": "X",
        "subject": "plan",
        "request_date": None,
        "granted_until": None,
        "deleted_at": None,
    }
    return SimpleNamespace(**(base | kw))


def filed(day: date, **kw: Any) -> SimpleNamespace:
    return plan(status="accepted", submission_date=day, feedback_date=add_months(day, 5), **kw)


# fmt: off
@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2021, 1, 31), 1, date(2021, 2, 28)),
    (date(2020, 1, 31), 1, date(2020, 2, 29)),   # leap year
    (date(2021, 3, 31), 1, date(2021, 4, 30)),
    (date(2021, 3, 31), -1, date(2021, 2, 28)),
    (date(2021, 12, 15), 1, date(2022, 1, 15)),  # year boundary
    (date(2022, 1, 15), -1, date(2021, 12, 15)),
    (date(2021, 8, 31), 6, date(2022, 2, 28)),
    (date(2023, 8, 31), 6, date(2024, 2, 29)),
    (date(2021, 5, 10), 0, date(2021, 5, 10)),
    (date(2021, 5, 10), 120, date(2031, 5, 10)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("start", "years", "expected"), [
    (date(2020, 2, 29), 1, date(2021, 2, 28)),
    (date(2020, 2, 29), 4, date(2024, 2, 29)),
    (date(2020, 2, 29), 2, date(2022, 2, 28)),
    (date(2019, 2, 28), 1, date(2020, 2, 28)),
    (date(2021, 12, 31), 2, date(2023, 12, 31)),
])
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected


ADH = date(2022, 3, 15)
# (id, signatory changes, plans, reports, extensions, expected [(kind, due, table, record_id)])
CASES: list[tuple[str, dict, list, list, list, list]] = [
    ("2030-due-in-2-years", {}, [], [], [],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("2050-due-in-2-years", {"framework": Framework.F2050}, [], [], [],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("2020-due-in-1-year", {"framework": "2020"}, [], [], [],
     [(K.PLAN_DUE, date(2023, 3, 15), "signatory", "S")]),
    ("leap-day-adhesion-2020", {"framework": "2020", "adhesion_date": date(2020, 2, 29)},
     [], [], [], [(K.PLAN_DUE, date(2021, 2, 28), "signatory", "S")]),
    ("leap-day-adhesion-2030", {"adhesion_date": date(2020, 2, 29)}, [], [], [],
     [(K.PLAN_DUE, date(2022, 2, 28), "signatory", "S")]),
    ("no-adhesion-no-deadline", {"adhesion_date": None}, [], [], [], []),
    ("withdrawn-has-none", {"status": SignatoryStatus.WITHDRAWN}, [], [], [], []),
    ("withdrawn-code-has-none", {"status": "withdrawn"}, [filed(date(2015, 1, 1))], [], [], []),
    ("trashed-signatory-has-none", {"deleted_at": datetime(2024, 1, 1)}, [], [], [], []),
    ("on-hold-keeps-overdue", {"status": "on_hold", "adhesion_date": date(2018, 1, 10)},
     [], [], [], [(K.PLAN_DUE, date(2020, 1, 10), "signatory", "S")]),
    ("draft-plan-is-the-record", {}, [plan(id="P1")], [], [],
     [(K.PLAN_DUE, date(2024, 3, 15), "action_plan", "P1")]),
    ("granted-extension-moves-due", {},
     [], [], [ext(granted_until=date(2024, 9, 30), request_date=date(2024, 2, 1))],
     [(K.PLAN_DUE, date(2024, 9, 30), "signatory", "S"),
      (K.EXTENSION_EXPIRING, date(2024, 9, 30), "deadline_extension", "X")]),
    ("pending-extension-does-not", {}, [], [], [ext(request_date=date(2024, 2, 1))],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("trashed-extension-ignored", {}, [],
     [], [ext(granted_until=date(2024, 9, 30), deleted_at=datetime(2024, 3, 1))],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("monitoring-extension-not-for-plan", {}, [], [],
     [ext(subject="monitoring", granted_until=date(2024, 9, 30))],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("seap-does-not-meet-2030", {}, [filed(date(2023, 1, 10), plan_type="seap")], [], [],
     [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("seap-meets-2020", {"framework": "2020"},
     [filed(date(2023, 1, 10), plan_type="seap")], [], [],
     [(K.MONITORING_DUE, date(2025, 1, 10), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 10), "action_plan", "P")]),
    ("submitted-plan-starts-cycles", {}, [filed(date(2023, 1, 31))], [], [],
     [(K.MONITORING_DUE, date(2025, 1, 31), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P")]),
    ("plan-filed-on-leap-day", {}, [filed(date(2024, 2, 29))], [], [],
     [(K.MONITORING_DUE, date(2026, 2, 28), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2028, 2, 29), "action_plan", "P")]),
    ("status-submitted-without-date", {}, [plan(status="submitted")], [], [], []),
    ("trashed-plan-ignored", {}, [filed(date(2023, 1, 31), deleted_at=datetime(2024, 1, 1))],
     [], [], [(K.PLAN_DUE, date(2024, 3, 15), "signatory", "S")]),
    ("action-report-restarts-monitoring", {}, [filed(date(2023, 1, 31))],
     [rep(submission_date=date(2025, 3, 1))], [],
     [(K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P"),
      (K.MONITORING_DUE, date(2027, 3, 1), "action_plan", "P")]),
    ("full-report-restarts-both", {}, [filed(date(2023, 1, 31))],
     [rep(reporting_type="full", submission_date=date(2025, 3, 1))], [],
     [(K.MONITORING_DUE, date(2027, 3, 1), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2029, 3, 1), "action_plan", "P")]),
    ("reports-for-older-plan-ignored", {}, [filed(date(2023, 1, 31))],
     [rep(reporting_type="full", submission_date=date(2022, 12, 1))], [],
     [(K.MONITORING_DUE, date(2025, 1, 31), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P")]),
    ("planned-report-due-date-wins", {}, [filed(date(2023, 1, 31))],
     [rep(id="R1", due_date=date(2025, 4, 30))], [],
     [(K.MONITORING_DUE, date(2025, 4, 30), "monitoring_report", "R1"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P")]),
    ("planned-full-report-is-the-record", {}, [filed(date(2023, 1, 31))],
     [rep(id="R2", reporting_type="full")], [],
     [(K.MONITORING_DUE, date(2025, 1, 31), "monitoring_report", "R2"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "monitoring_report", "R2")]),
    ("monitoring-extension", {}, [filed(date(2023, 1, 31))], [],
     [ext(subject="monitoring", request_date=date(2024, 12, 1), granted_until=date(2025, 7, 31))],
     [(K.MONITORING_DUE, date(2025, 7, 31), "action_plan", "P"),
      (K.EXTENSION_EXPIRING, date(2025, 7, 31), "deadline_extension", "X"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P")]),
    ("old-monitoring-extension-spent", {}, [filed(date(2023, 1, 31))],
     [rep(submission_date=date(2025, 6, 1))],
     [ext(subject="monitoring", request_date=date(2024, 12, 1), granted_until=date(2025, 7, 31))],
     [(K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P"),
      (K.MONITORING_DUE, date(2027, 6, 1), "action_plan", "P")]),
    ("plan-extension-spent-after-filing", {}, [filed(date(2023, 1, 31))], [],
     [ext(granted_until=date(2024, 9, 30))],
     [(K.MONITORING_DUE, date(2025, 1, 31), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 1, 31), "action_plan", "P")]),
    ("under-assessment", {},
     [plan(status=PlanStatus.UNDER_ASSESSMENT, submission_date=date(2023, 8, 31))], [], [],
     [(K.ASSESSMENT_OVERDUE, date(2024, 2, 29), "action_plan", "P"),
      (K.MONITORING_DUE, date(2025, 8, 31), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 8, 31), "action_plan", "P")]),
    ("assessment-answered", {},
     [plan(status="under_assessment", submission_date=date(2023, 8, 31),
           feedback_date=date(2024, 1, 1))], [], [],
     [(K.MONITORING_DUE, date(2025, 8, 31), "action_plan", "P"),
      (K.FULL_INVENTORY_DUE, date(2027, 8, 31), "action_plan", "P")]),
    ("latest-filed-plan-counts", {},
     [filed(date(2020, 5, 1), id="OLD"), filed(date(2023, 5, 1), id="NEW")], [], [],
     [(K.MONITORING_DUE, date(2025, 5, 1), "action_plan", "NEW"),
      (K.FULL_INVENTORY_DUE, date(2027, 5, 1), "action_plan", "NEW")]),
]
# fmt: on


@pytest.mark.parametrize(
    ("changes", "plans", "reports", "extensions", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_signatory_deadlines(changes, plans, reports, extensions, expected) -> None:
    result = signatory_deadlines(sig(**changes), plans, reports, extensions, DEFAULT_SETTINGS)
    assert [(d.kind, d.due, d.table, d.record_id) for d in result] == expected
    assert all(d.signatory_id == "S" and d.subject == "Rustavi" for d in result)


def test_cycles_follow_the_settings() -> None:
    settings = RuleSettings(
        plan_due_years_2030=3,
        monitoring_interval_years=1,
        full_inventory_interval_years=2,
        assessment_overdue_months=3,
    )
    assert [d.due for d in signatory_deadlines(sig(), [], [], [], settings)] == [date(2025, 3, 15)]
    result = signatory_deadlines(
        sig(), [plan(status="submitted", submission_date=date(2023, 11, 30))], [], [], settings
    )
    assert [(d.kind, d.due) for d in result] == [
        (K.ASSESSMENT_OVERDUE, date(2024, 2, 29)),
        (K.MONITORING_DUE, date(2024, 11, 30)),
        (K.FULL_INVENTORY_DUE, date(2025, 11, 30)),
    ]


def test_works_on_orm_objects() -> None:
    from desktop_app.domain.models import ActionPlan, DeadlineExtension, Signatory

    s = Signatory(
        name="Batumi",
        country="GE",
        adhesion_date=date(2021, 6, 30),
        framework=Framework.F2030,
        status=SignatoryStatus.ACTIVE,
    )
    e = DeadlineExtension(subject="plan", granted_until=date(2023, 12, 31))
    p = ActionPlan(plan_type="secap", status=PlanStatus.IN_PREPARATION)
    (due, expiring) = signatory_deadlines(s, [p], [], [e])
    assert (due.kind, due.due, due.table) == (K.PLAN_DUE, date(2023, 12, 31), "action_plan")
    assert expiring.kind is K.EXTENSION_EXPIRING


# fmt: off
@pytest.mark.parametrize(("last", "commitment", "expected"), [
    (date(2024, 5, 31), date(2019, 1, 1), date(2025, 5, 31)),
    (None, date(2024, 2, 29), date(2025, 2, 28)),
    (None, None, None),
    (date(2023, 8, 31), None, date(2024, 8, 31)),
])
# fmt: on
def test_coordinator_report_due(last, commitment, expected) -> None:
    result = coordinator_report_due(last, commitment, DEFAULT_SETTINGS, subject="Lori")
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert (result.kind, result.due, result.subject) == (
            K.COORDINATOR_REPORT_DUE, expected, "Lori")


def test_coordinator_report_interval_setting() -> None:
    result = coordinator_report_due(
        date(2024, 1, 31), None, RuleSettings(coordinator_report_interval_months=24)
    )
    assert result is not None and result.due == date(2026, 1, 31)


def _deadline(due: date) -> Deadline:
    return Deadline(K.PLAN_DUE, due, "S", "S", "signatory", "Rustavi")


# fmt: off
@pytest.mark.parametrize(("due", "today", "left", "expected"), [
    (date(2024, 3, 1), date(2024, 3, 2), -1, DeadlineStatus.OVERDUE),
    (date(2024, 3, 1), date(2024, 3, 1), 0, DeadlineStatus.DUE_SOON),
    (date(2024, 3, 31), date(2024, 3, 1), 30, DeadlineStatus.DUE_SOON),
    (date(2024, 4, 1), date(2024, 3, 1), 31, DeadlineStatus.LATER),
    (date(2024, 3, 1), date(2024, 2, 28), 2, DeadlineStatus.DUE_SOON),   # leap day between
    (date(2023, 3, 1), date(2023, 2, 28), 1, DeadlineStatus.DUE_SOON),
    (date(2020, 1, 1), date(2025, 1, 1), -1827, DeadlineStatus.OVERDUE),
])
# fmt: on
def test_days_left_and_status(due, today, left, expected) -> None:
    d = _deadline(due)
    assert days_left(d, today) == left
    assert status(d, today, DEFAULT_SETTINGS) is expected


def test_due_soon_window_setting() -> None:
    d = _deadline(date(2024, 4, 1))
    assert status(d, date(2024, 3, 1), RuleSettings(due_soon_days=31)) is DeadlineStatus.DUE_SOON
    assert status(d, date(2024, 3, 1), RuleSettings(due_soon_days=0)) is DeadlineStatus.LATER


def test_within_keeps_overdue_and_near_sorted() -> None:
    items = [_deadline(date(2024, 5, 1)), _deadline(date(2024, 1, 1)), _deadline(date(2024, 3, 5))]
    assert [d.due for d in within(items, date(2024, 3, 1), 7)] == [
        date(2024, 1, 1), date(2024, 3, 5)]


def test_every_kind_and_status_has_a_label() -> None:
    assert set(KIND_LABELS) == set(DeadlineKind)
    assert set(STATUS_LABELS) == set(DeadlineStatus)
