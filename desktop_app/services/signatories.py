"""Reading signatories for lists: plain rows, so no ORM object (or session) leaves here.

Lists select only the columns they show, through Core, because building 20,000 ORM
entities just to paint a table costs more than the query itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..db.session import Database
from ..domain.enums import Framework, SignatoryStatus
from ..domain.models import Signatory
from .live import live


@dataclass(frozen=True, slots=True)
class SignatoryRow:
    """One line of the signatories list; codes stay codes, the UI translates them."""

    id: uuid.UUID
    name: str
    local_name: str
    country: str
    region: str
    population: int | None
    adhesion_date: date | None
    framework: Framework
    status: SignatoryStatus


_COLUMNS = (
    Signatory.id,
    Signatory.name,
    Signatory.local_name,
    Signatory.country,
    Signatory.region,
    Signatory.population,
    Signatory.adhesion_date,
    Signatory.framework,
    Signatory.status,
)


def list_signatories(
    db: Database,
    *,
    include_deleted: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[SignatoryRow]:
    """Signatories ordered by name (then id, so paging is stable when names repeat)."""
    query = select(*_COLUMNS).order_by(Signatory.name, Signatory.id)
    if not include_deleted:
        query = query.where(live(Signatory))
    if offset:
        query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session("gui") as session:
        result = session.execute(query)
        return [SignatoryRow(*row) for row in result]


def count_signatories(db: Database, *, include_deleted: bool = False) -> int:
    query = select(func.count()).select_from(Signatory)
    if not include_deleted:
        query = query.where(live(Signatory))
    with db.session("gui") as session:
        return int(session.execute(query).scalar_one())
