"""Reading and keeping the database's identity row (see domain.models.identity).

Core only, so opening a database at start-up does not pay for the ORM. `ensure` is
called on every open: a database that lacks the row (made by a build that wrote it
outside a migration, or an emptied table) gets one, and the office name follows the own
office's coordinator profile.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    DateTime,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Uuid,
    select,
)

TABLE = "database_identity"

_meta = MetaData()
identity_table = Table(
    TABLE,
    _meta,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("uuid", Uuid),
    Column("office_name", String(200)),
    Column("created_at", DateTime(timezone=True)),
    Column("signing_key", LargeBinary),
    Column("public_key", LargeBinary),
)
_coordinator = Table(
    "coordinator",
    _meta,
    Column("id", Uuid, primary_key=True),
    Column("name", String(200)),
    Column("is_own_office", Boolean),
    Column("created_at", DateTime(timezone=True)),
    Column("deleted_at", DateTime(timezone=True)),
)


@dataclass(frozen=True)
class Identity:
    uuid: uuid.UUID
    office_name: str

    @property
    def short(self) -> str:
        """Eight hex digits: enough to tell an office's backups apart in a folder name."""
        return self.uuid.hex[:8]

    @property
    def label(self) -> str:
        """How a person recognises the database: office name and short identity."""
        return f"{self.office_name or '?'} ({self.short})"


def own_office_name(conn: Connection) -> str | None:
    query = (
        select(_coordinator.c.name)
        .where(_coordinator.c.is_own_office.is_(True), _coordinator.c.deleted_at.is_(None))
        .order_by(_coordinator.c.created_at)
        .limit(1)
    )
    return conn.execute(query).scalar()


def read(conn: Connection) -> Identity | None:
    """The identity of the database behind `conn`, or None if it has none (yet)."""
    row = conn.execute(
        select(identity_table.c.uuid, identity_table.c.office_name).where(identity_table.c.id == 1)
    ).first()
    if row is None:
        return None
    return Identity(_as_uuid(row[0]), str(row[1] or ""))


def ensure(conn: Connection) -> Identity:
    """Create the row if missing; bring the office name in step with the profile."""
    current = read(conn)
    name = own_office_name(conn)
    if current is None:
        new = Identity(uuid.uuid4(), name or "")
        conn.execute(
            identity_table.insert().values(
                id=1, uuid=new.uuid, office_name=new.office_name, created_at=datetime.now(UTC)
            )
        )
        return new
    if name is not None and name != current.office_name:
        conn.execute(
            identity_table.update().where(identity_table.c.id == 1).values(office_name=name)
        )
        return Identity(current.uuid, name)
    return current


def _as_uuid(value: object) -> uuid.UUID:
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def read_file(path: object) -> Identity | None:
    """The identity stored in a SQLite file (a backup), read-only; None if it has none."""

    from .readonly import connect_readonly

    con = connect_readonly(str(path))
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if TABLE not in tables:
            return None
        row = con.execute(f"SELECT uuid, office_name FROM {TABLE} WHERE id = 1").fetchone()  # noqa: S608
        name = str(row[1] or "") if row is not None else ""
        if row is not None and not name and "coordinator" in tables:
            # The name is brought in step when the database is next opened; a file written
            # since (a demo, a restore) still names its office in its profile.
            found = con.execute(
                "SELECT name FROM coordinator WHERE is_own_office = 1 AND deleted_at IS NULL "
                "ORDER BY created_at LIMIT 1"
            ).fetchone()
            name = str(found[0]) if found and found[0] else ""
    finally:
        con.close()
    if row is None:
        return None
    try:
        return Identity(uuid.UUID(str(row[0])), name)
    except ValueError:
        return None
