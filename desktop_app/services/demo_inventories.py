"""Emission inventories for the demo office: a baseline inventory for signatories with a
plan and, for most of them, a later monitoring inventory, shaped like the real thing.

Final energy per inhabitant is in the range the Covenant East plans report (about 8 to 18
MWh a year: residential heating on natural gas or district heat, tertiary and municipal
buildings, public lighting, transport on diesel, gasoline and liquid gas), with district
heat produced locally from natural gas where the country's towns have it, and monitoring
inventories a few percent lower than the baseline. Every inventory covers the four key
sectors and states its total consumption as the grid adds it up, so it obeys the rules.

Its own random stream per signatory (seeded by the signatory's id) keeps the rest of the
demo exactly as it was. At most MAX_WITH_INVENTORIES signatories get inventories, so the
20,000-signatory benchmarks office does not turn into a million grid rows.
"""

from __future__ import annotations

import random
from decimal import Decimal

from ..domain.enums import (
    EmissionUnit,
    EnergyCarrier,
    FactorApproach,
    InventorySector,
    InventoryType,
)
from ..domain.models import EmissionInventory, EmissionInventoryCell
from .demo_common import Context, Writer, make, new_id

MAX_WITH_INVENTORIES = 2000
DISTRICT_HEAT = frozenset({"UA", "BY", "MD", "KZ", "KG", "UZ", "AM"})
"""Countries whose towns commonly have district heating (heat bought from local plants)."""
TENTH = Decimal("0.1")

S = InventorySector
C = EnergyCarrier


def _mwh(value: float) -> Decimal:
    return Decimal(str(round(max(value, 0.0), 1))).quantize(TENTH)


def _grid(
    rng: random.Random, population: int, country: str, scale: float
) -> dict[tuple[str, str], Decimal]:
    p = population * scale
    heat = country in DISTRICT_HEAT and rng.random() < 0.8
    cells: dict[tuple[InventorySector, EnergyCarrier], float] = {
        (S.MUNICIPAL, C.ELECTRICITY): p * rng.uniform(0.08, 0.15),
        (S.MUNICIPAL, C.NATURAL_GAS): p * rng.uniform(0.2, 0.45),
        (S.TERTIARY, C.ELECTRICITY): p * rng.uniform(0.5, 1.1),
        (S.TERTIARY, C.NATURAL_GAS): p * rng.uniform(0.6, 1.4),
        (S.RESIDENTIAL, C.ELECTRICITY): p * rng.uniform(0.7, 1.3),
        (S.RESIDENTIAL, C.NATURAL_GAS): p * rng.uniform(2.0, 4.5),
        (S.PUBLIC_LIGHTING, C.ELECTRICITY): p * rng.uniform(0.02, 0.05),
        (S.TRANSPORT, C.DIESEL): p * rng.uniform(0.9, 1.8),
        (S.TRANSPORT, C.GASOLINE): p * rng.uniform(0.8, 1.6),
        (S.TRANSPORT, C.LIQUID_GAS): p * rng.uniform(0.1, 0.5),
    }
    if heat:
        cells[(S.MUNICIPAL, C.HEAT_COLD)] = p * rng.uniform(0.3, 0.6)
        cells[(S.RESIDENTIAL, C.HEAT_COLD)] = p * rng.uniform(1.5, 3.0)
    if rng.random() < 0.3:
        cells[(S.RESIDENTIAL, C.OTHER_BIOMASS)] = p * rng.uniform(0.1, 0.6)
    if rng.random() < 0.25:
        cells[(S.INDUSTRY, C.NATURAL_GAS)] = p * rng.uniform(0.5, 2.0)
        cells[(S.INDUSTRY, C.ELECTRICITY)] = p * rng.uniform(0.3, 1.0)
    out = {(s.value, c.value): _mwh(v) for (s, c), v in cells.items()}
    return {k: v for k, v in out.items() if v > 0}


def _inventory(
    w: Writer,
    rng: random.Random,
    sig_id: object,
    kind: InventoryType,
    year: int,
    population: int,
    cells: dict[tuple[str, str], Decimal],
) -> None:
    inv_id = new_id(rng)
    heat_sold = sum((v for (s, c), v in cells.items() if c == C.HEAT_COLD.value), Decimal(0))
    local_heat = None
    if heat_sold:
        # gas boilers and CHP of the town's heat utility, about 85 % efficient
        local_heat = heat_sold
        cells = {**cells, (S.LOCAL_HEAT.value, C.NATURAL_GAS.value): _mwh(float(heat_sold) / 0.85)}
    consumption = sum((v for (s, _c), v in cells.items() if not s.startswith("LOCAL_")),
                      Decimal(0))  # fmt: skip
    w.add(
        make(
            EmissionInventory,
            id=inv_id,
            signatory_id=sig_id,
            inventory_type=kind,
            inventory_year=year,
            population=population,
            factor_approach=FactorApproach.IPCC,
            emission_unit=EmissionUnit.T_CO2,
            local_heat_mwh=local_heat,
            factor_source="",
            entered_total_mwh=consumption,
            notes="",
        )
    )
    for (sector, carrier), mwh in sorted(cells.items()):
        w.add(
            make(
                EmissionInventoryCell,
                id=new_id(rng),
                inventory_id=inv_id,
                sector=sector,
                carrier=carrier,
                mwh=mwh,
            )
        )


def build_inventories(ctx: Context, w: Writer) -> None:
    done = 0
    today = ctx.today
    for sig in ctx.signatories:
        if done >= MAX_WITH_INVENTORIES:
            break
        if sig.plan_id is None:
            continue
        rng = random.Random(sig.id.int)
        base_year = max(1990, min(sig.adhesion.year - rng.randint(0, 4), today.year - 1))
        base_pop = max(1000, int(sig.population * rng.uniform(0.93, 1.02)))
        base = _grid(rng, base_pop, sig.country, 1.0)
        _inventory(w, rng, sig.id, InventoryType.BASELINE, base_year, base_pop, base)
        done += 1
        last_possible = today.year - 1
        if rng.random() < 0.65 and base_year + 3 <= last_possible:
            year = rng.randint(base_year + 3, min(base_year + 10, last_possible))
            pop = max(1000, int(sig.population * rng.uniform(0.98, 1.03)))
            saving = rng.uniform(0.82, 0.99)
            later = {k: _mwh(float(v) * saving * pop / base_pop) for k, v in base.items()}
            _inventory(w, rng, sig.id, InventoryType.MONITORING, year, pop,
                       {k: v for k, v in later.items() if v > 0})  # fmt: skip
