"""Rows of each exported sheet, streamed from the database in the sheet's column order.

Core selects with `yield_per` keep 100,000 finance rows from ever being in memory at once;
codes become labels in the chosen language through per-enum caches (one `tr` per member,
not per cell).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from ...domain import kinds
from ...domain import models as M
from ...domain.enums import ExtensionSubject, PlanStatus
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.rules.deadlines import DeadlineKind
from ...domain.rules.money import MissingRateError
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ...i18n import country_name, label, tr
from .. import figures
from ..live import live
from ..period import Period
from . import sheets as S

BATCH = 2000
NO_PLAN = N_("Excel", "No plan")
OVERDUE = N_("Excel", "Overdue")
OPEN = N_("Excel", "Open")
EXTENDED = N_("Excel", "Extended")
PLAN_DEADLINE = N_("Excel", "Action plan")
MONITORING_DEADLINE = N_("Excel", "Monitoring report")


class Labels:
    """Translated labels, looked up once per code."""

    def __init__(self) -> None:
        self._enums: dict[type, dict[str, str]] = {}
        self._countries: dict[str, str] = {}

    def enum(self, enum_cls: type[StrEnum], code: Any) -> str | None:
        if code is None:
            return None
        table = self._enums.get(enum_cls)
        if table is None:
            table = self._enums[enum_cls] = {m.value: label(m) for m in enum_cls}
        value = getattr(code, "value", code)
        return table.get(value, str(value))

    def enum_list(self, enum_cls: type[StrEnum], codes: list[str] | None) -> str | None:
        if not codes:
            return None
        return "; ".join(self.enum(enum_cls, c) or "" for c in codes)

    def country(self, code: str | None) -> str | None:
        if not code:
            return None
        if code not in self._countries:
            self._countries[code] = country_name(code)
        return self._countries[code]


@dataclass
class Source:
    spec_columns: tuple[S.Column, ...]
    count: Callable[[Session], int]
    rows: Callable[[Session], Iterator[list[Any]]]


def _count(session: Session, stmt: Select) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)


def _stream(session: Session, stmt: Select) -> Iterator[Any]:
    yield from session.execute(stmt.execution_options(yield_per=BATCH))


def _converters(labels: Labels, columns: tuple[S.Column, ...]) -> list[Callable[[Any], Any] | None]:
    """One function per column (None: the value goes out as it is), chosen once per sheet."""
    out: list[Callable[[Any], Any] | None] = []
    for col in columns:
        enum = col.enum
        if col.type == S.ENUM and enum is not None:
            out.append(partial(labels.enum, enum))
        elif col.type == S.ENUM_LIST and enum is not None:
            out.append(partial(labels.enum_list, enum))
        elif col.type == S.COUNTRY:
            out.append(labels.country)
        elif col.type == S.UUID:
            out.append(_uuid_text)
        elif col.type == S.TEXT:
            out.append(lambda v: v or None)
        else:
            out.append(None)
    return out


def _as_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def _uuid_text(value: Any) -> str | None:
    """An ID as text, from a UUID or from SQLite's 32-digit hex form (read without parsing)."""
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value)


def _convert(
    pairs: list[tuple[str, Callable[[Any], Any] | None]], record: dict[str, Any]
) -> list[Any]:
    get = record.get
    return [get(name) if fn is None else fn(get(name)) for name, fn in pairs]


def _type(spec: S.SheetSpec, name: str) -> str | None:
    col = spec.column(name)
    return col.type if col is not None else None


def _model_source(
    spec: S.SheetSpec,
    model: Any,
    labels: Labels,
    where: list[Any],
    order: list[Any],
    extra: Callable[[Session], Callable[[dict], None]] | None = None,
    extra_needs_no_ids: bool = False,
) -> Source:
    own = [c.field for c in spec.columns if c.field in model.__table__.columns]
    # Enum codes as plain strings (labels are looked up by code anyway) and, when no extra
    # step needs them as keys, IDs as text: parsing 200,000 UUIDs only to print them costs.
    raw = {S.ENUM} if extra is not None and not extra_needs_no_ids else {S.ENUM, S.UUID}
    cols = [
        type_coerce(getattr(model, f), String) if _type(spec, f) in raw else getattr(model, f)
        for f in own
    ]
    joined = spec.refs_signatory
    if joined:
        cols += [M.Signatory.name.label("signatory"), M.Signatory.country.label("sig_country")]
    stmt = select(*cols).where(live(model), *where)
    if joined:
        stmt = stmt.join(M.Signatory, M.Signatory.id == model.signatory_id).where(live(M.Signatory))
    stmt = stmt.order_by(*order, model.id)

    def rows(session: Session) -> Iterator[list[Any]]:
        finish = extra(session) if extra else None
        fields = [c.field for c in spec.columns]
        pairs = list(zip(fields, _converters(labels, spec.columns), strict=True))
        for r in _stream(session, stmt):
            record = dict(zip(own, r, strict=False))
            if joined:
                record["signatory"], record["signatory_country"] = r[-2], r[-1]
                record["signatory_id"] = record.get("signatory_id")
            if finish:
                finish(record)
            yield _convert(pairs, record)

    return Source(spec.columns, lambda s: _count(s, stmt), rows)


def _twins(session: Session) -> set[tuple[str, str]]:
    """(name, country) pairs that more than one live signatory has."""
    Sg = M.Signatory
    return {
        (name, country)
        for name, country in session.execute(
            select(Sg.name, Sg.country)
            .where(live(Sg))
            .group_by(Sg.name, Sg.country)
            .having(func.count() > 1)
        )
    }


def _names(session: Session, link: Any, owner: str, lead: bool = False) -> dict[uuid.UUID, str]:
    stmt = (
        select(getattr(link, owner), M.Signatory.id, M.Signatory.name, M.Signatory.country)
        .join(M.Signatory, M.Signatory.id == link.signatory_id)
        .where(live(link), live(M.Signatory))
        .order_by(M.Signatory.name)
    )
    if lead:
        stmt = stmt.order_by(None).order_by(link.lead.desc(), M.Signatory.name)
    twins = _twins(session)
    out: dict[uuid.UUID, list[str]] = {}
    for owner_id, sid, name, country in session.execute(stmt):
        ref = f"{name} ({country})"
        if (name, country) in twins:
            ref += f" #{sid.hex[:8]}"
        out.setdefault(owner_id, []).append(ref)
    return {k: "; ".join(v) for k, v in out.items()}


def sources(
    period: Period | None,
    labels: Labels,
    today: date,
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> dict[str, Source]:
    """One Source per exported table sheet; `period` None exports every record."""

    def within(column: Any) -> list[Any]:
        return [] if period is None else [column.between(period.start, period.end)]

    def signatory_extra(session: Session) -> Callable[[dict], None]:
        plan = figures.plan_status_by_signatory(session)
        nxt: dict[uuid.UUID, date] = {}
        for d in deadlines(session, today, settings):
            nxt.setdefault(d.signatory_id, d.due)

        def finish(record: dict) -> None:
            code = plan.get(record["id"], figures.NO_PLAN)
            record["plan_status"] = (
                tr("Excel", NO_PLAN) if code == figures.NO_PLAN else labels.enum(PlanStatus, code)
            )
            record["next_deadline"] = nxt.get(record["id"])

        return finish

    def links_extra(kind: kinds.KindSpec) -> Callable[[Session], Callable[[dict], None]]:
        def extra(session: Session) -> Callable[[dict], None]:
            named = [
                (
                    link.field,
                    _names(
                        session,
                        getattr(M, link.model),
                        link.parent_fk,
                        lead=link.lead_field is not None,
                    ),
                )
                for link in kind.links
            ]

            def finish(record: dict) -> None:
                for name, names in named:
                    record[name] = names.get(record["id"])

            return finish

        return extra

    def finance_extra(session: Session) -> Callable[[dict], None]:
        table = figures.EurConverter.load(session).table

        def finish(record: dict) -> None:
            day = record["decision_date"]
            if day is None:
                return
            try:
                rate, rate_day = table.rate_used(record["currency"], day)
                record["amount_eur"] = table.to_eur(record["amount"], record["currency"], day)
            except MissingRateError:
                return
            record["rate"], record["rate_date"] = rate, rate_day

        return finish

    def grid_extra(kind: kinds.KindSpec) -> Callable[[Session], Callable[[dict], None]]:
        def extra(session: Session) -> Callable[[dict], None]:
            from ..grids import texts
            from ..record_kinds import kind as record_kind

            grid = record_kind(kind.id).grid
            assert grid is not None
            text = texts(session, grid)

            def finish(record: dict) -> None:
                rid = _as_uuid(record["id"])
                record[grid.field] = text.get(rid) if rid is not None else None

            return finish

        return extra

    # The computed columns of a kind (its spec's computed fields): (step, needs the IDs).
    computed: dict[str, tuple[Callable[[Session], Callable[[dict], None]], bool]] = {
        "signatory": (signatory_extra, True),
        "financial_support": (finance_extra, False),
        **{k.id: (grid_extra(k), True) for k in kinds.sheet_kinds() if k.grid is not None},
    }

    out: dict[str, Source] = {}
    for kind in kinds.sheet_kinds():
        assert kind.sheet_id is not None
        model: Any = kind.model
        extra, needs_ids = computed.get(kind.id, (None, False))
        if kind.links:
            extra, needs_ids = links_extra(kind), True
        order = [
            M.Signatory.name if key == "signatory" else getattr(model, key)
            for key in kind.sheet_sort
        ]
        where = within(getattr(model, kind.period_field)) if kind.period_field else []
        out[kind.sheet_id] = _model_source(
            S.IMPORT_SPECS[kind.sheet_id], model, labels, where, order, extra, not needs_ids
        )
    return out


def sent_source(labels: Labels) -> Source:
    """The Reports sent sheet: the ReportSubmission log, every entry (the deadline counts
    from the latest), oldest first; hashes and manifests stay in the database."""
    R = M.ReportSubmission
    spec = S.OFFICE_SPECS[S.SENT]
    return _model_source(spec, R, labels, [], [R.sent_on, R.period_from, R.kind])


@dataclass(frozen=True)
class Deadline:
    signatory_id: uuid.UUID
    signatory: str
    country: str
    subject: str
    due: date
    extended: bool


def deadlines(
    session: Session, today: date, settings: RuleSettings = DEFAULT_SETTINGS
) -> list[Deadline]:
    """Open plan and monitoring deadlines, dated by the domain rules with the user's
    settings (services/deadlines.py), so the sheet agrees with the deadlines list, the
    dashboard and the fact sheets. `extended` marks a date set by a granted extension."""
    from ..deadlines import as_uuid, collect_with_country

    # The signatories sheet and the Deadlines sheet both ask, in one read-only session; the
    # rules over 20,000 signatories take about a second, so they run once.
    key = ("excel_deadlines", today, settings)
    cached = session.info.get(key)
    if cached is not None:
        return list(cached)
    ext: set[tuple[uuid.UUID, str, date | None]] = set()
    D = M.DeadlineExtension
    for owner, code, until in session.execute(
        select(D.signatory_id, D.subject, D.granted_until).where(
            live(D), D.granted_until.is_not(None)
        )
    ):
        ext.add((owner, code.value, until))
    out: list[Deadline] = []
    for d, country in collect_with_country(session, settings, with_office=False):
        what = _SUBJECTS.get(d.kind)
        sid = as_uuid(d.signatory_id)
        if what is None or sid is None:
            continue
        out.append(Deadline(sid, d.subject, country, what, d.due, (sid, what, d.due) in ext))
    out.sort(key=lambda d: (d.due, d.signatory, d.subject))
    session.info[key] = tuple(out)
    return out


_SUBJECTS = {
    DeadlineKind.PLAN_DUE: ExtensionSubject.PLAN.value,
    DeadlineKind.MONITORING_DUE: ExtensionSubject.MONITORING.value,
}


def deadline_rows(
    session: Session, today: date, labels: Labels, settings: RuleSettings = DEFAULT_SETTINGS
) -> list[tuple]:
    rows = []
    for d in deadlines(session, today, settings):
        what = tr("Excel", PLAN_DEADLINE if d.subject == "plan" else MONITORING_DEADLINE)
        state = OVERDUE if d.due < today else (EXTENDED if d.extended else OPEN)
        rows.append((d.signatory, labels.country(d.country), what, d.due, tr("Excel", state)))
    return rows
