"""List services on both engines: one row per live record, names joined, counts of links."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import event

from desktop_app.services import records
from desktop_app.services.lists import LISTS, cell, list_rows, row_id

TODAY = date(2025, 6, 1)


def _office(db):
    a = records.save(
        db,
        "signatory",
        {"name": "Mary", "local_name": "Мары", "country": "TM", "population": 126000},
        today=TODAY,
    )
    b = records.save(db, "signatory", {"name": "Gori", "country": "GE"}, today=TODAY)
    for sig in (a, b):
        records.save(db, "action_plan", {"signatory_id": sig.id, "plan_type": "secap"}, today=TODAY)
        records.save(
            db,
            "financial_support",
            {
                "signatory_id": sig.id,
                "instrument": "grant",
                "source": "eu",
                "amount": "100.10",
                "currency": "EUR",
                "decision_date": "2024-03-01",
            },
            today=TODAY,
        )
    records.save(
        db,
        "support_activity",
        {"activity_type": "training", "activity_date": "2024-05-05", "signatory_ids": [a.id, b.id]},
        today=TODAY,
    )
    records.save(
        db,
        "energy_day",
        {"title": "Day", "start_date": "2024-06-01", "organiser_ids": [a.id]},
        today=TODAY,
    )
    records.save(
        db,
        "exchange_rate",
        {"currency": "TMT", "rate_date": "2024-01-01", "units_per_eur": "3.8"},
        today=TODAY,
    )
    # a plan's contents (issue 15) and an emission inventory: one of each list's kind
    for kind, values in (
        ("mitigation_action", {"title": "LED street lighting", "sector": "PUBLIC_LIGHTING",
                               "co2_reduction_t": "12.50"}),
        ("climate_risk", {"hazard": "EXTREME_HEAT", "probability": "HIGH"}),
        ("adaptation_action", {"title": "Shade trees", "hazards": ["EXTREME_HEAT"]}),
        ("poverty_indicator", {"macro_area": "BUILDINGS", "indicator": "Cold homes"}),
        ("emission_inventory", {"inventory_type": "baseline", "inventory_year": 2015,
                                "factor_approach": "ipcc", "emission_unit": "t_co2",
                                "cells": {"TRANSPORT/DIESEL": "100"}}),
    ):  # fmt: skip
        records.save(db, kind, {"signatory_id": a.id, **values}, today=TODAY)
    records.save(
        db, "monitoring_report", {"signatory_id": a.id, "reporting_type": "action"}, today=TODAY
    )
    records.save(db, "deadline_extension", {"signatory_id": b.id}, today=TODAY)
    return a, b


def test_every_list_returns_id_plus_one_value_per_column(database) -> None:
    _office(database)
    for list_id, spec in LISTS.items():
        rows = list_rows(database, list_id)
        assert rows, list_id
        assert all(len(r) == len(spec.columns) + 1 for r in rows), list_id


def test_rows_carry_typed_values_and_joined_names(database) -> None:
    a, b = _office(database)
    sigs = list_rows(database, "signatories")
    assert [r[1] for r in sigs] == ["Gori", "Mary"]
    fin = LISTS["finance"]
    rows = list_rows(database, "finance")
    assert {r[1 + fin.index("signatory_id")] for r in rows} == {"Mary", "Gori"}
    amount, decided = fin.columns[fin.index("amount")], fin.columns[fin.index("decision_date")]
    assert cell(amount, rows[0][1 + fin.index("amount")]) == Decimal("100.10")
    assert cell(decided, rows[0][1 + fin.index("decision_date")]) == date(2024, 3, 1)
    status = fin.columns[fin.index("status")]
    assert rows[0][1 + fin.index("status")] == "applied", "enum columns come as codes"
    assert type(cell(status, "applied")).__name__ == "FinanceStatus"
    assert {row_id(r[0]) for r in sigs} == {a.id, b.id}
    act = LISTS["assistance"]
    assert list_rows(database, "assistance")[0][1 + act.index("signatory_ids")] == 2
    days = LISTS["energy_days"]
    assert list_rows(database, "energy_days")[0][1 + days.index("organiser_ids")] == 1


def test_trashed_records_and_limit(database) -> None:
    a, b = _office(database)
    records.trash(database, "signatory", [a.id])
    assert [r[1] for r in list_rows(database, "signatories")] == ["Gori"]
    assert len(list_rows(database, "plans", limit=1)) == 1


def test_one_query_per_list(database) -> None:
    _office(database)
    statements: list[str] = []

    def count(*args) -> None:
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        for list_id in LISTS:
            list_rows(database, list_id)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == len(LISTS)
