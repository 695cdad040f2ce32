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
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain.enums import ActivityType, FinanceStatus, PlanStatus, SignatoryStatus
from ..domain.models import (
    ActionPlan,
    EnergyDay,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
)
from ..domain.rules.commitments import Facts, Health, assess, window_start
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .deadlines import coordinator_deadline
from .eur import EurConverter, of_live_signatory, rate_groups
from .figures import PROVIDED_STATUSES, provided
from .first_run import anything_recorded
from .overdue import NO_PLAN, overdue_counts, signatory_tallies

__all__ = ["overdue_counts"]
from .enum_codes import as_code
from .live import live
from .period import Period, current_period, previous

ZERO = Decimal("0")
ONE_DAY = timedelta(days=1)
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
class FinanceSplit:
    """What "financial support provided" leaves out, reported as figures of their own."""

    rejected: int
    """Rejections decided in the current period."""
    rejected_eur: Decimal
    pending: int
    """Applications awaiting a decision, whatever their dates."""
    pending_eur: Decimal
    """At the rate on or before the period's last day."""


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
    finance_split: FinanceSplit = FinanceSplit(0, ZERO, 0, ZERO)
    actions: Any = None
    """The territory's figures from the plans' contents (services.action_figures)."""
    emissions: Any = None
    """The territory's emissions (services.inventories.TerritoryEmissions)."""
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
    from .action_figures import action_figures

    actions = action_figures(db, today)
    from .inventories import territory

    emissions = territory(db, today, settings)
    elapsed = (time.perf_counter() - started) * 1000
    return Dashboard(
        **{**result.__dict__, "actions": actions, "emissions": emissions, "elapsed_ms": elapsed}
    )


def build(session: Session, today: date, settings: RuleSettings, period: Period) -> Dashboard:
    prev = previous(period)
    window = window_start(today, settings.health_window_months)
    figures: dict[str, list[Decimal]] = {k: [ZERO, ZERO] for k in FIGURE_KEYS}
    facts: dict[str, Any] = {"today": today}

    _signatories(session, period, prev, window, today, figures, facts)
    months = _activities(session, period, prev, window, today, settings, figures, facts)
    years, split = _finance(session, period, prev, window, today, figures, facts)
    _energy_days(session, period, prev, window, today, figures, facts)
    _submissions(session, period, prev, figures)
    tallies = signatory_tallies(session, today, settings)
    facts.update(tallies.overdue)
    own = coordinator_deadline(session, settings)
    facts["coordinator_report_due"] = own.due if own else None
    facts["recorded"] = facts["signatories"] > 0 or anything_recorded(session)
    plan_status = tuple((code, tallies.plan_status.get(code, 0)) for code in PLAN_LADDER)

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
        finance_split=split,
    )


def _n(condition: ColumnElement[bool]) -> Any:
    """COUNT(*) FILTER (WHERE ...): SQLite (3.30+) and PostgreSQL skip the CASE per row."""
    return func.count().filter(condition)


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
    status = as_code(Signatory.status)
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
        ).where(live(Signatory))
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
    kind = as_code(SupportActivity.activity_type)
    rows = session.execute(
        select(SupportActivity.activity_date, kind, func.count())
        .where(live(SupportActivity), SupportActivity.activity_date >= since)
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
            live(SupportActivity),
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
) -> tuple[tuple[tuple[int, Decimal], ...], FinanceSplit]:
    """Amounts summed in SQL per status, currency and rate, converted here (services/eur.py).

    Only support provided (approved or disbursed: figures.provided) goes into the figure, the
    chart and the light; rejections decided in the period and applications awaiting a
    decision are returned apart, as the report shows them. A month is one row unless a
    bucket (period, previous period, health window) starts inside it, so the first day of a
    month row tells its bucket. The PDF report groups by instrument and source as well, so
    the two can differ by a cent per group. The screen shows whole euros.
    """
    first_year = period.end.year - CHART_YEARS + 1
    since = min(date(first_year, 1, 1), prev.start, window)
    converter = EurConverter.load(session)
    day = FinancialSupport.decision_date
    status = as_code(FinancialSupport.status)
    applied = FinanceStatus.APPLIED.value
    alive = (live(FinancialSupport), of_live_signatory(FinancialSupport.signatory_id))
    rows = rate_groups(
        session,
        converter,
        (status,),
        (*alive, status != applied, day >= since, day <= max(period.end, today)),
        (func.count(), func.sum(FinancialSupport.amount)),
        boundaries=(
            period.start,
            period.end + ONE_DAY,
            prev.start,
            prev.end + ONE_DAY,
            window,
            today + ONE_DAY,
        ),
    )
    by_year: dict[int, Decimal] = defaultdict(lambda: ZERO)
    cur = old = recent = rejected_eur = ZERO
    decisions = unconverted = rejected = 0
    for code, currency, on, n, amount in rows:
        if on is None:
            continue
        eur = converter.to_eur(Decimal(amount), currency, on)
        if code not in PROVIDED_STATUSES:
            if on in period:
                rejected += n
                rejected_eur += eur or ZERO
            continue
        in_window = window <= on <= today
        if in_window:
            decisions += n
        if eur is None:
            unconverted += n if in_window or on in period else 0
            continue
        if on.year >= first_year and on <= period.end:
            by_year[on.year] += eur
        if on in period:
            cur += eur
        elif on in prev:
            old += eur
        if in_window:
            recent += eur
    pending = pending_eur = ZERO
    for currency, n, amount in session.execute(
        select(FinancialSupport.currency, func.count(), func.sum(FinancialSupport.amount))
        .where(*alive, status == applied)
        .group_by(FinancialSupport.currency)
    ):
        pending += n
        pending_eur += converter.to_eur(Decimal(amount), currency, period.end) or ZERO
    facts.update(
        finance_decisions=decisions,
        finance_eur=recent,
        unconverted=unconverted,
        last_finance=session.scalar(
            select(func.max(day)).where(*alive, provided(FinancialSupport.status), day <= today)
        ),
    )
    figures["finance_eur"] = [cur, old]
    years = tuple((y, by_year.get(y, ZERO)) for y in range(first_year, period.end.year + 1))
    return years, FinanceSplit(rejected, rejected_eur, int(pending), pending_eur)


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
        ).where(live(EnergyDay))
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
                live(model),
                model.submission_date.between(prev.start, period.end),
                of_live_signatory(model.signatory_id),
            )
        ).one()
        figures[key] = [Decimal(row[0]), Decimal(row[1])]


def plan_status_counts(session: Session, today: date | None = None) -> tuple[tuple[str, int], ...]:
    """Each live signatory's most advanced plan status, counted (as figures.reporting)."""
    counts = signatory_tallies(session, today or date.today()).plan_status
    return tuple((code, counts.get(code, 0)) for code in PLAN_LADDER)
