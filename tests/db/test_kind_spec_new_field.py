"""Adding a field to Energy Day: a model column, its database column and one FieldSpec
reach the form, the list, the workbook, the import and the report; without the FieldSpec
the completeness check fails. Runs new_field_probe.py in its own process (the extra column
changes the mapped class for good); oracles are plain SQL and the workbook's own cells.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = Path(__file__).with_name("new_field_probe.py")
ROOT = PROBE.parents[2]


def _probe(tmp_path: Path, *args: str) -> dict:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", COORDINATOR_DESK_SETTINGS=str(tmp_path / "s.ini"))
    done = subprocess.run(
        [sys.executable, str(PROBE), str(tmp_path), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


def test_a_new_energy_day_field_appears_in_every_output(tmp_path: Path) -> None:
    found = _probe(tmp_path)
    # form: a labelled widget, typed into and saved (read back with plain SQL)
    assert "weather" in found["form_fields"] and found["form_label"]
    assert found["form_saved"] is True
    assert found["db_after_form"] == [["Energy Day Mary", "Sunny spells"]]
    # list page
    assert found["list_header"][-1] == "weather" and found["list_cell"] == "Sunny spells"
    # workbook export: its own header and the value under it
    assert "Weather" in found["sheet_header"] and found["sheet_cell"] == "Sunny spells"
    # import: the header is recognised and the edited cell lands in the database
    assert found["import_mapped"] and found["db_after_import"] == "Rain all day"
    # report table
    assert found["report_header"][-1] == "Weather"
    assert found["report_cells"][0][-1] == "Rain all day"


def test_a_column_without_its_spec_line_fails_the_completeness_check(tmp_path: Path) -> None:
    found = _probe(tmp_path, "column-only")
    assert found["problems"] == [
        "energy_day.weather: a column in no field spec (add one or mark it internal)"
    ]
