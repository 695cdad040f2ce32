"""Run as a script by test_kind_spec_new_field.py: add a field to Energy Day the way the
checklist in docs/architecture.md says (a model column, its column in the database, one
FieldSpec), then show where it appears. Prints one JSON object of findings.

In a separate process because the extra column changes the mapped class for good.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import String, text
from sqlalchemy.orm import mapped_column

from desktop_app.domain import models

# 1. the model (what the real change writes in domain/models/activities.py)
models.EnergyDay.weather = mapped_column(String(100), default="")

COLUMN_ONLY = len(sys.argv) > 2 and sys.argv[2] == "column-only"

# 2. one spec line (what the real change writes in domain/kinds/energy_day.py)
from desktop_app.domain.kinds import ExcelFacet, FieldSpec, ListFacet, ReportFacet, registry  # noqa: E402
from desktop_app.domain.kinds import energy_day as energy_day_module  # noqa: E402

day = registry.KINDS["energy_day"]
spec = replace(
    day,
    fields=(
        *day.fields,
        FieldSpec(
            "weather",
            "Weather",
            list=ListFacet(),
            excel=ExcelFacet("Weather", 16),
            report=ReportFacet("Weather", 1.5),
        ),
    ),
)
if not COLUMN_ONLY:
    registry.KINDS["energy_day"] = energy_day_module.SPEC = spec


def main(folder: Path) -> dict:
    from openpyxl import load_workbook
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop_app.services import records
    from desktop_app.services.database import open_database
    from desktop_app.services.excel.commit import commit
    from desktop_app.services.excel.export import export_workbook
    from desktop_app.services.excel.plan import build_plan
    from desktop_app.services.lists import LISTS, list_rows
    from desktop_app.services.period import Period
    from desktop_app.services.reports import data, sections
    from desktop_app.ui.forms.opener import FormOpener
    from desktop_app.ui.settings import Settings

    found: dict = {}
    db = open_database(str(folder / "office.sqlite3"))
    # 3. the migration (what the real change writes as an Alembic revision)
    with db.engine.begin() as conn:
        conn.execute(
            text("ALTER TABLE energy_day ADD COLUMN weather VARCHAR(100) DEFAULT '' NOT NULL")
        )

    app = QApplication.instance() or QApplication([])
    opener = FormOpener(db, Settings(folder / "settings.ini"))
    form = opener.open("energy_day")
    assert form is not None
    form.show()
    found["form_fields"] = list(form.bindings)
    found["form_label"] = any(
        isinstance(w, QLabel) and w.text() == "Weather" for w in form.findChildren(QLabel)
    )
    for name, typed in (("title", "Energy Day Mary"), ("weather", "Sunny spells")):
        widget = form.bindings[name].focus[0]
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        QTest.keyClicks(widget, typed)
    form.bindings["start_date"].set(date(2025, 6, 10))
    found["form_saved"] = form.save()
    with db.engine.connect() as conn:
        found["db_after_form"] = conn.execute(text("SELECT title, weather FROM energy_day")).all()
    found["db_after_form"] = [list(r) for r in found["db_after_form"]]
    form._closing_ok = True
    form.close()
    app.processEvents()

    listing = LISTS["energy_days"]
    row = list_rows(db, "energy_days")[0]
    found["list_header"] = [c.field for c in listing.columns]
    found["list_cell"] = row[1 + listing.index("weather")]

    out = folder / "office.xlsx"
    export_workbook(db, out, Period(date(2025, 1, 1), date(2025, 12, 31)), today=date(2025, 7, 1))
    wb = load_workbook(out)
    ws = wb["Energy Days"]
    header_row = next(
        r for r in ws.iter_rows(values_only=True) if r and "Title" in r and "Weather" in r
    )
    values = [r for r in ws.iter_rows(values_only=True) if r and "Energy Day Mary" in r]
    found["sheet_header"] = list(header_row)
    found["sheet_cell"] = values[0][header_row.index("Weather")] if values else None

    # the office edits the cell in the workbook and imports it back
    for r in ws.iter_rows():
        if any(c.value == "Energy Day Mary" for c in r):
            r[header_row.index("Weather")].value = "Rain all day"
    edited = folder / "edited.xlsx"
    wb.save(edited)
    plan = build_plan(db, edited, kind="energy-days", sheet="Energy Days", today=date(2025, 7, 1))
    found["import_mapped"] = "weather" in plan.sheets[0].mapping.columns.values()
    commit(db, plan, backup=False)
    snap = records.load(db, "energy_day", records_id(db))
    found["db_after_import"] = snap.values["weather"]

    with db.session() as s:
        rows = data.energy_day_rows(s, Period(date(2025, 1, 1), date(2025, 12, 31)))
    from desktop_app.services.reports.styles import register_fonts

    register_fonts()
    table = sections.kind_table("energy_day", rows)
    found["report_header"] = list(table.head)
    found["report_cells"] = [list(r) for r in table.body]
    db.dispose()
    return found


def records_id(db):  # type: ignore[no-untyped-def]
    import uuid

    with db.engine.connect() as conn:
        return uuid.UUID(str(conn.execute(text("SELECT id FROM energy_day")).scalar_one()))


def completeness() -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from tests.unit.kind_completeness import problems

    return {"problems": problems(registry.KINDS)}


if __name__ == "__main__":
    import uuid

    result = completeness() if COLUMN_ONLY else main(Path(sys.argv[1]))
    print(
        "RESULT "
        + json.dumps(result, default=lambda v: str(v) if isinstance(v, uuid.UUID) else repr(v))
    )
