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

from ..enums import ExtensionSubject, Framework, PlanStatus, PlanType, ReportingType
from ..enums import SignatoryStatus as _SigStatus
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
    catching up on them is how they come off hold.
    """
    if not _live(signatory) or _code(signatory.status) == _SigStatus.WITHDRAWN.value:
        return []
    plans = [p for p in plans if _live(p)]
    reports = [r for r in reports if _live(r)]
    extensions = [e for e in extensions if _live(e) and e.granted_until is not None]
    framework = _code(getattr(signatory, "framework", None)) or Framework.F2030.value
    allowed = _PLANS_FOR_FRAMEWORK.get(framework, _PLANS_FOR_FRAMEWORK[Framework.F2030.value])
    make = _Maker(signatory)
    out: list[Deadline] = []

    for plan in plans:
        if _code(plan.status) in _AWAITING_FEEDBACK and plan.submission_date is not None:
            if getattr(plan, "feedback_date", None) is None:
                due = add_months(plan.submission_date, settings.assessment_overdue_months)
                out.append(make(DeadlineKind.ASSESSMENT_OVERDUE, due, plan, "action_plan"))

    fitting = [p for p in plans if _code(p.plan_type) in allowed]
    filed = [p for p in fitting if p.submission_date is not None or _code(p.status) in _FILED]
    plan_ext = [e for e in extensions if _code(e.subject) == ExtensionSubject.PLAN.value]

    if not filed:
        adhesion = getattr(signatory, "adhesion_date", None)
        if adhesion is not None:
            due = add_years(adhesion, settings.plan_due_years(framework))
            if plan_ext:
                due = max(due, *(e.granted_until for e in plan_ext))
            draft = _latest(fitting, "created_at")
            if draft is not None:
                out.append(make(DeadlineKind.PLAN_DUE, due, draft, "action_plan"))
            else:
                out.append(make(DeadlineKind.PLAN_DUE, due, signatory, "signatory"))
        for ext in plan_ext:
            out.append(
                make(DeadlineKind.EXTENSION_EXPIRING, ext.granted_until, ext, "deadline_extension")
            )
        return _sorted(out)

    dated = [p for p in filed if p.submission_date is not None]
    if not dated:
        return _sorted(out)
    plan = max(dated, key=lambda p: p.submission_date)
    plan_date: date = plan.submission_date
    since_plan = [r for r in reports if r.submission_date and r.submission_date >= plan_date]
    pending = [r for r in reports if r.submission_date is None]

    last = max([plan_date, *(r.submission_date for r in since_plan)])
    due = add_years(last, settings.monitoring_interval_years)
    mon_ext = [
        e
        for e in extensions
        if _code(e.subject) == ExtensionSubject.MONITORING.value
        and (e.request_date is None or e.request_date >= last)
    ]
    out.extend(_report_deadline(make, DeadlineKind.MONITORING_DUE, due, pending, mon_ext, plan))
    for ext in mon_ext:
        out.append(
            make(DeadlineKind.EXTENSION_EXPIRING, ext.granted_until, ext, "deadline_extension")
        )

    full = [r for r in since_plan if _code(r.reporting_type) == ReportingType.FULL.value]
    last_full = max([plan_date, *(r.submission_date for r in full)])
    due = add_years(last_full, settings.full_inventory_interval_years)
    pending_full = [r for r in pending if _code(r.reporting_type) == ReportingType.FULL.value]
    out.extend(_report_deadline(make, DeadlineKind.FULL_INVENTORY_DUE, due, pending_full, [], plan))
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


class _Maker:
    def __init__(self, signatory: Any) -> None:
        self.signatory_id = getattr(signatory, "id", None)
        self.subject = str(getattr(signatory, "name", "") or "")

    def __call__(self, kind: DeadlineKind, due: date, record: Any, table: str) -> Deadline:
        record_id = getattr(record, "id", None)
        return Deadline(kind, due, self.signatory_id, record_id, table, self.subject)


def _report_deadline(
    make: _Maker,
    kind: DeadlineKind,
    computed: date,
    pending: Sequence[Any],
    extensions: Sequence[Any],
    plan: Any,
) -> list[Deadline]:
    """A report deadline; a planned report's own due date, entered by the office, wins."""
    due = computed
    planned = [r for r in pending if getattr(r, "due_date", None) is not None]
    target: Any = None
    if planned:
        target = min(planned, key=lambda r: r.due_date)
        due = target.due_date
    elif pending:
        target = pending[0]
    if extensions:
        due = max(due, *(e.granted_until for e in extensions))
    if target is not None:
        return [make(kind, due, target, "monitoring_report")]
    return [make(kind, due, plan, "action_plan")]


def _latest(rows: Sequence[Any], attr: str) -> Any:
    if not rows:
        return None
    return max(rows, key=lambda r: (getattr(r, attr, None) is not None, getattr(r, attr, None)))


def _sorted(deadlines: Iterable[Deadline]) -> list[Deadline]:
    return sorted(deadlines, key=lambda d: (d.due, _KIND_ORDER[d.kind], d.subject))


def _live(row: Any) -> bool:
    return getattr(row, "deleted_at", None) is None


def _code(value: Any) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, StrEnum) else str(value)
