"""Small read-only lookups the record forms need beside `records`: pickers and the profile.

Kept apart from services.records (owned by the records engineer) so the forms can grow their
needs without touching that module. Plain tuples out, no ORM objects.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.session import Database
from ..domain import models
from ..domain.enums import ServiceType
from .live import live


@dataclass(frozen=True, slots=True)
class SignatoryChoice:
    id: uuid.UUID
    name: str
    local_name: str
    country: str


@dataclass(frozen=True, slots=True)
class PlanChoice:
    id: uuid.UUID
    plan_type: str
    title: str
    submission_date: date | None


@dataclass(frozen=True, slots=True)
class ServiceRow:
    id: uuid.UUID
    service: ServiceType
    description: str
    valid_from: date | None
    valid_to: date | None


def signatory_choices(db: Database) -> list[SignatoryChoice]:
    """Every live signatory, by name: what a signatory picker offers."""
    s = models.Signatory
    query = select(s.id, s.name, s.local_name, s.country).where(live(s)).order_by(s.name, s.id)
    with db.session("gui") as session:
        return [SignatoryChoice(*row) for row in session.execute(query)]


def plan_choices(db: Database, signatory_id: uuid.UUID) -> list[PlanChoice]:
    p = models.ActionPlan
    query = (
        select(p.id, p.plan_type, p.title, p.submission_date)
        .where(p.signatory_id == signatory_id, live(p))
        .order_by(p.submission_date, p.created_at)
    )
    with db.session("gui") as session:
        return [PlanChoice(r[0], str(r[1]), r[2], r[3]) for r in session.execute(query)]


@dataclass(frozen=True, slots=True)
class ActionChoice:
    id: uuid.UUID
    action_code: str
    title: str


def action_choices(db: Database, signatory_id: uuid.UUID) -> list[ActionChoice]:
    """The signatory's live mitigation actions, for the finance that pays for one."""
    a = models.MitigationAction
    query = (
        select(a.id, a.action_code, a.title)
        .where(a.signatory_id == signatory_id, live(a))
        .order_by(a.action_code, a.title)
    )
    with db.session("gui") as session:
        return [ActionChoice(r[0], r[1], r[2]) for r in session.execute(query)]


def own_office(db: Database) -> uuid.UUID | None:
    """The coordinator this database belongs to (the first one marked so, else the first)."""
    c = models.Coordinator
    with db.session("gui") as session:
        own = session.scalar(
            select(c.id)
            .where(live(c))
            .order_by(c.is_own_office.desc(), c.created_at, c.id)
            .limit(1)
        )
    return own


def service_offers(db: Database, coordinator_id: uuid.UUID) -> list[ServiceRow]:
    o = models.ServiceOffer
    query = (
        select(o.id, o.service, o.description, o.valid_from, o.valid_to)
        .where(o.coordinator_id == coordinator_id, live(o))
        .order_by(o.service, o.created_at)
    )
    with db.session("gui") as session:
        return [ServiceRow(*row) for row in session.execute(query)]
