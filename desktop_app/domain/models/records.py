"""Append-only trails: what changed, and what was sent to the Commission."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Date, Index, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, RecordMixin, UTCDateTime
from ..enums import AuditAction
from ._types import code


class AuditEntry(Base):
    """One changed field of one record, written by the session hook for every flush.

    Not a RecordMixin: the trail itself is never edited, versioned or deleted.
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_table_record", "table_name", "record_id"),
        Index("ix_audit_entry_seq", "seq", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[AuditAction] = mapped_column(code(AuditAction))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(40), default="")
    """Which use case wrote it: gui, cli, import, restore, demo..."""
    seq: Mapped[int | None] = mapped_column(BigInteger)
    """Position in the hash chain (1, 2, ...); see db.audit_chain."""
    chain_hash: Mapped[str | None] = mapped_column(String(64))
    """SHA-256 of this entry's content and the previous entry's chain_hash."""


class ReportSubmission(RecordMixin, Base):
    """A report or submission pack sent to the Commission, with the hashes to prove it."""

    __tablename__ = "report_submission"

    kind: Mapped[str] = mapped_column(String(40))
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(5), default="en")
    file_name: Mapped[str] = mapped_column(String(300), default="")
    file_hashes: Mapped[dict] = mapped_column(JSON, default=dict)
    manifest: Mapped[dict] = mapped_column(JSON, default=dict)
    snapshot_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    sent_on: Mapped[date] = mapped_column(Date, default=date.today)
    """The day it reached the Commission: a pack's day, or a report the office sent through
    the Commission's online survey and recorded here. The coordinator report deadline
    counts from the latest one; a row given no date was sent the day it was recorded."""
