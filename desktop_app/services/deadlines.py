"""Every upcoming and overdue deadline of the office, with filters and exports.

The dates come from the domain rules (rules/deadlines.py), so this list, the reminders,
the dashboard lights and the CLI agree. One read of four tables per call: the rules need
each signatory's plans, reports and extensions together, and grouping them in Python is
far cheaper than a query per signatory.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections import defaultdict, namedtuple
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from ..db.session import Database
from ..domain.models import (
    ActionPlan,
    Coordinator,
    DeadlineExtension,
    MonitoringReport,
    ReportSubmission,
    Signatory,
)
from ..domain.rules.deadlines import (
    KIND_LABELS,
    STATUS_LABELS,
    TABLE_HEADERS,
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    coordinator_report_due,
    signatory_deadlines,
    status,
)
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .atomic import write_atomically
from .csv_cells import safe_cell, safe_text
from .live import live

Translate = Callable[[str, str], str]


def _same(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class DeadlineRow:
    deadline: Deadline
    days_left: int
    status: DeadlineStatus
    country: str
    """The signatory's country code; empty for the office's own report."""

    @property
    def kind(self) -> DeadlineKind:
        return self.deadline.kind

    @property
    def due(self) -> date:
        return self.deadline.due

    @property
    def subject(self) -> str:
        return self.deadline.subject

    @property
    def record_kind(self) -> str | None:
        """The record kind a click opens (services.record_kinds ids equal table names)."""
        return self.deadline.table

    @property
    def record_id(self) -> uuid.UUID | None:
        return as_uuid(self.deadline.record_id)

    @property
    def signatory_id(self) -> uuid.UUID | None:
        return as_uuid(self.deadline.signatory_id)


def coordinator_deadline(session: Session, settings: RuleSettings) -> Deadline | None:
    """The office's next report to the Commission, counted from the day the last one was
    sent (a pack, or a report sent through the Commission's survey and recorded by hand)."""
    office = session.execute(
        select(Coordinator.id, Coordinator.name, Coordinator.commitment_signed_date)
        .where(live(Coordinator), Coordinator.is_own_office.is_(True))
        .order_by(Coordinator.created_at)
        .limit(1)
    ).first()
    last_sent = session.scalar(
        select(func.max(ReportSubmission.sent_on)).where(live(ReportSubmission))
    )
    found = coordinator_report_due(
        last_sent,
        office.commitment_signed_date if office else None,
        settings,
        subject=office.name if office else "",
    )
    if found is None:
        return None
    if office is None:
        return found
    return Deadline(found.kind, found.due, None, office.id, "coordinator", found.subject)


def collect(session: Session, settings: RuleSettings = DEFAULT_SETTINGS) -> list[Deadline]:
    """All deadlines, soonest first, with the country of each signatory kept aside."""
    return [d for d, _country in collect_with_country(session, settings)]


def by_signatory(
    session: Session,
    settings: RuleSettings = DEFAULT_SETTINGS,
    ids: Iterable[uuid.UUID] | None = None,
) -> dict[uuid.UUID, list[Deadline]]:
    """Each signatory's open deadlines, soonest first: what a fact sheet shows, so that a
    municipality's dates there are those of this list and the workbook."""
    out: dict[uuid.UUID, list[Deadline]] = {}
    for d, _country in collect_with_country(session, settings, ids, with_office=False):
        sid = as_uuid(d.signatory_id)
        if sid is not None:
            out.setdefault(sid, []).append(d)
    return out


def collect_with_country(
    session: Session,
    settings: RuleSettings = DEFAULT_SETTINGS,
    ids: Iterable[uuid.UUID] | None = None,
    *,
    with_office: bool = True,
) -> list[tuple[Deadline, str]]:
    """Every deadline with its signatory's country code ("" for the office's own report).

    `ids` limits the signatories read (a fact sheet for one municipality need not run the
    rules over all of them); the office's report is left out when `with_office` is false.
    """
    wanted = None if ids is None else list(ids)
    if wanted is not None and len(wanted) > _IN_CHUNK:
        out: list[tuple[Deadline, str]] = []
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            out += collect_with_country(session, settings, chunk, with_office=False)
        if with_office:
            own = coordinator_deadline(session, settings)
            if own is not None:
                out.append((own, ""))
        return _in_order(out)
    return _collect(session, settings, wanted, with_office)


_IN_CHUNK = 900
"""Signatory ids per IN list: well below SQLite's bound-parameter limit."""


def _in_order(pairs: list[tuple[Deadline, str]]) -> list[tuple[Deadline, str]]:
    order = {kind: i for i, kind in enumerate(DeadlineKind)}
    pairs.sort(key=lambda p: (p[0].due, order[p[0].kind], p[0].subject))
    return pairs


def _collect(
    session: Session,
    settings: RuleSettings,
    ids: list[uuid.UUID] | None = None,
    with_office: bool = True,
) -> list[tuple[Deadline, str]]:
    def only(column: Any) -> list[Any]:
        return [] if ids is None else [column.in_(ids)]

    signatories = _records(
        session,
        select(
            _raw(Signatory.id),
            Signatory.name,
            Signatory.status,
            Signatory.framework,
            Signatory.adhesion_date,
            Signatory.country,
            Signatory.deleted_at,
        ).where(live(Signatory), *only(Signatory.id)),
    )
    plans = _grouped(
        session,
        select(
            _raw(ActionPlan.signatory_id),
            _raw(ActionPlan.id),
            ActionPlan.plan_type,
            ActionPlan.submission_date,
            ActionPlan.feedback_date,
            ActionPlan.status,
            ActionPlan.created_at,
            ActionPlan.deleted_at,
        ).where(live(ActionPlan), *only(ActionPlan.signatory_id)),
    )
    reports = _grouped(
        session,
        select(
            _raw(MonitoringReport.signatory_id),
            _raw(MonitoringReport.id),
            MonitoringReport.reporting_type,
            MonitoringReport.submission_date,
            MonitoringReport.due_date,
            MonitoringReport.deleted_at,
        )
        .where(live(MonitoringReport), *only(MonitoringReport.signatory_id))
        .order_by(MonitoringReport.created_at),
    )
    extensions = _grouped(
        session,
        select(
            _raw(DeadlineExtension.signatory_id),
            _raw(DeadlineExtension.id),
            DeadlineExtension.subject,
            DeadlineExtension.request_date,
            DeadlineExtension.granted_until,
            DeadlineExtension.deleted_at,
        ).where(live(DeadlineExtension), *only(DeadlineExtension.signatory_id)),
    )
    out: list[tuple[Deadline, str]] = []
    for sig in signatories:
        sid = sig.id
        for d in signatory_deadlines(
            sig, plans.get(sid, ()), reports.get(sid, ()), extensions.get(sid, ()), settings
        ):
            out.append((d, sig.country))
    if with_office:
        own = coordinator_deadline(session, settings)
        if own is not None:
            out.append((own, ""))
    return _in_order(out)


def _records(session: Session, stmt: Any) -> list[Any]:
    result = session.execute(stmt)
    shape = namedtuple("Rec", list(result.keys()))  # type: ignore[misc]  # noqa: PYI024
    return [shape._make(row) for row in result]


def _raw(column: Any) -> Any:
    """Ids as the driver returns them (hex text on SQLite): converting 170,000 of them to
    UUID objects costs more than the rules; `as_uuid` converts the few that are used."""
    return type_coerce(column, String).label(column.key)


def as_uuid(value: Any) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(str(value))


def _grouped(session: Session, stmt: Any) -> dict[Any, list[Any]]:
    """Rows by signatory id, as named tuples: the rules read attributes a hundred thousand
    times, and a named tuple's are much cheaper than a SQLAlchemy Row's."""
    result = session.execute(stmt)
    shape = namedtuple("Rec", list(result.keys()))  # type: ignore[misc]  # noqa: PYI024
    groups: dict[Any, list[Any]] = defaultdict(list)
    for row in result:
        groups[row[0]].append(shape._make(row))
    return groups


def load(db: Database, today: date, settings: RuleSettings = DEFAULT_SETTINGS) -> list[DeadlineRow]:
    with db.session("deadlines") as session:
        pairs = _collect(session, settings)
    return [
        DeadlineRow(d, (d.due - today).days, status(d, today, settings), country)
        for d, country in pairs
    ]


def select_rows(
    rows: Iterable[DeadlineRow],
    *,
    within: int | None = None,
    kinds: Iterable[DeadlineKind | str] | None = None,
    statuses: Iterable[DeadlineStatus | str] | None = None,
    country: str | None = None,
    text: str = "",
) -> list[DeadlineRow]:
    """Filters as the Deadlines view and the CLI offer them; `within` keeps overdue items."""
    kind_set = {str(k) for k in kinds} if kinds is not None else None
    status_set = {str(s) for s in statuses} if statuses is not None else None
    needle = text.strip().casefold()
    return [
        r
        for r in rows
        if (within is None or r.days_left <= within)
        and (kind_set is None or r.kind.value in kind_set)
        and (status_set is None or r.status.value in status_set)
        and (not country or r.country == country)
        and (not needle or needle in r.subject.casefold())
    ]


def reminder_counts(rows: Iterable[DeadlineRow]) -> tuple[int, int]:
    """(overdue, due soon): what the start-up notice announces."""
    overdue = soon = 0
    for r in rows:
        if r.status == DeadlineStatus.OVERDUE:
            overdue += 1
        elif r.status == DeadlineStatus.DUE_SOON:
            soon += 1
    return overdue, soon


# -- exports ------------------------------------------------------------------------------

HEADERS = TABLE_HEADERS


def table_rows(rows: Sequence[DeadlineRow], translate: Translate = _same) -> list[list[Any]]:
    return [
        [
            r.due,
            r.days_left,
            translate("Deadline", STATUS_LABELS[r.status]),
            translate("Deadline", KIND_LABELS[r.kind]),
            r.subject,
            r.country,
        ]
        for r in rows
    ]


def headers(translate: Translate = _same) -> list[str]:
    return [translate(c, t) for c, t in HEADERS]


def render_table(rows: Sequence[DeadlineRow], translate: Translate = _same) -> str:
    """Plain aligned columns for a terminal; the subject column takes what is left."""
    head = headers(translate)
    body = [[_cell(v) for v in row] for row in table_rows(rows, translate)]
    widths = [max([len(head[i])] + [len(b[i]) for b in body]) for i in range(len(head))]
    lines = []
    for cells in [head, *body]:
        parts = [
            cells[i].rjust(widths[i]) if i == 1 else cells[i].ljust(widths[i])
            for i in range(len(cells))
        ]
        lines.append("  ".join(parts).rstrip())
    return "\n".join(lines) + "\n"


def render_csv(rows: Sequence[DeadlineRow], translate: Translate = _same) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([safe_text(h) for h in headers(translate)] + ["kind", "record", "id"])
    for r, cells in zip(rows, table_rows(rows, translate), strict=True):
        tail = [r.kind.value, r.record_kind or "", str(r.record_id or "")]
        writer.writerow([safe_cell(v) for v in [*cells, *tail]])
    return buffer.getvalue()


def write_xlsx(rows: Sequence[DeadlineRow], path: Path, translate: Translate = _same) -> None:
    """One sheet, typed cells (dates as dates, days as numbers), frozen header, filters."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = translate("Deadline", "Deadlines")[:31]
    ws.append(headers(translate))
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
    overdue = PatternFill("solid", fgColor="F8D7DA")
    for r, cells in zip(rows, table_rows(rows, translate), strict=True):
        ws.append([_xlsx_safe(v) for v in cells])
        if r.status == DeadlineStatus.OVERDUE:
            for cell in ws[ws.max_row]:
                cell.fill = overdue
        ws.cell(ws.max_row, 1).number_format = "yyyy-mm-dd"
    for letter, width in zip("ABCDEF", (12, 10, 12, 36, 40, 9), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:F{max(ws.max_row, 1)}"
    buffer = io.BytesIO()
    wb.save(buffer)
    write_atomically(path, buffer.getvalue())


def _cell(value: Any) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _xlsx_safe(value: Any) -> Any:
    """A workbook cell holds text as text except what openpyxl would store as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "@", "\t", "\r"):
        return "'" + value
    return value
