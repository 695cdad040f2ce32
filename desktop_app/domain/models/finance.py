"""Finance provided or arranged for signatories, and the rates that convert it to EUR."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import FinanceStatus, FundingSource, Instrument
from ._types import MONEY, RATE, code
from .signatory import Signatory


class FinancialSupport(RecordMixin, Base):
    __tablename__ = "financial_support"
    __table_args__ = (
        Index(
            "ix_financial_support_live",
            "deleted_at",
            "decision_date",
            "currency",
            "signatory_id",
            "amount",
            "instrument",
            "source",
            "status",
            "disbursed_amount",
        ),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"))
    action_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("mitigation_action.id"))
    """The mitigation action this finance pays for (its financing source), if any."""
    instrument: Mapped[Instrument] = mapped_column(code(Instrument))
    source: Mapped[FundingSource] = mapped_column(code(FundingSource))
    funder_name: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal] = mapped_column(MONEY)
    """Applied for or approved amount, in `currency`."""
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    decision_date: Mapped[date | None] = mapped_column(Date, index=True)
    disbursed_amount: Mapped[Decimal | None] = mapped_column(MONEY)
    disbursed_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[FinanceStatus] = mapped_column(
        code(FinanceStatus), default=FinanceStatus.APPLIED
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()


class ExchangeRate(RecordMixin, Base):
    """How many units of `currency` buy one euro on `rate_date` (the ECB convention)."""

    __tablename__ = "exchange_rate"
    __table_args__ = (Index("ix_exchange_rate_currency_date", "currency", "rate_date"),)

    currency: Mapped[str] = mapped_column(String(3), index=True)
    rate_date: Mapped[date] = mapped_column(Date, index=True)
    units_per_eur: Mapped[Decimal] = mapped_column(RATE)
    source: Mapped[str] = mapped_column(String(200), default="")
