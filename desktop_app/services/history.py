"""A record's history from the audit trail, and going back to an earlier value.

The trail stores values as text (db.audit.to_text); reverting turns that text back into
the column's Python type and writes it through an ordinary ORM transaction, so the revert
is itself audited (origin "revert") and meets the same optimistic locking as any edit.
Earlier states are rebuilt backwards from the current row: each later change is undone in
turn, which works even for records whose creation predates the trail.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.types import TypeEngine

from ..db.audit import current_user, from_text, to_text
from ..db.errors import DatabaseError
from ..db.session import AppSession, Database
from ..domain.enums import AuditAction
from ..domain.models import AuditEntry, Base, RecordMixin
from ..domain.stamps import STAMP_FIELDS

ORIGIN = "revert"
PURGED = "*purged*"


@dataclass(frozen=True)
class HistoryEntry:
    """One audited change. `field` is empty for insert, delete and restore entries."""

    id: uuid.UUID
    changed_at: datetime
    changed_by: str
    origin: str
    action: AuditAction
    field: str
    old_value: str | None
    new_value: str | None

    @property
    def snapshot(self) -> dict[str, str | None]:
        """For an insert: every field's first value (as text)."""
        if self.action is not AuditAction.INSERT or not self.new_value:
            return {}
        try:
            data = json.loads(self.new_value)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


def model_for(table: str) -> type[RecordMixin]:
    for mapper in Base.registry.mappers:
        if getattr(mapper.local_table, "name", None) == table and issubclass(
            mapper.class_, RecordMixin
        ):
            return mapper.class_  # type: ignore[no-any-return]
    raise DatabaseError("history_unknown", table=table, record="-", detail=table)


def editable_fields(table: str) -> list[str]:
    """Fields a revert may touch: every column except the stamps the session hook owns."""
    mapper = model_for(table).__mapper__  # type: ignore[attr-defined]
    return [c.key for c in mapper.column_attrs if c.key not in STAMP_FIELDS]


def record_history(db: Database, table: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    """Every audited change of one record, oldest first."""
    model_for(table)
    with db.session("history") as s:
        rows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
            .order_by(AuditEntry.changed_at, AuditEntry.field)
        ).all()
    return [
        HistoryEntry(
            r.id,
            r.changed_at,
            r.changed_by,
            r.origin,
            r.action,
            r.field,
            r.old_value,
            r.new_value,
        )
        for r in rows
    ]


def _column_type(model: type[RecordMixin], field: str) -> TypeEngine[Any]:
    return model.__table__.c[field].type  # type: ignore[attr-defined,no-any-return]


def _unknown(table: str, record_id: uuid.UUID, detail: str) -> DatabaseError:
    return DatabaseError("history_unknown", table=table, record=str(record_id), detail=detail)


def _state_at(
    obj: RecordMixin, entries: list[HistoryEntry], when: datetime
) -> tuple[dict[str, str | None], datetime | None]:
    """Field texts and deleted_at as they were at `when`, undoing later entries backwards."""
    table = obj.__tablename__  # type: ignore[attr-defined]
    values = {f: to_text(getattr(obj, f)) for f in editable_fields(table)}
    deleted_at = obj.deleted_at
    for entry in sorted(entries, key=lambda e: e.changed_at, reverse=True):
        if entry.changed_at <= when:
            break
        if entry.action is AuditAction.INSERT or entry.field == PURGED:
            raise _unknown(table, obj.id, "the record did not exist then")
        if entry.action is AuditAction.UPDATE and entry.field in values:
            values[entry.field] = entry.old_value
        elif entry.action is AuditAction.DELETE:
            deleted_at = None
        elif entry.action is AuditAction.RESTORE:
            deleted_at = _last_delete(entries, entry.changed_at) or entry.changed_at
    return values, deleted_at


def _last_delete(entries: list[HistoryEntry], before: datetime) -> datetime | None:
    times = [
        e.changed_at
        for e in entries
        if e.action is AuditAction.DELETE and e.field == "" and e.changed_at < before
    ]
    return max(times) if times else None


def _load(s: AppSession, table: str, record_id: uuid.UUID) -> RecordMixin:
    obj = s.get(model_for(table), record_id)
    if obj is None:
        raise DatabaseError("record_gone", table=table, record=str(record_id))
    return obj


def _check_version(obj: RecordMixin, expected: int | None, entries: list[HistoryEntry]) -> None:
    if expected is None or obj.version == expected:
        return
    raise _conflict(obj, entries)


def _conflict(obj: RecordMixin, entries: list[HistoryEntry]) -> DatabaseError:
    last = entries[-1] if entries else None
    return DatabaseError(
        "history_conflict",
        table=obj.__tablename__,  # type: ignore[attr-defined]
        record=str(obj.id),
        user=last.changed_by if last else obj.updated_by,
        time=(last.changed_at if last else obj.updated_at).isoformat(timespec="seconds"),
    )


def _apply(
    db: Database,
    table: str,
    record_id: uuid.UUID,
    expected_version: int | None,
    user: str | None,
    target: Any,
) -> list[str]:
    """Run `target(obj, entries) -> (values, deleted_at)` and write what differs, audited."""
    model = model_for(table)
    try:
        with db.transaction(ORIGIN, user or current_user()) as s:
            obj = _load(s, table, record_id)
            entries = _entries(s, table, record_id)
            _check_version(obj, expected_version, entries)
            values, deleted_at = target(obj, entries)
            changed = []
            for field, text in values.items():
                if to_text(getattr(obj, field)) != text:
                    setattr(obj, field, from_text(_column_type(model, field), text))
                    changed.append(field)
            if (obj.deleted_at is None) != (deleted_at is None):
                obj.deleted_at = deleted_at
                changed.append("deleted_at")
    except StaleDataError as exc:
        with db.session("history") as s:
            obj = _load(s, table, record_id)
            raise _conflict(obj, _entries(s, table, record_id)) from exc
    return changed


def _entries(s: AppSession, table: str, record_id: uuid.UUID) -> list[HistoryEntry]:
    rows = s.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.changed_at)
    ).all()
    return [
        HistoryEntry(
            r.id, r.changed_at, r.changed_by, r.origin, r.action, r.field, r.old_value, r.new_value
        )
        for r in rows
    ]


def revert_record(
    db: Database,
    table: str,
    record_id: uuid.UUID,
    to_time: datetime,
    *,
    expected_version: int | None = None,
    user: str | None = None,
) -> list[str]:
    """Put every field (and the trash state) back as it was at `to_time`; returns the fields
    changed. `expected_version` is the version the user was shown: if the record changed
    since, nothing is written and DatabaseError("history_conflict") says who changed it.
    """
    return _apply(
        db, table, record_id, expected_version, user, lambda o, e: _state_at(o, e, to_time)
    )


def revert_field(
    db: Database,
    table: str,
    record_id: uuid.UUID,
    field: str,
    to_entry: HistoryEntry | uuid.UUID,
    *,
    expected_version: int | None = None,
    user: str | None = None,
) -> bool:
    """Give `field` the value it had just after `to_entry`; True if anything changed."""
    if field not in editable_fields(table):
        raise _unknown(table, record_id, field)

    def target(
        obj: RecordMixin, entries: list[HistoryEntry]
    ) -> tuple[dict[str, str | None], datetime | None]:
        entry_id = to_entry.id if isinstance(to_entry, HistoryEntry) else to_entry
        entry = next((e for e in entries if e.id == entry_id), None)
        if entry is None:
            raise _unknown(table, record_id, str(entry_id))
        values, _deleted = _state_at(obj, entries, entry.changed_at)
        return {field: values[field]}, obj.deleted_at

    return bool(_apply(db, table, record_id, expected_version, user, target))


def field_is_current(entries: list[HistoryEntry], entry: HistoryEntry) -> bool:
    """True when the value `entry` gave its field is still the field's value: it is the
    field's newest change, or later changes came back to it. "Revert field to this" would
    then change nothing, so the history panel offers "Undo this change" (back to the value
    before it) instead of a button that silently does nothing."""
    if entry.action is not AuditAction.UPDATE or not entry.field:
        return False
    later = [
        e
        for e in entries
        if e.action is AuditAction.UPDATE
        and e.field == entry.field
        and (e.changed_at, str(e.id)) > (entry.changed_at, str(entry.id))
    ]
    if not later:
        return True
    newest = max(later, key=lambda e: e.changed_at)
    return newest.new_value == entry.new_value


def undo_change(
    db: Database,
    entry: HistoryEntry,
    table: str,
    record_id: uuid.UUID,
    *,
    user: str | None = None,
) -> bool:
    """Undo one field change: back to its old value, refused (history_conflict) if the field
    has been changed again since, so a later edit is never silently thrown away.
    """
    if entry.action is not AuditAction.UPDATE or entry.field not in editable_fields(table):
        raise _unknown(table, record_id, entry.field or entry.action.value)

    def target(
        obj: RecordMixin, entries: list[HistoryEntry]
    ) -> tuple[dict[str, str | None], datetime | None]:
        if to_text(getattr(obj, entry.field)) != entry.new_value:
            raise _conflict(obj, entries)
        return {entry.field: entry.old_value}, obj.deleted_at

    return bool(_apply(db, table, record_id, None, user, target))
