"""One-page fact sheets per signatory: what a coordinator brings to a meeting with a mayor.

All-time data rather than a period: a fact sheet answers "where does this municipality
stand", not "what happened this year". Each sheet is shrunk to fit its page, so the page
count always equals the number of signatories asked for.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, KeepInFrame, PageBreak
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.session import Database
from ...domain.enums import (
    ActivityType,
    Audience,
    ExtensionSubject,
    FinanceStatus,
    Framework,
    Instrument,
    MonitoringStatus,
    PlanStatus,
    PlanType,
    ReportingType,
    SignatoryStatus,
)
from ...domain.models import (
    ActionPlan,
    DeadlineExtension,
    EnergyDay,
    EnergyDayOrganiser,
    MonitoringReport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from ...domain.rules.deadlines import KIND_LABELS, Deadline, DeadlineKind
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ..deadlines import by_signatory
from ..figures import EurConverter
from ..period import Period
from . import data
from .blocks import data_table, figure_table, gap, para
from .doc import CONTENT_WIDTH, MARGIN, PAGE_HEIGHT, DocInfo, build_pdf
from .lang import (
    code_label,
    country,
    fmt_decimal,
    fmt_eur,
    fmt_int,
    fmt_money,
    fmt_short_date,
    label,
    report_language,
    tr,
)
from .sections import h1

ALL_TIME = Period(date(1900, 1, 1), date(9999, 12, 31))
MAX_ROWS = 8


class SignatoryLookupError(LookupError):
    """A --signatory value that names no signatory, or several."""

    def __init__(self, code: str, value: str, matches: int = 0) -> None:
        super().__init__(code, value)
        self.code = code
        self.value = value
        self.matches = matches

    def message(self) -> str:
        if self.code == "ambiguous":
            return tr(
                "Report",
                "--signatory '{value}' matches {count} signatories; give the id instead.",
            ).format(value=self.value, count=self.matches)
        return tr("Report", "--signatory '{value}': no such signatory.").format(value=self.value)


def resolve_signatories(session: Session, values: Sequence[str]) -> list[uuid.UUID]:
    """Names or local names (any case), Covenant ids or record ids, in the order given.

    Matching is done in Python: SQLite's lower() only folds ASCII, and Cyrillic or Turkmen
    names must match the same way on both engines.
    """
    index: dict[str, set[uuid.UUID]] = {}
    for sid, name, local, covenant_id in session.execute(
        select(Signatory.id, Signatory.name, Signatory.local_name, Signatory.covenant_id).where(
            Signatory.deleted_at.is_(None)
        )
    ):
        for key in (name, local, covenant_id, str(sid)):
            if key:
                index.setdefault(key.strip().casefold(), set()).add(sid)
    found: list[uuid.UUID] = []
    for value in values:
        ids = index.get(value.strip().casefold(), set())
        if not ids:
            raise SignatoryLookupError("unknown", value)
        if len(ids) > 1:
            raise SignatoryLookupError("ambiguous", value, len(ids))
        sid = next(iter(ids))
        if sid not in found:
            found.append(sid)
    return found


@dataclass(frozen=True)
class FactsheetResult:
    path: Path
    pages: int
    signatories: int


def build_factsheets(
    db: Database,
    out: Path,
    signatories: Sequence[str] = (),
    language: str = "en",
    progress: Callable[[int, str], None] = lambda _p, _s: None,
    settings: RuleSettings = DEFAULT_SETTINGS,
) -> FactsheetResult:
    """Raises SignatoryLookupError before writing anything when a name does not resolve.

    Deadlines come from the domain rules with the user's `settings`, as in the deadlines
    list, the dashboard and the workbook, so a date is the same wherever it is read.
    """
    with report_language(language), db.session("report") as s:
        wanted = set(resolve_signatories(s, signatories)) if signatories else None
        converter = EurConverter.load(s)
        rows = data.signatory_rows(s, ALL_TIME, converter, wanted)
        due_dates = by_signatory(s, settings, wanted)
        office = data.office(s)
        office_name = office.name if office else ""
        sheets: list[Flowable] = []
        for index, row in enumerate(rows):
            if index:
                sheets.append(PageBreak())
            sheets.append(
                KeepInFrame(
                    CONTENT_WIDTH,
                    PAGE_HEIGHT - 2 * MARGIN - 14,
                    _sheet(s, row, converter, due_dates.get(row.id, [])),
                    mode="shrink",
                )
            )
            progress(int(90 * (index + 1) / max(1, len(rows))), row.name)
        if not sheets:
            sheets.append(para(tr("Report", "There are no signatories to describe."), "note"))
        title = tr("Report", "Signatory fact sheets")
        info = DocInfo(
            title=title,
            subject=title,
            author=office_name,
            language={"en": "en-GB", "ru": "ru-RU", "tk": "tk-TM"}.get(language, language),
            header_left=office_name,
            header_right=title,
            footer_left=tr("Report", "Covenant of Mayors"),
            page_label=tr("Report", "Page {page} of {pages}"),
            has_cover=False,
        )
        pages = build_pdf(out, info, lambda _layout: sheets)
    progress(100, "done")
    return FactsheetResult(Path(out), pages, len(rows))


def _recent(items: list, more_text: str) -> tuple[list, Flowable | None]:  # type: ignore[type-arg]
    if len(items) <= MAX_ROWS:
        return items, None
    rest = len(items) - MAX_ROWS
    return items[-MAX_ROWS:], para(more_text.format(count=fmt_int(rest)), "small")


def _sheet(
    s: Session, row: data.Row, converter: EurConverter, deadlines: list[Deadline]
) -> list[Flowable]:
    sig = s.get(Signatory, row.id)
    assert sig is not None
    none = tr("Report", "None recorded.")
    out: list[Flowable] = [h1(row.name)]
    if row.local_name:
        out.append(para(row.local_name, "subtitle"))
    target = (
        tr("Report", "{percent} % by {year}").format(
            percent=fmt_decimal(sig.target_percent, 0), year=sig.target_year or "–"
        )
        if sig.target_percent is not None
        else "–"
    )
    out += [
        gap(4),
        figure_table(
            [
                (tr("Report", "Country"), country(row.country)),
                (tr("Report", "Region"), row.region or "–"),
                (
                    tr("Report", "Population"),
                    "–" if row.population is None else fmt_int(row.population),
                ),
                (tr("Report", "Adhesion (council decision)"), fmt_short_date(row.adhesion_date)),
                (tr("Report", "Status"), code_label(SignatoryStatus, row.status)),
                (tr("Report", "Commitment"), label(Framework(sig.framework))),
                (tr("Report", "Reduction target"), target),
                (
                    tr("Report", "Financial support provided (EUR)"),
                    fmt_eur(row.finance_eur),
                ),
                (tr("Report", "Covenant id"), sig.covenant_id or "–"),
                (
                    tr("Report", "Contact"),
                    ", ".join(x for x in (sig.contact_person, sig.email) if x) or "–",
                ),
            ]
        ),
    ]
    plans = list(
        s.scalars(
            select(ActionPlan)
            .where(ActionPlan.signatory_id == row.id, ActionPlan.deleted_at.is_(None))
            .order_by(ActionPlan.submission_date, ActionPlan.created_at)
        )
    )
    due = next((d.due for d in deadlines if d.kind == DeadlineKind.PLAN_DUE), None)
    extension = s.scalar(
        select(func.max(DeadlineExtension.granted_until)).where(
            DeadlineExtension.signatory_id == row.id,
            DeadlineExtension.deleted_at.is_(None),
            DeadlineExtension.subject == ExtensionSubject.PLAN,
        )
    )
    out += [
        para(tr("Report", "Action plan and deadlines"), "h2"),
        para(
            tr("Report", "Plan due: {due}; extension granted until: {extension}").format(
                due=fmt_short_date(due), extension=fmt_short_date(extension)
            ),
            "small",
        ),
        data_table(
            [
                tr("Report", "Plan"),
                tr("Report", "Submitted"),
                tr("Report", "Status"),
                tr("Report", "Feedback"),
            ],
            [
                [
                    code_label(PlanType, p.plan_type.value),
                    fmt_short_date(p.submission_date),
                    code_label(PlanStatus, p.status.value),
                    fmt_short_date(p.feedback_date),
                ]
                for p in plans
            ],
            [2, 1.3, 2, 1.3],
            empty=none,
        ),
        gap(4),
        data_table(
            [tr("Report", "Open deadline"), tr("Report", "Due")],
            [[tr("Deadline", KIND_LABELS[d.kind]), fmt_short_date(d.due)] for d in deadlines],
            [5.3, 1.3],
            empty=tr("Report", "No open deadlines."),
        ),
    ]
    reports = list(
        s.scalars(
            select(MonitoringReport)
            .where(MonitoringReport.signatory_id == row.id, MonitoringReport.deleted_at.is_(None))
            .order_by(MonitoringReport.due_date, MonitoringReport.created_at)
        )
    )
    shown, more = _recent(reports, tr("Report", "and {count} earlier reports"))
    out += [
        para(tr("Report", "Monitoring reports"), "h2"),
        data_table(
            [
                tr("Report", "Reporting"),
                tr("Report", "Due"),
                tr("Report", "Submitted"),
                tr("Report", "Status"),
            ],
            [
                [
                    code_label(ReportingType, m.reporting_type.value),
                    fmt_short_date(m.due_date),
                    fmt_short_date(m.submission_date),
                    code_label(MonitoringStatus, m.status.value),
                ]
                for m in shown
            ],
            [2, 1.3, 1.3, 2],
            empty=none,
        ),
    ]
    if more:
        out.append(more)
    activities = list(
        s.execute(
            select(
                SupportActivity.activity_date,
                SupportActivity.activity_type,
                SupportActivity.title,
                SupportActivity.staff_days,
            )
            .join(
                SupportActivitySignatory, SupportActivitySignatory.activity_id == SupportActivity.id
            )
            .where(
                SupportActivitySignatory.signatory_id == row.id,
                SupportActivitySignatory.deleted_at.is_(None),
                SupportActivity.deleted_at.is_(None),
            )
            .order_by(SupportActivity.activity_date, SupportActivity.id)
        )
    )
    shown, more = _recent(activities, tr("Report", "and {count} earlier activities"))
    out += [
        para(
            tr("Report", "Support received ({count} activities)").format(
                count=fmt_int(len(activities))
            ),
            "h2",
        ),
        data_table(
            [
                tr("Report", "Date"),
                tr("Report", "Type"),
                tr("Report", "Title"),
                tr("Report", "Staff days"),
            ],
            [
                [
                    fmt_short_date(d),
                    code_label(ActivityType, t.value),
                    title or "",
                    "–" if staff is None else fmt_decimal(staff, 1),
                ]
                for d, t, title, staff in shown
            ],
            [1.2, 2, 3.5, 1],
            (3,),
            empty=none,
        ),
    ]
    if more:
        out.append(more)
    money = data.finance_rows(s, ALL_TIME, converter, row.id)
    shown, more = _recent(money, tr("Report", "and {count} earlier financing records"))
    out += [
        para(tr("Report", "Finance"), "h2"),
        data_table(
            [
                tr("Report", "Date"),
                tr("Report", "Instrument"),
                tr("Report", "Status"),
                tr("Report", "Amount"),
                tr("Report", "EUR"),
            ],
            [
                [
                    fmt_short_date(f.decision_date),
                    code_label(Instrument, f.instrument),
                    code_label(FinanceStatus, f.status),
                    fmt_money(f.amount, f.currency),
                    (
                        tr("Report", "no rate")
                        if f.amount_eur is None
                        else fmt_decimal(f.amount_eur, 0)
                    ),
                ]
                for f in shown
            ],
            [1.2, 2.2, 1.3, 1.8, 1.2],
            (3, 4),
            empty=none,
        ),
    ]
    if more:
        out.append(more)
    days = list(
        s.execute(
            select(
                EnergyDay.start_date, EnergyDay.title, EnergyDay.participants, EnergyDay.audiences
            )
            .join(EnergyDayOrganiser, EnergyDayOrganiser.energy_day_id == EnergyDay.id)
            .where(
                EnergyDayOrganiser.signatory_id == row.id,
                EnergyDayOrganiser.deleted_at.is_(None),
                EnergyDay.deleted_at.is_(None),
            )
            .order_by(EnergyDay.start_date, EnergyDay.id)
        )
    )
    shown, more = _recent(days, tr("Report", "and {count} earlier Energy Days"))
    out += [
        para(tr("Report", "Energy Days"), "h2"),
        data_table(
            [
                tr("Report", "Date"),
                tr("Report", "Title"),
                tr("Report", "Participants"),
                tr("Report", "Audiences"),
            ],
            [
                [
                    fmt_short_date(d),
                    title,
                    "–" if people is None else fmt_int(people),
                    ", ".join(code_label(Audience, a) for a in (aud or ())),
                ]
                for d, title, people, aud in shown
            ],
            [1.2, 3, 1.1, 2.7],
            (2,),
            empty=none,
        ),
    ]
    if more:
        out.append(more)
    return out
