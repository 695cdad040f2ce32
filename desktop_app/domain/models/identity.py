"""Which database this is: one row naming the office and a UUID that never changes.

Backups, recovery and restore compare identities so that one office's backup is never
taken for another's (two databases in one folder, a PostgreSQL office and the default
file, a USB stick shared by two offices). A backup is a copy of the database, so it
carries the row; a restore keeps the target's own row.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, LargeBinary, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base, UTCDateTime


class DatabaseIdentity(Base):
    """The single row (id 1) that says which office's database this is.

    Not a RecordMixin: it is not a record a clerk edits, so it has no audit trail, no
    version and no Trash. `office_name` follows the own office's coordinator profile.
    `signing_key` holds the database's private Ed25519 key for signing submission packs
    (filled by the pack-signing service on first use), readable by editors only on an
    office server; `public_key` its raw public half, which every reader may see (a viewer
    checks a pack against it).
    """

    __tablename__ = "database_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False, default=1)
    uuid: Mapped[uuid.UUID] = mapped_column(Uuid, default=uuid.uuid4)
    office_name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signing_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
