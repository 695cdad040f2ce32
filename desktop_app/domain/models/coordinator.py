"""The office's own organisation and the services it offers signatories."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import CoordinatorKind, CoordinatorStatus, ServiceType
from ._types import code


class Coordinator(RecordMixin, Base):
    """A Covenant Coordinator; `is_own_office` marks the one this database belongs to.

    Other coordinators may appear as co-supporters of shared signatories.
    """

    __tablename__ = "coordinator"

    name: Mapped[str] = mapped_column(String(200))
    local_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[CoordinatorKind] = mapped_column(code(CoordinatorKind))
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str] = mapped_column(String(200), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    is_own_office: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[CoordinatorStatus] = mapped_column(
        code(CoordinatorStatus), default=CoordinatorStatus.EXPRESSION_OF_INTEREST
    )
    expression_of_interest_date: Mapped[date | None] = mapped_column(Date)
    eligibility_confirmed_date: Mapped[date | None] = mapped_column(Date)
    commitment_signed_date: Mapped[date | None] = mapped_column(Date)
    active_date: Mapped[date | None] = mapped_column(Date)
    on_hold_date: Mapped[date | None] = mapped_column(Date)
    withdrawn_date: Mapped[date | None] = mapped_column(Date)
    mandated_agency: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    services: Mapped[list[ServiceOffer]] = relationship(
        back_populates="coordinator", order_by="ServiceOffer.service"
    )


class ServiceOffer(RecordMixin, Base):
    __tablename__ = "service_offer"

    coordinator_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("coordinator.id"), index=True)
    service: Mapped[ServiceType] = mapped_column(code(ServiceType))
    description: Mapped[str] = mapped_column(Text, default="")
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)

    coordinator: Mapped[Coordinator] = relationship(back_populates="services")
