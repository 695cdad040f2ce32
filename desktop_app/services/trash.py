"""Read-only views across kinds: what is in the Trash, and what belongs to one signatory.

Both are one small query per kind with the signatory name joined in, returning display-ready
rows (labels translated here, through QtCore only) so pages just paint them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select

from ..date_text import format_date
from ..db.session import Database
from ..domain import kinds, models
from ..domain.kinds import hints
from ..i18n import label
from ..number_text import format_decimal, format_money
from .live import live


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
    others: dict[str, tuple[RelatedRow, ...]] = field(default_factory=dict)
    """Rows of the other kinds with a related tab (a plan's contents, inventories), by the
    kind's plural, named from the spec's `describe` fields as the Trash names them."""

    def __getattr__(self, name: str) -> tuple[RelatedRow, ...]:
        others = object.__getattribute__(self, "others")
        if name in others:
            return others[name]  # type: ignore[no-any-return]
        raise AttributeError(name)

    def all(self) -> tuple[RelatedRow, ...]:
        extra = tuple(r for rows in self.others.values() for r in rows)
        return (
            self.plans
            + self.monitoring
            + self.extensions
            + self.assistance
            + self.finance
            + self.energy_days
            + extra
        )


_FIXED = ("plans", "monitoring", "extensions", "assistance", "finance", "energy_days")


def _others(s: Any, signatory_id: uuid.UUID) -> dict[str, tuple[RelatedRow, ...]]:
    """Every other kind with a related tab that belongs to one signatory, from its spec."""
    out: dict[str, tuple[RelatedRow, ...]] = {}
    for kind in kinds.KINDS.values():
        if not kind.related_title or kind.plural in _FIXED or not kind.signatory_field:
            continue
        model: Any = kind.model
        columns, joins, describe = _describer(kind)
        query = select(model.id, *columns).where(
            getattr(model, kind.signatory_field) == signatory_id, live(model)
        )
        for target, on in joins:
            query = query.outerjoin(target, on)
        query = query.order_by(model.created_at)
        out[kind.plural] = tuple(
            RelatedRow(kind.id, row.id, None, describe(row), "") for row in s.execute(query)
        )
    return out


def _join(*parts: Any) -> str:
    return " \u2014 ".join(str(p) for p in parts if p not in (None, ""))


def _money(amount: Decimal | None, currency: str) -> str:
    if amount is None:
        return ""
    return format_money(amount, currency)  # exact: never through a float


def _plain_number(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value, None)  # 3.8, not 3.80000000


def _day(value: date | None) -> str:
    return format_date(value)  # the language's one date format, as the Trash page shows


S = models.Signatory


def _describer(kind: kinds.KindSpec) -> tuple[list[Any], list[Any], Any]:
    """What the Trash selects for a kind and how it names a row, from the spec's `describe`
    fields: codes become labels, dates the language's format, an amount takes its currency, and a
    signatory or coordinator reference its name (joined)."""
    model: Any = kind.model
    columns: list[Any] = []
    joins: list[Any] = []
    parts: list[Any] = []
    for name in kind.describe:
        spec = kind.field(name)
        hint = hints.widget(kind, spec)
        key = f"d_{name}"
        if hint == "signatory":
            columns.append(S.name.label(key))
            joins.append((S, S.id == getattr(model, name)))
            parts.append(lambda r, k=key: getattr(r, k))
            continue
        if hint == "ref":
            target = models.Coordinator
            columns.append(target.name.label(key))
            joins.append((target, target.id == getattr(model, name)))
            parts.append(lambda r, k=key: getattr(r, k))
            continue
        columns.append(getattr(model, name).label(key))
        if hint == "enum":
            parts.append(lambda r, k=key: label(getattr(r, k)))
        elif hint == "date":
            parts.append(lambda r, k=key: _day(getattr(r, k)))
        elif hint == "money":
            columns.append(model.currency.label("d__currency"))
            parts.append(lambda r, k=key: _money(getattr(r, k), r.d__currency))
        elif hint == "decimal":
            parts.append(lambda r, k=key: _plain_number(getattr(r, k)))
        else:
            parts.append(lambda r, k=key: getattr(r, k))
    return columns, joins, lambda r: _join(*(part(r) for part in parts))


def trash_rows(db: Database) -> list[TrashRow]:
    """Everything in the Trash, newest deletion first."""
    out: list[TrashRow] = []
    with db.session() as s:
        for kind in kinds.KINDS.values():
            model: Any = kind.model
            columns, joins, describe = _describer(kind)
            query = select(model.id, model.deleted_at, model.updated_by, *columns).where(
                model.deleted_at.is_not(None)
            )
            for target, on in joins:
                query = query.outerjoin(target, on)
            for row in s.execute(query):
                out.append(TrashRow(kind.id, row.id, describe(row), row.deleted_at, row.updated_by))
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
                .where(plan.signatory_id == signatory_id, live(plan))
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
                .where(mon.signatory_id == signatory_id, live(mon))
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
                .where(ext.signatory_id == signatory_id, live(ext))
                .order_by(ext.request_date, ext.created_at)
            ).scalars()
        )
        reached = select(link.activity_id).where(link.signatory_id == signatory_id, live(link))
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
                .where(live(act), or_(act.id.in_(reached), act.reaches_all.is_(True)))
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
                .where(fin.signatory_id == signatory_id, live(fin))
                .order_by(fin.decision_date, fin.created_at)
            ).scalars()
        )
        organised = select(org.energy_day_id).where(org.signatory_id == signatory_id, live(org))
        energy_days = tuple(
            RelatedRow("energy_day", r.id, r.start_date, r.title, "")
            for r in s.execute(
                select(day)
                .where(live(day), day.id.in_(organised))
                .order_by(day.start_date, day.created_at)
            ).scalars()
        )
        others = _others(s, signatory_id)
    return Related(plans, monitoring, extensions, assistance, finance, energy_days, others)
