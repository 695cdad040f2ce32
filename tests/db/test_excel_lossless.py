"""Export, import into an empty database, export again: the same cells (issue 11, item 5).

Every sheet of the workbook must survive the round trip cell for cell: the Summary and the
Coordinator profile (with its services) as much as the record sheets, IDs, links (assistance
reached, Energy Day organisers with the lead first), plan links of monitoring reports and
finance, EUR conversions and totals, the Reports sent log, the Deadlines and the hidden
dropdown lists. The workbook carries no export time in its cells (only in its document
properties), so nothing is ignored. Importing an export into the database it came from must
change nothing, and the imported signatories are linked to the office as the demo links them.

The issue asks for 2,000 demo signatories; that run is marked `slow` (run by CI, left out
of a plain local `pytest`; see tests/conftest.py) and a 200-signatory run stays in every run.
Since the demo office holds the plans' contents too (about 26,000 more rows: actions, risks,
inventories with their cells), the 2,000-signatory run took 340 s on a clean-clone CI run on
a loaded machine, past the suite's 300 s limit: it has 900 s of its own. (The import of our
own export was also made cheaper: declared sheet sizes, no flush per new inventory.)
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import cli
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate

TODAY = date(2026, 6, 15)
SHEET_LINE = re.compile(r"^Sheet (.+) \((.+)\): (\d+) new, (\d+) to update, (\d+) unchanged,")


def _cells(book: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(book, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()


def _links(path: Path) -> set[tuple]:
    """(signatory, since, until) of each link to the own office."""
    with sqlite3.connect(path) as conn:
        return set(
            conn.execute(
                "SELECT l.signatory_id, l.since, l.until FROM signatory_coordinator l "
                "JOIN coordinator c ON c.id = l.coordinator_id "
                "WHERE c.is_own_office AND l.deleted_at IS NULL"
            )
        )


def _scalar(path: Path, sql: str, *params: object) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute(sql, params).fetchone()[0])


OWN_SERVICES = (
    "SELECT count(*) FROM service_offer s JOIN coordinator c ON c.id = s.coordinator_id "
    "WHERE c.is_own_office AND s.deleted_at IS NULL"
)
SENT = "SELECT count(*) FROM report_submission WHERE deleted_at IS NULL"
SUPPORTED = (
    "SELECT count(*) FROM signatory WHERE deleted_at IS NULL AND status != 'withdrawn' "
    "AND (adhesion_date IS NULL OR adhesion_date <= ?)"
)


@pytest.mark.parametrize(
    "size", [200, pytest.param(2000, marks=[pytest.mark.slow, pytest.mark.timeout(900)])]
)
def test_export_import_export_gives_the_same_cells(tmp_path: Path, capsys, size: int) -> None:
    first = tmp_path / "first.sqlite3"
    db = open_database(f"sqlite:///{first}")
    generate(db, DemoOptions(signatories=size, seed=4, today=TODAY))
    db.dispose()
    book = tmp_path / "first.xlsx"
    assert cli.main(["--database", str(first), "export", "xlsx", str(book), "--all"]) == 0
    # into the database it came from: nothing changes
    capsys.readouterr()
    assert cli.main(["--database", str(first), "import", str(book), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    sheets = [SHEET_LINE.match(line) for line in preview.splitlines()]
    found = {m[2]: (int(m[3]), int(m[4]), int(m[5])) for m in sheets if m}
    assert {"coordinator-profile", "services", "signatories", "reports-sent"} <= set(found)
    assert all(new == 0 and update == 0 for new, update, _ in found.values()), found
    assert found["signatories"][2] == size and found["coordinator-profile"][2] == 1
    # into an empty one, and out again
    second = tmp_path / "second.sqlite3"
    assert cli.main(["--database", str(second), "db", "upgrade"]) == 0
    assert cli.main(["--database", str(second), "import", str(book)]) == 0
    again = tmp_path / "second.xlsx"
    assert cli.main(["--database", str(second), "export", "xlsx", str(again), "--all"]) == 0
    before, after = _cells(book), _cells(again)
    assert list(before) == list(after)
    assert {"Summary", "Coordinator profile", "Reports sent", "Deadlines"} <= set(before)
    for name in before:
        assert len(before[name]) == len(after[name]), name
        changed = [
            i for i, (a, b) in enumerate(zip(before[name], after[name], strict=True)) if a != b
        ]
        assert not changed, (name, [(before[name][i], after[name][i]) for i in changed[:2]])
    assert len(before["Signatories"]) >= size
    # the Summary's figures are the database's, counted here by hand
    summary = {r[0]: r[1] for r in before["Summary"] if len(r) > 1 and r[0]}
    end = before["Summary"][1][1].split("–")[1].strip()
    assert summary["Signatories supported"] == _scalar(second, SUPPORTED, end) > 0
    assert before["Summary"][1][0] == before["Coordinator profile"][1][1]  # the office's name
    # the demo links every signatory to the office; the import links each new one the same way
    assert _links(second) == _links(first) and len(_links(first)) == size
    assert _scalar(second, OWN_SERVICES) == _scalar(first, OWN_SERVICES) > 0
    assert _scalar(second, SENT) == _scalar(first, SENT) > 0
