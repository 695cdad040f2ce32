"""Introductions: how a laptop trusts a laptop it has never met.

When a database is cloned, the database it is cloned from signs an introduction: "this
identity and this public key belong to family F". The copy keeps the chain of
introductions from the office down to itself and puts it in every package. A receiver
that does not know the sender accepts it only if the chain starts at a database it
already trusts and each link is signed by the member the previous link introduced, the
last one naming the sender and the very key that signed the package.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

from ..reports import signing

KIND = "coordinator-desk-sync-member"
MAX_CHAIN = 32


def issue(
    key: Any, issuer: signing.Signer, family: uuid.UUID, member: uuid.UUID, public_key: str
) -> dict[str, Any]:
    claim = {
        "kind": KIND,
        "family": str(family),
        "member": str(member),
        "public_key": public_key,
        "issued_at": datetime.now(UTC).isoformat(),
    }
    return signing.sign(claim, key, issuer)


def read_chain(text: str | None) -> list[dict[str, Any]]:
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def verify(
    chain: Any,
    trusted: dict[uuid.UUID, str],
    family: uuid.UUID,
    sender: uuid.UUID,
    sender_key: str,
) -> uuid.UUID | None:
    """The trusted database the chain starts from, or None if the chain proves nothing."""
    if not isinstance(chain, list) or not 0 < len(chain) <= MAX_CHAIN:
        return None
    expected_signer: tuple[uuid.UUID, str] | None = None
    anchor: uuid.UUID | None = None
    for link in chain:
        if not isinstance(link, dict) or link.get("kind") != KIND:
            return None
        status, signer = signing.check(link)
        if status != "ok" or signer is None:
            return None
        try:
            by = uuid.UUID(signer.database)
            member = uuid.UUID(str(link.get("member")))
            if uuid.UUID(str(link.get("family"))) != family:
                return None
        except ValueError:
            return None
        if expected_signer is None:
            if trusted.get(by) != signer.public_key:
                return None
            anchor = by
        elif expected_signer != (by, signer.public_key):
            return None
        expected_signer = (member, str(link.get("public_key")))
    if expected_signer != (sender, sender_key):
        return None
    return anchor
