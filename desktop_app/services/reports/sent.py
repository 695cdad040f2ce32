"""Reports sent to the Commission, including those sent outside the app.

An office reports yearly through the Commission's online survey as well as (or instead of)
a submission pack; the coordinator report deadline counts from the latest report sent, so
the office must be able to record the survey here, with the day it was sent. Packs are
logged by pack.py in the same table; this module adds and lists the hand-recorded ones.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from ...db.session import Database
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.models import ReportSubmission
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ..deadlines import coordinator_deadline
from ..live import live
from ..period import DateText, Period, current_period, previous, worded

SURVEY = "commission_survey"
"""ReportSubmission.kind of a report recorded by hand (packs are "submission_pack")."""
PACK = "submission_pack"
NOTE_MAX = 2000

KIND_LABELS = {
    SURVEY: N_("Report", "Sent outside the app"),
    PACK: N_("Report", "Submission pack"),
}

TEMPLATES = {
    "sent_in_future": N_(
        "Report",
        "Date sent: {date} is after today ({today}); a report can only be recorded once it "
        "has been sent. Nothing was recorded.",
    ),
    "period_after_sent": N_(
        "Report",
        "Period covered: it starts ({start}) after the report was sent ({sent}). "
        "Nothing was recorded.",
    ),
    "half_period": N_(
        "Report",
        "Period covered: give both the first and the last day, or neither. Nothing was recorded.",
    ),
    "note_too_long": N_(
        "Report", "Note: {length} characters; at most {limit} are kept. Nothing was recorded."
    ),
    "duplicate": N_(
        "Report",
        "A report sent on {date} for {start} to {end} is already recorded. Nothing was recorded.",
    ),
}


class SentReportError(ValueError):
    """A recorded report that cannot be kept; `code` keys TEMPLATES."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def message(self, date_text: DateText = date.isoformat) -> str:
        from ...i18n import tr

        return tr("Report", TEMPLATES[self.code]).format(**worded(self.params, date_text))

    def __str__(self) -> str:
        return TEMPLATES[self.code].format(**worded(self.params))


@dataclass(frozen=True)
class SentReport:
    id: uuid.UUID
    kind: str
    sent_on: date
    period: Period
    note: str
    file_name: str


def default_period(sent_on: date, period_settings: Any = None) -> Period:
    """A yearly report covers the reporting period before the one it was sent in."""
    return previous(current_period(sent_on, period_settings))


def record_sent_report(
    db: Database,
    sent_on: date,
    start: date | None = None,
    end: date | None = None,
    note: str = "",
    *,
    today: date | None = None,
    period_settings: Any = None,
    origin: str = "gui",
    user: str = "",
) -> SentReport:
    """Check, then record in one transaction; SentReportError (nothing written) otherwise.

    Without a period the one before `sent_on`'s reporting period is assumed. PeriodError
    comes from Period itself when the end is before the start.
    """
    today = today or date.today()
    if sent_on > today:
        raise SentReportError("sent_in_future", date=sent_on, today=today)
    if start is None and end is None:
        period = default_period(sent_on, period_settings)
    elif start is not None and end is not None:
        period = Period(start, end)
    else:
        raise SentReportError("half_period")
    if period.start > sent_on:
        raise SentReportError("period_after_sent", start=period.start, sent=sent_on)
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise SentReportError("note_too_long", length=len(note), limit=NOTE_MAX)
    with db.transaction(origin, user=user) as s:
        same = s.scalar(
            select(ReportSubmission.id).where(
                live(ReportSubmission),
                ReportSubmission.kind == SURVEY,
                ReportSubmission.sent_on == sent_on,
                ReportSubmission.period_from == period.start,
                ReportSubmission.period_to == period.end,
            )
        )
        if same is not None:
            raise SentReportError(
                "duplicate",
                date=sent_on,
                start=period.start,
                end=period.end,
            )
        entry = ReportSubmission(
            kind=SURVEY,
            period_from=period.start,
            period_to=period.end,
            sent_on=sent_on,
            notes=note,
            file_name="",
            file_hashes={},
            manifest={},
        )
        s.add(entry)
        s.flush()
        return _sent(entry)


def sent_reports(db: Database) -> list[SentReport]:
    """Every report sent (packs and recorded ones), latest first."""
    with db.session("report") as s:
        rows = s.scalars(
            select(ReportSubmission)
            .where(live(ReportSubmission))
            .order_by(ReportSubmission.sent_on.desc(), ReportSubmission.created_at.desc())
        ).all()
        return [_sent(r) for r in rows]


def next_report_due(db: Database, settings: RuleSettings = DEFAULT_SETTINGS) -> date | None:
    """When the next coordinator report is due, by the same rule as the dashboard."""
    with db.session("report") as s:
        found = coordinator_deadline(s, settings)
    return found.due if found else None


def _sent(r: ReportSubmission) -> SentReport:
    return SentReport(
        id=r.id,
        kind=r.kind,
        sent_on=r.sent_on,
        period=Period(r.period_from, r.period_to),
        note=r.notes or "",
        file_name=r.file_name or "",
    )
