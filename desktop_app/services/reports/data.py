"""Detail rows behind the report's lists and annexes (the totals come from figures.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from ...domain import kinds, models
from ...domain.models import (
    AdaptationAction,
    Coordinator,
    EnergyDay,
    EnergyDayOrganiser,
    FinancialSupport,
    MitigationAction,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from ..figures import EurConverter, plan_status_by_signatory, provided
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


class Row(dict[str, Any]):
    """One record's values for a report table, keyed by field name (as in its kind spec);
    `row.name` reads `row["name"]`. Computed fields (EUR, plan status) are filled in here."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


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


def kind_rows(
    session: Session,
    kind_id: str | kinds.KindSpec,
    period: Period | None = None,
    *,
    also: tuple[str, ...] = (),
    where: tuple[Any, ...] = (),
    order: tuple[Any, ...] | None = None,
) -> list[Row]:
    """Live records of a kind as rows of the fields its spec shows in the report (plus
    `also`), selected by name: a field given a report facet is in the table without
    touching this. With a period, only records whose period date falls in it. A link field
    counts the live links; the signatory reference (its `signatory_id` key) holds the
    signatory's name, and the signatory must be live. Ordered by
    the period date, then the title, unless `order` is given."""
    kind = kinds.get(kind_id) if isinstance(kind_id, str) else kind_id
    model: Any = kind.model
    names = [f.name for f in kind.report_fields() if not f.computed]
    names = list(dict.fromkeys([*names, *also]))
    columns: list[Any] = []
    joined = False
    for name in names:
        link = kind.link(name)
        if link is not None:
            link_model: Any = getattr(models, link.model)
            columns.append(
                select(func.count())
                .where(getattr(link_model, link.parent_fk) == model.id, live(link_model))
                .correlate(model)
                .scalar_subquery()
            )
        elif name == kind.signatory_field:
            columns.append(Signatory.name)
            joined = True
        else:
            columns.append(getattr(model, name))
    stmt = select(*columns).where(live(model), *where)
    if joined:
        ref = getattr(model, str(kind.signatory_field))
        stmt = stmt.join(Signatory, Signatory.id == ref).where(live(Signatory))
    if period is not None and kind.period_field:
        stmt = stmt.where(_in(getattr(model, kind.period_field), period))
    if order is None:
        day = [getattr(model, kind.period_field)] if kind.period_field else []
        title = [getattr(model, kind.title_field)] if kind.title_field else []
        order = (*day, *title, model.id)
    return [Row(zip(names, r, strict=True)) for r in session.execute(stmt.order_by(*order))]


def signatory_rows(
    session: Session, period: Period, converter: EurConverter, only: set[uuid.UUID] | None = None
) -> list[Row]:
    """Every live signatory (not only the period's) with the period's activities, finance
    in EUR and Energy Days it took part in, and its plan status."""
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
        .where(
            live(FinancialSupport),
            provided(FinancialSupport.status),
            _in(FinancialSupport.decision_date, period),
        )
        .group_by(
            FinancialSupport.signatory_id, FinancialSupport.currency, FinancialSupport.decision_date
        )
    ):
        eur = converter.to_eur(Decimal(str(amount)), currency, day)
        if eur is not None:
            money[sid] = money.get(sid, Decimal(0)) + eur
    plans = plan_status_by_signatory(session)
    where = () if only is None else (Signatory.id.in_(only),)
    rows = kind_rows(
        session,
        "signatory",
        also=("id", "country", "region", "population"),
        where=where,
        order=(Signatory.name, Signatory.id),
    )
    for row in rows:
        sid = row.id
        row.update(
            local_name=row.local_name or "",
            region=row.region or "",
            status=row.status.value,
            plan_status=plans.get(sid, "none"),
            activities=int(acts.get(sid, 0)),
            finance_eur=money.get(sid, Decimal(0)).quantize(Decimal("0.01")),
            energy_days=int(days.get(sid, 0)),
        )
    return rows


def activity_rows(session: Session, period: Period) -> list[Row]:
    return kind_rows(session, "support_activity", period, also=("reaches_all",))


def energy_day_rows(session: Session, period: Period) -> list[Row]:
    return kind_rows(session, "energy_day", period)


def action_rows(session: Session) -> tuple[list[Row], list[Row]]:
    """Every live mitigation and adaptation action of a live signatory (not only the
    period's: a plan's actions are what it contains), ordered by signatory, each with the
    currency of its cost and its signatory's id ("group") and country."""
    out = []
    for model, kind, order in (
        (MitigationAction, "mitigation_action", (MitigationAction.action_code,)),
        (AdaptationAction, "adaptation_action", ()),
    ):
        m: Any = model
        rows = kind_rows(
            session,
            kind,
            also=("id", "currency"),
            order=(Signatory.name, Signatory.id, *order, m.title, m.id),
        )
        whose = {
            rid: (sid, country)
            for rid, sid, country in session.execute(
                select(m.id, Signatory.id, Signatory.country)
                .join(Signatory, Signatory.id == m.signatory_id)
                .where(live(m), live(Signatory))
            )
        }
        for row in rows:
            row["group"], row["country"] = whose[row.id]
        out.append(rows)
    return out[0], out[1]


def finance_rows(
    session: Session,
    period: Period,
    converter: EurConverter,
    signatory_id: uuid.UUID | None = None,
) -> list[Row]:
    """The period's financing records with their EUR equivalent (None: no rate)."""
    f = FinancialSupport
    where = () if signatory_id is None else (f.signatory_id == signatory_id,)
    rows = kind_rows(
        session,
        "financial_support",
        period,
        also=("currency",),
        where=where,
        order=(f.decision_date, Signatory.name, f.id),
    )
    for row in rows:
        eur = converter.to_eur(row.amount, row.currency, row.decision_date)
        row["amount_eur"] = None if eur is None else eur.quantize(Decimal("0.01"))
    return rows
