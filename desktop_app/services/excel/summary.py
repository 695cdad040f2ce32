"""The Summary and Coordinator profile sheets: the same key figures the PDF report shows.

Figures come from services.figures, so the workbook, the PDF and the dashboard agree; the
Finance sheet's SUBTOTAL recalculates to the "Financial support (EUR)" line below.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from sqlalchemy import select
from sqlalchemy.orm import Session

from ...domain.enums import CoordinatorKind, CoordinatorStatus
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.models import Coordinator
from ...i18n import tr
from .. import figures
from ..period import Period
from .queries import Labels
from .sheets import DATE, MONEY, NUMBER_FORMATS
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


def write_summary(wb: Any, kf: figures.KeyFigures, office: str, period: Period) -> None:
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


PROFILE_FIELDS = (
    ("name", N_("Excel", "Name")),
    ("local_name", N_("Excel", "Local name")),
    ("kind", N_("Excel", "Coordinator type")),
    ("country", N_("Excel", "Country")),
    ("region", N_("Excel", "Region")),
    ("status", N_("Excel", "Status")),
    ("contact_person", N_("Excel", "Contact person")),
    ("email", N_("Excel", "Email")),
    ("phone", N_("Excel", "Phone")),
    ("website", N_("Excel", "Website")),
    ("mandated_agency", N_("Excel", "Mandated agency")),
    ("commitment_signed_date", N_("Excel", "Commitment signed")),
    ("active_date", N_("Excel", "Active since")),
)


def own_office(session: Session) -> Coordinator | None:
    return session.scalars(
        select(Coordinator)
        .where(Coordinator.deleted_at.is_(None))
        .order_by(Coordinator.is_own_office.desc(), Coordinator.created_at)
        .limit(1)
    ).first()


def write_profile(wb: Any, office: Coordinator | None, labels: Labels) -> None:
    ws = wb.create_sheet(tr("Excel", "Coordinator profile")[:31])
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 48
    print_landscape(ws)
    ws.append([_cell(ws, tr("Excel", "Coordinator profile"), font=TITLE_FONT)])
    if office is None:
        ws.append([_cell(ws, tr("Excel", "No coordinator profile has been entered yet."))])
        return
    for name, text in PROFILE_FIELDS:
        value = getattr(office, name)
        if name == "kind":
            value = labels.enum(CoordinatorKind, value)
        elif name == "status":
            value = labels.enum(CoordinatorStatus, value)
        elif name == "country":
            value = labels.country(value)
        fmt = NUMBER_FORMATS[DATE] if name.endswith("_date") else None
        ws.append([_cell(ws, tr(CTX, text), font=SECTION_FONT), _cell(ws, value or None, fmt=fmt)])
    if office.services:
        from ...domain.enums import ServiceType

        ws.append([])
        ws.append([_cell(ws, tr("Excel", "Services offered to signatories"), font=SECTION_FONT)])
        for offer in office.services:
            if offer.deleted_at is None:
                ws.append(
                    [
                        _cell(ws, labels.enum(ServiceType, offer.service)),
                        _cell(ws, offer.description or None),
                    ]
                )
