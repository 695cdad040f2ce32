"""The territory's emissions computed by hand from the database and the shipped factor file,
then found in the inventory computation, the dashboard (service and page), the workbook
(the inventories sheet and the Summary lines) and the PDF report; on both engines."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from desktop_app.services import dashboard, inventories, records
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from desktop_app.services.reports.pdf_report import ReportRequest, build_report

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 6, 15)
YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
MUNI, TERT, RES = (
    "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES",
    "TERTIARY_BUILDINGS_EQUIPMENT_FACILITIES",
    "RESIDENTIAL_BUILDINGS",
)


def _office(db) -> dict:  # noqa: ANN001
    def sig(name: str, country: str) -> object:
        return records.save(db, "signatory", {"name": name, "country": country,
                                               "adhesion_date": date(2012, 3, 1)}).id  # fmt: skip

    gyumri, lviv, mary = sig("Gyumri", "AM"), sig("Lviv", "UA"), sig("Mary", "TM")

    def inv(signatory, kind, year, population, cells, **extra) -> None:  # noqa: ANN001
        records.save(db, "emission_inventory", {
            "signatory_id": signatory, "inventory_type": kind, "inventory_year": year,
            "population": population, "cells": cells, **extra})  # fmt: skip

    inv(gyumri, "baseline", 2011, 120000, {
        f"{MUNI}/ELECTRICITY": "4000", f"{RES}/NATURAL_GAS": "250000",
        f"{TERT}/NATURAL_GAS": "60000", "TRANSPORT/DIESEL": "90000",
        "TRANSPORT/GASOLINE": "70000.5"})  # fmt: skip
    inv(gyumri, "monitoring", 2019, 116000, {
        f"{MUNI}/ELECTRICITY": "3500", f"{RES}/NATURAL_GAS": "230000",
        f"{TERT}/NATURAL_GAS": "55000", "TRANSPORT/DIESEL": "85000",
        "TRANSPORT/GASOLINE": "60000"})  # fmt: skip
    # Lviv buys district heat from local gas boilers: 100,000 MWh of heat from 120,000 of gas
    inv(lviv, "baseline", 2010, 730000, {
        f"{RES}/HEAT_COLD": "100000", f"{RES}/ELECTRICITY": "500000",
        f"{TERT}/ELECTRICITY": "300000", "TRANSPORT/DIESEL": "400000",
        "LOCAL_HEAT_COLD_PRODUCTION/NATURAL_GAS": "120000"},
        local_heat_mwh="100000")  # fmt: skip
    inv(lviv, "monitoring", 2023, 720000, {
        f"{RES}/HEAT_COLD": "90000", f"{RES}/ELECTRICITY": "480000",
        f"{TERT}/ELECTRICITY": "290000", "TRANSPORT/DIESEL": "380000"},
        heat_factor="0.25", factor_source="Lvivteploenergo 2023")  # fmt: skip
    # Mary: a baseline only, with no population stated, and in the Trash once more
    inv(mary, "baseline", 2015, None, {
        f"{MUNI}/NATURAL_GAS": "10000", f"{RES}/NATURAL_GAS": "80000",
        "TRANSPORT/DIESEL": "20000"})  # fmt: skip
    trashed = records.save(db, "emission_inventory", {
        "signatory_id": mary, "inventory_type": "monitoring", "inventory_year": 2024,
        "cells": {f"{RES}/NATURAL_GAS": "1"}})  # fmt: skip
    records.trash(db, "emission_inventory", [trashed.id])
    return {"gyumri": gyumri, "lviv": lviv, "mary": mary}


def _oracle(db) -> dict:  # noqa: ANN001
    """Straight from the tables and the JSON file, without the product's code."""
    table = json.loads((ROOT / "resources/emission_factors/factors.json").read_text("utf-8"))
    fuels = {k: Decimal(str(v["value"])) for k, v in table["fuels"]["ipcc"].items()}
    grid = {c: Decimal(str(e[-1]["value"])) for c, e in table["electricity"].items()}
    with db.engine.connect() as conn:
        invs = conn.execute(text(
            "SELECT i.id, s.name, s.country, i.inventory_type, i.inventory_year, i.population,"
            " i.local_heat_mwh, i.heat_factor FROM emission_inventory i"
            " JOIN signatory s ON s.id = i.signatory_id WHERE i.deleted_at IS NULL")).all()
        cells = conn.execute(text(
            "SELECT inventory_id, sector, carrier, mwh FROM emission_inventory_cell"
            " WHERE deleted_at IS NULL")).all()  # fmt: skip
    out = []
    for inv_id, name, country, kind, year, pop, heat_made, heat_factor in invs:
        own = [(s, c, Decimal(str(m))) for i, s, c, m in cells if i == inv_id]
        gas_for_heat = sum((m for s, c, m in own if s == "LOCAL_HEAT_COLD_PRODUCTION"), Decimal(0))
        if heat_factor is not None:
            heat = Decimal(str(heat_factor))
        elif heat_made is not None:
            heat = gas_for_heat * fuels["NATURAL_GAS"] / Decimal(str(heat_made))
        total = Decimal(0)
        for s, c, m in own:
            if s.startswith("LOCAL_"):
                continue
            f = grid[country] if c == "ELECTRICITY" else heat if c == "HEAT_COLD" else fuels[c]
            total += m * f
        out.append((name, kind, year, pop, total))
    by_name: dict[str, list] = {}
    for row in out:
        by_name.setdefault(row[0], []).append(row)
    baseline = sum(min((r for r in v if r[1] == "baseline"), key=lambda r: r[2])[4]
                   for v in by_name.values())  # fmt: skip
    latest_rows = [max(v, key=lambda r: r[2]) for v in by_name.values()]
    latest = sum(r[4] for r in latest_rows)
    with_pop = [r for r in latest_rows if r[3]]
    return {
        "baseline": baseline,
        "latest": latest,
        "latest_per_capita": sum(r[4] for r in with_pop) / sum(r[3] for r in with_pop),
        "stale": sorted(r[0] for r in latest_rows if r[2] < TODAY.year - 4),
    }


def _en(value: Decimal) -> str:
    return f"{value.quantize(Decimal(1)):,}"


def test_the_territorys_emissions_are_the_hand_computation_everywhere(monkeypatch,
    database, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    from desktop_app.ui import crash

    crashes: list[str] = []  # a failing background operation fails the test, never hangs it
    monkeypatch.setattr(crash, "show_crash_dialog", crashes.append)
    _office(database)
    want = _oracle(database)
    # the oracle's own arithmetic for one inventory: Lviv's baseline heat factor is
    # 120,000 x 0.202 / 100,000 = 0.2424 t/MWh
    assert want["stale"] == ["Gyumri", "Mary"]

    e = inventories.territory(database, TODAY)
    assert e.baseline_total == want["baseline"]
    assert e.latest_total == want["latest"]
    assert e.latest_per_capita == want["latest_per_capita"]
    assert [name for _i, name, _y in e.stale] == want["stale"]
    assert e.signatories == 3
    lviv = next(r for r in inventories.inventory_rows(database)
                if r.signatory_name == "Lviv" and r.year == 2010)  # fmt: skip
    heat = lviv.emissions.factors["HEAT_COLD"]
    assert (heat.value, heat.kind) == (Decimal("0.2424"), "computed")
    local = next(r for r in inventories.inventory_rows(database)
                 if r.signatory_name == "Lviv" and r.year == 2023).emissions.factors["HEAT_COLD"]
    assert (local.value, local.kind, local.source) == (Decimal("0.25"), "local",
                                                      "Lvivteploenergo 2023")  # fmt: skip

    # 1. the dashboard's service and its page
    board = dashboard.compute(database, TODAY)
    assert board.emissions.baseline_total == want["baseline"]
    from desktop_app.config import Settings
    from desktop_app.ui.pages.dashboard_page import DashboardPage
    from desktop_app.ui.sections import PageContext

    page = DashboardPage(PageContext(database, Settings(tmp_path / "s.ini")))
    qtbot.addWidget(page)
    page._show(board)
    summary = page.emissions.summary.text()
    assert f"baseline {_en(want['baseline'])} t" in summary, summary
    assert f"latest {_en(want['latest'])} t" in summary, summary
    assert "Gyumri" in summary and "Mary" in summary
    assert "Residential buildings" in page.emissions.chart.accessibleDescription()
    from desktop_app.ui.operations import tasks

    assert tasks().wait_idle()  # what the page started finishes before the database goes

    # 2. the workbook: a sheet from the spec, and the Summary's lines
    out = tmp_path / "office.xlsx"
    export_workbook(database, out, YEAR, today=TODAY)
    wb = load_workbook(out)
    sheet = list(wb["Emission inventories"].iter_rows(values_only=True))
    at = next(i for i, r in enumerate(sheet) if "Inventory year" in r)
    header = list(sheet[at])
    assert "Population" in header and "Total consumption stated (MWh)" in header
    body = [r for r in sheet[at + 1 :] if any(r)]
    assert len(body) == 5  # the trashed one is not there
    years = sorted(r[header.index("Inventory year")] for r in body)
    assert years == [2010, 2011, 2015, 2019, 2023]
    cells = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r}
    assert abs(Decimal(str(cells["Baseline emissions (t)"])) - want["baseline"]) < Decimal("0.01")
    assert abs(Decimal(str(cells["Latest emissions (t)"])) - want["latest"]) < Decimal("0.01")
    assert cells["Signatories whose latest inventory is older than 4 years"] == 2

    # 3. the PDF report's section
    pdf = tmp_path / "report.pdf"
    build_report(database, ReportRequest(YEAR, "en", date(2026, 1, 15)), pdf)
    lines = [ln.strip() for p in PdfReader(str(pdf)).pages for ln in p.extract_text().splitlines()]
    at = lines.index("Baseline emissions, t")
    assert lines[at + 1] == _en(want["baseline"])
    assert lines[lines.index("Latest emissions, t") + 1] == _en(want["latest"])
    assert "Emissions by sector, baseline vs latest, t" in lines
    assert tasks().wait_idle()
    qtbot.wait(200)  # results delivered on the event loop
    assert not crashes, crashes


def test_the_grid_goes_through_the_workbook_and_back(database, tmp_path: Path) -> None:  # noqa: ANN001
    """Export, then import into an empty database: every cell comes back, and importing
    the same workbook again changes nothing; a tampered grid cell is a row error."""
    from desktop_app.services.database import open_database
    from desktop_app.services.excel.commit import commit
    from desktop_app.services.excel.plan import build_plan

    ids = _office(database)
    out = tmp_path / "office.xlsx"
    export_workbook(database, out, YEAR, all_records=True, today=TODAY)
    before = records.load(database, "emission_inventory", next(
        r.id for r in inventories.inventory_rows(database) if r.signatory_id == ids["lviv"]
        and r.year == 2010)).values["cells"]  # fmt: skip
    target = open_database(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    try:
        plan = build_plan(target, out, today=TODAY)
        commit(target, plan)
        moved = {(r.signatory_name, r.year): r for r in inventories.inventory_rows(target)}
        assert moved[("Lviv", 2010)].emissions.mwh_cells == {
            k: v for k, v in before.items() if not k.startswith("LOCAL_")
        }
        assert (
            inventories.territory(target, TODAY).baseline_total
            == inventories.territory(database, TODAY).baseline_total
        )
        again = build_plan(target, out, today=TODAY)
        sheet = next(s for s in again.sheets if s.kind == "inventories")
        assert {r.status for r in sheet.rows} == {"unchanged"}
    finally:
        target.dispose()
    wb = load_workbook(out)
    ws = wb["Emission inventories"]
    rows = list(ws.iter_rows())
    at = next(i for i, r in enumerate(rows) if any(c.value == "Inventory year" for c in r))
    col = next(c.column - 1 for c in rows[at] if c.value == "Energy grid (sector/carrier=MWh)")
    rows[at + 1][col].value = "TRANSPORT/DIESEL=12 t; RESIDENTIAL_BUILDINGS/NATURAL_GAS=5"
    wb.save(out)
    plan = build_plan(database, out, today=TODAY)
    sheet = next(s for s in plan.sheets if s.kind == "inventories")
    bad = [r for r in sheet.rows if r.status == "error"]
    assert len(bad) == 1 and "inventory_cell_invalid" in [i.code for i in bad[0].issues]
