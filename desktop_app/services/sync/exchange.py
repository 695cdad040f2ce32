"""`export_package` and `import_package`: what a peer lacks, out; a peer's package, in.

An export carries every change this database holds that the peer has not acknowledged
(its vector as its last package said), so a lost package costs nothing: the next one
carries the same changes again, and the importer counts them as already seen. An import
checks everything before it writes, then in one transaction: records the new changes,
learns the peers the sender introduces, notes what the sender holds and its serial, and
settles every register the package touched (services.sync.merge). Any refusal or error
rolls the transaction back: the database is as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.identity import ensure
from ...db.session import Database, lock_writers
from ...domain.models import SyncChange, SyncPeer
from ..reports import signing
from . import changelog, credentials, merge, package, purges, replica, twins
from .changelog import ORIGIN, Change

PackageError = package.PackageError


@dataclass(frozen=True)
class Exported:
    path: Path
    changes: int
    size: int
    peer: uuid.UUID | None


@dataclass(frozen=True)
class Imported:
    applied: int
    conflicts: int
    already_seen: int
    sender: str
    folded: int = 0
    """Link rows and grid cells entered on both sides, kept once (services.sync.twins)."""
    purged: int = 0
    """Records purged here because another database purged them (services.sync.purges)."""
    not_applied: int = 0
    """Changes to records purged here before: kept in the log, not applied."""
    not_applied_records: tuple[str, ...] = ()
    """Those records, named from the change log ("Signatory: Mary")."""


def choose_peer(s: Session, wanted: str | None) -> tuple[uuid.UUID | None, SyncPeer | None]:
    """Who an export is for: `wanted` (identity prefix or name), else the database this
    one was cloned from, else the only peer; (None, None) for "every change" (an office
    with several laptops and none named). A full identity this database has not met yet
    gets every change. PackageError("no_peer" | "peer_ambiguous") otherwise."""
    if wanted:
        found = replica.find_peer(s, wanted)
        if len(found) == 1:
            return found[0].uuid, found[0]
        if not found:
            try:
                stranger = uuid.UUID(wanted.strip())
            except ValueError:
                stranger = None
            if stranger is not None and stranger != ensure(s.connection()).uuid:
                return stranger, None
        raise PackageError(
            "no_peer" if not found else "peer_ambiguous",
            peer=wanted,
            known=", ".join(f"{p.uuid.hex[:8]} {p.office_name}" for p in replica.peers(s)),
        )
    rep = replica.replica(s)
    if rep is not None and rep.parent is not None:
        parent = s.get(SyncPeer, rep.parent)
        return rep.parent, parent
    everyone = replica.peers(s)
    return (everyone[0].uuid, everyone[0]) if len(everyone) == 1 else (None, None)


def export_package(
    db: Database, dest: Path, *, for_peer: str | None = None, passphrase: str | None = None
) -> Exported:
    with db.transaction(ORIGIN) as s:
        lock_writers(s.connection())
        rep = replica.replica(s)
        if rep is None:
            raise PackageError("no_family")
        changelog.capture(s)
        recipient, peer = choose_peer(s, for_peer)
        seen = replica.read_vector(peer.seen) if peer is not None else {}
        changes = _unseen(s, seen)
        key, signer = signing.database_key(s.connection())
        rep.package_serial += 1
        now = datetime.now(UTC)
        manifest = {
            "package": str(uuid.uuid4()),
            "family": str(rep.family),
            "sender": signer.database,
            "recipient": str(recipient) if recipient is not None else None,
            "serial": rep.package_serial,
            "created_at": now.isoformat(),
            "has": replica.vector(s),
            "credentials": credentials.read_chain(rep.credentials),
            "peers": [replica.peer_summary(p) for p in replica.peers(s)]
            + [{"uuid": signer.database, "office": signer.office, "public_key": signer.public_key}],
        }
        if peer is not None:
            peer.last_export_at = now
        s.flush()
        size = package.write(dest, manifest, changes, key, signer, passphrase)
    counted = sum(1 for c in changes if not c.is_touch)  # as the importer will count them
    return Exported(dest, counted, size, recipient)


def _unseen(s: Session, seen: replica.Vector) -> list[Change]:
    out: list[Change] = []
    origins = s.scalars(select(SyncChange.origin).distinct()).all()
    table = SyncChange.__table__
    for origin in sorted(origins, key=lambda o: o.hex):
        rows = s.execute(
            select(table)
            .where(table.c.origin == origin, table.c.seq > seen.get(origin.hex, 0))
            .order_by(table.c.seq)
        )
        out.extend(changelog.from_row(r) for r in rows)
    return out


def check(s: Session, pkg: package.Package) -> SyncPeer:
    """Refuse a package that is not for this database, or not from a known member."""
    m = pkg.manifest
    rep = replica.replica(s)
    if rep is None:
        raise PackageError("no_family")
    if m["family"] != str(rep.family):
        raise PackageError("foreign", office=pkg.signer.office)
    me = ensure(s.connection()).uuid
    if pkg.sender == me:
        raise PackageError("own_package")
    if m.get("recipient") is not None and uuid.UUID(m["recipient"]) != me:
        raise PackageError("not_for_us", recipient=m["recipient"][:8])
    peer = s.get(SyncPeer, pkg.sender)
    if peer is None:
        peer = _introduced(s, pkg, rep.family, me)
    if peer is None:
        raise PackageError("unknown_sender", sender=m["sender"][:8], office=pkg.signer.office)
    if peer.public_key != pkg.signer.public_key:
        raise PackageError("wrong_key", sender=m["sender"][:8])
    if pkg.serial <= peer.last_serial_in:
        raise PackageError("replayed", serial=pkg.serial, last=peer.last_serial_in)
    return peer


def _introduced(
    s: Session, pkg: package.Package, family: uuid.UUID, me: uuid.UUID
) -> SyncPeer | None:
    """A sender met for the first time, trusted through its chain of introductions."""
    trusted = {p.uuid: p.public_key for p in replica.peers(s)}
    _key, own = signing.database_key(s.connection())
    trusted[me] = own.public_key
    anchor = credentials.verify(
        pkg.manifest.get("credentials"), trusted, family, pkg.sender, pkg.signer.public_key
    )
    if anchor is None:
        return None
    peer = replica.add_peer(
        s, pkg.sender, pkg.signer.office, pkg.signer.public_key, introduced_by=anchor
    )
    s.flush()
    return peer


def import_package(
    db: Database,
    path: Path,
    *,
    passphrase: Callable[[], str | None] | None = None,
    before_write: Callable[[], Any] | None = None,
) -> Imported:
    pkg = package.read(path, passphrase)
    with db.session(ORIGIN) as s:  # refuse early, before any backup is taken
        check(s, pkg)
    if before_write is not None:
        before_write()
    with db.transaction(ORIGIN) as s:
        lock_writers(s.connection())
        peer = check(s, pkg)
        changelog.capture(s)
        fresh, seen_count = _new_changes(s, pkg.changes)
        me = ensure(s.connection()).uuid
        _learn_peers(s, pkg, me)
        now = datetime.now(UTC)
        peer.seen = replica.write_vector(
            replica.merged(replica.read_vector(peer.seen), pkg.manifest["has"])
        )
        peer.last_serial_in = pkg.serial
        peer.last_import_at = now
        registers = changelog.load_registers(s, {c.record_id for c in fresh})
        for c in fresh:
            registers.setdefault(c.register, []).append(c)
        changelog.write(s, fresh)
        _purges_need_an_admin(s, db, registers, fresh)
        merge.create_records(s, [c for c in fresh if c.is_insert], registers)
        outcome = merge.settle(s, registers, {c.register for c in fresh})
        folded = twins.fold(s, fresh)
        counted = [c for c in fresh if not c.is_touch]
        kept = [c for c in counted if c.value != changelog.PURGED]
        refused = [c for c in kept if c.record_id in outcome.absent]  # purged before
        gone = {c.id for c in kept if c.record_id in outcome.purged}  # purged now
        skipped = gone | {c.id for c in refused}
        applied = sum(1 for c in counted if c.id not in outcome.in_conflict | skipped)
        already = sum(1 for c in pkg.changes if not c.is_touch) - len(counted)
        names = sorted({purges.record_title(s, registers, c.table, c.record_id) for c in refused})
        s.flush()
    return Imported(
        applied,
        outcome.conflicts + folded.conflicts,
        already,
        pkg.signer.office,
        folded.rows,
        len(outcome.purged),
        len(refused),
        tuple(names),
    )


def _purges_need_an_admin(
    s: Session, db: Database, registers: changelog.Registers, fresh: list[Change]
) -> None:
    """On an office server only an admin may purge; a package that would purge records
    here is refused to anyone else before anything is written (the server would refuse
    its DELETE anyway, and say less)."""
    if db.is_sqlite:
        return
    from ..server_accounts import signed_in

    purged = purges.purged_records(registers, {c.register for c in fresh})
    if not purged:
        return
    by_table: dict[str, set[uuid.UUID]] = {}
    for c in fresh:
        if c.record_id in purged:
            by_table.setdefault(c.table, set()).add(c.record_id)
    here = sum(len(purges.existing(s, name, ids)) for name, ids in by_table.items())
    who = signed_in(db)
    if here and who is not None and not who.may("admin"):
        raise PackageError("purge_needs_admin", count=here, login=who.login, role=who.role)


def _new_changes(s: Session, changes: list[Change]) -> tuple[list[Change], int]:
    """The changes this database lacks; refuses gaps and a change that differs from the
    copy of it already held (a database restored from an old backup that reused numbers)."""
    have = replica.vector(s)
    fresh: list[Change] = []
    expected = dict(have)
    by_origin: dict[str, list[Change]] = {}
    for c in changes:
        by_origin.setdefault(c.origin.hex, []).append(c)
    for origin, items in by_origin.items():
        items.sort(key=lambda c: c.seq)
        known = [c for c in items if c.seq <= have.get(origin, 0)]
        if known:
            _same_as_held(s, known)
        for c in items:
            if c.seq <= have.get(origin, 0):
                continue
            if c.seq != expected.get(origin, 0) + 1:
                raise PackageError("gap", origin=origin[:8], seq=c.seq)
            expected[origin] = c.seq
            fresh.append(c)
    return fresh, len(changes) - len(fresh)


def _same_as_held(s: Session, known: list[Change]) -> None:
    table = SyncChange.__table__
    origin = known[0].origin
    low, high = known[0].seq, known[-1].seq
    held = {
        int(r.seq): changelog.from_row(r)
        for r in s.execute(
            select(table).where(table.c.origin == origin, table.c.seq.between(low, high))
        )
    }
    for c in known:
        mine = held.get(c.seq)
        if mine is not None and (
            mine.register != c.register or mine.value != c.value or mine.parents != c.parents
        ):
            raise PackageError("forked", origin=origin.hex[:8], seq=c.seq)


def _learn_peers(s: Session, pkg: package.Package, me: uuid.UUID) -> None:
    for p in pkg.manifest["peers"]:
        pid = uuid.UUID(p["uuid"])
        if pid == me:
            continue
        known = s.get(SyncPeer, pid)
        if known is None:
            replica.add_peer(s, pid, p["office"], p["public_key"], introduced_by=pkg.sender)
        elif known.public_key != p["public_key"]:
            raise PackageError("wrong_key", sender=pid.hex[:8])
    s.flush()
