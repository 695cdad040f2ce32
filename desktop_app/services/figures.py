"""Key figures per commitment for a reporting period.

The PDF report, the Excel Summary sheet and the dashboard all read these, so every
output shows the same numbers. Counting is done with SQL aggregates (20,000 signatories
must stay fast); only currency conversion and JSON code lists are finished in Python.
Soft-deleted records never count.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, distinct, func, or_, select
from sqlalchemy.orm import Session

from ..domain.enums import (
    ExtensionSubject,
    Framework,
    MonitoringStatus,
    PlanStatus,
    SignatoryStatus,
)
from ..domain.models import (
    ActionPlan,
    DeadlineExtension,
    EnergyDay,
    ExchangeRate,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from ..domain.rules.money import CENT, EUR, MissingRateError, RateTable
from .period import Period

ZERO = Decimal("0")


@dataclass(frozen=True)
class Unconverted:
    currency: str
    on: date | None
    amount: Decimal
    records: int


class EurConverter:
    """The domain RateTable, loaded once per report, with a missing rate as None.

    A report lists what it cannot convert instead of stopping at the first MissingRateError.
    """

    def __init__(self, table: RateTable) -> None:
        self.table = table

    @classmethod
    def load(cls, session: Session) -> EurConverter:
        return cls(
            RateTable(
                session.execute(
                    select(
                        ExchangeRate.currency, ExchangeRate.rate_date, ExchangeRate.units_per_eur
                    )
                    .where(_live(ExchangeRate))
                    .order_by(ExchangeRate.rate_date, ExchangeRate.updated_at)
                ).all()
            )
        )

    def to_eur(self, amount: Decimal, currency: str, day: date | None) -> Decimal | None:
        if currency.strip().upper() == EUR:
            return Decimal(amount).quantize(CENT)
        if day is None:
            return None
        try:
            return self.table.to_eur(Decimal(amount), currency, day)
        except MissingRateError:
            return None


NO_PLAN = "none"
"""Pseudo plan status of signatories that have no plan at all."""


@dataclass(frozen=True)
class Count:
    code: str
    count: int


@dataclass(frozen=True)
class Promotion:
    signatories: int
    """Live, not withdrawn signatories that had adhered by the end of the period (or have no
    date yet); `by_status` breaks down all of them, withdrawn included."""
    by_status: tuple[Count, ...]
    by_country: tuple[Count, ...]
    new_adhesions: int
    status_changes: tuple[Count, ...]
    """Signatories whose status changed (status_date) in the period, by the new status."""


@dataclass(frozen=True)
class TypeFigure:
    code: str
    count: int
    staff_days: Decimal


@dataclass(frozen=True)
class Assistance:
    activities: int
    by_type: tuple[TypeFigure, ...]
    staff_days: Decimal
    participants: int
    signatories_reached: int


@dataclass(frozen=True)
class MoneyLine:
    code: str
    count: int
    eur: Decimal


@dataclass(frozen=True)
class Finance:
    records: int
    total_eur: Decimal
    disbursed_eur: Decimal
    by_instrument: tuple[MoneyLine, ...]
    by_source: tuple[MoneyLine, ...]
    by_status: tuple[MoneyLine, ...]
    original: tuple[tuple[str, Decimal], ...]
    """Totals in the currencies as recorded, so a reader can check the conversion."""
    unconverted: tuple[Unconverted, ...]
    """Amounts with no rate for their currency and date: listed, never dropped or guessed."""


@dataclass(frozen=True)
class EnergyDays:
    count: int
    participants: int
    eusew_registered: int
    by_audience: tuple[Count, ...]
    by_activity: tuple[Count, ...]


@dataclass(frozen=True)
class Reporting:
    plans_submitted: int
    plans_accepted: int
    monitoring_submitted: int
    monitoring_accepted: int
    signatories_by_plan_status: tuple[Count, ...]
    overdue_plans: int
    overdue_monitoring: int


@dataclass(frozen=True)
class KeyFigures:
    period: Period
    promotion: Promotion
    assistance: Assistance
    finance: Finance
    energy_days: EnergyDays
    reporting: Reporting


@dataclass(frozen=True)
class OverdueItem:
    signatory_id: uuid.UUID
    signatory: str
    kind: str
    """"plan" or "monitoring" (the ExtensionSubject codes)."""
    due: date


def _live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def _counts(session: Session, stmt: Select) -> tuple[Count, ...]:
    rows = session.execute(stmt).all()
    return tuple(
        sorted((Count(str(getattr(k, "value", k)), int(n)) for k, n in rows), key=_count_key)
    )


def _count_key(c: Count) -> tuple[int, str]:
    return (-c.count, c.code)


def promotion(session: Session, period: Period) -> Promotion:
    in_territory = and_(
        _live(Signatory),
        or_(Signatory.adhesion_date.is_(None), Signatory.adhesion_date <= period.end),
    )
    total = session.scalar(
        select(func.count())
        .select_from(Signatory)
        .where(in_territory, Signatory.status != SignatoryStatus.WITHDRAWN)
    )
    new = session.scalar(
        select(func.count())
        .select_from(Signatory)
        .where(_live(Signatory), Signatory.adhesion_date.between(period.start, period.end))
    )
    return Promotion(
        signatories=int(total or 0),
        by_status=_counts(
            session,
            select(Signatory.status, func.count()).where(in_territory).group_by(Signatory.status),
        ),
        by_country=_counts(
            session,
            select(Signatory.country, func.count()).where(in_territory).group_by(Signatory.country),
        ),
        new_adhesions=int(new or 0),
        status_changes=_counts(
            session,
            select(Signatory.status, func.count())
            .where(_live(Signatory), Signatory.status_date.between(period.start, period.end))
            .group_by(Signatory.status),
        ),
    )


def assistance(session: Session, period: Period, signatories_total: int) -> Assistance:
    in_period = and_(
        _live(SupportActivity), SupportActivity.activity_date.between(period.start, period.end)
    )
    rows = session.execute(
        select(
            SupportActivity.activity_type,
            func.count(),
            func.coalesce(func.sum(SupportActivity.staff_days), 0),
            func.coalesce(func.sum(SupportActivity.participants), 0),
        )
        .where(in_period)
        .group_by(SupportActivity.activity_type)
    ).all()
    by_type = tuple(
        sorted(
            (TypeFigure(str(t.value), int(n), Decimal(str(d))) for t, n, d, _ in rows),
            key=lambda f: (-f.count, f.code),
        )
    )
    reaches_all = session.scalar(
        select(func.count())
        .select_from(SupportActivity)
        .where(in_period, SupportActivity.reaches_all)
    )
    if reaches_all:
        reached = signatories_total
    else:
        reached = (
            session.scalar(
                select(func.count(distinct(SupportActivitySignatory.signatory_id)))
                .join(SupportActivity, SupportActivity.id == SupportActivitySignatory.activity_id)
                .join(Signatory, Signatory.id == SupportActivitySignatory.signatory_id)
                .where(in_period, _live(SupportActivitySignatory), _live(Signatory))
            )
            or 0
        )
    return Assistance(
        activities=sum(f.count for f in by_type),
        by_type=by_type,
        staff_days=sum((f.staff_days for f in by_type), ZERO),
        participants=sum(int(row[3] or 0) for row in rows),
        signatories_reached=int(reached),
    )


def finance(session: Session, period: Period, converter: EurConverter | None = None) -> Finance:
    """Totals by decision date; each (currency, date) group is converted at that day's rate."""
    converter = converter or EurConverter.load(session)
    rows = session.execute(
        select(
            FinancialSupport.instrument,
            FinancialSupport.source,
            FinancialSupport.status,
            FinancialSupport.currency,
            FinancialSupport.decision_date,
            func.count(),
            func.sum(FinancialSupport.amount),
            func.coalesce(func.sum(FinancialSupport.disbursed_amount), 0),
        )
        .join(Signatory, Signatory.id == FinancialSupport.signatory_id)
        .where(
            _live(FinancialSupport),
            _live(Signatory),
            FinancialSupport.decision_date.between(period.start, period.end),
        )
        .group_by(
            FinancialSupport.instrument,
            FinancialSupport.source,
            FinancialSupport.status,
            FinancialSupport.currency,
            FinancialSupport.decision_date,
        )
    ).all()
    by: dict[str, dict[str, list[Any]]] = {"instrument": {}, "source": {}, "status": {}}
    original: dict[str, Decimal] = {}
    missing: dict[tuple[str, date | None], list[Any]] = {}
    total = disbursed = ZERO
    records = 0
    for instrument, source, status, currency, day, n, amount, paid in rows:
        amount, paid = Decimal(str(amount)), Decimal(str(paid))
        records += n
        original[currency] = original.get(currency, ZERO) + amount
        eur = converter.to_eur(amount, currency, day)
        if eur is None:
            slot = missing.setdefault((currency, day), [ZERO, 0])
            slot[0] += amount
            slot[1] += n
            continue
        total += eur
        disbursed += converter.to_eur(paid, currency, day) or ZERO
        for key, code in (("instrument", instrument), ("source", source), ("status", status)):
            acc = by[key].setdefault(str(code.value), [0, ZERO])
            acc[0] += n
            acc[1] += eur

    def lines(key: str) -> tuple[MoneyLine, ...]:
        items = (MoneyLine(c, n, _cents(e)) for c, (n, e) in by[key].items())
        return tuple(sorted(items, key=lambda m: (-m.eur, m.code)))

    return Finance(
        records=records,
        total_eur=_cents(total),
        disbursed_eur=_cents(disbursed),
        by_instrument=lines("instrument"),
        by_source=lines("source"),
        by_status=lines("status"),
        original=tuple(sorted((c, _cents(a)) for c, a in original.items())),
        unconverted=tuple(
            Unconverted(c, d, _cents(a), n)
            for (c, d), (a, n) in sorted(
                missing.items(), key=lambda kv: (kv[0][0], kv[0][1] or date.min)
            )
        ),
    )


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def energy_days(session: Session, period: Period) -> EnergyDays:
    in_period = and_(_live(EnergyDay), EnergyDay.start_date.between(period.start, period.end))
    count, participants, eusew = session.execute(
        select(
            func.count(),
            func.coalesce(func.sum(EnergyDay.participants), 0),
            func.coalesce(func.sum(func.cast(EnergyDay.eusew_registered, Integer)), 0),
        ).where(in_period)
    ).one()
    audiences: Counter[str] = Counter()
    activities: Counter[str] = Counter()
    for aud, act in session.execute(
        select(EnergyDay.audiences, EnergyDay.activity_types).where(in_period)
    ):
        audiences.update(set(aud or ()))
        activities.update(set(act or ()))
    return EnergyDays(
        count=int(count),
        participants=int(participants),
        eusew_registered=int(eusew),
        by_audience=tuple(sorted((Count(k, v) for k, v in audiences.items()), key=_count_key)),
        by_activity=tuple(sorted((Count(k, v) for k, v in activities.items()), key=_count_key)),
    )


_PLAN_RANK = {
    PlanStatus.ACCEPTED.value: 5,
    PlanStatus.UNDER_ASSESSMENT.value: 4,
    PlanStatus.SUBMITTED.value: 3,
    PlanStatus.REVISION_REQUESTED.value: 2,
    PlanStatus.IN_PREPARATION.value: 1,
}


def plan_status_by_signatory(session: Session) -> dict[uuid.UUID, str]:
    """Each live signatory's most advanced plan status ("none" without a plan)."""
    best: dict[uuid.UUID, str] = {}
    for sid, status in session.execute(
        select(ActionPlan.signatory_id, ActionPlan.status).where(_live(ActionPlan))
    ):
        code = status.value
        if _PLAN_RANK[code] > _PLAN_RANK.get(best.get(sid, ""), 0):
            best[sid] = code
    return {
        sid: best.get(sid, NO_PLAN)
        for (sid,) in session.execute(select(Signatory.id).where(_live(Signatory)))
    }


def plan_due(adhesion: date, framework: str) -> date:
    """SEAP within 1 year of adhesion, SECAP (2030/2050) within 2 years."""
    years = 1 if framework == Framework.F2020.value else 2
    try:
        return adhesion.replace(year=adhesion.year + years)
    except ValueError:  # 29 February
        return adhesion.replace(year=adhesion.year + years, day=28)


def overdue_items(session: Session, as_of: date) -> list[OverdueItem]:
    """Plans and monitoring reports past their (extended) deadline and not submitted by `as_of`.

    Withdrawn signatories owe nothing; on-hold ones are listed because that is why they are
    on hold.
    """
    extensions: dict[tuple[uuid.UUID, str], date | None] = {}
    for sid, subject, until in session.execute(
        select(
            DeadlineExtension.signatory_id,
            DeadlineExtension.subject,
            func.max(DeadlineExtension.granted_until),
        )
        .where(_live(DeadlineExtension), DeadlineExtension.granted_until.is_not(None))
        .group_by(DeadlineExtension.signatory_id, DeadlineExtension.subject)
    ):
        extensions[(sid, subject.value)] = until
    submitted = set(
        session.scalars(
            select(ActionPlan.signatory_id)
            .where(
                _live(ActionPlan),
                ActionPlan.submission_date.is_not(None),
                ActionPlan.submission_date <= as_of,
            )
            .distinct()
        )
    )
    items: list[OverdueItem] = []
    live_owing = and_(_live(Signatory), Signatory.status != SignatoryStatus.WITHDRAWN)
    for sid, name, adhesion, framework in session.execute(
        select(Signatory.id, Signatory.name, Signatory.adhesion_date, Signatory.framework).where(
            live_owing, Signatory.adhesion_date.is_not(None)
        )
    ):
        if sid in submitted or adhesion is None:
            continue
        plan_deadline = _extended(
            plan_due(adhesion, framework.value), extensions.get((sid, ExtensionSubject.PLAN.value))
        )
        if plan_deadline < as_of:
            items.append(OverdueItem(sid, name, ExtensionSubject.PLAN.value, plan_deadline))
    for sid, name, due in session.execute(
        select(MonitoringReport.signatory_id, Signatory.name, MonitoringReport.due_date)
        .join(Signatory, Signatory.id == MonitoringReport.signatory_id)
        .where(
            live_owing,
            _live(MonitoringReport),
            MonitoringReport.due_date.is_not(None),
            or_(
                MonitoringReport.submission_date.is_(None),
                MonitoringReport.submission_date > as_of,
            ),
        )
    ):
        if due is None:
            continue
        mon_deadline = _extended(due, extensions.get((sid, ExtensionSubject.MONITORING.value)))
        if mon_deadline < as_of:
            items.append(OverdueItem(sid, name, ExtensionSubject.MONITORING.value, mon_deadline))
    items.sort(key=lambda i: (i.due, i.signatory, i.kind))
    return items


def _extended(due: date, until: date | None) -> date:
    return max(due, until) if until is not None else due


def reporting(session: Session, period: Period) -> Reporting:
    def count(model: Any, *where: ColumnElement[bool]) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(model)
                .join(Signatory, Signatory.id == model.signatory_id)
                .where(_live(model), _live(Signatory), *where)
            )
            or 0
        )

    plan_in = ActionPlan.submission_date.between(period.start, period.end)
    mon_in = MonitoringReport.submission_date.between(period.start, period.end)
    statuses = Counter(plan_status_by_signatory(session).values())
    overdue = overdue_items(session, period.end)
    return Reporting(
        plans_submitted=count(ActionPlan, plan_in),
        plans_accepted=count(
            ActionPlan,
            ActionPlan.status == PlanStatus.ACCEPTED,
            or_(
                ActionPlan.feedback_date.between(period.start, period.end),
                and_(ActionPlan.feedback_date.is_(None), plan_in),
            ),
        ),
        monitoring_submitted=count(MonitoringReport, mon_in),
        monitoring_accepted=count(
            MonitoringReport, MonitoringReport.status == MonitoringStatus.ACCEPTED, mon_in
        ),
        signatories_by_plan_status=tuple(
            sorted((Count(k, v) for k, v in statuses.items()), key=_count_key)
        ),
        overdue_plans=sum(1 for i in overdue if i.kind == ExtensionSubject.PLAN.value),
        overdue_monitoring=sum(1 for i in overdue if i.kind == ExtensionSubject.MONITORING.value),
    )


def key_figures(
    session: Session, period: Period, converter: EurConverter | None = None
) -> KeyFigures:
    promo = promotion(session, period)
    return KeyFigures(
        period=period,
        promotion=promo,
        assistance=assistance(session, period, promo.signatories),
        finance=finance(session, period, converter),
        energy_days=energy_days(session, period),
        reporting=reporting(session, period),
    )
