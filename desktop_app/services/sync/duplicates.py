"""Likely duplicate municipalities after a sync, and merging two into one.

Two laptops in the field may each enter the same town; after both packages are in, the
office holds two signatories of one place. They are found with the name matcher the forms
use (domain.names.name_key: the same sound skeleton in Latin or Cyrillic, the same
country), among pairs where at least one came in through a package. `merge` keeps one:
every record pointing at the other (plans, reports, finance, links...) is re-pointed to the
one kept, a link that would then be doubled goes to the Trash instead, and the other
signatory goes to the Trash. All of it is audited, so the next export carries the merge to
the other databases like any edit.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from ...db.session import Database, lock_writers
from ...domain import models
from ...domain.names import name_key
from . import registry


@dataclass(frozen=True)
class Pair:
    keep: uuid.UUID
    other: uuid.UUID
    keep_name: str
    other_name: str
    country: str

    @property
    def short(self) -> str:
        return f"{self.keep.hex[:8]} {self.other.hex[:8]}"


class MergeError(Exception):
    """`code`: not_found (an id matches no live signatory), same (both ids name one)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


def likely_duplicates(db: Database) -> list[Pair]:
    """Pairs of live signatories of one country with matching names, one of them synced in.

    The older record (by creation) is proposed to keep."""
    sig = models.Signatory
    with db.session("sync") as s:
        rows = s.execute(
            select(sig.id, sig.name, sig.local_name, sig.country, sig.created_at).where(
                sig.deleted_at.is_(None)
            )
        ).all()
        synced = set(
            s.scalars(
                select(models.SyncChange.record_id).where(
                    models.SyncChange.table_name == "signatory",
                    models.SyncChange.field == "",
                    models.SyncChange.snapshot.is_not(None),
                    models.SyncChange.snapshot != "",
                )
            )
        )
    groups: dict[tuple[str, str], list[Any]] = {}
    for row in rows:
        for text in {row.name, row.local_name} - {"", None}:
            key = name_key(text)
            if key:
                groups.setdefault((row.country, key), []).append(row)
    pairs: dict[tuple[uuid.UUID, uuid.UUID], Pair] = {}
    for members in groups.values():
        unique = {m.id: m for m in members}
        ordered = sorted(unique.values(), key=lambda m: (m.created_at, m.id.hex))
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if (a.id, b.id) in pairs or not ({a.id, b.id} & synced):
                    continue
                pairs[(a.id, b.id)] = Pair(a.id, b.id, a.name, b.name, a.country)
    return sorted(pairs.values(), key=lambda p: (p.country, p.keep_name, p.other_name))


def _find(s: Any, text: str) -> models.Signatory:
    wanted = text.strip().lower().replace("-", "")
    found = [
        obj
        for obj in s.scalars(select(models.Signatory).where(models.Signatory.deleted_at.is_(None)))
        if wanted and obj.id.hex.startswith(wanted)
    ]
    if len(found) != 1:
        raise MergeError("not_found", id=text)
    return found[0]


def _references() -> list[tuple[type, str]]:
    """(model, attribute) of every column that points at a signatory."""
    out = []
    for table, model in registry.models_by_table().items():
        for name, column in registry.fields_of(table).items():
            if any(fk.column.table.name == "signatory" for fk in column.foreign_keys):
                out.append((model, name))
    return out


def merge(db: Database, keep_text: str, other_text: str, *, user: str | None = None) -> int:
    """Keep `keep`, re-point everything of `other` to it, trash `other`; records changed."""
    with db.transaction("merge", user=user) as s:
        lock_writers(s.connection())
        keep, other = _find(s, keep_text), _find(s, other_text)
        if keep.id == other.id:
            raise MergeError("same", id=keep_text)
        now = datetime.now(UTC)
        changed = 0
        for model, name in _references():
            col: Any = getattr(model, name)
            rows: list[Any] = list(s.scalars(select(model).where(col == other.id)))
            for row in rows:
                sibling = _same_link(s, model, name, row, keep.id)
                if sibling:
                    row.deleted_at = row.deleted_at or now
                else:
                    setattr(row, name, keep.id)
                changed += 1
        for field in registry.fields_of("signatory"):
            if getattr(keep, field) in (None, "", []) and getattr(other, field) not in (
                None,
                "",
                [],
            ):
                setattr(keep, field, getattr(other, field))  # fill what the kept one lacks
        other.deleted_at = now
        s.flush()
        return changed + 1


def _same_link(s: Any, model: type, name: str, row: Any, keep: uuid.UUID) -> bool:
    """A link row (two foreign keys) whose twin already links the kept signatory."""
    others = [
        n
        for n, c in registry.fields_of(model.__tablename__).items()  # type: ignore[attr-defined]
        if c.foreign_keys and n != name
    ]
    if len(others) != 1:
        return False
    partner = others[0]
    twin = s.scalars(
        select(model).where(
            getattr(model, name) == keep,
            getattr(model, partner) == getattr(row, partner),
            model.deleted_at.is_(None),  # type: ignore[attr-defined]
        )
    ).first()
    return twin is not None
