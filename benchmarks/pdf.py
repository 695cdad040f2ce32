"""PDF report speed and memory on a demo office: 1,000 signatories, 10,000 activities.

Prints pages per second of the real report and the ratio to a bare reportlab document
that lays out the same annex rows as plain 40-row tables (target <= 1.3), measured in the
same run, and the peak resident memory of a process that builds the report (target
<= 200 MB).

    uv run python benchmarks/pdf.py [--signatories 1000] [--activities 10000] [--keep DIR]

The demo database is generated in a child process so its memory does not count. The
memory target is the report's: plain reportlab keeps every table's cell styles and every
page until the end, so with the annexes' 20,000 rows the baseline's layout alone peaks
above it and would hide the report's figure. So the report's peak is measured in a second
child process that does everything this one does (imports, the baseline's rows formatted
and kept, the warm-up, the report) except the baseline's layout; the times and their ratio
are this process's, as before, and this process's own peak (baseline and report) is printed
too.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 6, 30)


def generate(path: Path, signatories: int, activities: int) -> None:
    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate

    db = open_database(f"sqlite:///{path}")
    try:
        generate(db, DemoOptions(signatories, seed=7, activities=activities, today=TODAY))
    finally:
        db.dispose()


def baseline(path: Path, rows: list[list[str]]) -> int:
    """Plain reportlab: the same rows, same font, 40-row tables, default styles."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from desktop_app.services.reports.styles import FONT, register_fonts

    register_fonts()
    style = TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8)])
    story = []
    for i in range(0, len(rows), 40):
        t = Table(rows[i : i + 40])
        t.setStyle(style)
        story.append(t)
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1)
    doc.build(story)
    return doc.page


def _own_peak_mb() -> float:
    """This process's peak resident memory. Linux carries a parent's peak into a child it
    starts (getrusage's ru_maxrss survives the exec), so the child's own is read from
    /proc where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=1000)
    parser.add_argument("--activities", type=int, default=10000)
    parser.add_argument("--keep", type=Path, help="folder for the database and PDFs")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--report-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(args.generate, args.signatories, args.activities)
        return 0

    work = args.keep or Path(tempfile.mkdtemp(prefix="pdf-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    db_path = work / "demo.sqlite3"
    if not db_path.exists():
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--generate",
                str(db_path),
                "--signatories",
                str(args.signatories),
                "--activities",
                str(args.activities),
            ],
            check=True,
        )
        print(f"demo database: {time.perf_counter() - t:.1f} s ({db_path})")

    from sqlalchemy import func, select

    from desktop_app.domain.models import SupportActivity
    from desktop_app.services.database import open_database
    from desktop_app.services.figures import EurConverter
    from desktop_app.services.period import Period
    from desktop_app.services.reports import data
    from desktop_app.services.reports.lang import (
        report_language,
    )
    from desktop_app.services.reports.pdf_report import ReportRequest, build_report

    db = open_database(f"sqlite:///{db_path}")
    with db.session("bench") as s:
        first, last = s.execute(
            select(func.min(SupportActivity.activity_date), func.max(SupportActivity.activity_date))
        ).one()
    period = Period(first, last)
    request = ReportRequest(period, "en", TODAY)

    # The same rows as the report's annexes, already formatted by the report's own cell
    # functions (fetching and formatting are not layout), padded to eight columns.
    from desktop_app.domain import kinds
    from desktop_app.services.reports.sections import _cell, _computed_cells

    def formatted(kind_id: str, records: list) -> list[list[str]]:  # type: ignore[type-arg]
        kind = kinds.get(kind_id)
        special = _computed_cells()
        cells = [special.get((kind.id, f.name)) or _cell(kind, f) for f in kind.report_fields()]
        return [([str(cell(r)) for cell in cells] + [""] * 8)[:8] for r in records]

    with report_language("en"), db.session("bench") as s:
        conv = EurConverter.load(s)
        rows = formatted("signatory", data.signatory_rows(s, period, conv))
        rows += formatted("support_activity", data.activity_rows(s, period))
        rows += formatted("financial_support", data.finance_rows(s, period, conv))
        mitigation, adaptation = data.action_rows(s)
        rows += formatted("mitigation_action", mitigation)
        rows += formatted("adaptation_action", adaptation)

    table_rows = len(rows)
    # Warm up fonts and imports once so neither side pays for them.
    baseline(work / "warm.pdf", rows[:50])

    if args.report_only:
        result = build_report(db, request, work / "report.pdf")
        db.dispose()
        peak_mb = _own_peak_mb()
        print(json.dumps({"pages": result.pages, "peak_mb": peak_mb}))
        return 0

    t = time.perf_counter()
    base_pages = baseline(work / "baseline.pdf", rows)
    base_s = time.perf_counter() - t

    t = time.perf_counter()
    result = build_report(db, request, work / "report.pdf")
    report_s = time.perf_counter() - t
    db.dispose()
    run_peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    del rows
    child = subprocess.run(
        [
            sys.executable,
            __file__,
            "--report-only",
            "--keep",
            str(work),
            "--signatories",
            str(args.signatories),
            "--activities",
            str(args.activities),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    peak_mb = json.loads(child.stdout.splitlines()[-1])["peak_mb"]

    print(f"period {period.start} .. {period.end}; table rows {table_rows:,}")
    print(
        f"baseline : {base_pages:4d} pages in {base_s:6.2f} s = {base_pages / base_s:6.1f} pages/s"
    )
    print(
        f"report   : {result.pages:4d} pages in {report_s:6.2f} s = "
        f"{result.pages / report_s:6.1f} pages/s (queries, charts, contents included)"
    )
    print(f"ratio report/baseline time: {report_s / base_s:.2f} (target <= 1.3)")
    print(
        f"peak memory (max RSS of a process that formats the rows, warms up and builds the "
        f"report): {peak_mb:.0f} MB (target <= 200)"
    )
    print(
        "peak memory of this process (the baseline's layout, then the report): "
        f"{run_peak_mb:.0f} MB"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
