"""Emission inventories (baseline and monitoring) and their energy grids.

An inventory is what a signatory's plan is measured against: final energy consumption in
MWh by sector and energy carrier, turned into tonnes of CO2 with emission factors. The
grid is kept as one row per filled cell (inventory, sector, carrier, MWh) rather than 126
columns, so a new carrier or sector is a new code, not a schema change; codes are stored,
labels are translated where they are shown.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import EmissionUnit, FactorApproach, InventoryType
from ._types import code
from .signatory import Signatory

MWH = Numeric(16, 1, asdecimal=True)
"""Energy in MWh, one decimal (the template's precision)."""
FACTOR = Numeric(12, 6, asdecimal=True)
"""An emission factor in t CO2 (or t CO2-eq) per MWh."""


class EmissionInventory(RecordMixin, Base):
    __tablename__ = "emission_inventory"
    __table_args__ = (
        Index("ix_emission_inventory_live", "deleted_at", "signatory_id", "inventory_year"),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    inventory_type: Mapped[InventoryType] = mapped_column(
        code(InventoryType), default=InventoryType.BASELINE
    )
    inventory_year: Mapped[int] = mapped_column(Integer)
    population: Mapped[int | None] = mapped_column(Integer)
    """Inhabitants in the inventory year (per-capita figures)."""
    factor_approach: Mapped[FactorApproach] = mapped_column(
        code(FactorApproach), default=FactorApproach.IPCC
    )
    emission_unit: Mapped[EmissionUnit] = mapped_column(
        code(EmissionUnit), default=EmissionUnit.T_CO2
    )
    local_electricity_mwh: Mapped[Decimal | None] = mapped_column(MWH)
    """Electricity produced in the territory (its fuels are the production row's cells)."""
    local_heat_mwh: Mapped[Decimal | None] = mapped_column(MWH)
    """Heat/cold produced in the territory and sold to end users."""
    electricity_factor: Mapped[Decimal | None] = mapped_column(FACTOR)
    """A local electricity factor the user enters; None: national factor and production."""
    heat_factor: Mapped[Decimal | None] = mapped_column(FACTOR)
    """A local heat/cold factor; None: worked out from the local heat production."""
    factor_source: Mapped[str] = mapped_column(String(300), default="")
    """Where the local factors come from (a study, the utility's figures)."""
    entered_total_mwh: Mapped[Decimal | None] = mapped_column(MWH)
    """Total final energy consumption as the signatory's own document states it."""
    entered_total_emissions: Mapped[Decimal | None] = mapped_column(MWH)
    """Total emissions as the signatory's own document states them (t)."""
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()
    cells: Mapped[list[EmissionInventoryCell]] = relationship(back_populates="inventory")


class EmissionInventoryCell(RecordMixin, Base):
    """One filled cell of an inventory's energy grid (sector × carrier, in MWh)."""

    __tablename__ = "emission_inventory_cell"

    inventory_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("emission_inventory.id"), index=True
    )
    sector: Mapped[str] = mapped_column(String(60))
    carrier: Mapped[str] = mapped_column(String(40))
    mwh: Mapped[Decimal] = mapped_column(MWH)

    inventory: Mapped[EmissionInventory] = relationship(back_populates="cells")
