"""Overdue action plans and monitoring reports, counted in SQL by the domain deadline rules.

The dashboard lights, the report's and the workbook's overdue figures and the deadlines
list must never disagree, and the list runs rules/deadlines.signatory_deadlines over
every signatory, far too slow for the 200 ms dashboard. So the rules are restated as a
few facts per signatory that SQL computes in one pass over the signatories, with one seek
into each of ix_action_plan_live and ix_monitoring_report_live per signatory:

* plan state: the most advanced fitting plan (a 2020 commitment takes any plan, 2030 and
  2050 need adaptation): 0 none filed, 1 filed without a date, 2 dated on or before the
  monitoring cut-off, 3 dated after it;
* report state: 4 a planned report's own due date has passed, 2 a report is planned,
  1 a report was submitted after the cut-off, 0 none of these;
* whether the adhesion date is on or before the framework's plan cut-off
  (rules/commitments.latest_overdue_start), whether a plan extension runs to today or
  later, whether one was ever granted, and whether a monitoring extension requested after
  the last plan or report runs to today or later.

All of that is packed into one integer per signatory, so SQL only groups and the rule's
decision is taken in Python once per distinct code (`_decide`). tests/db/test_dashboard.py
and tests/db/test_figures.py compare the counts with the rules on both engines;
`overdue_items` dates the same signatories through the rules themselves.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session

from ..domain.enums import ExtensionSubject, Framework, PlanStatus, PlanType, SignatoryStatus
from ..domain.models import ActionPlan, DeadlineExtension, MonitoringReport, Signatory
from ..domain.rules.commitments import latest_overdue_start
from ..domain.rules.deadlines import DeadlineKind
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .deadlines import collect_with_country
from .enum_codes import as_code
from .live import live

_F2020 = Framework.F2020.value
_ADAPTATION = (PlanType.SECAP.value, PlanType.SEACAP.value)
_FILED = (
    PlanStatus.SUBMITTED.value,
    PlanStatus.UNDER_ASSESSMENT.value,
    PlanStatus.ACCEPTED.value,
    PlanStatus.REVISION_REQUESTED.value,
)
_KINDS = {
    DeadlineKind.PLAN_DUE: ExtensionSubject.PLAN.value,
    DeadlineKind.MONITORING_DUE: ExtensionSubject.MONITORING.value,
}

NO_PLAN = "none"
"""Pseudo plan status of signatories that have no plan at all."""
PLAN_RANK = {
    PlanStatus.ACCEPTED.value: 5,
    PlanStatus.UNDER_ASSESSMENT.value: 4,
    PlanStatus.SUBMITTED.value: 3,
    PlanStatus.REVISION_REQUESTED.value: 2,
    PlanStatus.IN_PREPARATION.value: 1,
}
"""How advanced a plan status is: a signatory counts under its most advanced plan."""
_BY_RANK = {rank: code for code, rank in PLAN_RANK.items()} | {0: NO_PLAN}

# Bits and fields of the per-signatory code.
_SEAP, _PASSED, _PLAN_EXTENDED_NOW, _PLAN_EXTENDED, _MONITORING_EXTENDED = 1, 2, 4, 8, 16
_OWING = 32
_PLAN = 64
"""Field: plan state * 8 + the rank of the most advanced plan status."""
_REPORT_STATE = _PLAN * 32
# Plan state and report state values.
_DATED, _RECENT = 2, 3
_PLANNED_PAST, _PLANNED, _REPORTED_RECENTLY = 4, 2, 1

PLAN_LATE_AFTER_EXTENSION = "late_after_extension"
PLAN_SEAP = "plans_overdue_seap"
PLAN_SECAP = "plans_overdue_secap"
MONITORING = "monitoring_overdue"


@dataclass(frozen=True)
class OverdueItem:
    signatory_id: uuid.UUID
    signatory: str
    kind: str
    """"plan" or "monitoring" (the ExtensionSubject codes)."""
    due: date


def _flag(condition: ColumnElement[bool], bit: int) -> Any:
    return case((condition, bit), else_=0)


def _fitting_plan() -> ColumnElement[bool]:
    return or_(
        as_code(Signatory.framework) == _F2020, as_code(ActionPlan.plan_type).in_(_ADAPTATION)
    )


def _extended(subject: ExtensionSubject, *where: ColumnElement[bool]) -> ColumnElement[bool]:
    """Extensions are few: each set is built once per query, then probed per signatory."""
    return Signatory.id.in_(
        select(DeadlineExtension.signatory_id).where(
            live(DeadlineExtension), as_code(DeadlineExtension.subject) == subject.value, *where
        )
    )


def _signatoryas_code(today: date, settings: RuleSettings, with_rank: bool = True) -> Any:
    """The integer described in the module docstring, for a live signatory."""
    framework = as_code(Signatory.framework)
    codes = [f.value for f in Framework]

    def plan_cutoff(code: str | None) -> date:
        return latest_overdue_start(today, 12 * settings.plan_due_years(code))

    passed = or_(
        *(and_(framework == c, Signatory.adhesion_date <= plan_cutoff(c)) for c in codes),
        and_(framework.not_in(codes), Signatory.adhesion_date <= plan_cutoff(None)),
    )
    cutoff = latest_overdue_start(today, 12 * settings.monitoring_interval_years)
    submitted = ActionPlan.submission_date
    state: Any = (
        func.coalesce(
            func.max(
                case(
                    (~_fitting_plan(), 0),
                    (submitted > cutoff, _RECENT),
                    (submitted.is_not(None), _DATED),
                    (as_code(ActionPlan.status).in_(_FILED), 1),
                    else_=0,
                )
            ),
            0,
        )
        * 8
    )
    if with_rank:  # the same seek gives the plan-status chart its number
        status = as_code(ActionPlan.status)
        rank = case(*((status == code, value) for code, value in PLAN_RANK.items()), else_=0)
        state = state + func.coalesce(func.max(rank), 0)
    plan_state = (
        select(state)
        .where(ActionPlan.signatory_id == Signatory.id, live(ActionPlan))
        .scalar_subquery()
    )
    reported = MonitoringReport.submission_date
    due = MonitoringReport.due_date
    report_state = (
        select(
            func.max(
                case(
                    (and_(reported.is_(None), due < today), _PLANNED_PAST),
                    (and_(reported.is_(None), due.is_not(None)), _PLANNED),
                    (reported > cutoff, _REPORTED_RECENTLY),
                    else_=0,
                )
            )
        )
        .where(MonitoringReport.signatory_id == Signatory.id, live(MonitoringReport))
        .scalar_subquery()
    )
    # One probe per signatory into the set of extension holders; only they are asked which.
    granted = DeadlineExtension.granted_until
    holder = Signatory.id.in_(
        select(DeadlineExtension.signatory_id).where(
            live(DeadlineExtension),
            or_(
                and_(
                    as_code(DeadlineExtension.subject) == ExtensionSubject.PLAN.value,
                    granted.is_not(None),
                ),
                and_(
                    as_code(DeadlineExtension.subject) == ExtensionSubject.MONITORING.value,
                    granted >= today,
                ),
            ),
        )
    )
    extensions = case(
        (
            holder,
            _flag(_extended(ExtensionSubject.PLAN, granted >= today), _PLAN_EXTENDED_NOW)
            + _flag(_extended(ExtensionSubject.PLAN, granted.is_not(None)), _PLAN_EXTENDED)
            + _flag(_monitoring_extension_holds(today), _MONITORING_EXTENDED),
        ),
        else_=0,
    )
    return (
        _flag(framework == _F2020, _SEAP)
        + _flag(passed, _PASSED)
        + extensions
        + _flag(as_code(Signatory.status) != SignatoryStatus.WITHDRAWN.value, _OWING)
        + func.coalesce(plan_state, 0) * _PLAN
        + func.coalesce(report_state, 0) * _REPORT_STATE
    )


def _monitoring_extension_holds(today: date) -> ColumnElement[bool]:
    """A monitoring extension granted to today or later that the rule applies: requested
    on or after the date the count runs from (the last plan or report), or undated.
    Probed only for the signatories that hold such an extension."""
    ext = DeadlineExtension
    later_plan = (
        select(literal(1))
        .where(
            ActionPlan.signatory_id == Signatory.id,
            live(ActionPlan),
            _fitting_plan(),
            ActionPlan.submission_date > ext.request_date,
        )
        .correlate_except(ActionPlan)  # signatory is two levels up
        .exists()
    )
    later_report = (
        select(literal(1))
        .where(
            MonitoringReport.signatory_id == Signatory.id,
            live(MonitoringReport),
            MonitoringReport.submission_date > ext.request_date,
        )
        .correlate_except(MonitoringReport)
        .exists()
    )
    applies = (
        select(literal(1))
        .where(
            ext.signatory_id == Signatory.id,
            live(ext),
            as_code(ext.subject) == ExtensionSubject.MONITORING.value,
            ext.granted_until >= today,
            or_(ext.request_date.is_(None), and_(~later_plan, ~later_report)),
        )
        .exists()
    )
    return and_(
        _extended(ExtensionSubject.MONITORING, ext.granted_until >= today),
        applies,
    )


def _decide(code: int) -> tuple[str | None, bool]:
    """(which plan count the signatory adds to, or None; whether a report is overdue)."""
    if not code & _OWING:
        return None, False
    plan_state = (code // _PLAN) % 32 // 8
    report_state = code // _REPORT_STATE
    plan: str | None = None
    if code & _PASSED and not code & _PLAN_EXTENDED_NOW and plan_state == 0:
        if code & _PLAN_EXTENDED:
            plan = PLAN_LATE_AFTER_EXTENSION
        elif code & _SEAP:
            plan = PLAN_SEAP
        else:
            plan = PLAN_SECAP
    candidate = plan_state >= _DATED and (
        report_state == _PLANNED_PAST or (report_state == 0 and plan_state == _DATED)
    )
    return plan, candidate and not code & _MONITORING_EXTENDED


def without_jit(session: Session) -> None:
    """PostgreSQL would JIT-compile these queries (their estimated cost is high because of
    the per-signatory subqueries) and spend most of a second doing it for a 100 ms query;
    for this transaction only, it does not."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def _owing() -> ColumnElement[bool]:
    return and_(live(Signatory), as_code(Signatory.status) != SignatoryStatus.WITHDRAWN.value)


@dataclass(frozen=True)
class Tallies:
    overdue: dict[str, int]
    """plans_overdue_seap, plans_overdue_secap, late_after_extension, monitoring_overdue."""
    plan_status: dict[str, int]
    """Live signatories by their most advanced plan status, NO_PLAN included."""


def signatory_tallies(
    session: Session, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> Tallies:
    """Overdue counts (what rules/commitments.tally gives for the deadline list) and the
    plan-status counts, from one grouped pass over the live signatories.

    Plans are split as the lights word them: 2020 signatories (a SEAP is due), the others
    (a SECAP), and those still late after an extension.
    """
    without_jit(session)
    code = _signatoryas_code(today, settings).label("code")
    inner = select(code).where(live(Signatory)).subquery()
    counts = dict.fromkeys((PLAN_SEAP, PLAN_SECAP, PLAN_LATE_AFTER_EXTENSION, MONITORING), 0)
    statuses: dict[str, int] = {}
    for value, n in session.execute(select(inner.c.code, func.count()).group_by(inner.c.code)):
        value = int(value)
        plan, monitoring = _decide(value)
        if plan is not None:
            counts[plan] += n
        if monitoring:
            counts[MONITORING] += n
        status = _BY_RANK[value // _PLAN % 8]
        statuses[status] = statuses.get(status, 0) + n
    return Tallies(counts, statuses)


def overdue_counts(
    session: Session, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> dict[str, int]:
    return signatory_tallies(session, today, settings).overdue


def overdue_signatories(
    session: Session, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> list[uuid.UUID]:
    """The signatories with an overdue plan or monitoring report."""
    without_jit(session)
    code = _signatoryas_code(today, settings, with_rank=False)
    wanted = [c for c in range(0, _REPORT_STATE * 5, 1) if c // _PLAN % 8 == 0 and any(_decide(c))]
    return list(session.scalars(select(Signatory.id).where(_owing(), code.in_(wanted))))


def overdue_items(
    session: Session, as_of: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> list[OverdueItem]:
    """Plans and monitoring reports overdue on `as_of`, dated by the rules themselves.

    The SQL above picks the signatories; their records are then run through
    rules/deadlines.signatory_deadlines, the function the deadlines list uses. Withdrawn
    signatories owe nothing; on-hold ones are listed, which is why they are on hold.
    """
    ids = overdue_signatories(session, as_of, settings)
    items: list[OverdueItem] = []
    for start in range(0, len(ids), 500):
        for deadline in _deadlines(session, ids[start : start + 500], settings):
            kind = _KINDS.get(deadline.kind)
            if kind is not None and deadline.due < as_of:
                sid = deadline.signatory_id
                if not isinstance(sid, uuid.UUID):
                    sid = uuid.UUID(str(sid))
                items.append(OverdueItem(sid, deadline.subject, kind, deadline.due))
    items.sort(key=lambda i: (i.due, i.signatory, i.kind))
    return items


def _deadlines(session: Session, ids: list[uuid.UUID], settings: RuleSettings) -> list[Any]:
    """The deadlines list's own reading and rules, for the signatories the SQL picked."""
    return [d for d, _country in collect_with_country(session, settings, ids, with_office=False)]
