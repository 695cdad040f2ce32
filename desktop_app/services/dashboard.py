"""The home screen's numbers: five commitment lights, key figures against the previous
period, and three small charts, computed in one read-only pass.

Budget: 200 ms for a 20,000-signatory office (benchmarks/dashboard.py). So every table is
scanned at most once or twice with SQL aggregates (CASE sums instead of a query per
figure), only a few thousand grouped rows come back to Python, and ids are never turned
into objects. The definitions are those of services/figures.py (the PDF report and the
Excel Summary), and tests/db/test_dashboard.py checks they give the same numbers; the
overdue counts match the domain deadline rules (rules/commitments.tally) the same way.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, String, and_, case, exists, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain.enums import (
    ActivityType,
    ExtensionSubject,
    Framework,
    PlanStatus,
    PlanType,
    SignatoryStatus,
)
from ..domain.models import (
    ActionPlan,
    DeadlineExtension,
    EnergyDay,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
)
from ..domain.rules.commitments import Facts, Health, assess, latest_overdue_start, window_start
from ..domain.rules.dates import add_years
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .deadlines import coordinator_deadline
from .figures import NO_PLAN, EurConverter
from .period import Period, current_period, previous

ZERO = Decimal("0")
CHART_YEARS = 5

PROMOTION_TYPES = (ActivityType.PROMOTION.value, ActivityType.EVENT.value)
ASSISTANCE_TYPES = (
    ActivityType.TECHNICAL.value,
    ActivityType.STRATEGIC.value,
    ActivityType.CAPACITY_BUILDING.value,
    ActivityType.TRAINING.value,
    ActivityType.STUDY_VISIT.value,
)
FIGURE_KEYS = (
    "signatories",
    "new_adhesions",
    "activities",
    "finance_eur",
    "energy_days",
    "plans_submitted",
    "monitoring_submitted",
)


@dataclass(frozen=True)
class Figure:
    key: str
    current: Decimal
    previous: Decimal

    @property
    def change(self) -> Decimal:
        return self.current - self.previous


@dataclass(frozen=True)
class Dashboard:
    today: date
    period: Period
    previous: Period
    facts: Facts
    health: tuple[Health, ...]
    figures: tuple[Figure, ...]
    plan_status: tuple[tuple[str, int], ...]
    """(best plan status code or "none", signatories), in the order of the status ladder."""
    finance_by_year: tuple[tuple[int, Decimal], ...]
    activities_by_month: tuple[tuple[date, int], ...]
    """First day of each month of the period, support activities that month."""
    elapsed_ms: float = 0.0

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.key == key)


PLAN_LADDER = (
    NO_PLAN,
    PlanStatus.IN_PREPARATION.value,
    PlanStatus.SUBMITTED.value,
    PlanStatus.UNDER_ASSESSMENT.value,
    PlanStatus.REVISION_REQUESTED.value,
    PlanStatus.ACCEPTED.value,
)
_RANK = {
    PlanStatus.IN_PREPARATION.value: 1,
    PlanStatus.REVISION_REQUESTED.value: 2,
    PlanStatus.SUBMITTED.value: 3,
    PlanStatus.UNDER_ASSESSMENT.value: 4,
    PlanStatus.ACCEPTED.value: 5,
}
_BY_RANK = {rank: code for code, rank in _RANK.items()} | {0: NO_PLAN}
_FILED = (
    PlanStatus.SUBMITTED.value,
    PlanStatus.UNDER_ASSESSMENT.value,
    PlanStatus.ACCEPTED.value,
    PlanStatus.REVISION_REQUESTED.value,
)
_WITH_ADAPTATION = (PlanType.SECAP.value, PlanType.SEACAP.value)


def reporting_period(today: date, period_settings: Mapping[str, Any] | None = None) -> Period:
    return current_period(today, dict(period_settings or {}))


def compute(
    db: Database,
    today: date,
    settings: RuleSettings = DEFAULT_SETTINGS,
    period: Period | None = None,
) -> Dashboard:
    started = time.perf_counter()
    period = period or current_period(today)
    with db.session("dashboard") as session:
        result = build(session, today, settings, period)
    elapsed = (time.perf_counter() - started) * 1000
    return Dashboard(**{**result.__dict__, "elapsed_ms": elapsed})


def build(session: Session, today: date, settings: RuleSettings, period: Period) -> Dashboard:
    prev = previous(period)
    window = window_start(today, settings.health_window_months)
    figures: dict[str, list[Decimal]] = {k: [ZERO, ZERO] for k in FIGURE_KEYS}
    facts: dict[str, Any] = {"today": today}

    _signatories(session, period, prev, window, today, figures, facts)
    months = _activities(session, period, prev, window, today, settings, figures, facts)
    years = _finance(session, period, prev, window, today, figures, facts)
    _energy_days(session, period, prev, window, today, figures, facts)
    _submissions(session, period, prev, figures)
    facts.update(overdue_counts(session, today, settings))
    own = coordinator_deadline(session, settings)
    facts["coordinator_report_due"] = own.due if own else None
    plan_status = plan_status_counts(session)

    fact_obj = Facts(**facts)
    return Dashboard(
        today=today,
        period=period,
        previous=prev,
        facts=fact_obj,
        health=assess(fact_obj, settings),
        figures=tuple(Figure(k, *figures[k]) for k in FIGURE_KEYS),
        plan_status=plan_status,
        finance_by_year=years,
        activities_by_month=months,
    )


def _live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def _of_live_signatory(column: Any) -> ColumnElement[bool]:
    """Instead of a join: the trashed signatories are few, and SQLite and PostgreSQL both
    evaluate this NOT IN once into a hash, where a join probes the signatory index per row."""
    return column.not_in(select(Signatory.id).where(Signatory.deleted_at.is_not(None)))


def _n(condition: ColumnElement[bool]) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _code(column: Any) -> Any:
    """Compare and group enum columns as their stored text, skipping Enum conversion."""
    return type_coerce(column, String)


def _between(column: Any, p: Period) -> ColumnElement[bool]:
    return column.between(p.start, p.end)


def _signatories(
    session: Session,
    period: Period,
    prev: Period,
    window: date,
    today: date,
    figures: dict[str, list[Decimal]],
    facts: dict[str, Any],
) -> None:
    status = _code(Signatory.status)
    owing = status != SignatoryStatus.WITHDRAWN.value
    adhesion = Signatory.adhesion_date

    def in_territory(p: Period) -> ColumnElement[bool]:
        return and_(owing, or_(adhesion.is_(None), adhesion <= p.end))

    row = session.execute(
        select(
            _n(owing),
            _n(status == SignatoryStatus.ON_HOLD.value),
            _n(and_(adhesion >= window, adhesion <= today)),
            _n(in_territory(period)),
            _n(in_territory(prev)),
            _n(_between(adhesion, period)),
            _n(_between(adhesion, prev)),
        ).where(_live(Signatory))
    ).one()
    facts["signatories"], facts["on_hold"], facts["new_signatories"] = map(int, row[:3])
    figures["signatories"] = [Decimal(row[3]), Decimal(row[4])]
    figures["new_adhesions"] = [Decimal(row[5]), Decimal(row[6])]


def _activities(
    session: Session,
    period: Period,
    prev: Period,
    window: date,
    today: date,
    settings: RuleSettings,
    figures: dict[str, list[Decimal]],
    facts: dict[str, Any],
) -> tuple[tuple[date, int], ...]:
    """Grouped by day and type: a few thousand rows at most, then counted in Python."""
    since = min(prev.start, window)
    kind = _code(SupportActivity.activity_type)
    rows = session.execute(
        select(SupportActivity.activity_date, kind, func.count())
        .where(_live(SupportActivity), SupportActivity.activity_date >= since)
        .group_by(SupportActivity.activity_date, kind)
    ).all()
    per_month: Counter[date] = Counter()
    promotion = assistance = 0
    cur = old = 0
    for day, code, n in rows:
        if day in period:
            cur += n
            per_month[day.replace(day=1)] += n
        elif day in prev:
            old += n
        if window <= day <= today:
            if code in PROMOTION_TYPES:
                promotion += n
            elif code in ASSISTANCE_TYPES:
                assistance += n
    last = session.scalar(
        select(func.max(SupportActivity.activity_date)).where(
            _live(SupportActivity),
            kind.in_(ASSISTANCE_TYPES),
            SupportActivity.activity_date <= today,
        )
    )
    figures["activities"] = [Decimal(cur), Decimal(old)]
    facts.update(
        promotion_activities=promotion, assistance_activities=assistance, last_assistance=last
    )
    months = []
    first = period.start.replace(day=1)
    while first <= period.end:
        months.append((first, per_month.get(first, 0)))
        first = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return tuple(months)


def _finance(
    session: Session,
    period: Period,
    prev: Period,
    window: date,
    today: date,
    figures: dict[str, list[Decimal]],
    facts: dict[str, Any],
) -> tuple[tuple[int, Decimal], ...]:
    """Amounts summed per currency and day in SQL, converted at that day's rate here.

    Each (currency, day) sum is rounded to the cent once; the PDF report rounds per
    instrument, source and status within that day as well, so the two can differ by a cent
    per day and currency. The screen shows whole euros.
    """
    first_year = period.end.year - CHART_YEARS + 1
    since = min(date(first_year, 1, 1), prev.start, window)
    converter = EurConverter.load(session)
    rows = session.execute(
        select(
            FinancialSupport.currency,
            FinancialSupport.decision_date,
            func.count(),
            func.sum(FinancialSupport.amount),
        )
        .where(
            _live(FinancialSupport),
            _of_live_signatory(FinancialSupport.signatory_id),
            FinancialSupport.decision_date >= since,
        )
        .group_by(FinancialSupport.currency, FinancialSupport.decision_date)
    ).all()
    by_year: dict[int, Decimal] = defaultdict(lambda: ZERO)
    cur = old = recent = ZERO
    decisions = unconverted = 0
    for currency, day, n, amount in rows:
        if day is None:
            continue
        eur = converter.to_eur(Decimal(amount), currency, day)
        in_window = window <= day <= today
        if in_window:
            decisions += n
        if eur is None:
            unconverted += n if in_window or day in period else 0
            continue
        if day.year >= first_year and day <= period.end:
            by_year[day.year] += eur
        if day in period:
            cur += eur
        elif day in prev:
            old += eur
        if in_window:
            recent += eur
    facts.update(
        finance_decisions=decisions,
        finance_eur=recent,
        unconverted=unconverted,
        last_finance=session.scalar(
            select(func.max(FinancialSupport.decision_date)).where(
                _live(FinancialSupport), FinancialSupport.decision_date <= today
            )
        ),
    )
    figures["finance_eur"] = [cur, old]
    return tuple((y, by_year.get(y, ZERO)) for y in range(first_year, period.end.year + 1))


def _energy_days(
    session: Session,
    period: Period,
    prev: Period,
    window: date,
    today: date,
    figures: dict[str, list[Decimal]],
    facts: dict[str, Any],
) -> None:
    start = EnergyDay.start_date
    row = session.execute(
        select(
            _n(_between(start, period)),
            _n(_between(start, prev)),
            _n(and_(start >= window, start <= today)),
            func.max(case((start <= today, start))),
            func.min(case((start > today, start))),
        ).where(_live(EnergyDay))
    ).one()
    figures["energy_days"] = [Decimal(row[0]), Decimal(row[1])]
    facts.update(
        energy_days=int(row[2]),
        last_energy_day=_as_date(row[3]),
        next_energy_day=_as_date(row[4]),
    )


def _as_date(value: Any) -> date | None:
    """MAX over a CASE comes back as text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _submissions(
    session: Session, period: Period, prev: Period, figures: dict[str, list[Decimal]]
) -> None:
    for key, model in (("plans_submitted", ActionPlan), ("monitoring_submitted", MonitoringReport)):
        row = session.execute(
            select(
                _n(_between(model.submission_date, period)),
                _n(_between(model.submission_date, prev)),
            ).where(
                _live(model),
                model.submission_date.between(prev.start, period.end),
                _of_live_signatory(model.signatory_id),
            )
        ).one()
        figures[key] = [Decimal(row[0]), Decimal(row[1])]


def plan_status_counts(session: Session) -> tuple[tuple[str, int], ...]:
    """Each live signatory's most advanced plan status, counted (as figures.reporting)."""
    status = _code(ActionPlan.status)
    rank = case(*((status == code, value) for code, value in _RANK.items()), else_=0)
    best = (
        select(func.max(rank).label("rank"))
        .where(_live(ActionPlan), _of_live_signatory(ActionPlan.signatory_id))
        .group_by(ActionPlan.signatory_id)
        .subquery()
    )
    counts = {
        _BY_RANK[int(r)]: int(n)
        for r, n in session.execute(select(best.c.rank, func.count()).group_by(best.c.rank))
    }
    live = session.scalar(select(func.count()).select_from(Signatory).where(_live(Signatory)))
    counts[NO_PLAN] = int(live or 0) - sum(counts.values())
    return tuple((code, counts.get(code, 0)) for code in PLAN_LADDER)


def overdue_counts(session: Session, today: date, settings: RuleSettings) -> dict[str, int]:
    """Overdue plans (per generation, and after an extension) and monitoring reports.

    The same answer as running rules/deadlines.signatory_deadlines over every signatory and
    tallying (rules/commitments.tally), without loading them: a plan deadline has passed
    exactly when the adhesion date is on or before a cut-off day computed once per
    framework (rules/commitments.latest_overdue_start).
    """
    framework = _code(Signatory.framework)
    owing = and_(_live(Signatory), _code(Signatory.status) != SignatoryStatus.WITHDRAWN.value)
    fitting = or_(
        framework == Framework.F2020.value, _code(ActionPlan.plan_type).in_(_WITH_ADAPTATION)
    )
    filed = exists().where(
        ActionPlan.signatory_id == Signatory.id,
        _live(ActionPlan),
        or_(ActionPlan.submission_date.is_not(None), _code(ActionPlan.status).in_(_FILED)),
        fitting,
    )
    extended = (
        select(
            DeadlineExtension.signatory_id.label("sid"),
            func.max(DeadlineExtension.granted_until).label("until"),
        )
        .where(
            _live(DeadlineExtension),
            _code(DeadlineExtension.subject) == ExtensionSubject.PLAN.value,
            DeadlineExtension.granted_until.is_not(None),
        )
        .group_by(DeadlineExtension.signatory_id)
        .subquery()
    )
    frameworks = [f.value for f in Framework]
    passed = or_(
        *(
            and_(
                framework == code,
                Signatory.adhesion_date
                <= latest_overdue_start(today, 12 * settings.plan_due_years(code)),
            )
            for code in frameworks
        ),
        and_(
            framework.not_in(frameworks),
            Signatory.adhesion_date
            <= latest_overdue_start(today, 12 * settings.plan_due_years(None)),
        ),
    )
    has_extension = extended.c.until.is_not(None)
    seap = secap = late = 0
    for code, was_extended, n in session.execute(
        select(framework, has_extension, func.count())
        .select_from(Signatory)
        .outerjoin(extended, extended.c.sid == Signatory.id)
        .where(
            owing,
            Signatory.adhesion_date.is_not(None),
            passed,
            or_(extended.c.until.is_(None), extended.c.until < today),
            ~filed,
        )
        .group_by(framework, has_extension)
    ):
        if was_extended:
            late += n
        elif code == Framework.F2020.value:
            seap += n
        else:
            secap += n
    return {
        "plans_overdue_seap": seap,
        "plans_overdue_secap": secap,
        "late_after_extension": late,
        "monitoring_overdue": _monitoring_overdue(session, today, settings, owing, fitting),
    }


def _monitoring_overdue(
    session: Session,
    today: date,
    settings: RuleSettings,
    owing: ColumnElement[bool],
    fitting: ColumnElement[bool],
) -> int:
    """Per signatory with a filed plan: the last report date since the plan and the
    earliest planned due date come from SQL; the rest of the rule runs here."""
    plan = (
        select(
            ActionPlan.signatory_id.label("sid"),
            func.max(ActionPlan.submission_date).label("plan_date"),
        )
        .join(Signatory, Signatory.id == ActionPlan.signatory_id)
        .where(owing, _live(ActionPlan), ActionPlan.submission_date.is_not(None), fitting)
        .group_by(ActionPlan.signatory_id)
        .cte("filed_plan")
    )
    submitted = MonitoringReport.submission_date
    # The latest report overall: if it is older than the plan, the plan date counts anyway.
    reports = (
        select(
            MonitoringReport.signatory_id.label("sid"),
            func.max(submitted).label("last"),
            func.min(case((submitted.is_(None), MonitoringReport.due_date))).label("planned"),
        )
        .where(_live(MonitoringReport))
        .group_by(MonitoringReport.signatory_id)
        .subquery()
    )
    last, planned = reports.c.last, reports.c.planned
    extensions: dict[Any, list[tuple[date | None, date]]] = defaultdict(list)
    for sid, requested, until in session.execute(
        select(
            type_coerce(DeadlineExtension.signatory_id, String),
            DeadlineExtension.request_date,
            DeadlineExtension.granted_until,
        ).where(
            _live(DeadlineExtension),
            _code(DeadlineExtension.subject) == ExtensionSubject.MONITORING.value,
            DeadlineExtension.granted_until.is_not(None),
        )
    ):
        if until is not None:
            extensions[sid].append((requested, until))
    years = settings.monitoring_interval_years
    cutoff = latest_overdue_start(today, 12 * years)
    count = 0
    # Only rows that can be overdue come back: extensions only ever move a date later.
    maybe_overdue = or_(
        planned < today,
        and_(planned.is_(None), plan.c.plan_date <= cutoff, or_(last.is_(None), last <= cutoff)),
    )
    for sid, plan_date, last_day, planned_day in session.execute(
        select(type_coerce(plan.c.sid, String), plan.c.plan_date, last, planned)
        .select_from(plan)
        .outerjoin(reports, reports.c.sid == plan.c.sid)
        .where(maybe_overdue)
    ):
        filed, last_day, planned_day = map(_as_date, (plan_date, last_day, planned_day))
        if filed is None:
            continue
        base = max(filed, last_day) if last_day is not None else filed
        due: date
        if planned_day is not None:
            due = planned_day
        elif base > cutoff:
            continue  # the common case: not yet due, and extensions only move it later
        else:
            due = add_years(base, years)
        for requested, until in extensions.get(sid, ()):
            if requested is None or requested >= base:
                due = max(due, until)
        if due < today:
            count += 1
    return count
