"""Detail rows behind the report's lists and annexes (the totals come from figures.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ...domain import kinds
from ...domain.models import (
    Coordinator,
    EnergyDay,
    EnergyDayOrganiser,
    FinancialSupport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from ..figures import EurConverter, plan_status_by_signatory
from ..live import live
from ..period import Period


@dataclass(frozen=True)
class Office:
    name: str
    local_name: str
    kind: str
    country: str
    region: str
    contact: str
    email: str


@dataclass(frozen=True)
class SignatoryRow:
    id: uuid.UUID
    name: str
    local_name: str
    country: str
    region: str
    population: int | None
    adhesion: date | None
    status: str
    plan_status: str
    activities: int
    finance_eur: Decimal
    energy_days: int


@dataclass(frozen=True)
class ActivityRow:
    day: date
    kind: str
    title: str
    staff_days: Decimal | None
    reached: int
    reaches_all: bool


@dataclass(frozen=True)
class FinanceRow:
    day: date | None
    signatory: str
    instrument: str
    source: str
    status: str
    amount: Decimal
    currency: str
    eur: Decimal | None


def office(session: Session) -> Office | None:
    row = session.scalars(
        select(Coordinator)
        .where(Coordinator.deleted_at.is_(None))
        .order_by(Coordinator.is_own_office.desc(), Coordinator.created_at)
        .limit(1)
    ).first()
    if row is None:
        return None
    return Office(
        row.name,
        row.local_name,
        row.kind.value,
        row.country,
        row.region,
        row.contact_person,
        row.email,
    )


def last_change(session: Session) -> datetime | None:
    """Latest stamp over the reported tables: "data as of" on the cover."""
    latest: datetime | None = None
    for model in (Signatory, SupportActivity, EnergyDay, FinancialSupport, Coordinator):
        value = session.scalar(select(func.max(model.updated_at)))
        if value is not None and (latest is None or value > latest):
            latest = value
    return latest


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return column.between(period.start, period.end)


def signatory_rows(
    session: Session, period: Period, converter: EurConverter, only: set[uuid.UUID] | None = None
) -> list[SignatoryRow]:
    acts = dict(
        session.execute(
            select(SupportActivitySignatory.signatory_id, func.count())
            .join(SupportActivity, SupportActivity.id == SupportActivitySignatory.activity_id)
            .where(
                live(SupportActivity),
                live(SupportActivitySignatory),
                _in(SupportActivity.activity_date, period),
            )
            .group_by(SupportActivitySignatory.signatory_id)
        ).all()
    )
    days = dict(
        session.execute(
            select(EnergyDayOrganiser.signatory_id, func.count())
            .join(EnergyDay, EnergyDay.id == EnergyDayOrganiser.energy_day_id)
            .where(live(EnergyDay), live(EnergyDayOrganiser), _in(EnergyDay.start_date, period))
            .group_by(EnergyDayOrganiser.signatory_id)
        ).all()
    )
    money: dict[uuid.UUID, Decimal] = {}
    for sid, currency, day, amount in session.execute(
        select(
            FinancialSupport.signatory_id,
            FinancialSupport.currency,
            FinancialSupport.decision_date,
            func.sum(FinancialSupport.amount),
        )
        .where(live(FinancialSupport), _in(FinancialSupport.decision_date, period))
        .group_by(
            FinancialSupport.signatory_id, FinancialSupport.currency, FinancialSupport.decision_date
        )
    ):
        eur = converter.to_eur(Decimal(str(amount)), currency, day)
        if eur is not None:
            money[sid] = money.get(sid, Decimal(0)) + eur
    plans = plan_status_by_signatory(session)
    stmt = (
        select(
            Signatory.id,
            Signatory.name,
            Signatory.local_name,
            Signatory.country,
            Signatory.region,
            Signatory.population,
            Signatory.adhesion_date,
            Signatory.status,
        )
        .where(live(Signatory))
        .order_by(Signatory.name, Signatory.id)
    )
    if only is not None:
        stmt = stmt.where(Signatory.id.in_(only))
    return [
        SignatoryRow(
            sid,
            name,
            local or "",
            country,
            region or "",
            population,
            adhesion,
            status.value,
            plans.get(sid, "none"),
            int(acts.get(sid, 0)),
            money.get(sid, Decimal(0)).quantize(Decimal("0.01")),
            int(days.get(sid, 0)),
        )
        for sid, name, local, country, region, population, adhesion, status in session.execute(stmt)
    ]


def activity_rows(session: Session, period: Period) -> list[ActivityRow]:
    reached = (
        select(func.count())
        .where(
            SupportActivitySignatory.activity_id == SupportActivity.id,
            live(SupportActivitySignatory),
        )
        .correlate(SupportActivity)
        .scalar_subquery()
    )
    return [
        ActivityRow(day, kind.value, title or "", staff, int(n or 0), bool(all_))
        for day, kind, title, staff, n, all_ in session.execute(
            select(
                SupportActivity.activity_date,
                SupportActivity.activity_type,
                SupportActivity.title,
                SupportActivity.staff_days,
                reached,
                SupportActivity.reaches_all,
            )
            .where(live(SupportActivity), _in(SupportActivity.activity_date, period))
            .order_by(SupportActivity.activity_date, SupportActivity.title, SupportActivity.id)
        )
    ]


def kind_rows(session: Session, kind_id: str, period: Period) -> list[dict[str, Any]]:
    """The period's live records of a kind, as {field: value} for the fields its spec
    shows in the report, in date then title order (selected by name: a new field with a
    report facet is in the table without touching this)."""
    kind = kinds.get(kind_id)
    model: Any = kind.model
    names = [f.name for f in kind.report_fields() if not f.computed and not kind.link(f.name)]
    assert kind.period_field is not None
    day = getattr(model, kind.period_field)
    order = [day, *([getattr(model, kind.title_field)] if kind.title_field else []), model.id]
    stmt = (
        select(*(getattr(model, n) for n in names))
        .where(live(model), _in(day, period))
        .order_by(*order)
    )
    return [dict(zip(names, row, strict=True)) for row in session.execute(stmt)]


def energy_day_rows(session: Session, period: Period) -> list[dict[str, Any]]:
    return kind_rows(session, "energy_day", period)


def finance_rows(
    session: Session,
    period: Period,
    converter: EurConverter,
    signatory_id: uuid.UUID | None = None,
) -> list[FinanceRow]:
    stmt = (
        select(
            FinancialSupport.decision_date,
            Signatory.name,
            FinancialSupport.instrument,
            FinancialSupport.source,
            FinancialSupport.status,
            FinancialSupport.amount,
            FinancialSupport.currency,
        )
        .join(Signatory, Signatory.id == FinancialSupport.signatory_id)
        .where(live(FinancialSupport), live(Signatory), _in(FinancialSupport.decision_date, period))
        .order_by(FinancialSupport.decision_date, Signatory.name, FinancialSupport.id)
    )
    if signatory_id is not None:
        stmt = stmt.where(FinancialSupport.signatory_id == signatory_id)
    rows = []
    for day, name, instrument, source, status, amount, currency in session.execute(stmt):
        eur = converter.to_eur(amount, currency, day)
        rows.append(
            FinanceRow(
                day,
                name,
                instrument.value,
                source.value,
                status.value,
                amount,
                currency,
                None if eur is None else eur.quantize(Decimal("0.01")),
            )
        )
    return rows
