"""Assistance given to signatories and local Energy Days."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import ActivityType
from ._types import CODE_LIST, MONEY, code
from .signatory import Signatory


class SupportActivity(RecordMixin, Base):
    __tablename__ = "support_activity"

    activity_type: Mapped[ActivityType] = mapped_column(code(ActivityType), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    activity_date: Mapped[date] = mapped_column(Date, index=True)
    reaches_all: Mapped[bool] = mapped_column(Boolean, default=False)
    """True when the activity served every signatory in the territory."""
    staff_days: Mapped[Decimal | None] = mapped_column(Numeric(7, 1))
    participants: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")

    reached: Mapped[list[SupportActivitySignatory]] = relationship(back_populates="activity")


class SupportActivitySignatory(RecordMixin, Base):
    __tablename__ = "support_activity_signatory"

    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("support_activity.id"), index=True)
    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)

    activity: Mapped[SupportActivity] = relationship(back_populates="reached")
    signatory: Mapped[Signatory] = relationship()


class EnergyDay(RecordMixin, Base):
    __tablename__ = "energy_day"

    title: Mapped[str] = mapped_column(String(300))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    online: Mapped[bool] = mapped_column(Boolean, default=False)
    organised_by_coordinator: Mapped[bool] = mapped_column(Boolean, default=True)
    activity_types: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    audiences: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    participants: Mapped[int | None] = mapped_column(Integer)
    budget: Mapped[Decimal | None] = mapped_column(MONEY)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    eusew_registered: Mapped[bool] = mapped_column(Boolean, default=False)
    """Registered as an EU Sustainable Energy Week Energy Day."""
    outcome_notes: Mapped[str] = mapped_column(Text, default="")

    organisers: Mapped[list[EnergyDayOrganiser]] = relationship(back_populates="energy_day")


class EnergyDayOrganiser(RecordMixin, Base):
    """A signatory that organised or co-organised an Energy Day."""

    __tablename__ = "energy_day_organiser"

    energy_day_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("energy_day.id"), index=True)
    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    lead: Mapped[bool] = mapped_column(Boolean, default=False)

    energy_day: Mapped[EnergyDay] = relationship(back_populates="organisers")
    signatory: Mapped[Signatory] = relationship()
