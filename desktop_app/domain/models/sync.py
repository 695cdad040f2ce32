"""Laptops that sync: what a database knows of its office family and the changes it swaps.

A laptop copy (`sync clone`) and the office database it came from are a *family*: they
exchange signed packages of per-field changes (services.sync). These tables are not
records a clerk edits (no RecordMixin: no audit trail, version or Trash); they travel with
backups like the identity row.
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from sqlalchemy import BigInteger, Index, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UTCDateTime


class SyncReplica(Base):
    """The single row (id 1) saying which family this database belongs to and its counters.

    `family` is the identity of the office database every copy descends from; `parent`
    the database this one was cloned from (None for the office itself). `captured_through`
    is the audit trail's seq up to which local edits are in the change log; `last_seq` the
    last own change number given; `package_serial` the last package written.
    """

    __tablename__ = "sync_replica"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    family: Mapped[UUID] = mapped_column(Uuid)
    parent: Mapped[UUID | None] = mapped_column(Uuid)
    parent_office: Mapped[str] = mapped_column(String(200), default="")
    cloned_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    cloned_by: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    captured_through: Mapped[int] = mapped_column(BigInteger, default=0)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    package_serial: Mapped[int] = mapped_column(BigInteger, default=0)
    credentials: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of signed introductions from the office down to this copy (each says
    "this identity and key belong to the family", signed by the database it was cloned
    from), so a laptop that never met this one can trust its packages."""


class SyncPeer(Base):
    """Another database of the family: its signing key and what it has acknowledged.

    `seen` is the peer's version vector as it last told us (JSON: origin hex -> last
    seq), so an export for it carries only what it lacks; `last_serial_in` the newest
    package serial imported from it (an older or repeated one is refused as a replay).
    """

    __tablename__ = "sync_peer"

    uuid: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    public_key: Mapped[str] = mapped_column(String(100))
    seen: Mapped[str] = mapped_column(Text, default="{}")
    last_serial_in: Mapped[int] = mapped_column(BigInteger, default=0)
    introduced_by: Mapped[UUID | None] = mapped_column(Uuid)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_import_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_export_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SyncChange(Base):
    """One change of one field (or of a record's state) made by one database of the family.

    `(origin, seq)` names it everywhere. `field` is the column, or "" for the record's
    state register ("live"/"deleted"; an insert carries the new record's columns in
    `snapshot`). `parents` lists the changes of the same register this one supersedes
    (JSON list of "originhex:seq"): two changes neither of which supersedes the other are
    concurrent, and if their values differ that is a conflict.
    """

    __tablename__ = "sync_change"
    __table_args__ = (Index("ix_sync_change_register", "record_id", "field"),)

    origin: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60), default="")
    value: Mapped[str | None] = mapped_column(Text)
    snapshot: Mapped[str | None] = mapped_column(Text)
    parents: Mapped[str] = mapped_column(Text, default="[]")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    changed_by: Mapped[str] = mapped_column(String(100), default="")


class SyncConflict(Base):
    """An entry of the conflict inbox: one register with concurrent, different values.

    The id is derived from the concurrent changes (`heads`, JSON list), so every database
    of the family names the same conflict the same way. `resolution` is "" while open,
    else mine / theirs / value / edited / superseded.
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_register", "record_id", "field"),)

    id: Mapped[UUID] = mapped_column(Uuid, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[UUID] = mapped_column(Uuid)
    field: Mapped[str] = mapped_column(String(60), default="")
    heads: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    resolution: Mapped[str] = mapped_column(String(20), default="")


TABLES = ("sync_replica", "sync_peer", "sync_change", "sync_conflict")
"""The sync tables: this database's own state in its family, which a restore keeps (like
the identity row). The records a restore brings back are audited, so the next export
carries them as this database's edits."""
