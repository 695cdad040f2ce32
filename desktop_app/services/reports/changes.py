"""What changed since the last submission: the records a new pack would report differently.

Record stamps (created_at, updated_at, deleted_at) say which records moved; the audit trail
adds the fields that changed and the records purged outright, which leave no row behind.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from ...db.session import Database
from ...domain.base import Base, RecordMixin
from ...domain.enums import AuditAction
from ...domain.models import AuditEntry, ReportSubmission

ADDED, CHANGED, DELETED = "added", "changed", "deleted"
_SKIP = {"report_submission"}
_LABEL_ATTRS = ("name", "title", "currency")


@dataclass(frozen=True)
class Change:
    table: str
    record_id: uuid.UUID
    kind: str
    at: datetime
    label: str
    fields: tuple[str, ...] = ()


def last_submission(db: Database) -> ReportSubmission | None:
    with db.session("report") as s:
        return s.scalars(
            select(ReportSubmission)
            .where(ReportSubmission.deleted_at.is_(None), ReportSubmission.snapshot_at.is_not(None))
            .order_by(ReportSubmission.snapshot_at.desc())
            .limit(1)
        ).first()


def _label(obj: RecordMixin) -> str:
    for attr in _LABEL_ATTRS:
        value = getattr(obj, attr, None)
        if value:
            return str(value)
    return str(obj.id)[:8]


def changes_since(db: Database, since: datetime) -> list[Change]:
    out: list[Change] = []
    with db.session("report") as s:
        fields: dict[tuple[str, uuid.UUID], set[str]] = {}
        purged: list[AuditEntry] = []
        for entry in s.scalars(select(AuditEntry).where(AuditEntry.changed_at > since)):
            if entry.action == AuditAction.UPDATE and entry.field:
                fields.setdefault((entry.table_name, entry.record_id), set()).add(entry.field)
            elif entry.action == AuditAction.DELETE and entry.field == "*purged*":
                purged.append(entry)
        for mapper in sorted(Base.registry.mappers, key=lambda m: str(m.class_.__tablename__)):
            cls = mapper.class_
            table = str(cls.__tablename__)
            if not issubclass(cls, RecordMixin) or table in _SKIP:
                continue
            rows = s.scalars(
                select(cls).where(
                    or_(
                        cls.created_at > since,
                        cls.updated_at > since,
                        cls.deleted_at > since,
                    )
                )
            )
            for obj in rows:
                created_after = obj.created_at > since
                if obj.deleted_at is not None and obj.deleted_at > since:
                    if created_after:
                        continue  # came and went between two packs
                    kind, at = DELETED, obj.deleted_at
                elif obj.deleted_at is not None:
                    continue
                elif created_after:
                    kind, at = ADDED, obj.created_at
                else:
                    kind, at = CHANGED, obj.updated_at
                out.append(
                    Change(
                        table,
                        obj.id,
                        kind,
                        at,
                        _label(obj),
                        tuple(sorted(fields.get((table, obj.id), ()))) if kind == CHANGED else (),
                    )
                )
        for entry in purged:
            out.append(
                Change(
                    entry.table_name,
                    entry.record_id,
                    DELETED,
                    entry.changed_at,
                    str(entry.record_id)[:8],
                )
            )
    out.sort(key=lambda c: (c.table, c.kind, c.label, str(c.record_id)))
    return out
