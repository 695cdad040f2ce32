"""CSV files the app writes never carry a formula, and numbers stay numbers (OWASP)."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from desktop_app.domain.models import Signatory
from desktop_app.services import deadlines
from desktop_app.services.csv_cells import safe_cell

TODAY = date(2025, 3, 1)
HOSTILE = [
    "-2+3+cmd|' /C calc'!A0",
    '=HYPERLINK("http://x","y")',
    "+SUM(1,2)",
    "@SUM(1)",
    "\tTabbed",
    "\rReturned",
]


def _add_hostile(db) -> None:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:
        for i, name in enumerate(HOSTILE):
            s.add(Signatory(name=name, country="AM", adhesion_date=date(2020, 1, 1 + i)))


def _check(text: str) -> None:
    rows = list(csv.reader(io.StringIO(text)))
    names = {r[4] for r in rows[1:]}
    assert names == {"'" + n for n in HOSTILE}, names
    days = [r[1] for r in rows[1:]]
    assert days and all(int(d) < 0 for d in days), days  # overdue: negative, still a number
    for row in rows:
        for cell in row:
            assert cell[:1] not in ("=", "+", "@", "\t", "\r"), cell
            assert not cell.startswith("-") or cell.lstrip("-").isdigit(), cell


def test_deadlines_csv_escapes_formula_cells_on_both_engines(database) -> None:  # noqa: ANN001
    _add_hostile(database)
    rows = deadlines.load(database, TODAY)
    assert len(rows) == len(HOSTILE)
    _check(deadlines.render_csv(rows))


def test_deadlines_csv_cli_file(sqlite_database, tmp_path: Path) -> None:  # noqa: ANN001
    _add_hostile(sqlite_database)
    out = tmp_path / "d.csv"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COORDINATOR_DESK_SETTINGS": str(tmp_path / "prefs.ini"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--database", str(sqlite_database.path),
         "deadlines", "--format", "csv", "--today", TODAY.isoformat(), "--output", str(out)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    _check(out.read_bytes().decode("utf-8-sig"))  # no newline translation


def test_cells_numbers_stay_numbers() -> None:
    assert safe_cell(-5) == "-5" and safe_cell("-12") == "-12" and safe_cell("-1.5") == "-1.5"
    assert safe_cell("+7") == "+7" and safe_cell(date(2025, 1, 2)) == "2025-01-02"
    assert safe_cell("-x") == "'-x" and safe_cell("-1+1") == "'-1+1" and safe_cell("=1") == "'=1"
    assert safe_cell("Gyumri") == "Gyumri" and safe_cell(None) == ""
