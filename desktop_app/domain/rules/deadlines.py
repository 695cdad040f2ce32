"""When each Covenant obligation falls due, computed from the records alone.

Pure functions over plain attribute access: they accept ORM rows or any objects with the
same attribute names, so the dashboard, the deadlines list, the reminders and the CLI agree,
and the rules can be tested without a database. Trashed rows (deleted_at set) are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..enums import (
    ExtensionSubject,
    Framework,
    PlanStatus,
    PlanType,
    ReportingType,
    SignatoryStatus,
)
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from .dates import add_months, add_years
from .settings import DEFAULT_SETTINGS, RuleSettings


class DeadlineKind(StrEnum):
    PLAN_DUE = "plan_due"
    MONITORING_DUE = "monitoring_due"
    FULL_INVENTORY_DUE = "full_inventory_due"
    EXTENSION_EXPIRING = "extension_expiring"
    COORDINATOR_REPORT_DUE = "coordinator_report_due"
    ASSESSMENT_OVERDUE = "assessment_overdue"


class DeadlineStatus(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    LATER = "later"


_KIND_ORDER = {kind: index for index, kind in enumerate(DeadlineKind)}

KIND_LABELS: dict[DeadlineKind, str] = {
    DeadlineKind.PLAN_DUE: N_("Deadline", "Action plan due"),
    DeadlineKind.MONITORING_DUE: N_("Deadline", "Monitoring report due"),
    DeadlineKind.FULL_INVENTORY_DUE: N_("Deadline", "Monitoring emission inventory due"),
    DeadlineKind.EXTENSION_EXPIRING: N_("Deadline", "Deadline extension expires"),
    DeadlineKind.COORDINATOR_REPORT_DUE: N_("Deadline", "Coordinator report due"),
    DeadlineKind.ASSESSMENT_OVERDUE: N_("Deadline", "Plan under assessment for too long"),
}
STATUS_LABELS: dict[DeadlineStatus, str] = {
    DeadlineStatus.OVERDUE: N_("Deadline", "Overdue"),
    DeadlineStatus.DUE_SOON: N_("Deadline", "Due soon"),
    DeadlineStatus.LATER: N_("Deadline", "Later"),
}
TABLE_HEADERS: tuple[tuple[str, str], ...] = (
    ("Deadline", N_("Deadline", "Due")),
    ("Deadline", N_("Deadline", "Days left")),
    ("Deadline", N_("Deadline", "Status")),
    ("Deadline", N_("Deadline", "Deadline")),
    ("Deadline", N_("Deadline", "Signatory")),
    ("Deadline", N_("Deadline", "Country")),
)
"""(context, text) of the columns of a deadlines table: the Deadlines page and its exports."""


@dataclass(frozen=True)
class Deadline:
    kind: DeadlineKind
    due: date
    signatory_id: Any | None
    record_id: Any | None
    """The record a click should open (a plan, report, extension or the signatory)."""
    table: str | None
    subject: str
    """Whom it concerns, as stored (a signatory's name); not translated."""


_PLAN_DUE = DeadlineKind.PLAN_DUE
_MONITORING = DeadlineKind.MONITORING_DUE
_FULL_DUE = DeadlineKind.FULL_INVENTORY_DUE
_EXPIRING = DeadlineKind.EXTENSION_EXPIRING
_ASSESS = DeadlineKind.ASSESSMENT_OVERDUE
_WITHDRAWN = SignatoryStatus.WITHDRAWN.value
_F2030 = Framework.F2030.value
_EXT_PLAN = ExtensionSubject.PLAN.value
_EXT_MONITORING = ExtensionSubject.MONITORING.value
_FULL = ReportingType.FULL.value

# A plan counts as filed once it reached the Commission, whatever the assessment says.
_FILED = {
    PlanStatus.SUBMITTED.value,
    PlanStatus.UNDER_ASSESSMENT.value,
    PlanStatus.ACCEPTED.value,
    PlanStatus.REVISION_REQUESTED.value,
}
_AWAITING_FEEDBACK = {PlanStatus.SUBMITTED.value, PlanStatus.UNDER_ASSESSMENT.value}
# The 2030 and 2050 commitments need a plan with adaptation: an old SEAP does not meet them.
_PLANS_FOR_FRAMEWORK = {
    Framework.F2020.value: {PlanType.SEAP.value, PlanType.SECAP.value, PlanType.SEACAP.value},
    Framework.F2030.value: {PlanType.SECAP.value, PlanType.SEACAP.value},
    Framework.F2050.value: {PlanType.SECAP.value, PlanType.SEACAP.value},
}


def signatory_deadlines(
    signatory: Any,
    plans: Iterable[Any],
    reports: Iterable[Any],
    extensions: Iterable[Any],
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> list[Deadline]:
    """Every open deadline of one signatory, sorted by due date.

    Withdrawn (or trashed) signatories have none; signatories on hold keep theirs, since
    catching up on them is how they come off hold. Codes may be enum members or plain
    strings: a StrEnum member equals and hashes like its code.
    """
    if getattr(signatory, "deleted_at", None) is not None or signatory.status == _WITHDRAWN:
        return []
    framework = getattr(signatory, "framework", None) or _F2030
    allowed = _PLANS_FOR_FRAMEWORK.get(framework, _PLANS_FOR_FRAMEWORK[_F2030])
    sid = signatory.id
    name = str(signatory.name or "")
    out: list[Deadline] = []

    fitting: list[Any] = []
    latest_filed: Any = None
    any_filed = False
    for plan in plans:
        if getattr(plan, "deleted_at", None) is not None:
            continue
        submitted = plan.submission_date
        if submitted is not None and plan.status in _AWAITING_FEEDBACK:
            if getattr(plan, "feedback_date", None) is None:
                due = add_months(submitted, settings.assessment_overdue_months)
                out.append(Deadline(_ASSESS, due, sid, plan.id, "action_plan", name))
        if plan.plan_type not in allowed:
            continue
        fitting.append(plan)
        if submitted is not None or plan.status in _FILED:
            any_filed = True
            if submitted is not None and (
                latest_filed is None or submitted > latest_filed.submission_date
            ):
                latest_filed = plan
    granted = [
        e
        for e in extensions
        if e.granted_until is not None and getattr(e, "deleted_at", None) is None
    ]

    if not any_filed:
        plan_ext = [e for e in granted if e.subject == _EXT_PLAN]
        adhesion = getattr(signatory, "adhesion_date", None)
        if adhesion is not None:
            due = add_years(adhesion, settings.plan_due_years(framework))
            for e in plan_ext:
                due = max(due, e.granted_until)
            draft = _latest(fitting, "created_at")
            if draft is not None:
                out.append(Deadline(_PLAN_DUE, due, sid, draft.id, "action_plan", name))
            else:
                out.append(Deadline(_PLAN_DUE, due, sid, sid, "signatory", name))
        for e in plan_ext:
            out.append(Deadline(_EXPIRING, e.granted_until, sid, e.id, "deadline_extension", name))
        return _sorted(out)
    if latest_filed is None:
        return _sorted(out)

    plan_date: date = latest_filed.submission_date
    last = last_full = plan_date
    pending: list[Any] = []
    pending_full: list[Any] = []
    for r in reports:
        if getattr(r, "deleted_at", None) is not None:
            continue
        day = r.submission_date
        is_full = r.reporting_type == _FULL
        if day is None:
            pending.append(r)
            if is_full:
                pending_full.append(r)
        elif day >= plan_date:
            last = max(last, day)
            if is_full:
                last_full = max(last_full, day)

    due = add_years(last, settings.monitoring_interval_years)
    mon_ext = [
        e
        for e in granted
        if e.subject == _EXT_MONITORING and (e.request_date is None or e.request_date >= last)
    ]
    out.append(_report_deadline(_MONITORING, due, pending, mon_ext, latest_filed, sid, name))
    for e in mon_ext:
        out.append(Deadline(_EXPIRING, e.granted_until, sid, e.id, "deadline_extension", name))
    due = add_years(last_full, settings.full_inventory_interval_years)
    out.append(_report_deadline(_FULL_DUE, due, pending_full, [], latest_filed, sid, name))
    return _sorted(out)


def coordinator_report_due(
    last_report_date: date | None,
    commitment_date: date | None,
    settings: RuleSettings = DEFAULT_SETTINGS,
    subject: str = "",
) -> Deadline | None:
    """The next periodic report to the Commission, counted from the last one sent.

    Before any report the count starts at the signed commitment; with neither date known
    there is nothing to count from and None is returned.
    """
    base = last_report_date or commitment_date
    if base is None:
        return None
    due = add_months(base, settings.coordinator_report_interval_months)
    return Deadline(DeadlineKind.COORDINATOR_REPORT_DUE, due, None, None, None, subject)


def days_left(deadline: Deadline, today: date) -> int:
    """Negative once overdue; 0 on the day itself."""
    return (deadline.due - today).days


def status(
    deadline: Deadline, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> DeadlineStatus:
    left = days_left(deadline, today)
    if left < 0:
        return DeadlineStatus.OVERDUE
    if left <= settings.due_soon_days:
        return DeadlineStatus.DUE_SOON
    return DeadlineStatus.LATER


def within(deadlines: Iterable[Deadline], today: date, days: int) -> list[Deadline]:
    """Overdue items and those due in the next `days` days, soonest first."""
    return _sorted(d for d in deadlines if days_left(d, today) <= days)


def _report_deadline(
    kind: DeadlineKind,
    computed: date,
    pending: Sequence[Any],
    extensions: Sequence[Any],
    plan: Any,
    signatory_id: Any,
    subject: str,
) -> Deadline:
    """A report deadline; a planned report's own due date, entered by the office, wins."""
    due = computed
    target: Any = None
    earliest: date | None = None
    for r in pending:  # the first report with the earliest due date (one pass, no lambda)
        planned = getattr(r, "due_date", None)
        if planned is not None and (earliest is None or planned < earliest):
            earliest, target = planned, r
    if earliest is not None:
        due = earliest
    elif pending:
        target = pending[0]
    for e in extensions:
        if e.granted_until > due:
            due = e.granted_until
    if target is not None:
        return Deadline(kind, due, signatory_id, target.id, "monitoring_report", subject)
    return Deadline(kind, due, signatory_id, plan.id, "action_plan", subject)


def _latest(rows: Sequence[Any], attr: str) -> Any:
    if not rows:
        return None
    return max(rows, key=lambda r: (getattr(r, attr, None) is not None, getattr(r, attr, None)))


def _sorted(deadlines: Iterable[Deadline]) -> list[Deadline]:
    return sorted(deadlines, key=lambda d: (d.due, _KIND_ORDER[d.kind], d.subject))
