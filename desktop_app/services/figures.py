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

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    distinct,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from ..domain.enums import FinanceStatus, MonitoringStatus, PlanStatus, SignatoryStatus
from ..domain.models import (
    ActionPlan,
    EnergyDay,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .eur import EurConverter, of_live_signatory, rate_groups
from .live import live
from .overdue import NO_PLAN, PLAN_RANK, OverdueItem, overdue_items, signatory_tallies
from .period import Period

__all__ = [
    "NO_PLAN",
    "PROVIDED_STATUSES",
    "EurConverter",
    "OverdueItem",
    "overdue_items",
    "provided",
]

ZERO = Decimal("0")


PROVIDED_STATUSES = (FinanceStatus.APPROVED.value, FinanceStatus.DISBURSED.value)
""""Financial support provided" counts these decisions only (docs/rules.md): an application
still awaiting a decision, or a rejected one, is support the office did not provide."""


def provided(status_column: Any = None) -> ColumnElement[bool]:
    """The one SQL test for "provided", used by every output and by the list the dashboard
    opens, so what a figure counts and what a click shows cannot drift apart."""
    column = FinancialSupport.status if status_column is None else status_column
    return type_coerce(column, String).in_(PROVIDED_STATUSES)


@dataclass(frozen=True)
class Unconverted:
    currency: str
    on: date | None
    amount: Decimal
    records: int
    status: str = ""
    """The finance status of these records: only approved and disbursed ones are missing
    from the "provided" total; rejected and pending ones from their own figures."""


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
    """Support provided (approved or disbursed, decided in the period), rejections decided
    in the period, and applications still awaiting a decision, each its own figure."""

    records: int
    """Decisions in the period: provided + rejected (an application is not a decision)."""
    provided_records: int
    provided_eur: Decimal
    disbursed_eur: Decimal
    """Paid out on the provided decisions of the period, at the decision date's rate."""
    rejected_records: int
    rejected_eur: Decimal
    pending_records: int
    """Applications awaiting a decision (status Applied), whatever their dates."""
    pending_eur: Decimal
    """At the rate on or before the period's last day (a pending amount has no decision
    date to take a rate from)."""
    by_instrument: tuple[MoneyLine, ...]
    """Support provided, by instrument."""
    by_source: tuple[MoneyLine, ...]
    """Support provided, by source."""
    by_status: tuple[MoneyLine, ...]
    """Every status: approved, disbursed and rejected in the period, applied pending."""
    original: tuple[tuple[str, Decimal], ...]
    """Support provided in the currencies as recorded, so a reader can check the conversion."""
    unconverted: tuple[Unconverted, ...]
    """Amounts with no rate for their currency and date: listed, never dropped or guessed."""

    @property
    def total_eur(self) -> Decimal:
        """Old name of `provided_eur` (it always meant "financial support")."""
        return self.provided_eur

    @property
    def provided_unconverted(self) -> int:
        """Provided records missing from `provided_eur` for lack of a rate."""
        return sum(u.records for u in self.unconverted if u.status in PROVIDED_STATUSES)


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


def _count_key(c: Count) -> tuple[int, str]:
    return (-c.count, c.code)


def promotion(session: Session, period: Period) -> Promotion:
    """One grouped pass over the live signatories (ix_signatory_live covers it)."""
    adhesion, changed = Signatory.adhesion_date, Signatory.status_date
    in_territory = or_(adhesion.is_(None), adhesion <= period.end)
    flags = (
        case((in_territory, 1), else_=0)
        + case((adhesion.between(period.start, period.end), 2), else_=0)
        + case((changed.between(period.start, period.end), 4), else_=0)
    )
    status = type_coerce(Signatory.status, String)
    by_status: Counter[str] = Counter()
    by_country: Counter[str] = Counter()
    changes: Counter[str] = Counter()
    total = new = 0
    for code, country, flag, n in session.execute(
        select(status, Signatory.country, flags, func.count())
        .where(live(Signatory))
        .group_by(status, Signatory.country, flags)
    ):
        if flag & 1:
            by_status[code] += n
            by_country[str(country)] += n
            if code != SignatoryStatus.WITHDRAWN.value:
                total += n
        if flag & 2:
            new += n
        if flag & 4:
            changes[code] += n
    return Promotion(
        signatories=total,
        by_status=_tally(by_status),
        by_country=_tally(by_country),
        new_adhesions=new,
        status_changes=_tally(changes),
    )


def _tally(counter: Counter[str]) -> tuple[Count, ...]:
    return tuple(sorted((Count(k, v) for k, v in counter.items() if v), key=_count_key))


def assistance(session: Session, period: Period, signatories_total: int) -> Assistance:
    in_period = and_(
        live(SupportActivity), SupportActivity.activity_date.between(period.start, period.end)
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
                .where(in_period, live(SupportActivitySignatory), live(Signatory))
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
    """Totals by decision date, in EUR by the rounding rule of services/eur.py: amounts of
    one instrument, source, status and currency that share a rate are converted together.
    Applications awaiting a decision have no decision to date them: all live ones count,
    at the rate of the period's last day."""
    converter = converter or EurConverter.load(session)
    instrument = type_coerce(FinancialSupport.instrument, String)
    source = type_coerce(FinancialSupport.source, String)
    status = type_coerce(FinancialSupport.status, String)
    alive = (live(FinancialSupport), of_live_signatory(FinancialSupport.signatory_id))
    rows = rate_groups(
        session,
        converter,
        (instrument, source, status),
        (
            *alive,
            status != FinanceStatus.APPLIED.value,
            FinancialSupport.decision_date.between(period.start, period.end),
        ),
        (
            func.count(),
            func.sum(FinancialSupport.amount),
            func.coalesce(func.sum(FinancialSupport.disbursed_amount), 0),
        ),
    )
    by: dict[str, dict[str, list[Any]]] = {"instrument": {}, "source": {}, "status": {}}
    original: dict[str, Decimal] = {}
    missing: dict[tuple[str, str, date | None], list[Any]] = {}
    count = {"provided": 0, "rejected": 0, "pending": 0}
    eur_sum = {"provided": ZERO, "rejected": ZERO, "pending": ZERO}
    disbursed = ZERO

    def add_missing(code: str, currency: str, day: date | None, amount: Decimal, n: int) -> None:
        slot = missing.setdefault((code, currency, day), [ZERO, 0])
        slot[0] += amount
        slot[1] += n

    def add_status(code: str, n: int, eur: Decimal) -> None:
        acc = by["status"].setdefault(code, [0, ZERO])
        acc[0] += n
        acc[1] += eur

    for instrument_code, source_code, status_code, currency, day, n, amount, paid in rows:
        amount, paid = Decimal(str(amount)), Decimal(str(paid))
        is_provided = status_code in PROVIDED_STATUSES
        figure = "provided" if is_provided else "rejected"
        count[figure] += n
        if is_provided:
            original[currency] = original.get(currency, ZERO) + amount
        eur = converter.to_eur(amount, currency, day)
        if eur is None:
            add_missing(str(status_code), currency, day, amount, n)
            continue
        eur_sum[figure] += eur
        add_status(str(status_code), n, eur)
        if not is_provided:
            continue
        disbursed += converter.to_eur(paid, currency, day) or ZERO
        for key, code in (("instrument", instrument_code), ("source", source_code)):
            acc = by[key].setdefault(str(code), [0, ZERO])
            acc[0] += n
            acc[1] += eur
    applied = FinanceStatus.APPLIED.value
    for currency, n, amount in session.execute(
        select(FinancialSupport.currency, func.count(), func.sum(FinancialSupport.amount))
        .where(*alive, status == applied)
        .group_by(FinancialSupport.currency)
    ):
        amount = Decimal(str(amount))
        count["pending"] += n
        eur = converter.to_eur(amount, currency, period.end)
        if eur is None:
            add_missing(applied, currency, period.end, amount, n)
            continue
        eur_sum["pending"] += eur
        add_status(applied, n, eur)

    def lines(key: str) -> tuple[MoneyLine, ...]:
        items = (MoneyLine(c, n, _cents(e)) for c, (n, e) in by[key].items())
        return tuple(sorted(items, key=lambda m: (-m.eur, m.code)))

    return Finance(
        records=count["provided"] + count["rejected"],
        provided_records=count["provided"],
        provided_eur=_cents(eur_sum["provided"]),
        disbursed_eur=_cents(disbursed),
        rejected_records=count["rejected"],
        rejected_eur=_cents(eur_sum["rejected"]),
        pending_records=count["pending"],
        pending_eur=_cents(eur_sum["pending"]),
        by_instrument=lines("instrument"),
        by_source=lines("source"),
        by_status=lines("status"),
        original=tuple(sorted((c, _cents(a)) for c, a in original.items())),
        unconverted=tuple(
            Unconverted(c, d, _cents(a), n, code)
            for (code, c, d), (a, n) in sorted(
                missing.items(), key=lambda kv: (kv[0][1], kv[0][2] or date.min, kv[0][0])
            )
        ),
    )


def _cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def energy_days(session: Session, period: Period) -> EnergyDays:
    in_period = and_(live(EnergyDay), EnergyDay.start_date.between(period.start, period.end))
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


def plan_status_by_signatory(session: Session) -> dict[uuid.UUID, str]:
    """Each live signatory's most advanced plan status ("none" without a plan)."""
    best: dict[uuid.UUID, str] = {}
    for sid, status in session.execute(
        select(ActionPlan.signatory_id, ActionPlan.status).where(live(ActionPlan))
    ):
        code = status.value
        if PLAN_RANK[code] > PLAN_RANK.get(best.get(sid, ""), 0):
            best[sid] = code
    return {
        sid: best.get(sid, NO_PLAN)
        for (sid,) in session.execute(select(Signatory.id).where(live(Signatory)))
    }


def reporting(
    session: Session, period: Period, settings: RuleSettings = DEFAULT_SETTINGS
) -> Reporting:
    """Overdue counts are those of the deadline rules on the last day of the period
    (services/overdue.py), the same the dashboard and the deadlines list give that day."""

    def count(model: Any, *where: ColumnElement[bool]) -> int:
        return int(
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(live(model), of_live_signatory(model.signatory_id), *where)
            )
            or 0
        )

    plan_in = ActionPlan.submission_date.between(period.start, period.end)
    mon_in = MonitoringReport.submission_date.between(period.start, period.end)
    tallies = signatory_tallies(session, period.end, settings)
    overdue = tallies.overdue
    return Reporting(
        plans_submitted=count(ActionPlan, plan_in),
        plans_accepted=count(
            ActionPlan,
            type_coerce(ActionPlan.status, String) == PlanStatus.ACCEPTED.value,
            or_(
                ActionPlan.feedback_date.between(period.start, period.end),
                and_(ActionPlan.feedback_date.is_(None), plan_in),
            ),
        ),
        monitoring_submitted=count(MonitoringReport, mon_in),
        monitoring_accepted=count(
            MonitoringReport,
            type_coerce(MonitoringReport.status, String) == MonitoringStatus.ACCEPTED.value,
            mon_in,
        ),
        signatories_by_plan_status=_tally(Counter(tallies.plan_status)),
        overdue_plans=overdue["plans_overdue_seap"]
        + overdue["plans_overdue_secap"]
        + overdue["late_after_extension"],
        overdue_monitoring=overdue["monitoring_overdue"],
    )


def key_figures(
    session: Session,
    period: Period,
    converter: EurConverter | None = None,
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> KeyFigures:
    promo = promotion(session, period)
    return KeyFigures(
        period=period,
        promotion=promo,
        assistance=assistance(session, period, promo.signatories),
        finance=finance(session, period, converter),
        energy_days=energy_days(session, period),
        reporting=reporting(session, period, settings),
    )
