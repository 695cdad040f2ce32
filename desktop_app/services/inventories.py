"""Emissions of inventories and of the territory, from the database and the shipped factors.

The computation is domain/rules/emissions.py; this module reads what it needs (cells,
the signatory's country) and adds the territory's figures: the sum over signatories of
their baseline and of their latest inventory, per capita, by sector, and the signatories
whose latest inventory is older than the full-reporting interval (4 years).

Which inventory counts, per signatory (live signatories and inventories only):
- baseline: its baseline inventory of the earliest year (a recalculated baseline keeps its
  year; of two for one year, the one saved last);
- latest: its inventory of the latest year, of either type (a signatory with only a
  baseline has it as its latest too).
Per capita divides by the population of the same inventories, over those that state one.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ..db.session import Database
from ..domain.enums import InventoryType
from ..domain.rules.emissions import (
    InventoryEmissions,
    InventoryInputs,
    cell_key,
    compute,
)
from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .emission_factors import shipped

ZERO = Decimal(0)


def _dec(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    if isinstance(value, Decimal):
        return value
    try:
        return Decimal(str(value))
    except ArithmeticError:
        return None


def emissions_of(values: Mapping[str, Any], country: str) -> InventoryEmissions:
    """An inventory's emissions from a form's or a record's values (unreadable cells are
    left out: validation names them)."""
    cells: dict[str, Decimal] = {}
    for key, raw in (values.get("cells") or {}).items():
        number = _dec(raw)
        if number is not None and number.is_finite() and number > 0:
            cells[key] = number
    approach = values.get("factor_approach") or "ipcc"
    year = values.get("inventory_year")
    try:
        year_int = int(year) if year not in (None, "") else 0
    except (TypeError, ValueError):
        year_int = 0
    inputs = InventoryInputs(
        cells=cells,
        approach=str(getattr(approach, "value", approach)),
        country=country or "",
        year=year_int,
        local_electricity_mwh=_dec(values.get("local_electricity_mwh")),
        local_heat_mwh=_dec(values.get("local_heat_mwh")),
        electricity_factor=_dec(values.get("electricity_factor")),
        heat_factor=_dec(values.get("heat_factor")),
        factor_source=str(values.get("factor_source") or ""),
    )
    return compute(inputs, shipped())


@dataclass(frozen=True)
class InventoryRow:
    id: uuid.UUID
    signatory_id: uuid.UUID
    signatory_name: str
    country: str
    inventory_type: str
    year: int
    population: int | None
    emissions: InventoryEmissions


@dataclass
class TerritoryEmissions:
    version: str
    baseline_total: Decimal = ZERO
    latest_total: Decimal = ZERO
    baseline_population: int = 0
    latest_population: int = 0
    baseline_per_capita_total: Decimal = ZERO
    """Emissions of the baseline inventories that state a population."""
    latest_per_capita_total: Decimal = ZERO
    signatories: int = 0
    """Signatories with at least one inventory."""
    baseline_by_sector: dict[str, Decimal] = field(default_factory=dict)
    latest_by_sector: dict[str, Decimal] = field(default_factory=dict)
    stale: list[tuple[uuid.UUID, str, int]] = field(default_factory=list)
    """(signatory id, name, latest inventory year) older than the interval, by name."""
    stale_before: int = 0
    """Latest inventories of a year before this one are stale."""

    @property
    def baseline_per_capita(self) -> Decimal | None:
        if not self.baseline_population:
            return None
        return self.baseline_per_capita_total / self.baseline_population

    @property
    def latest_per_capita(self) -> Decimal | None:
        if not self.latest_population:
            return None
        return self.latest_per_capita_total / self.latest_population

    @property
    def change_percent(self) -> Decimal | None:
        if not self.baseline_total:
            return None
        return (self.latest_total - self.baseline_total) / self.baseline_total * 100


def inventory_rows(db: Database) -> list[InventoryRow]:
    """Every live inventory of a live signatory, with its emissions."""
    from ..domain.models import EmissionInventory as I
    from ..domain.models import EmissionInventoryCell as C
    from ..domain.models import Signatory as S

    with db.session() as s:
        heads = s.execute(
            select(I, S.name, S.country)
            .join(S, S.id == I.signatory_id)
            .where(I.deleted_at.is_(None), S.deleted_at.is_(None))
            .order_by(S.name, I.inventory_year, I.updated_at)
        ).all()
        cells: dict[uuid.UUID, dict[str, Decimal]] = defaultdict(dict)
        for inv_id, sector, carrier, mwh in s.execute(
            select(C.inventory_id, C.sector, C.carrier, C.mwh)
            .join(I, I.id == C.inventory_id)
            .where(C.deleted_at.is_(None), I.deleted_at.is_(None))
        ):
            cells[inv_id][cell_key(sector, carrier)] = mwh
        out = []
        for inv, name, country in heads:
            values = {
                "cells": cells.get(inv.id, {}),
                "factor_approach": inv.factor_approach,
                "inventory_year": inv.inventory_year,
                "local_electricity_mwh": inv.local_electricity_mwh,
                "local_heat_mwh": inv.local_heat_mwh,
                "electricity_factor": inv.electricity_factor,
                "heat_factor": inv.heat_factor,
                "factor_source": inv.factor_source,
            }
            out.append(
                InventoryRow(
                    inv.id,
                    inv.signatory_id,
                    name,
                    country,
                    str(inv.inventory_type.value),
                    inv.inventory_year,
                    inv.population,
                    emissions_of(values, country),
                )
            )
        return out


def territory(
    db: Database,
    today: date | None = None,
    settings: RuleSettings = DEFAULT_SETTINGS,
    rows: list[InventoryRow] | None = None,
) -> TerritoryEmissions:
    """`rows`: inventory_rows(db) if the caller has them already (the report needs them
    for its own table and the plans' targets too: computing every inventory's emissions
    once, not three times)."""
    today = today or date.today()
    rows = inventory_rows(db) if rows is None else rows
    result = TerritoryEmissions(shipped().version)
    result.stale_before = today.year - settings.full_inventory_interval_years
    by_signatory: dict[uuid.UUID, list[InventoryRow]] = defaultdict(list)
    for row in rows:
        by_signatory[row.signatory_id].append(row)
    result.signatories = len(by_signatory)
    for own in by_signatory.values():
        # rows come ordered by year, then last saved: later entries win ties
        baselines = [r for r in own if r.inventory_type == InventoryType.BASELINE.value]
        if baselines:
            first_year = min(r.year for r in baselines)
            base = [r for r in baselines if r.year == first_year][-1]
            _add(result, base, latest=False)
        last_year = max(r.year for r in own)
        latest = [r for r in own if r.year == last_year][-1]
        _add(result, latest, latest=True)
        if latest.year < result.stale_before:
            result.stale.append((latest.signatory_id, latest.signatory_name, latest.year))
    result.stale.sort(key=lambda x: (x[1].casefold(), x[2]))
    return result


def _add(result: TerritoryEmissions, row: InventoryRow, latest: bool) -> None:
    total = row.emissions.total
    sectors = result.latest_by_sector if latest else result.baseline_by_sector
    for sector, t in row.emissions.by_sector.items():
        sectors[sector] = sectors.get(sector, ZERO) + t
    if latest:
        result.latest_total += total
        if row.population:
            result.latest_population += row.population
            result.latest_per_capita_total += total
    else:
        result.baseline_total += total
        if row.population:
            result.baseline_population += row.population
            result.baseline_per_capita_total += total
