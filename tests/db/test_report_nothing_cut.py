"""No amount, currency, date or header is cut in the PDF, in any language (issue 10).

Found in the annexes: "Staff d…" headers and "6,641,700.00 A…" amounts. The columns are now
sized to their content (reports/blocks.column_widths) and text wraps; these tests put the
longest values a real office has (a billion in a currency, long Russian and Turkmen labels)
into the report and look for every one of them whole in the PDF's text.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.enums import FinanceStatus, FundingSource, Instrument
from desktop_app.domain.models import ExchangeRate, FinancialSupport, Signatory
from desktop_app.services.period import Period
from desktop_app.services.reports.blocks import column_widths, wrap_cell
from desktop_app.services.reports.doc import CONTENT_WIDTH
from desktop_app.services.reports.pdf_report import ReportRequest, build_report

from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def _text(path: Path) -> str:
    reader = PdfReader(str(path))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"[\u00a0\u202f\u2009]", " ", raw)


def _big_amount(db) -> None:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:
        town = Signatory(name="Gyumri", country="AM", adhesion_date=date(2015, 3, 1))
        s.add(town)
        s.flush()
        s.add(
            ExchangeRate(currency="AMD", rate_date=date(2025, 1, 1), units_per_eur=Decimal("437.4"))
        )
        s.add(
            FinancialSupport(
                signatory_id=town.id,
                instrument=Instrument.SOFT_LOAN,
                source=FundingSource.NATIONAL,
                amount=Decimal("1249847400.00"),
                currency="AMD",
                decision_date=date(2025, 1, 16),
                status=FinanceStatus.APPROVED,
            )
        )


@pytest.mark.parametrize(
    ("lang", "amount", "date_text"),
    [
        ("en", "1,249,847,400.00 AMD", "16/01/2025"),
        ("ru", "1 249 847 400,00 AMD", "16.01.2025"),
        ("tk", "1 249 847 400,00 AMD", "16.01.2025"),
    ],
)
def test_a_billion_in_a_currency_is_printed_whole(
    sqlite_database, tmp_path: Path, lang: str, amount: str, date_text: str
) -> None:
    seed(sqlite_database)
    _big_amount(sqlite_database)
    out = tmp_path / f"report-{lang}.pdf"
    build_report(sqlite_database, ReportRequest(YEAR, lang, date(2026, 1, 15)), out)
    text = _text(out)
    assert amount in text
    assert date_text in text
    # no line that holds a figure, a currency or a date was shortened
    cut = [
        line for line in text.splitlines() if "…" in line and re.search(r"\d|\b[A-Z]{3}\b", line)
    ]
    assert not cut, cut


def test_values_that_cannot_wrap_get_their_full_width() -> None:
    header = ["Date", "Signatory", "Instrument", "Source", "Status", "Amount", "EUR"]
    row = [
        "16.01.2025", "Bila Tserkva", "Прикомандированный персонал",
        "Международная финансовая организация", "Выплачено",
        "1 249 847 400,00 AMD", "2 857 506",
    ]  # fmt: skip
    widths = column_widths(header, [row] * 3, [1.1, 1.5, 1.5, 1.5, 1.1, 1.6, 1.1], (5, 6))
    assert sum(widths) == pytest.approx(CONTENT_WIDTH, abs=1)
    for c in (0, 4, 5, 6):  # a date, a one-word status, an amount, a figure: one line each
        assert "\n" not in wrap_cell(row[c], widths[c]), (c, row[c], widths[c])
    source = wrap_cell(row[3], widths[3])
    assert source.replace("\n", " ") == row[3]  # wrapped, not shortened


def test_a_word_wider_than_its_column_breaks_with_a_hyphen() -> None:
    assert wrap_cell("Прикомандированный", 40).count("\n") >= 1
    assert all(line.endswith("-") for line in wrap_cell("Прикомандированный", 40).split("\n")[:-1])
