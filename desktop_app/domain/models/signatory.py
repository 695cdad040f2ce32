"""Municipalities that signed the Covenant and the coordinators supporting them."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import Framework, SignatoryStatus, TargetType
from ._types import CODE_LIST, code


class Signatory(RecordMixin, Base):
    __tablename__ = "signatory"
    # "Live rows" indexes: deleted_at first, so `deleted_at IS NULL` is an equality the
    # planner prefers to the single-column ix_*_deleted_at, then every column the dashboard
    # and the report figures read, so those aggregates never touch the table (migration 0003).
    __table_args__ = (
        Index(
            "ix_signatory_live",
            "deleted_at",
            "id",
            "status",
            "framework",
            "adhesion_date",
            "country",
            "status_date",
        ),
    )

    name: Mapped[str] = mapped_column(String(200), index=True)
    """Name in Latin script, as filed with the Commission."""
    local_name: Mapped[str] = mapped_column(String(200), default="")
    """Name in the local script (Cyrillic, Armenian, Georgian...)."""
    country: Mapped[str] = mapped_column(String(2), index=True)
    region: Mapped[str] = mapped_column(String(200), default="")
    covenant_id: Mapped[str] = mapped_column(String(40), default="")
    latitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    """Decimal degrees, as the Covenant's open register gives them (migration 0007)."""
    longitude: Mapped[Decimal | None] = mapped_column(Numeric(9, 6))
    population: Mapped[int | None] = mapped_column(Integer)
    population_year: Mapped[int | None] = mapped_column(Integer)
    adhesion_date: Mapped[date | None] = mapped_column(Date)
    framework: Mapped[Framework] = mapped_column(code(Framework), default=Framework.F2030)
    pillars: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    target_percent: Mapped[Decimal | None] = mapped_column(Numeric(5, 2))
    target_year: Mapped[int | None] = mapped_column(Integer)
    target_type: Mapped[TargetType] = mapped_column(code(TargetType), default=TargetType.ABSOLUTE)
    joint_plan: Mapped[bool] = mapped_column(Boolean, default=False)
    joint_plan_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[SignatoryStatus] = mapped_column(
        code(SignatoryStatus), default=SignatoryStatus.ACTIVE, index=True
    )
    status_date: Mapped[date | None] = mapped_column(Date)
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    supports: Mapped[list[SignatoryCoordinator]] = relationship(back_populates="signatory")


class SignatoryCoordinator(RecordMixin, Base):
    """Which coordinator supports which signatory, and since when."""

    __tablename__ = "signatory_coordinator"

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    coordinator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coordinator.id"), index=True)
    since: Mapped[date | None] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)

    signatory: Mapped[Signatory] = relationship(back_populates="supports")
