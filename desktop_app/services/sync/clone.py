"""`clone`: a laptop copy of the office database with its own identity and its origin.

The copy is a backup of the office (services.backup.write_backup: a consistent snapshot
of SQLite or PostgreSQL) given a new identity and signing key, a replica row naming the
family and the database it came from, and the office as its first peer. The office learns
the laptop's key in the same step, so their packages are trusted both ways from the start.
Everything before the first clone is the common starting point of the family; the office
captures its edits into the change log first, so the copy holds the same log.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ...db import audit_chain
from ...db.audit import current_user
from ...db.identity import ensure
from ...db.session import Database, connect, lock_writers
from ...db.snapshot import part_path, publish
from ...domain.models import SyncPeer, SyncReplica
from ..backup import write_backup
from ..reports import signing
from . import changelog, credentials, replica
from .changelog import ORIGIN


@dataclass(frozen=True)
class Cloned:
    path: Path
    identity: uuid.UUID
    family: uuid.UUID


class CloneRefused(Exception):
    """`code`: exists (the output file is there already)."""

    def __init__(self, code: str, path: Path) -> None:
        super().__init__(code, str(path))
        self.code = code
        self.path = path


def clone(db: Database, dest: Path, *, user: str | None = None) -> Cloned:
    dest = Path(dest).expanduser()
    if dest.exists() or dest.is_symlink():
        raise CloneRefused("exists", dest)
    with db.transaction(ORIGIN) as s:
        lock_writers(s.connection())
        rep = replica.start_family(s)
        changelog.capture(s)
        office_key, office = signing.database_key(s.connection())
        vec = replica.vector(s)
        family, office_id = rep.family, ensure(s.connection()).uuid
        chain = credentials.read_chain(rep.credentials)
    tmp = part_path(dest)
    try:
        write_backup(db, tmp)
        laptop_id, laptop_key = _make_laptop(
            tmp, family, office_id, office, vec, user, chain, office_key
        )
        with db.transaction(ORIGIN) as s:
            replica.add_peer(s, laptop_id, office.office, laptop_key, seen=vec)
            s.flush()
            publish(tmp, dest, exclusive=True)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    return Cloned(dest, laptop_id, family)


def _make_laptop(
    path: Path,
    family: uuid.UUID,
    office_id: uuid.UUID,
    office: signing.Signer,
    vec: replica.Vector,
    user: str | None,
    chain: list[dict[str, Any]],
    office_key: Any,
) -> tuple[uuid.UUID, str]:
    """Give the copy at `path` its own identity, key, replica row and the office as peer."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from ...db.identity import identity_table

    laptop = connect(f"sqlite:///{path}", create=False)
    new_id = uuid.uuid4()
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    public_key = _public_text(key)
    now = datetime.now(UTC)
    try:
        with laptop.transaction(ORIGIN) as s:
            conn = s.connection()
            conn.execute(
                identity_table.update()
                .where(identity_table.c.id == 1)
                .values(
                    uuid=new_id,
                    signing_key=raw,
                    public_key=signing.public_bytes(key),
                    created_at=now,
                )
            )
            rep = s.get(SyncReplica, 1)
            assert rep is not None  # copied from the office, which started the family
            rep.family = family
            rep.parent = office_id
            rep.parent_office = office.office
            rep.cloned_at = now
            rep.cloned_by = user or current_user()
            rep.started_at = now
            rep.captured_through = audit_chain.head(conn).seq
            rep.last_seq = 0
            rep.package_serial = 0
            rep.credentials = json.dumps(
                [*chain, credentials.issue(office_key, office, family, new_id, public_key)]
            )
            stale = s.get(SyncPeer, new_id)
            if stale is not None:
                s.delete(stale)
            replica.add_peer(s, office_id, office.office, office.public_key, seen=vec)
            s.flush()
    finally:
        laptop.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    os.chmod(path, 0o600)
    return new_id, public_key


def _public_text(key: Any) -> str:
    """Base64 of the raw public key, the form services.reports.signing names keys in."""
    import base64

    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")
