"""Emissions of an inventory: final energy (MWh) × emission factors, the Covenant's way.

Pure: the factor table is handed in (services/emission_factors.py reads the shipped file),
so the same computation runs in the form as you type, in the CLI, the workbook and the
report, and a test can check it against a hand computation.

The method is the one of the Covenant guidebook (Part II, Baseline Emission Inventory):

- fuels burnt in the territory: MWh × the default factor of the chosen approach (IPCC
  activity-based, t CO2/MWh, or life cycle, t CO2-eq/MWh);
- electricity: the national factor of the signatory's country for the inventory year,
  corrected for electricity produced locally:
  EFE = ((TCE − LPE) × NEEFE + CO2LPE) / TCE, where TCE is the electricity consumed, LPE
  the electricity produced locally and CO2LPE the emissions of the fuels its plants burn
  (the LOCAL_ELECTRICITY_PRODUCTION row of the grid); or the inventory's own factor;
- heat/cold: the emissions of the fuels local heat plants burn (the LOCAL_HEAT_COLD_
  PRODUCTION row) divided by the heat they produce; or the inventory's own factor.

Every figure keeps the factor it used (value, source, version), so a reader can check it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..enums import (
    CONSUMPTION_SECTORS,
    INVENTORY_KEY_SECTORS,
    EnergyCarrier,
    FactorApproach,
    InventorySector,
)

ZERO = Decimal(0)
CELL_SEPARATOR = "/"
"""Cells travel in a values dict keyed "SECTOR/CARRIER" (plain strings survive JSON)."""


def cell_key(sector: str, carrier: str) -> str:
    return f"{sector}{CELL_SEPARATOR}{carrier}"


def split_key(key: str) -> tuple[str, str]:
    sector, _, carrier = key.partition(CELL_SEPARATOR)
    return sector, carrier


def cells_text(cells: Mapping[str, Decimal]) -> str:
    """The grid as one workbook cell: "SECTOR/CARRIER=MWh; ..." (codes, plain decimals, in
    code order), so a workbook export and import keeps every cell."""
    parts = [
        f"{key}={format(value.normalize(), 'f') if value == value.to_integral() else value}"
        for key, value in sorted(cells.items())
        if value
    ]
    return "; ".join(parts)


def parse_cells_text(text: str) -> dict[str, Any]:
    """The grid from its workbook text; a value that is no number stays text (validation
    names it), a piece without "=" raises ValueError naming it."""
    out: dict[str, Any] = {}
    for piece in text.replace("\n", ";").split(";"):
        piece = piece.strip()
        if not piece:
            continue
        key, sep, raw = piece.partition("=")
        if not sep:
            raise ValueError(piece)
        raw = raw.strip()
        try:
            out[key.strip()] = Decimal(raw)
        except ArithmeticError:
            out[key.strip()] = raw
    return out


@dataclass(frozen=True)
class Factor:
    """One emission factor as the table states it."""

    value: Decimal
    source: str
    """Source id in the table's `sources` (or "local" / "computed")."""
    note: str = ""


@dataclass(frozen=True)
class NationalFactor:
    from_year: int
    value: Decimal
    source: str


@dataclass(frozen=True)
class FactorTable:
    version: str
    fuels: Mapping[str, Mapping[str, Factor]]
    """approach code -> carrier code -> factor."""
    electricity: Mapping[str, tuple[NationalFactor, ...]]
    """country code -> factors by the year they apply from, oldest first."""
    sources: Mapping[str, str] = field(default_factory=dict)
    """source id -> title and citation."""

    def fuel(self, approach: str, carrier: str) -> Factor | None:
        return self.fuels.get(approach, {}).get(carrier)

    def national_electricity(self, country: str, year: int) -> NationalFactor | None:
        found = None
        for entry in self.electricity.get(country.upper(), ()):
            if entry.from_year <= year:
                found = entry
        return found


@dataclass(frozen=True)
class UsedFactor:
    """The factor a figure was computed with: what a reader needs to check it."""

    carrier: str
    value: Decimal | None
    """None: no factor was available, the carrier's energy is not counted."""
    kind: str
    """default | national | computed (national corrected by local production) | local |
    missing."""
    source: str
    version: str


@dataclass(frozen=True)
class InventoryInputs:
    cells: Mapping[str, Decimal]
    """"SECTOR/CARRIER" -> MWh (consumption and the production rows' fuel inputs)."""
    approach: str = FactorApproach.IPCC.value
    country: str = ""
    year: int = 0
    local_electricity_mwh: Decimal | None = None
    local_heat_mwh: Decimal | None = None
    electricity_factor: Decimal | None = None
    heat_factor: Decimal | None = None
    factor_source: str = ""


@dataclass(frozen=True)
class InventoryEmissions:
    factors: dict[str, UsedFactor]
    """carrier code -> the factor used for consumption of that carrier."""
    by_cell: dict[str, Decimal]
    """"SECTOR/CARRIER" -> t (consumption rows only)."""
    by_sector: dict[str, Decimal]
    mwh_by_sector: dict[str, Decimal]
    total: Decimal
    total_mwh: Decimal
    version: str

    def missing(self) -> list[str]:
        """Carriers with consumption but no factor (their energy is not counted)."""
        return [
            c
            for c, f in self.factors.items()
            if f.value is None and any(
                split_key(k)[1] == c and v for k, v in self.mwh_cells.items()
            )
        ]

    mwh_cells: dict[str, Decimal] = field(default_factory=dict)


def _production_co2(inputs: InventoryInputs, table: FactorTable, sector: str) -> Decimal:
    total = ZERO
    for key, mwh in inputs.cells.items():
        s, carrier = split_key(key)
        if s != sector or not mwh:
            continue
        factor = table.fuel(inputs.approach, carrier)
        if factor is not None:
            total += mwh * factor.value
    return total


def _electricity(inputs: InventoryInputs, table: FactorTable, consumed: Decimal) -> UsedFactor:
    carrier = EnergyCarrier.ELECTRICITY.value
    if inputs.electricity_factor is not None:
        return UsedFactor(carrier, inputs.electricity_factor, "local", inputs.factor_source,
                          table.version)  # fmt: skip
    national = table.national_electricity(inputs.country, inputs.year) if inputs.country else None
    if national is None:
        return UsedFactor(carrier, None, "missing", "", table.version)
    produced = inputs.local_electricity_mwh or ZERO
    if produced > 0 and consumed > 0:
        co2 = _production_co2(inputs, table, InventorySector.LOCAL_ELECTRICITY.value)
        value = ((consumed - min(produced, consumed)) * national.value + co2) / consumed
        return UsedFactor(carrier, value.quantize(Decimal("0.000001")), "computed",
                          national.source, table.version)  # fmt: skip
    return UsedFactor(carrier, national.value, "national", national.source, table.version)


def _heat(inputs: InventoryInputs, table: FactorTable) -> UsedFactor:
    carrier = EnergyCarrier.HEAT_COLD.value
    if inputs.heat_factor is not None:
        return UsedFactor(carrier, inputs.heat_factor, "local", inputs.factor_source,
                          table.version)  # fmt: skip
    produced = inputs.local_heat_mwh or ZERO
    if produced > 0:
        co2 = _production_co2(inputs, table, InventorySector.LOCAL_HEAT.value)
        return UsedFactor(carrier, (co2 / produced).quantize(Decimal("0.000001")), "computed",
                          "", table.version)  # fmt: skip
    return UsedFactor(carrier, None, "missing", "", table.version)


def compute(inputs: InventoryInputs, table: FactorTable) -> InventoryEmissions:
    consumption = {s.value for s in CONSUMPTION_SECTORS}
    mwh_cells = {
        k: v for k, v in inputs.cells.items() if v and split_key(k)[0] in consumption
    }
    electricity_mwh = sum(
        (v for k, v in mwh_cells.items() if split_key(k)[1] == EnergyCarrier.ELECTRICITY),
        ZERO,
    )
    factors: dict[str, UsedFactor] = {}
    for carrier in EnergyCarrier:
        if carrier is EnergyCarrier.ELECTRICITY:
            factors[carrier.value] = _electricity(inputs, table, electricity_mwh)
        elif carrier is EnergyCarrier.HEAT_COLD:
            factors[carrier.value] = _heat(inputs, table)
        else:
            fuel = table.fuel(inputs.approach, carrier.value)
            factors[carrier.value] = (
                UsedFactor(carrier.value, fuel.value, "default", fuel.source, table.version)
                if fuel is not None
                else UsedFactor(carrier.value, None, "missing", "", table.version)
            )
    by_cell: dict[str, Decimal] = {}
    by_sector: dict[str, Decimal] = {}
    mwh_by_sector: dict[str, Decimal] = {}
    for key, mwh in mwh_cells.items():
        sector, carrier_code = split_key(key)
        mwh_by_sector[sector] = mwh_by_sector.get(sector, ZERO) + mwh
        used = factors.get(carrier_code)
        if used is None or used.value is None:
            continue
        t = mwh * used.value
        by_cell[key] = t
        by_sector[sector] = by_sector.get(sector, ZERO) + t
    return InventoryEmissions(
        factors=factors,
        by_cell=by_cell,
        by_sector=by_sector,
        mwh_by_sector=mwh_by_sector,
        total=sum(by_cell.values(), ZERO),
        total_mwh=sum(mwh_cells.values(), ZERO),
        version=table.version,
        mwh_cells=mwh_cells,
    )


def key_sectors_covered(cells: Mapping[str, Decimal]) -> list[str]:
    """Key sectors with some energy: public lighting counts as municipal (the Covenant's
    municipal sector is buildings, equipment/facilities and public lighting)."""
    with_data = {split_key(k)[0] for k, v in cells.items() if v}
    if InventorySector.PUBLIC_LIGHTING.value in with_data:
        with_data.add(InventorySector.MUNICIPAL.value)
    return [s.value for s in INVENTORY_KEY_SECTORS if s.value in with_data]


def differs(computed: Decimal, entered: Decimal, tolerance: Decimal = Decimal("0.01")) -> bool:
    """More than `tolerance` (1 %) apart, relative to the entered total."""
    if entered == 0:
        return computed != 0
    return abs(computed - entered) > abs(entered) * tolerance
