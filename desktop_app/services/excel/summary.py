"""The Summary and Coordinator profile sheets: the same key figures the PDF report shows.

Figures come from services.figures, so the workbook, the PDF and the dashboard agree; the
Finance sheet's SUBTOTAL recalculates to the "Financial support (EUR)" line below.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.models import Coordinator
from ...i18n import tr
from .. import figures
from ..period import Period
from .queries import Labels
from .sheets import COUNTRY, DATE, ENUM, MONEY, NUMBER_FORMATS, OFFICE_SPECS, PROFILE, SERVICES
from .writer import print_landscape

CTX = "Excel"
TITLE_FONT = Font(bold=True, size=14)
SECTION_FONT = Font(bold=True)

COMMITMENTS = (
    N_("Excel", "1. Promotion and coordination of signatories"),
    N_("Excel", "2. Technical and strategic assistance"),
    N_("Excel", "3. Financial support"),
    N_("Excel", "4. Energy Days"),
    N_("Excel", "5. Reporting"),
)


def summary_lines(kf: figures.KeyFigures) -> list[tuple[int, str, Any]]:
    """(commitment index, English figure label, value); labels are translated when written."""
    p, a, f, e, r = kf.promotion, kf.assistance, kf.finance, kf.energy_days, kf.reporting
    lines: list[tuple[int, str, Any]] = [
        (0, N_("Excel", "Signatories supported"), p.signatories),
        (0, N_("Excel", "New adhesions in the period"), p.new_adhesions),
        (1, N_("Excel", "Assistance activities"), a.activities),
        (1, N_("Excel", "Staff days"), a.staff_days),
        (1, N_("Excel", "Participants in assistance activities"), a.participants),
        (1, N_("Excel", "Signatories reached"), a.signatories_reached),
        (2, N_("Excel", "Financing decisions"), f.records),
        (2, N_("Excel", "Support provided (approved or disbursed): decisions"), f.provided_records),
        (2, N_("Excel", "Financial support provided (EUR)"), f.provided_eur),
        (2, N_("Excel", "Disbursed (EUR)"), f.disbursed_eur),
        (2, N_("Excel", "Rejected: decisions"), f.rejected_records),
        (2, N_("Excel", "Rejected (EUR)"), f.rejected_eur),
        (2, N_("Excel", "Applications awaiting a decision"), f.pending_records),
        (2, N_("Excel", "Awaiting a decision (EUR)"), f.pending_eur),
        (3, N_("Excel", "Energy Days held"), e.count),
        (3, N_("Excel", "Energy Day participants"), e.participants),
        (3, N_("Excel", "Registered with EU Sustainable Energy Week"), e.eusew_registered),
        (4, N_("Excel", "Action plans submitted"), r.plans_submitted),
        (4, N_("Excel", "Action plans accepted"), r.plans_accepted),
        (4, N_("Excel", "Monitoring reports submitted"), r.monitoring_submitted),
        (4, N_("Excel", "Monitoring reports accepted"), r.monitoring_accepted),
        (4, N_("Excel", "Overdue action plans"), r.overdue_plans),
        (4, N_("Excel", "Overdue monitoring reports"), r.overdue_monitoring),
    ]
    return lines


def _cell(ws: Any, value: Any, *, font: Font | None = None, fmt: str | None = None) -> Any:
    c = WriteOnlyCell(ws, value)
    if isinstance(value, str):
        c.data_type = "s"
    if font is not None:
        c.font = font
    if fmt is not None:
        c.number_format = fmt
    return c


def write_summary(
    wb: Any,
    kf: figures.KeyFigures,
    office: str,
    period: Period,
    actions: Any = None,
    emissions: Any = None,
) -> None:
    """The key figures per commitment; with `actions` (services.action_figures), the
    territory's figures from the plans' contents after them."""
    ws = wb.create_sheet(tr("Excel", "Summary")[:31])
    ws.column_dimensions["A"].width = 48
    ws.column_dimensions["B"].width = 18
    ws.column_dimensions["C"].width = 14
    print_landscape(ws)
    ws.append([_cell(ws, tr("Excel", "Key figures per commitment"), font=TITLE_FONT)])
    ws.append([_cell(ws, office), _cell(ws, period.label())])
    ws.append([])
    current = -1
    for index, text, value in summary_lines(kf):
        if index != current:
            current = index
            ws.append([_cell(ws, tr(CTX, COMMITMENTS[index]), font=SECTION_FONT)])
        fmt = NUMBER_FORMATS[MONEY] if "EUR" in text else None
        ws.append([_cell(ws, tr(CTX, text)), _cell(ws, value, fmt=fmt)])
    if actions is not None:
        _write_actions(ws, actions)
    if emissions is not None:
        _write_emissions(ws, emissions)
    if kf.finance.unconverted:
        ws.append([])
        ws.append(
            [
                _cell(
                    ws,
                    tr("Excel", "Amounts without an exchange rate (not in the EUR total)"),
                    font=SECTION_FONT,
                )
            ]
        )
        for u in kf.finance.unconverted:
            ws.append(
                [
                    _cell(ws, u.currency),
                    _cell(ws, u.amount, fmt=NUMBER_FORMATS[MONEY]),
                    _cell(ws, u.on, fmt=NUMBER_FORMATS[DATE]),
                ]
            )


PROFILE_FIELDS = tuple((c.field, c.header) for c in OFFICE_SPECS[PROFILE].columns)
"""(field, English label) of each profile row: the coordinator kind spec's Excel facets."""


def own_office(session: Session) -> Coordinator | None:
    return session.scalars(
        select(Coordinator)
        .where(Coordinator.deleted_at.is_(None))
        .order_by(Coordinator.is_own_office.desc(), Coordinator.created_at)
        .limit(1)
    ).first()


def _value(labels: Labels, col: Any, value: Any) -> Any:
    if col.type == ENUM and col.enum is not None:
        return labels.enum(col.enum, value)
    if col.type == COUNTRY:
        return labels.country(value)
    return value if value not in ("", None) else None


def write_profile(wb: Any, office: Coordinator | None, labels: Labels) -> None:
    """Label/value rows, then the services with a header row; office.py reads them back."""
    ws = wb.create_sheet(tr("Excel", "Coordinator profile")[:31])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 48
    for letter in ("C", "D"):
        ws.column_dimensions[letter].width = 14
    print_landscape(ws)
    ws.append([_cell(ws, tr("Excel", "Coordinator profile"), font=TITLE_FONT)])
    if office is None:
        ws.append([_cell(ws, tr("Excel", "No coordinator profile has been entered yet."))])
        return
    for col in OFFICE_SPECS[PROFILE].columns:
        fmt = NUMBER_FORMATS.get(col.type)
        ws.append(
            [
                _cell(ws, tr(col.context, col.header), font=SECTION_FONT),
                _cell(ws, _value(labels, col, getattr(office, col.field)), fmt=fmt),
            ]
        )
    offers = [o for o in office.services if o.deleted_at is None]
    if offers:
        columns = OFFICE_SPECS[SERVICES].columns
        ws.append([])
        ws.append([_cell(ws, tr("Excel", "Services offered to signatories"), font=SECTION_FONT)])
        ws.append([_cell(ws, tr(c.context, c.header), font=SECTION_FONT) for c in columns])
        for offer in sorted(offers, key=lambda o: (o.service.value, o.valid_from or date.min)):
            ws.append(
                [
                    _cell(
                        ws,
                        _value(labels, c, getattr(offer, c.field)),
                        fmt=NUMBER_FORMATS.get(c.type),
                    )
                    for c in columns
                ]
            )


def _write_actions(ws: Any, af: Any) -> None:
    """The same rows as the dashboard's and the PDF's (action_figures.figure_rows)."""
    from ...i18n import label
    from .. import action_figures as A

    ws.append([_cell(ws, tr(A.CTX, A.TITLE), font=SECTION_FONT)])
    formats = {"t": NUMBER_FORMATS[MONEY], "eur": NUMBER_FORMATS[MONEY], "pct": "0.0"}
    for text, value, unit in A.figure_rows(af):
        ws.append([_cell(ws, tr(A.CTX, text)), _cell(ws, value, fmt=formats.get(unit))])
    for status, n, share in A.status_rows(af):
        ws.append(
            [
                _cell(ws, tr(A.CTX, A.STATUS_SHARE).format(status=label(status))),
                _cell(ws, share, fmt="0.0"),
                _cell(ws, n),
            ]
        )


EMISSIONS_TITLE = N_("Excel", "Emissions of the territory")


def emission_lines(e: Any) -> list[tuple[str, Any, str | None]]:
    """(English label, value, number format) of the territory's emissions
    (services.inventories.TerritoryEmissions): the dashboard's and the PDF's figures."""
    change = e.change_percent
    return [
        (N_("Excel", "Signatories with an emission inventory"), e.signatories, None),
        (N_("Excel", "Baseline emissions (t)"), e.baseline_total, "#,##0"),
        (N_("Excel", "Latest emissions (t)"), e.latest_total, "#,##0"),
        (N_("Excel", "Change against the baseline (%)"),
         None if change is None else change, "0.0"),  # fmt: skip
        (N_("Excel", "Baseline emissions per inhabitant (t)"), e.baseline_per_capita, "0.00"),
        (N_("Excel", "Latest emissions per inhabitant (t)"), e.latest_per_capita, "0.00"),
        (N_("Excel", "Signatories whose latest inventory is older than 4 years"),
         len(e.stale), None),  # fmt: skip
        (N_("Excel", "Emission factor table"), e.version, None),
    ]


def _write_emissions(ws: Any, e: Any) -> None:
    ws.append([])
    ws.append([_cell(ws, tr(CTX, EMISSIONS_TITLE), font=SECTION_FONT)])
    for text, value, fmt in emission_lines(e):
        ws.append([_cell(ws, tr(CTX, text)), _cell(ws, value, fmt=fmt)])
