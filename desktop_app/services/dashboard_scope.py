"""The records behind each dashboard figure, light and bar: what a click opens.

A figure says "3 plans submitted"; clicking it must list those three, not every plan. Each
target here selects exactly the records its number counts, with the same conditions as
services/dashboard.py (live records, of live signatories, the same dates and statuses;
"provided" from figures.provided), and tests/qt/test_dashboard_scope.py checks that the
count of ids equals the number on screen. The list page shows the ids through its scope
filter, with a line saying what they are and "Show all records".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import String, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain.enums import SignatoryStatus
from ..domain.models import (
    ActionPlan,
    EnergyDay,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
)
from ..domain.rules.commitments import window_start
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .eur import of_live_signatory
from .figures import provided
from .live import live
from .period import Period


@dataclass(frozen=True)
class Scope:
    section: str
    """The main-window section listing them."""
    kind: str
    """Their record kind (the tab, in a section with tabs)."""
    ids: tuple[uuid.UUID, ...]


def _ids(session: Session, model: Any, *where: Any) -> tuple[uuid.UUID, ...]:
    rows = session.scalars(select(model.id).where(live(model), *where)).all()
    return tuple(r if isinstance(r, uuid.UUID) else uuid.UUID(str(r)) for r in rows)


def _finance(session: Session, start: date, end: date) -> tuple[uuid.UUID, ...]:
    day = FinancialSupport.decision_date
    return _ids(
        session,
        FinancialSupport,
        of_live_signatory(FinancialSupport.signatory_id),
        provided(FinancialSupport.status),
        day >= start,
        day <= end,
    )


def figure_scope(db: Database, key: str, period: Period) -> Scope:
    """The records a key figure counts in the current period (dashboard.FIGURE_KEYS)."""
    with db.session("dashboard") as s:
        status = type_coerce(Signatory.status, String)
        adhesion = Signatory.adhesion_date
        if key == "signatories":
            ids = _ids(
                s,
                Signatory,
                status != SignatoryStatus.WITHDRAWN.value,
                or_(adhesion.is_(None), adhesion <= period.end),
            )
            return Scope("signatories", "signatory", ids)
        if key == "new_adhesions":
            ids = _ids(s, Signatory, adhesion.between(period.start, period.end))
            return Scope("signatories", "signatory", ids)
        if key == "activities":
            day = SupportActivity.activity_date
            return Scope(
                "assistance",
                "support_activity",
                _ids(s, SupportActivity, day.between(period.start, period.end)),
            )
        if key == "finance_eur":
            return Scope("finance", "financial_support", _finance(s, period.start, period.end))
        if key == "energy_days":
            day = EnergyDay.start_date
            return Scope(
                "energy_days",
                "energy_day",
                _ids(s, EnergyDay, day.between(period.start, period.end)),
            )
        plans: dict[str, tuple[Any, str]] = {
            "plans_submitted": (ActionPlan, "action_plan"),
            "monitoring_submitted": (MonitoringReport, "monitoring_report"),
        }
        model, kind = plans[key]
        ids = _ids(
            s,
            model,
            model.submission_date.between(period.start, period.end),
            of_live_signatory(model.signatory_id),
        )
        return Scope("plans", kind, ids)


def finance_light_scope(
    db: Database, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> Scope:
    """The decisions the financial-support light counts: provided in the health window."""
    with db.session("dashboard") as s:
        start = window_start(today, settings.health_window_months)
        return Scope("finance", "financial_support", _finance(s, start, today))


def finance_year_scope(db: Database, year: int, period: Period) -> Scope:
    """A bar of "Financial support by year": provided that year, up to the period's end."""
    with db.session("dashboard") as s:
        end = min(date(year, 12, 31), period.end)
        return Scope("finance", "financial_support", _finance(s, date(year, 1, 1), end))


def activity_month_scope(db: Database, first: date) -> Scope:
    """A bar of "Assistance activities by month"."""
    nxt = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    with db.session("dashboard") as s:
        day = SupportActivity.activity_date
        ids = _ids(s, SupportActivity, and_(day >= first, day < nxt))
        return Scope("assistance", "support_activity", ids)


def plan_status_scope(db: Database, code: str) -> Scope:
    """A bar of "Signatories by plan status": live signatories whose best plan is `code`."""
    from .figures import plan_status_by_signatory

    with db.session("dashboard") as s:
        best = plan_status_by_signatory(s)
    ids = tuple(sid for sid, status in best.items() if status == code)
    return Scope("signatories", "signatory", ids)
