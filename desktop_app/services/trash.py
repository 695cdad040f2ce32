"""Read-only views across kinds: what is in the Trash, and what belongs to one signatory.

Both are one small query per kind with the signatory name joined in, returning display-ready
rows (labels translated here, through QtCore only) so pages just paint them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from ..db.session import Database
from ..domain import models
from ..i18n import label, locale
from .record_kinds import KINDS


@dataclass(frozen=True, slots=True)
class TrashRow:
    kind: str
    id: uuid.UUID
    name: str
    deleted_at: datetime
    deleted_by: str


@dataclass(frozen=True, slots=True)
class RelatedRow:
    kind: str
    id: uuid.UUID
    day: date | None
    text: str
    status: str


@dataclass(frozen=True)
class Related:
    plans: tuple[RelatedRow, ...]
    monitoring: tuple[RelatedRow, ...]
    extensions: tuple[RelatedRow, ...]
    assistance: tuple[RelatedRow, ...]
    finance: tuple[RelatedRow, ...]
    energy_days: tuple[RelatedRow, ...]

    def all(self) -> tuple[RelatedRow, ...]:
        return (
            self.plans
            + self.monitoring
            + self.extensions
            + self.assistance
            + self.finance
            + self.energy_days
        )


def _join(*parts: Any) -> str:
    return " \u2014 ".join(str(p) for p in parts if p not in (None, ""))


def _money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    return f"{locale().toString(float(amount), 'f', 2)} {currency}"


def _day(value: date | None) -> str:
    return "" if value is None else value.isoformat()


S = models.Signatory

# kind -> (columns to select, how to name a row); signatory name is joined where there is one
_DESCRIBE: dict[str, tuple[tuple[Any, ...], Any]] = {
    "coordinator": ((models.Coordinator.name,), lambda r: r.name),
    "service_offer": (
        (models.ServiceOffer.service, models.Coordinator.name.label("coordinator")),
        lambda r: _join(r.coordinator, label(r.service)),
    ),
    "signatory": ((S.name, S.local_name), lambda r: _join(r.name, r.local_name)),
    "action_plan": (
        (S.name, models.ActionPlan.plan_type, models.ActionPlan.title),
        lambda r: _join(r.name, label(r.plan_type), r.title),
    ),
    "monitoring_report": (
        (S.name, models.MonitoringReport.reporting_type, models.MonitoringReport.inventory_year),
        lambda r: _join(r.name, label(r.reporting_type), r.inventory_year),
    ),
    "deadline_extension": (
        (S.name, models.DeadlineExtension.subject, models.DeadlineExtension.granted_until),
        lambda r: _join(r.name, label(r.subject), _day(r.granted_until)),
    ),
    "support_activity": (
        (
            models.SupportActivity.title,
            models.SupportActivity.activity_type,
            models.SupportActivity.activity_date,
        ),
        lambda r: _join(_day(r.activity_date), label(r.activity_type), r.title),
    ),
    "financial_support": (
        (
            S.name,
            models.FinancialSupport.instrument,
            models.FinancialSupport.amount,
            models.FinancialSupport.currency,
        ),
        lambda r: _join(r.name, label(r.instrument), _money(r.amount, r.currency)),
    ),
    "energy_day": (
        (models.EnergyDay.title, models.EnergyDay.start_date),
        lambda r: _join(_day(r.start_date), r.title),
    ),
    "exchange_rate": (
        (
            models.ExchangeRate.currency,
            models.ExchangeRate.rate_date,
            models.ExchangeRate.units_per_eur,
        ),
        lambda r: _join(r.currency, _day(r.rate_date), format(r.units_per_eur, "f")),
    ),
}


def trash_rows(db: Database) -> list[TrashRow]:
    """Everything in the Trash, newest deletion first."""
    out: list[TrashRow] = []
    with db.session() as s:
        for kind_id, (columns, describe) in _DESCRIBE.items():
            k = KINDS[kind_id]
            model: Any = k.model
            query = select(model.id, model.deleted_at, model.updated_by, *columns).where(
                model.deleted_at.is_not(None)
            )
            if k.signatory_field:
                query = query.outerjoin(S, S.id == getattr(model, k.signatory_field))
            elif kind_id == "service_offer":
                query = query.outerjoin(
                    models.Coordinator, models.Coordinator.id == models.ServiceOffer.coordinator_id
                )
            for row in s.execute(query):
                out.append(TrashRow(kind_id, row.id, describe(row), row.deleted_at, row.updated_by))
    out.sort(key=lambda r: r.deleted_at, reverse=True)
    return out


def related(db: Database, signatory_id: uuid.UUID) -> Related:
    """A signatory's plans, reports, extensions, assistance, finance and Energy Days (live)."""
    plan = models.ActionPlan
    mon = models.MonitoringReport
    ext = models.DeadlineExtension
    act = models.SupportActivity
    link = models.SupportActivitySignatory
    fin = models.FinancialSupport
    day = models.EnergyDay
    org = models.EnergyDayOrganiser
    with db.session() as s:
        plans = tuple(
            RelatedRow(
                "action_plan",
                r.id,
                r.submission_date,
                _join(label(r.plan_type), r.title),
                label(r.status),
            )
            for r in s.execute(
                select(plan)
                .where(plan.signatory_id == signatory_id, plan.deleted_at.is_(None))
                .order_by(plan.submission_date, plan.created_at)
            ).scalars()
        )
        monitoring = tuple(
            RelatedRow(
                "monitoring_report",
                r.id,
                r.submission_date or r.due_date,
                _join(label(r.reporting_type), r.inventory_year),
                label(r.status),
            )
            for r in s.execute(
                select(mon)
                .where(mon.signatory_id == signatory_id, mon.deleted_at.is_(None))
                .order_by(mon.due_date, mon.created_at)
            ).scalars()
        )
        extensions = tuple(
            RelatedRow(
                "deadline_extension",
                r.id,
                r.request_date,
                _join(label(r.subject), _day(r.granted_until)),
                label(r.requested_by),
            )
            for r in s.execute(
                select(ext)
                .where(ext.signatory_id == signatory_id, ext.deleted_at.is_(None))
                .order_by(ext.request_date, ext.created_at)
            ).scalars()
        )
        reached = select(link.activity_id).where(
            link.signatory_id == signatory_id, link.deleted_at.is_(None)
        )
        assistance = tuple(
            RelatedRow(
                "support_activity",
                r.id,
                r.activity_date,
                _join(label(r.activity_type), r.title),
                "",
            )
            for r in s.execute(
                select(act)
                .where(
                    act.deleted_at.is_(None), or_(act.id.in_(reached), act.reaches_all.is_(True))
                )
                .order_by(act.activity_date, act.created_at)
            ).scalars()
        )
        finance = tuple(
            RelatedRow(
                "financial_support",
                r.id,
                r.decision_date,
                _join(label(r.instrument), _money(r.amount, r.currency), r.funder_name),
                label(r.status),
            )
            for r in s.execute(
                select(fin)
                .where(fin.signatory_id == signatory_id, fin.deleted_at.is_(None))
                .order_by(fin.decision_date, fin.created_at)
            ).scalars()
        )
        organised = select(org.energy_day_id).where(
            org.signatory_id == signatory_id, org.deleted_at.is_(None)
        )
        energy_days = tuple(
            RelatedRow("energy_day", r.id, r.start_date, r.title, "")
            for r in s.execute(
                select(day)
                .where(day.deleted_at.is_(None), day.id.in_(organised))
                .order_by(day.start_date, day.created_at)
            ).scalars()
        )
    return Related(plans, monitoring, extensions, assistance, finance, energy_days)
