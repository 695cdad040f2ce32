"""Action plans, their monitoring reports, and deadline extensions."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base, RecordMixin
from ..enums import (
    ExtensionSubject,
    MonitoringStatus,
    PlanStatus,
    PlanType,
    ReportingType,
    RequestedBy,
)
from ._types import CODE_LIST, code
from .signatory import Signatory


class ActionPlan(RecordMixin, Base):
    __tablename__ = "action_plan"
    # Covering "live rows" index, as on signatory (migration 0003).
    __table_args__ = (
        Index(
            "ix_action_plan_live",
            "deleted_at",
            "signatory_id",
            "status",
            "plan_type",
            "submission_date",
            "feedback_date",
        ),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_type: Mapped[PlanType] = mapped_column(code(PlanType))
    title: Mapped[str] = mapped_column(String(300), default="")
    baseline_year: Mapped[int | None] = mapped_column(Integer)
    sectors: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    """Sectors covered by the baseline emission inventory."""
    action_sectors: Mapped[list[str]] = mapped_column(CODE_LIST, default=list)
    """Sectors with at least one action."""
    risk_assessment_done: Mapped[bool] = mapped_column(Boolean, default=False)
    council_approval_date: Mapped[date | None] = mapped_column(Date)
    submission_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[PlanStatus] = mapped_column(
        code(PlanStatus), default=PlanStatus.IN_PREPARATION, index=True
    )
    feedback_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()


class MonitoringReport(RecordMixin, Base):
    __tablename__ = "monitoring_report"
    __table_args__ = (
        Index(
            "ix_monitoring_report_live",
            "deleted_at",
            "signatory_id",
            "submission_date",
            "due_date",
            "status",
        ),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    plan_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("action_plan.id"), index=True)
    reporting_type: Mapped[ReportingType] = mapped_column(code(ReportingType))
    inventory_year: Mapped[int | None] = mapped_column(Integer)
    due_date: Mapped[date | None] = mapped_column(Date)
    submission_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[MonitoringStatus] = mapped_column(
        code(MonitoringStatus), default=MonitoringStatus.PLANNED
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()
    plan: Mapped[ActionPlan | None] = relationship()


class DeadlineExtension(RecordMixin, Base):
    """One extension per deadline; a coordinator may request it for a signatory."""

    __tablename__ = "deadline_extension"
    __table_args__ = (
        Index(
            "ix_deadline_extension_live",
            "deleted_at",
            "signatory_id",
            "subject",
            "granted_until",
            "request_date",
        ),
    )

    signatory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("signatory.id"), index=True)
    subject: Mapped[ExtensionSubject] = mapped_column(
        code(ExtensionSubject), default=ExtensionSubject.PLAN
    )
    document: Mapped[str] = mapped_column(String(300), default="")
    requested_by: Mapped[RequestedBy] = mapped_column(
        code(RequestedBy), default=RequestedBy.COORDINATOR
    )
    request_date: Mapped[date | None] = mapped_column(Date)
    granted_until: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    signatory: Mapped[Signatory] = relationship()
