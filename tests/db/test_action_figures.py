"""The territory's figures from the plans' contents, computed by hand from the database and
found the same in the dashboard (service and page), the workbook's Summary and the PDF.

Planned / achieved CO2 reduction: sums of the live actions of live signatories. Targets:
a signatory's target percentage of its baseline inventory's emissions, the inventory
worked out here with the guidebook's IPCC default factors (natural gas 0.202, diesel 0.267
t CO2/MWh). Finance per tonne: provided finance (approved or disbursed) naming an action,
in EUR at its decision date's rate, over the planned CO2 of the actions it pays for. Plans
without an energy poverty part: neither an indicator nor an action naming a macro-area.
The oracle reads the tables with plain SQL and shares no code with the service.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from desktop_app.domain import models as M
from desktop_app.domain.rules.settings import RuleSettings
from desktop_app.services import dashboard, records
from desktop_app.services.action_figures import action_figures
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from desktop_app.services.reports.pdf_report import ReportRequest, build_report

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))
TODAY = date(2025, 12, 31)
CENT = Decimal("0.01")
GAS, DIESEL = Decimal("0.202"), Decimal("0.267")
GONE = datetime(2025, 11, 1, tzinfo=UTC)


def _seed(db) -> dict[str, object]:  # noqa: ANN001
    ids: dict[str, object] = {}
    for name, target in (("Mary", "30"), ("Tejen", "40"), ("Baýramaly", None)):
        ids[name] = records.save(
            db,
            "signatory",
            {"name": name, "country": "TM", "target_percent": target, "target_year": 2030},
        ).id
    # Baselines: Mary 10,000 MWh gas + 3,000 MWh diesel; Tejen 4,000 MWh gas; Mary also
    # has a later monitoring inventory, which is not its baseline.
    for name, year, kind, cells in (
        ("Mary", 2015, "baseline", {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "10000",
                                    "TRANSPORT/DIESEL": "3000"}),
        ("Mary", 2022, "monitoring", {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "9000"}),
        ("Tejen", 2016, "baseline", {"MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES/NATURAL_GAS":
                                     "4000"}),
    ):  # fmt: skip
        records.save(
            db,
            "emission_inventory",
            {"signatory_id": ids[name], "inventory_type": kind, "inventory_year": year,
             "factor_approach": "ipcc", "emission_unit": "t_co2", "cells": cells},
        )  # fmt: skip
    plans = {}
    for name in ("Mary", "Tejen", "Baýramaly"):
        plans[name] = records.save(
            db, "action_plan", {"signatory_id": ids[name], "plan_type": "secap"}
        ).id
    ids["plans"] = plans
    acts = {}
    for key, name, sector, status, co2, achieved, poverty in (
        ("m1", "Mary", "RESIDENTIAL_BUILDINGS", "COMPLETED", "1200.50", "1100.25", ["BUILDINGS"]),
        ("m2", "Mary", "TRANSPORT", "ONGOING", "300.00", "120.00", []),
        ("m3", "Mary", "PUBLIC_LIGHTING", "NOT_STARTED", "45.75", None, []),
        ("t1", "Tejen", "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES", "POSTPONED", "80.00", None,
         []),
        ("t2", "Tejen", "TRANSPORT", "ONGOING", None, None, []),
    ):  # fmt: skip
        acts[key] = records.save(
            db,
            "mitigation_action",
            {"signatory_id": ids[name], "plan_id": plans[name], "title": f"Action {key}",
             "sector": sector, "status": status, "co2_reduction_t": co2,
             "achieved_co2_reduction_t": achieved, "poverty_areas": poverty},
        ).id  # fmt: skip
    # Tejen's plan has an indicator; Baýramaly's plan has nothing.
    records.save(
        db,
        "poverty_indicator",
        {"signatory_id": ids["Tejen"], "plan_id": plans["Tejen"], "macro_area": "BUILDINGS",
         "indicator": "Households in arrears on energy bills", "current_value": "12"},
    )  # fmt: skip
    with db.transaction("test") as s:
        s.add(M.ExchangeRate(currency="TMT", rate_date=date(2025, 1, 1), units_per_eur=4))
        trashed = M.Signatory(name="Gone", country="TM", deleted_at=GONE)
        s.add(trashed)
        s.flush()
        s.add(M.MitigationAction(signatory_id=trashed.id, title="x", sector="TRANSPORT",
                                 co2_reduction_t=Decimal("999")))  # fmt: skip
        s.add(M.MitigationAction(signatory_id=ids["Mary"], title="trashed", sector="TRANSPORT",
                                 co2_reduction_t=Decimal("777"), deleted_at=GONE))  # fmt: skip

        def fin(name, action, status, amount, currency, day) -> None:  # noqa: ANN001
            s.add(M.FinancialSupport(signatory_id=ids[name], action_id=acts[action],
                                     instrument="grant", source="eu", status=status,
                                     amount=Decimal(amount), currency=currency,
                                     decision_date=day))  # fmt: skip

        fin("Mary", "m1", "approved", "200000", "TMT", date(2025, 3, 1))
        fin("Mary", "m1", "disbursed", "15000", "EUR", date(2025, 4, 1))
        fin("Tejen", "t1", "disbursed", "8000", "EUR", date(2025, 5, 1))
        fin("Mary", "m2", "applied", "99999", "EUR", None)  # not provided
        fin("Mary", "m3", "rejected", "50000", "EUR", date(2025, 6, 1))  # not provided
    return ids


def _oracle(db) -> dict:  # noqa: ANN001
    """The figures by hand: plain SQL, Python arithmetic."""
    with db.engine.connect() as c:
        live_sig = {r[0] for r in c.execute(text(
            "SELECT id FROM signatory WHERE deleted_at IS NULL"))}  # fmt: skip
        acts = [r for r in c.execute(text(
            "SELECT id, signatory_id, status, co2_reduction_t, achieved_co2_reduction_t "
            "FROM mitigation_action WHERE deleted_at IS NULL")) if r[1] in live_sig]  # fmt: skip
        fin = list(c.execute(text(
            "SELECT action_id, amount, currency, status FROM financial_support "
            "WHERE deleted_at IS NULL AND action_id IS NOT NULL")))  # fmt: skip
        plans = [r[0] for r in c.execute(text(
            "SELECT id, signatory_id FROM action_plan WHERE deleted_at IS NULL"))]  # fmt: skip
        with_ind = {r[0] for r in c.execute(text(
            "SELECT plan_id FROM poverty_indicator WHERE deleted_at IS NULL"))}  # fmt: skip
        tagged = {r[0] for r in c.execute(text(
            "SELECT plan_id, poverty_areas FROM mitigation_action WHERE deleted_at IS NULL"))
            if r[1] not in (None, "[]", [])}  # fmt: skip

    def d(v) -> Decimal:  # noqa: ANN001
        return Decimal(str(v)) if v is not None else Decimal(0)

    provided = [f for f in fin if f[3] in ("approved", "disbursed")]
    eur = sum((d(a) / (4 if cur == "TMT" else 1) for _i, a, cur, _s in provided), Decimal(0))
    funded_ids = {str(f[0]).replace("-", "") for f in provided}
    funded = sum((d(a[3]) for a in acts if str(a[0]).replace("-", "") in funded_ids), Decimal(0))
    mary = (10000 * GAS + 3000 * DIESEL) * Decimal("0.30")
    tejen = 4000 * GAS * Decimal("0.40")
    return {
        "actions": len(acts),
        "status": Counter(a[2] for a in acts),
        "planned": sum((d(a[3]) for a in acts), Decimal(0)),
        "achieved": sum((d(a[4]) for a in acts), Decimal(0)),
        "target": (mary + tejen).quantize(CENT),
        "eur": eur.quantize(CENT),
        "per_t": (eur / funded).quantize(CENT),
        "plans": len(plans),
        "without": len([p for p in plans if p not in with_ind and p not in tagged]),
    }


def test_the_figures_of_the_plans_contents_are_the_hand_computed_ones_everywhere(
    database, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    _seed(database)
    want = _oracle(database)
    # The oracle checked against the seed's own arithmetic.
    assert want["actions"] == 5 and want["planned"] == Decimal("1626.25")
    assert want["achieved"] == Decimal("1220.25")
    assert want["target"] == Decimal("1169.50")  # (2020 + 801) x 30 % + 808 x 40 %
    assert want["eur"] == Decimal("73000.00")  # 200,000 TMT / 4 + 15,000 + 8,000 EUR
    assert want["per_t"] == (Decimal("73000") / Decimal("1280.50")).quantize(CENT)
    assert (want["plans"], want["without"]) == (3, 1)

    af = action_figures(database, TODAY)
    assert af.actions == want["actions"]
    assert dict(af.by_status) == {
        "NOT_STARTED": 1, "ONGOING": 2, "COMPLETED": 1, "POSTPONED": 1
    }  # fmt: skip
    assert dict(af.by_status) == {k: want["status"].get(k, 0) for k in dict(af.by_status)}
    assert (af.planned_co2_t, af.achieved_co2_t) == (want["planned"], want["achieved"])
    assert (af.target_co2_t, af.target_signatories) == (want["target"], 2)
    assert af.planned_of_target == (want["planned"] * 100 / want["target"]).quantize(Decimal("0.1"))
    assert (af.finance_eur, af.eur_per_tonne) == (want["eur"], want["per_t"])
    assert (af.plans, af.plans_without_poverty) == (want["plans"], want["without"])
    assert af.share("ONGOING") == Decimal("40.0")

    # 1. The dashboard service and its page.
    board = dashboard.compute(database, TODAY, RuleSettings(), YEAR)
    assert board.actions == af
    from desktop_app.config import Settings
    from desktop_app.ui.operations import tasks
    from desktop_app.ui.pages.dashboard_page import DashboardPage
    from desktop_app.ui.sections import PageContext

    tasks().synchronous = True  # the page computes as it does for a user, in this thread
    try:
        page = DashboardPage(PageContext(database, Settings(tmp_path / "s.ini")))
        qtbot.addWidget(page)
        page.reload()
    finally:
        tasks().synchronous = False
    assert page.board is not None and page.board.actions == af
    shown = {k: v.text() for k, v in page.actions_panel.values.items()}
    assert shown["Planned CO2 reduction (t/a)"] == "1,626.25"
    assert shown["Achieved CO2 reduction (t/a)"] == "1,220.25"
    assert shown["CO2 reduction targets (t/a)"] == "1,169.50"
    assert shown["Finance per tonne of CO2 a year (EUR/t)"] == f"{want['per_t']:,}"
    assert shown["Action plans without an energy poverty part"] == "1"
    assert shown["Actions ONGOING (%)"] == "40.0 %"

    # 2. The workbook's Summary sheet.
    out = tmp_path / "office.xlsx"
    export_workbook(database, out, YEAR, today=TODAY)
    rows = [r for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r]
    cells = {r[0]: r[1] for r in rows}
    assert Decimal(str(cells["Planned CO2 reduction (t/a)"])) == want["planned"]
    assert Decimal(str(cells["Achieved CO2 reduction (t/a)"])) == want["achieved"]
    assert Decimal(str(cells["CO2 reduction targets (t/a)"])) == want["target"]
    assert Decimal(str(cells["Finance provided for actions (EUR)"])) == want["eur"]
    assert Decimal(str(cells["Finance per tonne of CO2 a year (EUR/t)"])) == want["per_t"]
    assert cells["Action plans without an energy poverty part"] == want["without"]
    assert cells["Mitigation actions"] == want["actions"]
    assert [r[2] for r in rows if str(r[0]).startswith("Actions Ongoing")] == [2]

    # 3. The PDF report's section.
    pdf = tmp_path / "report.pdf"
    build_report(database, ReportRequest(YEAR, "en", date(2026, 1, 15)), pdf)
    lines = [
        line.strip() for p in PdfReader(str(pdf)).pages for line in p.extract_text().splitlines()
    ]
    at = lines.index("Planned CO2 reduction (t/a)")
    assert lines[at + 1] == "1,626.25"
    assert lines[lines.index("Action plans without an energy poverty part") + 1] == "1"
    assert lines[lines.index("Finance provided for actions (EUR)") + 1] == "73,000 EUR"


def _seed_targets(db) -> None:  # noqa: ANN001
    """Four signatories, one target each: absolute; per capita with a population in its
    baseline (and another in a later inventory, which is not the baseline); per capita
    with a baseline that states no population; per capita with no inventory at all."""
    for name, percent, kind, inventories in (
        ("Daşoguz", "30", "absolute",
         [(2015, "baseline", 200000, {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "10000"})]),
        ("Balkanabat", "20", "per_capita",
         [(2014, "baseline", 90000, {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "5000",
                                     "TRANSPORT/DIESEL": "2000"}),
          (2022, "monitoring", 80000, {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "4000"})]),
        ("Serdar", "25", "per_capita",
         [(2016, "baseline", None, {"TRANSPORT/DIESEL": "3000"})]),
        ("Kaka", "25", "per_capita", []),
    ):  # fmt: skip
        sid = records.save(
            db,
            "signatory",
            {"name": name, "country": "TM", "target_percent": percent, "target_year": 2030,
             "target_type": kind},
        ).id  # fmt: skip
        for year, inv_type, population, cells in inventories:
            records.save(
                db,
                "emission_inventory",
                {"signatory_id": sid, "inventory_type": inv_type, "inventory_year": year,
                 "population": population, "factor_approach": "ipcc",
                 "emission_unit": "t_co2", "cells": cells},
            )  # fmt: skip


def _targets_by_hand(db) -> tuple[Decimal, int, int]:  # noqa: ANN001
    """Plain SQL and the guidebook's factors: each signatory's earliest baseline, its
    emissions, and the target in tonnes (per capita: per inhabitant x % x inhabitants)."""
    factor = {"NATURAL_GAS": GAS, "DIESEL": DIESEL}
    with db.engine.connect() as c:
        sigs = c.execute(text(
            "SELECT id, target_percent, target_type FROM signatory WHERE deleted_at IS NULL "
            "AND target_percent IS NOT NULL")).all()  # fmt: skip
        invs = c.execute(text(
            "SELECT id, signatory_id, inventory_year, population FROM emission_inventory "
            "WHERE deleted_at IS NULL AND inventory_type = 'baseline' "
            "ORDER BY inventory_year")).all()  # fmt: skip
        cells = c.execute(text(
            "SELECT inventory_id, carrier, mwh FROM emission_inventory_cell "
            "WHERE deleted_at IS NULL")).all()  # fmt: skip
    first: dict[object, tuple[object, int | None]] = {}
    for inv_id, sid, _year, population in invs:
        first.setdefault(str(sid).replace("-", ""), (inv_id, population))
    total, counted, left_out = Decimal(0), 0, 0
    for sid, percent, kind in sigs:
        key = str(sid).replace("-", "")
        if key not in first:
            continue
        inv_id, population = first[key]
        emissions = sum(
            (Decimal(str(mwh)) * factor[carrier] for i, carrier, mwh in cells if i == inv_id),
            Decimal(0),
        )
        share = Decimal(str(percent)) / 100
        if kind == "per_capita":
            if not population:
                left_out += 1
                continue
            total += emissions / population * share * population
        else:
            total += emissions * share
        counted += 1
    return total.quantize(CENT), counted, left_out


NOT_ADDED = "Per-capita targets not added up (no population in the baseline)"


def test_per_capita_targets_are_put_in_tonnes_with_the_baseline_population(
    database, tmp_path: Path, qtbot
) -> None:  # noqa: ANN001
    _seed_targets(database)
    target, counted, left_out = _targets_by_hand(database)
    # 2,020 t x 30 % + (1,544 t / 90,000 inhabitants) x 20 % x 90,000; Serdar left out
    assert (target, counted, left_out) == (Decimal("914.80"), 2, 1)

    af = action_figures(database, TODAY)
    assert (af.target_co2_t, af.target_signatories, af.per_capita_not_added) == (
        target, counted, left_out
    )  # fmt: skip

    board = dashboard.compute(database, TODAY, RuleSettings(), YEAR)
    from desktop_app.config import Settings
    from desktop_app.ui.operations import tasks
    from desktop_app.ui.pages.dashboard_page import DashboardPage
    from desktop_app.ui.sections import PageContext

    assert board.actions == af
    tasks().synchronous = True
    try:
        page = DashboardPage(PageContext(database, Settings(tmp_path / "s.ini")))
        qtbot.addWidget(page)
        page.reload()
    finally:
        tasks().synchronous = False
    shown = {k: v.text() for k, v in page.actions_panel.values.items()}
    assert shown["CO2 reduction targets (t/a)"] == "914.80"
    assert shown["Signatories with a target in tonnes"] == "2"
    assert shown[NOT_ADDED] == "1"

    out = tmp_path / "office.xlsx"
    export_workbook(database, out, YEAR, today=TODAY)
    rows = [r for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r]
    cells = {r[0]: r[1] for r in rows}
    assert Decimal(str(cells["CO2 reduction targets (t/a)"])) == target
    assert cells["Signatories with a target in tonnes"] == counted
    assert cells[NOT_ADDED] == left_out

    pdf = tmp_path / "report.pdf"
    build_report(database, ReportRequest(YEAR, "en", date(2026, 1, 15)), pdf)
    text_ = " ".join(
        line.strip() for p in PdfReader(str(pdf)).pages for line in p.extract_text().splitlines()
    )
    assert "CO2 reduction targets (t/a) 914.80" in text_
    assert f"{NOT_ADDED} 1" in text_
