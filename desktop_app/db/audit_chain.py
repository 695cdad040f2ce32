"""The audit trail as a hash chain: each entry hashes its content and the previous hash.

An entry edited, inserted, removed or reordered afterwards with a SQL tool breaks the chain
at that entry, and `db check` names it; a restore refuses a backup whose trail does not
chain. The chain has no secret: someone who recomputes every later hash too is caught only
where the chain was anchored elsewhere (the target database's own trail during a restore,
the `audit_head` a signed submission pack carries). docs/reliability.md says so.

Writers append through `append` (the session hook, the restore): it reads the chain head
once per transaction and, on PostgreSQL, first takes a transaction-scoped advisory lock, so
two offices' clerks saving at once queue up instead of forking the chain. SQLite writers
already hold the file's write lock (BEGIN IMMEDIATE).
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    insert,
    select,
    text,
    type_coerce,
)

GENESIS = "0" * 64
"""The "previous hash" of the first entry."""
ADVISORY_KEY = 0x43444155  # "CDAU": Coordinator Desk audit
CHUNK = 1000
CONTENT = (
    "id",
    "changed_at",
    "changed_by",
    "action",
    "table_name",
    "record_id",
    "field",
    "old_value",
    "new_value",
    "origin",
)
"""The columns an entry's hash covers, in this order."""

_meta = MetaData()
audit_table = Table(
    "audit_entry",
    _meta,
    Column("id", Uuid, primary_key=True),
    Column("changed_at", DateTime(timezone=True)),
    Column("changed_by", String(100)),
    Column("action", String(40)),
    Column("table_name", String(60)),
    Column("record_id", Uuid),
    Column("field", String(60)),
    Column("old_value", Text),
    Column("new_value", Text),
    Column("origin", String(40)),
    Column("seq", BigInteger),
    Column("chain_hash", String(64)),
)
"""Core twin of domain.models.AuditEntry (plain types: the restore and `db check` read raw
values and must not depend on the ORM's conversions)."""


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, uuid.UUID):
        return value.hex
    return str(value)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_WHEN: dict[Any, str] = {}
"""Formatted timestamps: every entry of one flush shares one, so format it once."""


def _when(value: Any) -> str | None:
    found = _WHEN.get(value)
    if found is None:
        found = _text(value)
        if len(_WHEN) > 64:
            _WHEN.clear()
        _WHEN[value] = found  # type: ignore[assignment]
    return found


def _key(value: Any) -> str | None:
    if isinstance(value, uuid.UUID):
        return value.hex
    if type(value) is str and len(value) == 32:  # SQLite's own form: no parse (fast path)
        return value.lower()
    return None if value is None else uuid.UUID(str(value)).hex


def _code(value: Any) -> str | None:
    return str(value.value) if isinstance(value, Enum) else (None if value is None else str(value))


def _plain(value: Any) -> str | None:
    return value if value is None or type(value) is str else _text(value)


def canonical(entry: Mapping[str, Any]) -> bytes:
    """The bytes an entry's hash covers: its content columns (CONTENT) as a JSON list.

    Called for every audit entry written, so it avoids per-value dispatch where the
    types are known.
    """
    g = entry.get
    values = [
        _key(g("id")),
        _when(g("changed_at")),
        _plain(g("changed_by")),
        _code(g("action")),
        _plain(g("table_name")),
        _key(g("record_id")),
        _plain(g("field")),
        _plain(g("old_value")),
        _plain(g("new_value")),
        _plain(g("origin")),
    ]
    return _ENCODE(values).encode("utf-8")


def entry_hash(previous: str, entry: Mapping[str, Any]) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(entry)).hexdigest()


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


START = Head(0, GENESIS)


def lock(conn: Connection) -> None:
    """Serialise chain writers on PostgreSQL until this transaction ends (no-op on SQLite)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": ADVISORY_KEY})


def head(conn: Connection) -> Head:
    row = conn.execute(
        select(audit_table.c.seq, audit_table.c.chain_hash)
        .where(audit_table.c.seq.is_not(None))
        .order_by(audit_table.c.seq.desc())
        .limit(1)
    ).first()
    return START if row is None else Head(int(row[0]), str(row[1]))


def link(entries: Iterable[dict[str, Any]], start: Head) -> Head:
    """Give each entry its `seq` and `chain_hash` after `start`; returns the new head."""
    seq, previous = start.seq, start.hash
    for entry in entries:
        seq += 1
        previous = entry_hash(previous, entry)
        entry["seq"] = seq
        entry["chain_hash"] = previous
    return Head(seq, previous)


def append(conn: Connection, entries: list[dict[str, Any]], start: Head | None = None) -> Head:
    """Chain and insert `entries` (dicts of the content columns) in this transaction.

    Pass `start` when the caller already holds the lock and knows the head (the session
    hook keeps it for the rest of its transaction, so a flush costs one INSERT).
    """
    if start is None:
        lock(conn)
        start = head(conn)
    for entry in entries:
        if isinstance(entry.get("action"), Enum):  # a plain code: drivers dump Enums by name
            entry["action"] = entry["action"].value
    new_head = link(entries, start)
    for at in range(0, len(entries), CHUNK):
        conn.execute(insert(audit_table), entries[at : at + CHUNK])
    return new_head


@dataclass(frozen=True)
class Break:
    """The first entry where the chain does not hold, and why."""

    seq: int | None
    entry_id: str
    reason: str
    """"hash" (content or order changed), "missing" (no hash), "gap" (an entry removed or
    seq out of order)."""


def walk(rows: Iterable[Mapping[str, Any]]) -> Iterator[Break]:
    """Every break in `rows` (ordered by seq, NULL seqs first); stops after the first."""
    previous = GENESIS
    expected = 1
    for row in rows:
        rid = _text(row.get("id")) or "?"
        seq, stored = row.get("seq"), row.get("chain_hash")
        if seq is None or not stored:
            yield Break(None if seq is None else int(seq), rid, "missing")
            return
        try:
            seq = int(seq)
        except (TypeError, ValueError):
            yield Break(None, rid, "missing")
            return
        if seq != expected:
            yield Break(seq, rid, "gap")
            return
        try:
            computed = entry_hash(previous, row)
        except (ValueError, TypeError):  # an id that is no UUID in a crafted file
            computed = ""
        if computed != stored:
            yield Break(seq, rid, "hash")
            return
        previous = computed
        expected += 1


def ordered_rows(conn: Connection) -> Iterator[Mapping[str, Any]]:
    """All entries in chain order, unchained ones (NULL seq) first so they are reported."""
    t = audit_table
    raw = [
        type_coerce(c, String()).label(c.name) if c.name in ("id", "record_id") else c for c in t.c
    ]
    query = select(*raw).order_by(t.c.seq.is_not(None), t.c.seq)
    result = conn.execute(query.execution_options(yield_per=CHUNK))
    yield from result.mappings()


def first_break(conn: Connection) -> Break | None:
    return next(walk(ordered_rows(conn)), None)
