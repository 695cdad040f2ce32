"""Render pages of the activity report made from demo data into docs/images/ for the README.

    uv run python scripts/render_report_png.py [--signatories 200] [--lang en] [--pages 3,5]

Needs pdftoppm (poppler-utils). The demo office and the report date are fixed, so the
pictures only change when the report's layout does.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 6, 30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--signatories", type=int, default=200)
    parser.add_argument("--lang", default="en", choices=["en", "ru", "tk"])
    parser.add_argument("--pages", default="3,6", help="comma-separated page numbers")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (apt-get install poppler-utils)", file=sys.stderr)
        return 2

    from desktop_app.services.database import open_database
    from desktop_app.services.demo import DemoOptions, generate
    from desktop_app.services.period import Period
    from desktop_app.services.reports.pdf_report import ReportRequest, build_report

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'demo.sqlite3'}")
        generate(db, DemoOptions(args.signatories, seed=3, today=TODAY))
        pdf = Path(tmp) / "report.pdf"
        period = Period(date(2025, 1, 1), date(2025, 12, 31))
        build_report(db, ReportRequest(period, args.lang, TODAY), pdf)
        db.dispose()
        for page in (int(p) for p in args.pages.split(",")):
            stem = args.out / f"report-{args.lang}-page{page}"
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "80",
                    "-f",
                    str(page),
                    "-l",
                    str(page),
                    "-singlefile",
                    str(pdf),
                    str(stem),
                ],
                check=True,
            )
            print(f"{stem}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
