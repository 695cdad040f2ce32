"""This database's place in its office family: the replica row, its peers, its vector.

The office database joins a family of its own (family = its identity) the first time a
laptop is cloned from it; everything edited before that is the common starting point
every copy shares, so it needs no change log. A database with no replica row belongs to
no family and refuses every package.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import audit_chain
from ...db.identity import ensure
from ...domain.models import SyncChange, SyncPeer, SyncReplica

Vector = dict[str, int]
"""What a database holds: origin (hex) -> the last change number it has from that origin
(each database receives an origin's changes in order, without gaps)."""


def replica(s: Session) -> SyncReplica | None:
    return s.get(SyncReplica, 1)


def own_uuid(s: Session) -> uuid.UUID:
    return ensure(s.connection()).uuid


def start_family(s: Session) -> SyncReplica:
    """The replica row, made for the office database on its first clone."""
    found = replica(s)
    if found is not None:
        return found
    row = SyncReplica(
        id=1,
        family=own_uuid(s),
        parent=None,
        parent_office="",
        cloned_at=None,
        cloned_by="",
        started_at=datetime.now(UTC),
        captured_through=audit_chain.head(s.connection()).seq,
        last_seq=0,
        package_serial=0,
        credentials="[]",
    )
    s.add(row)
    s.flush()
    return row


def vector(s: Session) -> Vector:
    rows = s.execute(
        select(SyncChange.origin, func.max(SyncChange.seq)).group_by(SyncChange.origin)
    )
    return {origin.hex: int(last) for origin, last in rows}


def read_vector(text: str | None) -> Vector:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int)}


def write_vector(vec: Vector) -> str:
    return json.dumps(vec, sort_keys=True, separators=(",", ":"))


def merged(a: Vector, b: Vector) -> Vector:
    out = dict(a)
    for key, value in b.items():
        out[key] = max(out.get(key, 0), value)
    return out


def peers(s: Session) -> list[SyncPeer]:
    return list(s.scalars(select(SyncPeer).order_by(SyncPeer.first_seen_at, SyncPeer.uuid)))


def find_peer(s: Session, text: str) -> list[SyncPeer]:
    """Peers whose identity starts with `text` (hex, dashes ignored) or whose name is it."""
    wanted = text.strip().lower().replace("-", "")
    found = [p for p in peers(s) if wanted and p.uuid.hex.startswith(wanted)]
    if found:
        return found
    return [p for p in peers(s) if p.office_name.strip().lower() == text.strip().lower()]


def add_peer(
    s: Session,
    peer: uuid.UUID,
    office: str,
    public_key: str,
    *,
    seen: Vector | None = None,
    introduced_by: uuid.UUID | None = None,
) -> SyncPeer:
    row = SyncPeer(
        uuid=peer,
        office_name=office,
        public_key=public_key,
        seen=write_vector(seen or {}),
        last_serial_in=0,
        introduced_by=introduced_by,
        first_seen_at=datetime.now(UTC),
    )
    s.add(row)
    return row


def peer_summary(p: SyncPeer) -> dict[str, Any]:
    return {"uuid": str(p.uuid), "office": p.office_name, "public_key": p.public_key}
