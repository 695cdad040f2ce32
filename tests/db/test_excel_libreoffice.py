"""A real spreadsheet program recalculates our SUBTOTAL totals to the app's own figures."""

from __future__ import annotations

import csv
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

from desktop_app.services import figures
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from tests.ci import tool
from tests.db.test_excel_support import PERIOD, fill

# CSV filter: comma, quote, UTF-8, raw values (not as shown), every sheet to its own file.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def _soffice() -> str:
    """Skips on a developer's machine without LibreOffice, fails under CI (tests/ci.py)."""
    path = shutil.which("libreoffice")
    return path or tool("soffice", "apt-get install libreoffice-calc-nogui")


def _totals(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    totals, headers = rows[0], rows[1]
    return {h: t for h, t in zip(headers, totals, strict=False) if t}


def test_libreoffice_recalculates_totals_to_the_app_figures(sqlite_database, tmp_path: Path):
    fill(sqlite_database)
    period = Period(*PERIOD)
    out = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, out, period)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            CSV_FILTER,
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    with sqlite_database.session() as s:
        kf = figures.key_figures(s, period)
    finance = _totals(tmp_path / "office-Finance.csv")
    assert Decimal(finance["Amount (EUR)"]) == kf.finance.provided_eur == Decimal("55610.62")
    assistance = _totals(tmp_path / "office-Assistance.csv")
    assert Decimal(assistance["Staff days"]) == kf.assistance.staff_days
    assert int(assistance["Participants"]) == kf.assistance.participants
    days = _totals(tmp_path / "office-Energy Days.csv")
    assert int(days["Participants"]) == kf.energy_days.participants
    # The Summary sheet shows the same figure the Finance total recalculates to.
    with (tmp_path / "office-Summary.csv").open(encoding="utf-8") as fh:
        summary = {r[0]: r[1] for r in csv.reader(fh) if len(r) > 1}
    assert Decimal(summary["Financial support provided (EUR)"]) == Decimal("55610.62")
    # Injection strings survive a real spreadsheet program as text.
    sigs = (tmp_path / "office-Signatories.csv").read_text(encoding="utf-8")
    assert '=HYPERLINK(""http://evil.example"",""click"")' in sigs
    assert "+1 555 0100" in sigs
