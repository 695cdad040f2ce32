"""The activity report: figures straight from the database must be in the PDF text."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from desktop_app.services.period import Period
from desktop_app.services.reports.pdf_report import ReportRequest, build_report
from tests.ci import in_ci

from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def pdf_lines(path: Path) -> list[str]:
    reader = PdfReader(str(path))
    return [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]


def value_after(lines: list[str], label: str) -> str:
    return lines[lines.index(label) + 1]


def test_key_figures_from_sql_are_in_the_pdf(database, tmp_path):
    seed(database)
    out = tmp_path / "report.pdf"
    result = build_report(database, ReportRequest(YEAR, "en", date(2026, 1, 15)), out)
    with database.engine.connect() as c:
        activities = c.execute(
            text(
                "SELECT count(*), sum(staff_days) FROM support_activity "
                "WHERE deleted_at IS NULL AND activity_date BETWEEN :a AND :b"
            ),
            {"a": YEAR.start, "b": YEAR.end},
        ).one()
        participants = c.execute(
            text(
                "SELECT sum(participants) FROM energy_day "
                "WHERE deleted_at IS NULL AND start_date BETWEEN :a AND :b"
            ),
            {"a": YEAR.start, "b": YEAR.end},
        ).scalar()
        # Support provided: approved or disbursed, live, of a live signatory, each at the
        # latest live rate on or before its decision date (EUR counts as 1).
        provided = c.execute(
            text(
                "SELECT sum(f.amount / CASE WHEN f.currency = 'EUR' THEN 1 ELSE ("
                "  SELECT r.units_per_eur FROM exchange_rate r WHERE r.currency = f.currency"
                "  AND r.deleted_at IS NULL AND r.rate_date <= f.decision_date"
                "  ORDER BY r.rate_date DESC LIMIT 1) END) "
                "FROM financial_support f JOIN signatory s ON s.id = f.signatory_id "
                "WHERE f.deleted_at IS NULL AND s.deleted_at IS NULL "
                "AND f.status IN ('approved', 'disbursed') "
                "AND f.decision_date BETWEEN :a AND :b"
            ),
            {"a": YEAR.start, "b": YEAR.end},
        ).scalar()
    lines = pdf_lines(out)
    assert value_after(lines, "Assistance activities") == str(activities[0])
    assert value_after(lines, "Staff days") == f"{Decimal(activities[1]):.1f}"
    assert value_after(lines, "Energy Day participants") == str(participants)
    total = Decimal(str(provided))
    assert total == Decimal("150000")  # 100,000 EUR + 200,000 TMT at 4; UAH is only applied
    assert value_after(lines, "Financial support provided (EUR)") == f"{total:,.0f} EUR"
    # Previous period (2024) is beside it, and the unconverted UAH grant is named.
    assert lines[lines.index("Assistance activities") + 2] == "1"
    assert "UAH" in lines and any("5,000.00 UAH" in line for line in lines)
    assert result.unconverted[0].currency == "UAH"
    # Every section and annex is in the contents and the document.
    for heading in ("Executive summary", "4. Energy Days", "Annex A. Signatories"):
        assert lines.count(heading) >= 2
    assert f"Page 3 of {result.pages}" in lines
    meta = PdfReader(str(out)).metadata
    assert "Daşoguz" in meta.author and meta.subject == "Report to the European Commission"


def test_same_data_gives_identical_bytes(sqlite_database, tmp_path):
    seed(sqlite_database)
    req = ReportRequest(YEAR, "tk", date(2026, 1, 15))
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_report(sqlite_database, req, a)
    build_report(sqlite_database, req, b)
    assert a.read_bytes() == b.read_bytes()
    c = tmp_path / "c.pdf"
    build_report(sqlite_database, ReportRequest(YEAR, "tk", date(2026, 1, 16)), c)
    assert c.read_bytes() != a.read_bytes()


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", ["января 2025", "Туркменабат", "Дашогуз"]),
        ("tk", ["ýanwar 2025", "Türkmenabat", "Köneürgenç", "Şabat"]),
    ],
)
def test_russian_and_turkmen_letters_are_text(sqlite_database, tmp_path, lang, expected):
    seed(sqlite_database)
    out = tmp_path / f"{lang}.pdf"
    build_report(sqlite_database, ReportRequest(YEAR, lang, date(2026, 1, 15)), out)
    body = "\n".join(pdf_lines(out))
    for word in expected:
        assert word in body
    assert PdfReader(str(out)).metadata is not None


@pytest.mark.skipif(
    not in_ci() and shutil.which("pdffonts") is None, reason="poppler-utils not installed"
)
def test_every_font_is_embedded(sqlite_database, tmp_path):
    seed(sqlite_database)
    out = tmp_path / "r.pdf"
    build_report(sqlite_database, ReportRequest(YEAR, "ru"), out)
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True)
    rows = listing.stdout.splitlines()[2:]
    assert rows, listing.stdout
    for row in rows:
        assert "DejaVuSans" in row
        emb = row.split()[-5]
        assert emb == "yes", row


def test_empty_period_gives_a_valid_report_that_says_so(sqlite_database, tmp_path):
    out = tmp_path / "empty.pdf"
    result = build_report(
        sqlite_database, ReportRequest(Period(date(2030, 1, 1), date(2030, 3, 31))), out
    )
    body = "\n".join(pdf_lines(out))
    assert "No activity was recorded in this period" in body
    assert "The coordinator profile has not been filled in yet." in body
    assert result.pages >= 8


def test_failed_build_leaves_no_file(sqlite_database, tmp_path, monkeypatch):
    """A failure in the middle of the layout leaves neither the PDF nor a temporary file."""
    from desktop_app.services.reports import blocks

    seed(sqlite_database)
    out = tmp_path / "r.pdf"
    out.write_bytes(b"previous report")

    def boom(*_args):
        raise RuntimeError("disk full")

    # A table being drawn on its page: the layout has begun, the temporary file exists.
    monkeypatch.setattr(blocks.PagedTable, "draw", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        build_report(sqlite_database, ReportRequest(YEAR), out)
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("office.")] == ["r.pdf"]
    assert out.read_bytes() == b"previous report"
