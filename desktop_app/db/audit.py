"""Session hooks that stamp every record and write the audit trail.

Living in one `before_flush` listener means no form, importer, restore or script can
forget to record who changed what: if it went through a Session, it is in the trail.
"""

from __future__ import annotations

import getpass
import json
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes

from ..domain.base import RecordMixin
from ..domain.enums import AuditAction
from ..domain.models import AuditEntry

_STAMP_FIELDS = {"created_at", "updated_at", "updated_by", "version", "deleted_at", "id"}


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts, odd containers)
        return "unknown"


def to_text(value: Any) -> str | None:
    """A stable text form for the trail: ISO dates, exact decimals, codes for enums."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _columns(obj: RecordMixin) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in _STAMP_FIELDS]


def _entry(
    session: Session,
    obj: RecordMixin,
    action: AuditAction,
    now: datetime,
    user: str,
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> AuditEntry:
    return AuditEntry(
        id=uuid.uuid4(),
        changed_at=now,
        changed_by=user,
        action=action,
        table_name=obj.__tablename__,  # type: ignore[attr-defined]
        record_id=obj.id,
        field=field,
        old_value=to_text(old),
        new_value=to_text(new),
        origin=str(session.info.get("origin", "")),
    )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    now = datetime.now(UTC)
    user = str(session.info.get("user") or current_user())
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if not isinstance(obj, RecordMixin):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.updated_by = user
        snapshot = {k: to_text(getattr(obj, k)) for k in _columns(obj)}
        entries.append(
            _entry(
                session,
                obj,
                AuditAction.INSERT,
                now,
                user,
                new=json.dumps(snapshot, ensure_ascii=False, sort_keys=True),
            )
        )
    for obj in list(session.dirty):
        if not isinstance(obj, RecordMixin) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        deleted_hist = state.attrs.deleted_at.history
        if deleted_hist.has_changes():
            was_deleted = bool(deleted_hist.deleted and deleted_hist.deleted[0] is not None)
            action = AuditAction.RESTORE if was_deleted else AuditAction.DELETE
            entries.append(_entry(session, obj, action, now, user))
        for key in _columns(obj):
            hist = attributes.get_history(obj, key)
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if to_text(old) == to_text(new):
                continue
            entries.append(_entry(session, obj, AuditAction.UPDATE, now, user, key, old, new))
        obj.updated_at = now
        obj.updated_by = user
    for obj in list(session.deleted):
        if isinstance(obj, RecordMixin):
            entries.append(_entry(session, obj, AuditAction.DELETE, now, user, field="*purged*"))
    if entries:
        session.add_all(entries)


def install(session_class: type[Session] = Session) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
