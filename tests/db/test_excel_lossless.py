"""Export, import into an empty database, export again: the same cells (issue 11, item 5).

Every record sheet of the workbook must survive the round trip cell for cell: IDs, links
(assistance reached, Energy Day organisers with the lead first), plan links of monitoring
reports and finance, EUR conversions and totals. Importing an export into the database it
came from must change nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop_app import cli
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate

TODAY = date(2026, 6, 15)
RECORD_SHEETS = (
    "Signatories", "Action plans", "Monitoring reports", "Deadline extensions", "Assistance",
    "Energy Days", "Finance", "Exchange rates", "Deadlines",
)  # fmt: skip


def _cells(book: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(book, read_only=True)
    try:
        return {n: [tuple(r) for r in wb[n].iter_rows(values_only=True)] for n in RECORD_SHEETS}
    finally:
        wb.close()


@pytest.mark.parametrize("size", [200])
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
    sheets = [line for line in preview.splitlines() if line.startswith("Sheet ")]
    assert len(sheets) >= 8
    assert all(" 0 new, 0 to update," in line for line in sheets), sheets
    # into an empty one, and out again
    second = tmp_path / "second.sqlite3"
    open_database(f"sqlite:///{second}").dispose()
    assert cli.main(["--database", str(second), "import", str(book)]) == 0
    again = tmp_path / "second.xlsx"
    assert cli.main(["--database", str(second), "export", "xlsx", str(again), "--all"]) == 0
    before, after = _cells(book), _cells(again)
    for name in RECORD_SHEETS:
        assert len(before[name]) == len(after[name]), name
        changed = [
            i for i, (a, b) in enumerate(zip(before[name], after[name], strict=True)) if a != b
        ]
        assert not changed, (name, [(before[name][i], after[name][i]) for i in changed[:2]])
    assert len(before["Signatories"]) >= size
