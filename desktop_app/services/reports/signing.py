"""Signing submission packs with the database's own Ed25519 key, and checking signatures.

Hashes alone prove nothing about who made a pack: anyone can edit the PDF and the manifest
and recompute them. So the manifest names the database that made it (its identity UUID
and office name, db.identity) and carries that database's public key and a signature over
the whole manifest. The private key is made on the first pack and kept in the identity row
(`signing_key`, its public half in `public_key`); it travels with the database's backups,
never in a pack. On an office server only editors may read the private key; anyone may
read the public one (db/office_server.identity_rights).

What a signature proves: the manifest (and so every file hash in it) is exactly what the
holder of that key signed. It cannot prove the key is the office's, since a forger can
make a key of their own and sign with it; that is caught by comparing the key's
fingerprint (`key_id`) with the one the office published or, with `--database`, with the
key of the office's own database (`verify` does both when it can).
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import Connection, select

from ...db.identity import ensure, identity_table

ALGORITHM = "Ed25519"
SIGNATURE = "signature"
SIGNED_BY = "signed_by"


@dataclass(frozen=True)
class Signer:
    database: str
    office: str
    public_key: str
    """Base64 of the 32-byte raw Ed25519 public key."""

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)


def key_id(public_key_b64: str) -> str:
    """A short fingerprint people can compare: 16 hex digits of the key's SHA-256, grouped."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64)).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4))


def _raw_public(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(public_bytes(key)).decode("ascii")


def database_key(conn: Connection) -> tuple[Ed25519PrivateKey, Signer]:
    """The database's signing key and who it signs as; made and stored on first use.

    Run inside a write transaction: two packs made at once both end up with the one key
    (the second UPDATE finds the column filled and reads the first one's key).
    """
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    identity = ensure(conn)
    stored = conn.execute(
        select(identity_table.c.signing_key).where(identity_table.c.id == 1)
    ).scalar()
    if not stored:
        new = Ed25519PrivateKey.generate()
        raw = new.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        conn.execute(
            identity_table.update()
            .where(identity_table.c.id == 1, identity_table.c.signing_key.is_(None))
            .values(signing_key=raw, public_key=public_bytes(new))
        )
        stored = conn.execute(
            select(identity_table.c.signing_key).where(identity_table.c.id == 1)
        ).scalar()
    if not stored:  # nobody can write the identity row: say so instead of signing badly
        raise RuntimeError("the database's signing key could not be stored")
    key = Ed25519PrivateKey.from_private_bytes(bytes(stored))
    return key, Signer(str(identity.uuid), identity.office_name, _raw_public(key))


def public_bytes(key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def public_key_of(conn: Connection) -> Signer | None:
    """Who this database signs as, without making a key; None if it never signed a pack.

    Reads the public half only, which a viewer on an office server may read where the
    private key is closed to them."""
    from sqlalchemy import inspect

    from ...db.identity import read

    identity = read(conn)
    if identity is None:
        return None
    columns = {c["name"] for c in inspect(conn).get_columns(identity_table.name)}
    if "public_key" not in columns:  # a file from before revision 0011, opened as it is
        private = conn.execute(
            select(identity_table.c.signing_key).where(identity_table.c.id == 1)
        ).scalar()
        if not private:
            return None
        key = Ed25519PrivateKey.from_private_bytes(bytes(private))
        return Signer(str(identity.uuid), identity.office_name, _raw_public(key))
    stored = conn.execute(
        select(identity_table.c.public_key).where(identity_table.c.id == 1)
    ).scalar()
    if not stored:
        return None
    return Signer(
        str(identity.uuid), identity.office_name, base64.b64encode(bytes(stored)).decode("ascii")
    )


def payload(manifest: dict[str, Any]) -> bytes:
    """The bytes signed: the manifest without its signature, as canonical JSON."""
    unsigned = {k: v for k, v in manifest.items() if k != SIGNATURE}
    return json.dumps(unsigned, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def sign(manifest: dict[str, Any], key: Ed25519PrivateKey, signer: Signer) -> dict[str, Any]:
    """The manifest with `signed_by` and `signature` added."""
    signed = dict(manifest)
    signed[SIGNED_BY] = {
        "algorithm": ALGORITHM,
        "database": signer.database,
        "office": signer.office,
        "public_key": signer.public_key,
        "key_id": signer.key_id,
    }
    signed[SIGNATURE] = base64.b64encode(key.sign(payload(signed))).decode("ascii")
    return signed


def check(manifest: dict[str, Any]) -> tuple[str, Signer | None]:
    """("ok" | "unsigned" | "bad_signature", the signer the manifest names)."""
    by, value = manifest.get(SIGNED_BY), manifest.get(SIGNATURE)
    if by is None and value is None:
        return "unsigned", None
    if not isinstance(by, dict) or not isinstance(value, str) or by.get("algorithm") != ALGORITHM:
        return "bad_signature", None
    try:
        signer = Signer(str(by["database"]), str(by["office"]), str(by["public_key"]))
        public = Ed25519PublicKey.from_public_bytes(base64.b64decode(signer.public_key))
        public.verify(base64.b64decode(value, validate=True), payload(manifest))
    except (KeyError, ValueError, TypeError, InvalidSignature):
        return "bad_signature", None
    return "ok", signer
