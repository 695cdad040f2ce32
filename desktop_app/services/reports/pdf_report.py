"""The coordinator's activity report to the European Commission (the fifth commitment).

Reads the records in one read-only session, turning each annex's rows into table cells as
they are read, makes every section's flowables, and only then lays the PDF out: the records
are not held while the hundreds of pages of a large territory are laid out.
The cover's dates come from the request and the data, never from the clock, so the same
data and request give a byte-identical file that a submission pack can be checked against.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from ...db.session import Database
from ...domain.enums import CoordinatorKind
from ...domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from ..action_figures import action_figures
from ..figures import EurConverter, KeyFigures, Unconverted, key_figures, overdue_items
from ..inventories import inventory_rows, territory
from ..period import Period, previous
from . import data, sections
from .blocks import data_table, forget_widths, gap, para
from .doc import DocInfo, build_pdf, contents_flowables
from .emissions_section import emissions as emissions_section
from .lang import (
    code_label,
    country,
    fmt_change,
    fmt_date,
    fmt_decimal,
    fmt_eur,
    fmt_int,
    report_language,
    tr,
)
from .plan_contents import plan_contents
from .styles import paragraph_styles

Progress = Callable[[int, str], None]
"""Called with a percentage and a step name; raise from it to cancel."""


@dataclass(frozen=True)
class ReportRequest:
    period: Period
    language: str = "en"
    report_date: date | None = None
    """Shown as the generation date; defaults to the period's end so no clock is read."""
    settings: RuleSettings = DEFAULT_SETTINGS
    """The user's rule thresholds (Preferences), as the dashboard uses them: the overdue
    figures and list must be the ones the clerk sees on screen."""


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    figures: KeyFigures
    previous: KeyFigures
    unconverted: tuple[Unconverted, ...]


def _noop(_pct: int, _step: str) -> None:
    pass


def build_report(
    db: Database, request: ReportRequest, out: Path, progress: Progress = _noop
) -> ReportResult:
    with report_language(request.language) as lang, _gc_paused():
        progress(5, "figures")
        with db.session("report") as s:
            converter = EurConverter.load(s)
            rules = request.settings
            figures = key_figures(s, request.period, converter, rules)
            before = key_figures(s, previous(request.period), converter, rules)
            office = data.office(s)
            as_of = data.last_change(s)
            progress(25, "details")
            overdue = overdue_items(s, request.period.end, rules)
            energy = data.energy_day_rows(s, request.period)
            # Each annex's records become its table's cells as soon as they are read, and
            # are let go before the next annex is read: a large territory's annexes are
            # tens of thousands of rows, and only the cells are needed to lay them out.
            annexes = sections.annexes_heading()
            signatories = data.signatory_rows(s, request.period, converter)
            annexes += sections.annex("signatory", signatories)
            del signatories
            activities = data.activity_rows(s, request.period)
            listed_activities = len(activities)
            annexes += sections.annex("support_activity", activities)
            del activities
            finance_rows = data.finance_rows(s, request.period, converter)
            annexes += sections.annex("financial_support", finance_rows)
            del finance_rows
            mitigation, adaptation = data.action_rows(s)
            annexes += sections.annex("mitigation_action", mitigation)
            del mitigation
            annexes += sections.annex("adaptation_action", adaptation)
            del adaptation
        # The same for the plans' figures and the inventories' emissions (with every cell's
        # factor): their sections are made at once. Every inventory's emissions are computed
        # once, for the plans' targets, the territory's sums and the inventories' table.
        inventories = inventory_rows(db)
        plans = plan_contents(action_figures(db, request.period.end, inventories))
        emissions = emissions_section(
            territory(db, request.period.end, request.settings, inventories), inventories
        )
        del inventories
        forget_widths()
        progress(45, "layout")
        office_name = office.name if office else tr("Report", "Covenant Coordinator")
        period_text = tr("Report", "{start} to {end}").format(
            start=fmt_date(request.period.start), end=fmt_date(request.period.end)
        )
        title = tr("Report", "Covenant Coordinator activity report")
        info = DocInfo(
            title=f"{title}: {office_name}, {request.period.label()}",
            subject=tr("Report", "Report to the European Commission"),
            author=office_name,
            language={"en": "en-GB", "ru": "ru-RU", "tk": "tk-TM"}.get(lang, lang),
            header_left=office_name,
            header_right=period_text,
            footer_left=title,
            page_label=tr("Report", "Page {page} of {pages}"),
            contents_title=tr("Report", "Contents"),
        )
        body: list[Flowable] = [
            *_summary(figures, before),
            *[PageBreak(), *sections.promotion(figures)],
            *[PageBreak(), *sections.assistance(figures, listed_activities)],
            *[PageBreak(), *sections.finance(figures)],
            *[PageBreak(), *sections.energy_days(figures, energy)],
            *[PageBreak(), *sections.reporting(figures, overdue)],
            *[PageBreak(), *plans],
            *[PageBreak(), *emissions],
            *[PageBreak(), *annexes],
        ]
        del energy, overdue, plans, emissions, annexes

        def story(layout: object) -> list[Flowable]:
            # The flowables are handed over, not kept here: reportlab lets each one go once
            # it is on its page.
            items: list[Flowable] = _cover(office, period_text, request, as_of)
            items += [PageBreak(), *contents_flowables(info, layout), PageBreak()]  # type: ignore[arg-type]
            items += body
            body.clear()
            return items

        pages = build_pdf(out, info, story)
        progress(100, "done")
    return ReportResult(Path(out), pages, figures, before, figures.finance.unconverted)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while the report is made (memory is still freed as
    soon as nothing refers to it). Reading a large territory's annexes makes hundreds of
    thousands of rows and cells that live until the layout, so the collector's full passes,
    each over every object of the process, kept coming and found nothing to free (five of
    them, half a second, in the 1,000-signatory demo); the whole build leaves a handful of
    cycles, left to its next pass. One pass first, so that what was garbage already is not
    kept through the build. A collector that was off stays off."""
    was = gc.isenabled()
    if was:
        gc.collect()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _cover(
    office: data.Office | None, period_text: str, request: ReportRequest, as_of: object
) -> list[Flowable]:
    st = paragraph_styles()
    rows: list[tuple[str, str]] = []
    if office:
        rows.append((tr("Report", "Coordinator"), office.name))
        if office.local_name:
            rows.append(("", office.local_name))
        rows.append((tr("Report", "Type"), code_label(CoordinatorKind, office.kind)))
        rows.append((tr("Report", "Country"), country(office.country)))
        if office.region:
            rows.append((tr("Report", "Region"), office.region))
    rows.append((tr("Report", "Reporting period"), period_text))
    rows.append((tr("Report", "Report date"), fmt_date(request.report_date or request.period.end)))
    if as_of is not None:
        rows.append((tr("Report", "Data as of"), fmt_date(as_of)))  # type: ignore[arg-type]
    out: list[Flowable] = [
        Spacer(1, 90),
        Paragraph(tr("Report", "Covenant of Mayors"), st["subtitle"]),
        gap(6),
        Paragraph(tr("Report", "Covenant Coordinator activity report"), st["title"]),
        gap(4),
        Paragraph(tr("Report", "Report to the European Commission"), st["subtitle"]),
        Spacer(1, 50),
    ]
    for key, value in rows:
        out.append(para(f"{key}: {value}" if key else value, "body" if key else "small"))
        out.append(gap(3))
    if office is None:
        out.append(
            para(tr("Report", "The coordinator profile has not been filled in yet."), "note")
        )
    return out


def summary_rows(
    now: KeyFigures, before: KeyFigures
) -> list[tuple[str, Decimal, Decimal, Callable[[Decimal], str]]]:
    """The headline indicators of the executive summary (also used by the tests)."""

    def n(v: Decimal) -> str:
        return fmt_int(int(v))

    def d1(v: Decimal) -> str:
        return fmt_decimal(v, 1)

    return [
        (
            tr("Report", "Signatories in the territory"),
            Decimal(now.promotion.signatories),
            Decimal(before.promotion.signatories),
            n,
        ),
        (
            tr("Report", "New adhesions"),
            Decimal(now.promotion.new_adhesions),
            Decimal(before.promotion.new_adhesions),
            n,
        ),
        (
            tr("Report", "Assistance activities"),
            Decimal(now.assistance.activities),
            Decimal(before.assistance.activities),
            n,
        ),
        (tr("Report", "Staff days"), now.assistance.staff_days, before.assistance.staff_days, d1),
        (
            tr("Report", "Signatories reached"),
            Decimal(now.assistance.signatories_reached),
            Decimal(before.assistance.signatories_reached),
            n,
        ),
        (
            tr("Report", "Financial support provided (EUR)"),
            now.finance.provided_eur,
            before.finance.provided_eur,
            fmt_eur,
        ),
        (
            tr("Report", "Rejected (EUR)"),
            now.finance.rejected_eur,
            before.finance.rejected_eur,
            fmt_eur,
        ),
        (
            tr("Report", "Energy Days"),
            Decimal(now.energy_days.count),
            Decimal(before.energy_days.count),
            n,
        ),
        (
            tr("Report", "Energy Day participants"),
            Decimal(now.energy_days.participants),
            Decimal(before.energy_days.participants),
            n,
        ),
        (
            tr("Report", "Action plans submitted"),
            Decimal(now.reporting.plans_submitted),
            Decimal(before.reporting.plans_submitted),
            n,
        ),
        (
            tr("Report", "Action plans accepted"),
            Decimal(now.reporting.plans_accepted),
            Decimal(before.reporting.plans_accepted),
            n,
        ),
        (
            tr("Report", "Monitoring reports submitted"),
            Decimal(now.reporting.monitoring_submitted),
            Decimal(before.reporting.monitoring_submitted),
            n,
        ),
        (
            tr("Report", "Overdue items"),
            Decimal(now.reporting.overdue_plans + now.reporting.overdue_monitoring),
            Decimal(before.reporting.overdue_plans + before.reporting.overdue_monitoring),
            n,
        ),
    ]


def is_empty(f: KeyFigures) -> bool:
    return not (
        f.promotion.new_adhesions
        or f.promotion.status_changes
        or f.assistance.activities
        or f.finance.records
        or f.energy_days.count
        or f.reporting.plans_submitted
        or f.reporting.monitoring_submitted
    )


def _summary(now: KeyFigures, before: KeyFigures) -> list[Flowable]:
    prev = before.period
    out: list[Flowable] = [
        sections.h1(tr("Report", "Executive summary")),
        para(
            tr(
                "Report",
                "Key figures of the reporting period compared with the previous period of "
                "equal length ({start} to {end}).",
            ).format(start=fmt_date(prev.start), end=fmt_date(prev.end))
        ),
        gap(),
    ]
    if is_empty(now):
        out += [
            para(
                tr(
                    "Report",
                    "No activity was recorded in this period: no new adhesions, "
                    "assistance, financing decisions, Energy Days or plan submissions.",
                ),
                "note",
            ),
            gap(),
        ]
    out.append(
        data_table(
            [
                tr("Report", "Indicator"),
                tr("Report", "This period"),
                tr("Report", "Previous period"),
                tr("Report", "Change"),
            ],
            [
                [label, fmt(a), fmt(b), fmt_change(a, b)]
                for label, a, b, fmt in summary_rows(now, before)
            ],
            [2.9, 1.3, 1.3, 1.9],
            (1, 2, 3),
        )
    )
    if now.finance.unconverted:
        out += [
            gap(),
            para(
                tr(
                    "Report",
                    "{count} financing records could not be converted to EUR for lack of an "
                    "exchange rate; they are listed in section 3 and left out of the EUR totals.",
                ).format(count=fmt_int(sum(u.records for u in now.finance.unconverted))),
                "note",
            ),
        ]
    return out
