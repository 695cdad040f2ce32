"""ONE definition of "financial support provided", proven against plain SQL in every output.

Provided = approved or disbursed decisions, decided in the period, live (not in the Trash,
nor belonging to a signatory in the Trash), each converted at the latest live exchange
rate on or before its decision date. Rejections (decided in the period) and applications
awaiting a decision are figures of their own. The oracle below reads the tables with raw
SQL and converts in Python, sharing no code with services/figures.py, services/eur.py or
services/dashboard.py; then each figure must appear, the same, in the dashboard (service
and page text), the workbook's Summary, the PDF report (executive summary and finance
section) and the signatory's fact sheet. `coordinator-desk deadlines` shows no money.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.domain.enums import FinanceStatus, FundingSource, Instrument
from desktop_app.domain.models import ExchangeRate, FinancialSupport, Signatory
from desktop_app.domain.rules.settings import RuleSettings
from desktop_app.services import dashboard
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from desktop_app.services.reports.factsheet import build_factsheets
from desktop_app.services.reports.pdf_report import ReportRequest, build_report

from .finance_oracle import PROVIDED, records, to_eur
from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
BEFORE = Period(date(2024, 1, 1), date(2024, 12, 31))
TODAY = date(2025, 12, 31)
CENT = Decimal("0.01")


def _office(db) -> None:  # noqa: ANN001
    """The report seed, plus what a wrong definition would count: rejections, a record and
    a signatory in the Trash, a later rate, a rate in the Trash, a pending application."""
    ids = seed(db)
    gone = datetime(2025, 12, 1, tzinfo=UTC)
    with db.transaction("test") as s:
        trashed = Signatory(name="Boldumsaz", country="TM", deleted_at=gone)
        s.add(trashed)
        s.flush()
        s.add_all(
            [
                ExchangeRate(currency="TMT", rate_date=date(2025, 6, 1), units_per_eur=5),
                ExchangeRate(
                    currency="TMT", rate_date=date(2025, 7, 1), units_per_eur=100, deleted_at=gone
                ),
            ]
        )

        def add(name_or_id, status, amount, currency, day, **extra) -> None:  # noqa: ANN001
            sid = name_or_id if not isinstance(name_or_id, str) else ids[name_or_id]
            s.add(
                FinancialSupport(
                    signatory_id=sid,
                    instrument=Instrument.GRANT,
                    source=FundingSource.NATIONAL,
                    amount=Decimal(amount),
                    currency=currency,
                    decision_date=day,
                    status=status,
                    **extra,
                )
            )

        add("Daşoguz", FinanceStatus.APPROVED, "60000.00", "TMT", date(2025, 7, 10))
        add("Türkmenabat", FinanceStatus.REJECTED, "30000.00", "EUR", date(2025, 8, 8))
        add("Türkmenabat", FinanceStatus.REJECTED, "8000.00", "TMT", date(2025, 9, 9))
        add("Daşoguz", FinanceStatus.APPROVED, "999.00", "EUR", date(2025, 5, 5), deleted_at=gone)
        add(trashed.id, FinanceStatus.APPROVED, "5555.00", "EUR", date(2025, 6, 6))
        add("Daşoguz", FinanceStatus.APPLIED, "12000.00", "EUR", None)


def _oracle(db) -> dict:  # noqa: ANN001
    rates, rows = records(db)

    def total(statuses: set[str], period: Period | None, signatory: str | None = None) -> dict:
        chosen = [
            r
            for r in rows
            if r[4] in statuses
            and (period is None or (r[3] is not None and period.start <= r[3] <= period.end))
            and (signatory is None or r[0] == signatory)
        ]
        values = [to_eur(rates, a, c, d or YEAR.end) for _s, a, c, d, _st in chosen]
        return {
            "n": len(chosen),
            "eur": sum((v for v in values if v is not None), Decimal(0)).quantize(CENT),
        }

    return {
        "provided": total(PROVIDED, YEAR),
        "provided_before": total(PROVIDED, BEFORE),
        "rejected": total({"rejected"}, YEAR),
        "rejected_before": total({"rejected"}, BEFORE),
        "pending": total({"applied"}, None),
        "dasoguz_all_time": total(PROVIDED, None, "Daşoguz"),
    }


def _pdf_lines(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def _en(value: Decimal) -> str:
    """The English reading of a whole-euro figure, written here, not by the product."""
    return f"{value.quantize(Decimal(1)):,}"


def test_financial_support_provided_is_the_same_hand_computed_figure_everywhere(
    database, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    _office(database)
    want = _oracle(database)
    # The seed's own arithmetic, so the oracle itself is checked: 100,000 EUR approved +
    # 200,000 TMT disbursed at 4 + 60,000 TMT approved at 5 (not the trashed 100, not 4).
    assert want["provided"] == {"n": 3, "eur": Decimal("162000.00")}
    assert want["rejected"] == {"n": 2, "eur": Decimal("31600.00")}
    assert want["pending"] == {"n": 2, "eur": Decimal("12000.00")}  # UAH has no rate

    # 1. The dashboard service and its page.
    board = dashboard.compute(database, TODAY, RuleSettings(), YEAR)
    figure = board.figure("finance_eur")
    assert (figure.current, figure.previous) == (
        want["provided"]["eur"],
        want["provided_before"]["eur"],
    )
    assert board.finance_by_year[-1] == (2025, want["provided"]["eur"])
    split = board.finance_split
    assert (split.rejected, split.rejected_eur) == (want["rejected"]["n"], want["rejected"]["eur"])
    assert (split.pending, split.pending_eur) == (want["pending"]["n"], want["pending"]["eur"])
    assert board.facts.finance_decisions == want["provided"]["n"]
    assert board.facts.finance_eur == want["provided"]["eur"]

    from desktop_app.config import Settings
    from desktop_app.ui.pages.dashboard_page import DashboardPage
    from desktop_app.ui.sections import PageContext

    page = DashboardPage(PageContext(database, Settings(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page._show(board)
    lines = page.figure_buttons["finance_eur"].text().splitlines()
    assert lines[1] == _en(want["provided"]["eur"])
    tip = page.figure_buttons["finance_eur"].toolTip()
    assert _en(want["rejected"]["eur"]) in tip and _en(want["pending"]["eur"]) in tip
    light = page.cards[next(c for c in page.cards if c.value == "finance")].reason.text()
    assert f"{_en(want['provided']['eur'])} EUR" in light

    # 2. The workbook's Summary sheet.
    out = tmp_path / "office.xlsx"
    export_workbook(database, out, YEAR, today=TODAY)
    cells = {r[0]: r[1] for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r}
    assert Decimal(str(cells["Financial support provided (EUR)"])) == want["provided"]["eur"]
    assert cells["Support provided (approved or disbursed): decisions"] == want["provided"]["n"]
    assert Decimal(str(cells["Rejected (EUR)"])) == want["rejected"]["eur"]
    assert cells["Rejected: decisions"] == want["rejected"]["n"]
    assert Decimal(str(cells["Awaiting a decision (EUR)"])) == want["pending"]["eur"]
    assert cells["Applications awaiting a decision"] == want["pending"]["n"]

    # 3. The PDF report: executive summary (this period, previous) and finance section.
    pdf = tmp_path / "report.pdf"
    build_report(database, ReportRequest(YEAR, "en", date(2026, 1, 15)), pdf)
    lines = _pdf_lines(pdf)
    at = [i for i, line in enumerate(lines) if line == "Financial support provided (EUR)"]
    assert len(at) == 2, at  # executive summary, then section 3
    summary, section = at
    assert lines[summary + 1 : summary + 3] == [
        f"{_en(want['provided']['eur'])} EUR",
        f"{_en(want['provided_before']['eur'])} EUR",
    ]
    assert lines[section + 1] == f"{_en(want['provided']['eur'])} EUR"
    rejected = [i for i, line in enumerate(lines) if line == "Rejected (EUR)"]
    assert [lines[i + 1] for i in rejected] == [f"{_en(want['rejected']['eur'])} EUR"] * 2
    pending = lines.index("Awaiting a decision (EUR)")
    assert lines[pending + 1] == f"{_en(want['pending']['eur'])} EUR"
    assert lines[lines.index("Applications awaiting a decision") + 1] == str(want["pending"]["n"])

    # 4. The fact sheet of Daşoguz: all its provided support, all time.
    sheet = tmp_path / "dasoguz.pdf"
    build_factsheets(database, sheet, ["Daşoguz"], "en")
    lines = _pdf_lines(sheet)
    label = lines.index("Financial support provided (EUR)")
    assert lines[label + 1] == f"{_en(want['dasoguz_all_time']['eur'])} EUR"
    assert want["dasoguz_all_time"]["eur"] == Decimal("119000.00")
