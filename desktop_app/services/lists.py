"""The rows behind every list page: one Core query per list, signatory names joined in.

Twenty thousand signatories or a hundred thousand finance lines must open in well under a
second, so lists select only what they show as plain tuples (no ORM entities, no lazy
loads, no query per row). Column descriptions live here, Qt-free, so the table models, the
benchmarks and the tests agree on what each position in a row means.

Importing this module loads no ORM: the signatories list (the first screen at start-up)
reads a Core `table()` from db.light_tables, and the other lists import the mapped models
only when their query is built.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.types import NullType

from ..db import light_tables
from ..db.session import Database
from ..domain import enums
from .live import live


@dataclass(frozen=True)
class Column:
    field: str
    """Model attribute name; the header is its label from domain.rules.fields."""
    type: str
    """text | name | country | enum | codes | date | int | decimal | money | bool | count."""
    enum: builtins.type[StrEnum] | None = None
    hidden: bool = False
    """Hidden until the user shows it from the header menu."""
    filter: str | None = None
    """Quick filter it feeds: country | status | type | year."""


@dataclass(frozen=True)
class ListSpec:
    kind: str
    """Record kind, as in services.record_kinds (what `open_requested` carries)."""
    columns: tuple[Column, ...]
    query: Callable[[], Any]
    """Selects the id first, then one value per column."""

    def index(self, field: str) -> int:
        for i, column in enumerate(self.columns):
            if column.field == field:
                return i
        raise KeyError(field)


def _signatories() -> Any:
    s = light_tables.signatory.c
    return select(
        s.id, s.name, s.local_name, s.country, s.region, s.population, s.adhesion_date,
        s.framework, s.status, s.covenant_id,
    ).where(live(s)).order_by(s.name, s.id)  # fmt: skip


def _with_signatory(model: Any, *columns: Any) -> Any:
    from ..domain.models import Signatory as S  # noqa: N814

    return (
        select(model.id, S.name, S.country, *columns)
        .join(S, S.id == model.signatory_id)
        .where(live(model))
    )


def _plans() -> Any:
    from ..domain import models

    p = models.ActionPlan
    return _with_signatory(
        p, p.plan_type, p.title, p.baseline_year, p.council_approval_date, p.submission_date,
        p.status,
    ).order_by(models.Signatory.name, p.submission_date)  # fmt: skip


def _monitoring() -> Any:
    from ..domain import models

    m = models.MonitoringReport
    return _with_signatory(
        m, m.reporting_type, m.inventory_year, m.due_date, m.submission_date, m.status
    ).order_by(models.Signatory.name, m.due_date)


def _extensions() -> Any:
    from ..domain import models

    e = models.DeadlineExtension
    return _with_signatory(
        e, e.subject, e.requested_by, e.request_date, e.granted_until, e.document
    ).order_by(models.Signatory.name, e.request_date)


def _assistance() -> Any:
    from ..domain import models

    a = models.SupportActivity
    link = models.SupportActivitySignatory
    reached = (
        select(link.activity_id, func.count().label("n"))
        .where(live(link))
        .group_by(link.activity_id)
        .subquery()
    )
    return (
        select(
            a.id,
            a.activity_date,
            a.activity_type,
            a.title,
            a.reaches_all,
            func.coalesce(reached.c.n, 0),
            a.participants,
            a.staff_days,
        )  # fmt: skip
        .outerjoin(reached, reached.c.activity_id == a.id)
        .where(live(a))
        .order_by(a.activity_date.desc())
    )


def _energy_days() -> Any:
    from ..domain import models

    d = models.EnergyDay
    org = models.EnergyDayOrganiser
    organisers = (
        select(org.energy_day_id, func.count().label("n"))
        .where(live(org))
        .group_by(org.energy_day_id)
        .subquery()
    )
    return (
        select(
            d.id,
            d.start_date,
            d.title,
            d.place,
            func.coalesce(organisers.c.n, 0),
            d.participants,
            d.budget,
            d.currency,
            d.eusew_registered,
        )  # fmt: skip
        .outerjoin(organisers, organisers.c.energy_day_id == d.id)
        .where(live(d))
        .order_by(d.start_date.desc())
    )


def _finance() -> Any:
    from ..domain import models

    f = models.FinancialSupport
    return _with_signatory(
        f, f.instrument, f.source, f.funder_name, f.amount, f.currency, f.decision_date,
        f.disbursed_amount, f.status,
    ).order_by(f.decision_date.desc(), f.id)  # fmt: skip


def _rates() -> Any:
    from ..domain import models

    r = models.ExchangeRate
    return (
        select(r.id, r.currency, r.rate_date, r.units_per_eur, r.source)
        .where(live(r))
        .order_by(r.rate_date.desc(), r.currency)
    )


_SIGNATORY_COLS = (Column("signatory_id", "name"), Column("country", "country", filter="country"))

LISTS: dict[str, ListSpec] = {
    "signatories": ListSpec(
        "signatory",
        (
            Column("name", "name"),
            Column("local_name", "name"),
            Column("country", "country", filter="country"),
            Column("region", "text"),
            Column("population", "int"),
            Column("adhesion_date", "date", filter="year"),
            Column("framework", "enum", enums.Framework, filter="type"),
            Column("status", "enum", enums.SignatoryStatus, filter="status"),
            Column("covenant_id", "text", hidden=True),
        ),
        _signatories,
    ),
    "plans": ListSpec(
        "action_plan",
        (
            *_SIGNATORY_COLS,
            Column("plan_type", "enum", enums.PlanType, filter="type"),
            Column("title", "text"),
            Column("baseline_year", "int", hidden=True),
            Column("council_approval_date", "date", hidden=True),
            Column("submission_date", "date", filter="year"),
            Column("status", "enum", enums.PlanStatus, filter="status"),
        ),
        _plans,
    ),
    "monitoring": ListSpec(
        "monitoring_report",
        (
            *_SIGNATORY_COLS,
            Column("reporting_type", "enum", enums.ReportingType, filter="type"),
            Column("inventory_year", "int"),
            Column("due_date", "date", filter="year"),
            Column("submission_date", "date"),
            Column("status", "enum", enums.MonitoringStatus, filter="status"),
        ),
        _monitoring,
    ),
    "extensions": ListSpec(
        "deadline_extension",
        (
            *_SIGNATORY_COLS,
            Column("subject", "enum", enums.ExtensionSubject, filter="type"),
            Column("requested_by", "enum", enums.RequestedBy),
            Column("request_date", "date", filter="year"),
            Column("granted_until", "date"),
            Column("document", "text", hidden=True),
        ),
        _extensions,
    ),
    "assistance": ListSpec(
        "support_activity",
        (
            Column("activity_date", "date", filter="year"),
            Column("activity_type", "enum", enums.ActivityType, filter="type"),
            Column("title", "text"),
            Column("reaches_all", "bool"),
            Column("signatory_ids", "count"),
            Column("participants", "int"),
            Column("staff_days", "decimal"),
        ),
        _assistance,
    ),
    "energy_days": ListSpec(
        "energy_day",
        (
            Column("start_date", "date", filter="year"),
            Column("title", "text"),
            Column("place", "text"),
            Column("organiser_ids", "count"),
            Column("participants", "int"),
            Column("budget", "money"),
            Column("currency", "text", hidden=True),
            Column("eusew_registered", "bool"),
        ),
        _energy_days,
    ),
    "finance": ListSpec(
        "financial_support",
        (
            *_SIGNATORY_COLS,
            Column("instrument", "enum", enums.Instrument, filter="type"),
            Column("source", "enum", enums.FundingSource),
            Column("funder_name", "text"),
            Column("amount", "money"),
            Column("currency", "text"),
            Column("decision_date", "date", filter="year"),
            Column("disbursed_amount", "money", hidden=True),
            Column("status", "enum", enums.FinanceStatus, filter="status"),
        ),
        _finance,
    ),
    "exchange_rates": ListSpec(
        "exchange_rate",
        (
            Column("currency", "text", filter="type"),
            Column("rate_date", "date", filter="year"),
            Column("units_per_eur", "decimal"),
            Column("source", "text"),
        ),
        _rates,
    ),
}


def list_rows(db: Database, list_id: str, limit: int | None = None) -> list[tuple[Any, ...]]:
    """Rows of one list: `(id, value per column...)`, live records only.

    Values are what the database driver returns, untouched: converting 100,000 ids to UUID
    and dates, amounts and codes to Python types costs several times the query itself, and
    a list only ever shows a screenful. On SQLite that means ids and dates as text, amounts
    as floats, flags as 0/1; on PostgreSQL, typed values. Enum columns are always their code
    strings. `cell()` and `row_id()` give the typed value of one cell when it is needed.
    `limit` serves the first screenful before the whole list arrives.
    """
    query: Any = LISTS[list_id].query()
    query = query.with_only_columns(
        *(type_coerce(c, NullType()) for c in query.selected_columns),
        maintain_column_froms=True,
    )
    if limit is not None:
        query = query.limit(limit)
    with db.engine.connect() as conn:
        result = conn.execute(query)
        memos: list[dict[Any, Any]] = [{} for _ in result.keys()]
        rows: list[tuple[Any, ...]] = []
        for chunk in result.partitions(5000):
            rows.extend(_share_repeats(chunk, memos))
    return rows


def _share_repeats(chunk: Sequence[Any], memos: list[dict[Any, Any]]) -> list[tuple[Any, ...]]:
    """One object per distinct value in each column (the driver makes a new string for every
    cell): 100,000 finance rows repeat a few thousand names, dates and codes, and sharing them
    halves the memory a list holds. Done per chunk, so the driver's copies never pile up, and
    column-wise, so it stays cheap."""
    if not chunk:
        return []
    columns = list(zip(*chunk, strict=True))
    shared: list[Any] = [columns[0]]
    for column, memo in zip(columns[1:], memos[1:], strict=True):
        shared.append([memo.setdefault(v, v) for v in column])
    return list(zip(*shared, strict=True))


def row_id(value: Any) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def cell(column: Column, value: Any) -> Any:
    """The typed value of a raw list cell: date, Decimal, int, bool, enum member or text."""
    if value is None:
        return None
    kind = column.type
    if kind == "date":
        return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    if kind in ("money", "decimal"):
        if isinstance(value, Decimal):
            return value
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value))
        return number.quantize(Decimal("0.01")) if kind == "money" else number
    if kind == "enum" and column.enum is not None:
        return column.enum(value)
    if kind == "bool":
        return bool(value)
    if kind in ("int", "count"):
        return int(value)
    return value
