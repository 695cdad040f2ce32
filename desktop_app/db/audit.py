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

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    Numeric,
    String,
    Uuid,
    event,
    inspect,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import Session, attributes
from sqlalchemy.types import TypeDecorator, TypeEngine

from ..domain.base import RecordMixin
from ..domain.enums import AuditAction
from ..domain.stamps import STAMP_FIELDS
from . import audit_chain


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


def from_text(column_type: TypeEngine[Any], text: str | None, *, strict: bool = False) -> Any:
    """The inverse of `to_text` for one column type: the trail's text (or a sync package's,
    which carries the same form) back as the column's Python value.

    Text that is no value of the type raises ValueError, TypeError or
    decimal.InvalidOperation. With `strict` (text from outside, a package) so does text
    `to_text` never writes: a boolean other than "true"/"false", a number that is not
    finite, JSON that is not a list or an object, a string longer than its column.
    """
    if text is None:
        return None
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl_instance
    if isinstance(column_type, SAEnum):
        enum_class = column_type.enum_class
        return enum_class(text) if enum_class is not None else text
    if isinstance(column_type, Boolean):
        if strict and text not in ("true", "false"):
            raise ValueError(f"not a boolean: {text[:40]!r}")
        return text == "true"
    if isinstance(column_type, Integer):
        return int(text)
    if isinstance(column_type, Numeric):
        number = Decimal(text)
        if strict and not number.is_finite():
            raise ValueError(f"not a finite number: {text[:40]!r}")
        return number
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(text)
    if isinstance(column_type, Date):
        return date.fromisoformat(text)
    if isinstance(column_type, JSON):
        value = json.loads(text)
        if strict and not isinstance(value, (list, dict)):
            raise ValueError("JSON that is not a list or an object")
        return value
    if isinstance(column_type, Uuid):
        return uuid.UUID(text)
    length = getattr(column_type, "length", None)
    if strict and isinstance(column_type, String) and length is not None and len(text) > length:
        raise ValueError(f"longer than {length} characters")
    return text


_COLUMNS: dict[type, list[str]] = {}


def _columns(obj: RecordMixin) -> list[str]:
    cls = type(obj)
    keys = _COLUMNS.get(cls)
    if keys is None:
        mapper = inspect(cls)
        keys = [c.key for c in mapper.column_attrs if c.key not in STAMP_FIELDS]
        _COLUMNS[cls] = keys
    return keys


def _server_login(session: Session) -> str | None:
    """On an office server the trail names the database login, whatever the caller says:
    the server's audit trigger refuses any other name (db/office_server.py)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    from .office_server import login

    return login(session.connection())


_PENDING = "_audit_pending"
_HEAD = "_audit_chain_head"


def _entry(
    obj: RecordMixin,
    action: AuditAction,
    stamp: dict[str, Any],
    field: str = "",
    old: Any = None,
    new: Any = None,
) -> dict[str, Any]:
    return {
        "id": uuid.uuid4(),
        "action": action,
        "table_name": obj.__tablename__,  # type: ignore[attr-defined]
        "record_id": obj.id,
        "field": field,
        "old_value": to_text(old),
        "new_value": to_text(new),
        **stamp,
    }


def _in_order(objects: Any) -> list[Any]:
    """Changed or deleted records in a stable order (table, id): the session keeps them in a
    set, so the trail of the same use case would otherwise come in another order each run."""
    return sorted(
        objects, key=lambda o: (getattr(o, "__tablename__", ""), str(getattr(o, "id", "")))
    )


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
    now = datetime.now(UTC)
    user = _server_login(session) or str(session.info.get("user") or current_user())
    stamp = {"changed_at": now, "changed_by": user, "origin": str(session.info.get("origin", ""))}
    entries: list[dict[str, Any]] = []
    for obj in list(session.new):
        if not isinstance(obj, RecordMixin):
            continue
        if obj.id is None:
            obj.id = uuid.uuid4()
        obj.created_at = obj.created_at or now
        obj.updated_at = now
        obj.updated_by = user
        snapshot = {k: to_text(getattr(obj, k)) for k in _columns(obj)}
        new = json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
        entries.append(_entry(obj, AuditAction.INSERT, stamp, new=new))
    for obj in _in_order(session.dirty):
        if not isinstance(obj, RecordMixin) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        deleted_hist = state.attrs.deleted_at.history
        if deleted_hist.has_changes():
            was_deleted = bool(deleted_hist.deleted and deleted_hist.deleted[0] is not None)
            action = AuditAction.RESTORE if was_deleted else AuditAction.DELETE
            entries.append(_entry(obj, action, stamp))
        for key in _columns(obj):
            hist = attributes.get_history(obj, key)
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if to_text(old) == to_text(new):
                continue
            entries.append(_entry(obj, AuditAction.UPDATE, stamp, key, old, new))
        obj.updated_at = now
        obj.updated_by = user
    for obj in _in_order(session.deleted):
        if isinstance(obj, RecordMixin):
            entries.append(_entry(obj, AuditAction.DELETE, stamp, field="*purged*"))
    session.info[_PENDING] = entries


def _after_flush(session: Session, _ctx: Any) -> None:
    """Write the trail as one executemany in the flush's own transaction, chained.

    Plain rows instead of ORM objects: the trail is append-only, and building an object
    per entry made bulk work (imports, demo data, restores) twice as slow. The chain head
    is read (under the chain lock) by the transaction's first flush and kept for its later
    ones, so a bulk use case pays one INSERT per flush.
    """
    entries = session.info.pop(_PENDING, None)
    if entries:
        conn = session.connection()
        key = _transaction_key(conn)
        cached = session.info.get(_HEAD)
        start = cached[1] if cached is not None and _same(cached[0], key) else None
        session.info[_HEAD] = (key, audit_chain.append(conn, entries, start))


def _transaction_key(conn: Connection) -> tuple[object, object]:
    """The transaction (and savepoint) the flush runs in: a kept head is only good there,
    since a rolled-back savepoint or a new transaction may have a different chain head."""
    return (conn.get_transaction(), conn.get_nested_transaction())


def _same(a: tuple[object, object], b: tuple[object, object]) -> bool:
    return a[0] is b[0] and a[1] is b[1]


def install(session_class: type[Session] = Session) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
        event.listen(session_class, "after_flush", _after_flush)
