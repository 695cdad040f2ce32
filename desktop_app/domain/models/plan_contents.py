"""What a plan contains beyond its dates: mitigation actions, the climate risk and
vulnerability assessment, adaptation actions and energy poverty indicators.

Each row belongs to a signatory and, usually, to one of its plans (the template's parts of
a SECAP). Codes are the official ones (domain/plan_codes.py), so a row imported from the
research centre's action table keeps its codes as they were.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import Date, Enum, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..plan_codes import (
    ActionOrigin,
    ActionSector,
    ActionStatus,
    AreaOfIntervention,
    ExpectedChange,
    Hazard,
    PolicyInstrument,
    PovertyArea,
    RiskLevel,
    Timeframe,
)
from ._types import CODE_LIST, MONEY, code
from .signatory import Signatory

ENERGY = Numeric(18, 2, asdecimal=True)
"""MWh a year, or tonnes of CO2 a year: two decimals, as the template keeps them."""


def long_code(enum_cls: type[StrEnum]) -> Enum:
    """As _types.code, for code lists whose official codes pass 40 characters."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=60,
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


class MitigationAction(RecordMixin, Base):
    __tablename__ = "mitigation_action"
    __table_args__ = (
        Index("ix_mitigation_action_live", "deleted_at", "signatory_id", "status", "sector"),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"), index=True)
    action_code: Mapped[str] = mapped_column(String(40), default="")
    """The action's ID in the plan (the research centre's `ID ACTION`)."""
    title: Mapped[str] = mapped_column(String(300))
    sector: Mapped[ActionSector] = mapped_column(code(ActionSector))
    area: Mapped[AreaOfIntervention | None] = mapped_column(long_code(AreaOfIntervention))
    instrument: Mapped[PolicyInstrument | None] = mapped_column(code(PolicyInstrument))
    origin: Mapped[ActionOrigin] = mapped_column(
        code(ActionOrigin), default=ActionOrigin.LOCAL_AUTHORITY
    )
    stakeholders: Mapped[str] = mapped_column(String(300), default="")
    governance: Mapped[str] = mapped_column(String(200), default="")
    """Who is responsible (the action table's `Governance`)."""
    status: Mapped[ActionStatus] = mapped_column(
        code(ActionStatus), default=ActionStatus.NOT_STARTED
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    energy_savings_mwh: Mapped[Decimal | None] = mapped_column(ENERGY)
    renewable_mwh: Mapped[Decimal | None] = mapped_column(ENERGY)
    co2_reduction_t: Mapped[Decimal | None] = mapped_column(ENERGY)
    achieved_energy_savings_mwh: Mapped[Decimal | None] = mapped_column(ENERGY)
    achieved_renewable_mwh: Mapped[Decimal | None] = mapped_column(ENERGY)
    achieved_co2_reduction_t: Mapped[Decimal | None] = mapped_column(ENERGY)
    poverty_areas: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    """Energy poverty macro-areas the action addresses (none: not an energy poverty action)."""
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()


class ClimateRisk(RecordMixin, Base):
    """One hazard of a risk and vulnerability assessment."""

    __tablename__ = "climate_risk"
    __table_args__ = (Index("ix_climate_risk_live", "deleted_at", "signatory_id", "hazard"),)

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"), index=True)
    hazard: Mapped[Hazard] = mapped_column(code(Hazard))
    probability: Mapped[RiskLevel | None] = mapped_column(code(RiskLevel))
    impact: Mapped[RiskLevel | None] = mapped_column(code(RiskLevel))
    expected_change: Mapped[ExpectedChange | None] = mapped_column(code(ExpectedChange))
    timeframe: Mapped[Timeframe | None] = mapped_column(code(Timeframe))
    vulnerable_sectors: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    vulnerable_groups: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()


class AdaptationAction(RecordMixin, Base):
    __tablename__ = "adaptation_action"
    __table_args__ = (Index("ix_adaptation_action_live", "deleted_at", "signatory_id", "status"),)

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    hazards: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    sectors: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    status: Mapped[ActionStatus] = mapped_column(
        code(ActionStatus), default=ActionStatus.NOT_STARTED
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    cost: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    stakeholders: Mapped[str] = mapped_column(String(300), default="")
    poverty_areas: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()


class PovertyIndicator(RecordMixin, Base):
    """An energy poverty indicator of a plan, with its current and target level."""

    __tablename__ = "poverty_indicator"
    __table_args__ = (
        Index("ix_poverty_indicator_live", "deleted_at", "signatory_id", "macro_area"),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"), index=True)
    macro_area: Mapped[PovertyArea] = mapped_column(code(PovertyArea))
    indicator: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(40), default="")
    current_value: Mapped[Decimal | None] = mapped_column(ENERGY)
    current_year: Mapped[int | None] = mapped_column(Integer)
    target_value: Mapped[Decimal | None] = mapped_column(ENERGY)
    target_year: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()
