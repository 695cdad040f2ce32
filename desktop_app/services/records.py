"""Loading, saving, trashing and restoring one record of any kind: the forms' whole API.

Every use case is one transaction. Saving validates through the domain rules first (errors
refuse the save, warnings travel back with the result), and refuses to overwrite a record
that changed since the form read it: the caller gets both versions in a `Conflict` and lets
the user choose. Nothing here hands out ORM objects, so no form can write behind our back.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..db.session import Database
from ..domain import models
from ..domain.names import name_key
from ..domain.rules.issues import Issue, Severity
from ..domain.rules.validation import ValidationContext, validate
from . import grids
from .changes import Changes
from .live import live
from .record_kinds import KINDS, CoercionError, Link, RecordKind, coerce, kind, plain
from .trash import RelatedRow, TrashRow, related, trash_rows

__all__ = [
    "KINDS",
    "Changes",
    "Conflict",
    "DuplicateMatch",
    "RecordNotFound",
    "RelatedRow",
    "Snapshot",
    "TrashRow",
    "ValidationFailed",
    "find_duplicates",
    "load",
    "new_values",
    "related",
    "restore",
    "save",
    "trash",
    "trash_rows",
]

log = logging.getLogger(__name__)

BULK_DELETE_BACKUP_THRESHOLD = 2
"""Deleting this many records at once takes a backup first (Trash alone would do, but a
backup also survives someone emptying the Trash or restoring the wrong file)."""


class ValidationFailed(Exception):
    """The values break at least one rule; `issues` holds errors and warnings alike."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        super().__init__([(i.field, i.code) for i in issues])
        self.issues = tuple(issues)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.is_error)


class Conflict(Exception):
    """The record changed (or went to the Trash) since the caller read `expected_version`."""

    def __init__(
        self,
        kind_id: str,
        record_id: uuid.UUID,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        theirs_version: int,
        theirs_by: str = "",
        theirs_deleted: bool = False,
    ) -> None:
        super().__init__(kind_id, str(record_id), theirs_version)
        self.kind = kind_id
        self.id = record_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.theirs_version = theirs_version
        self.theirs_by = theirs_by
        self.theirs_deleted = theirs_deleted

    @property
    def changed_fields(self) -> tuple[str, ...]:
        """Fields where the two versions differ: what the conflict dialog should show."""
        return tuple(
            f for f in self.mine if f in self.theirs and not _same(self.mine[f], self.theirs[f])
        )


class RecordNotFound(LookupError):
    def __init__(self, kind_id: str, record_id: uuid.UUID) -> None:
        super().__init__(kind_id, str(record_id))
        self.kind = kind_id
        self.id = record_id


@dataclass(frozen=True)
class Snapshot:
    kind: str
    id: uuid.UUID
    values: dict[str, Any]
    version: int
    updated_at: datetime | None = None
    updated_by: str = ""
    deleted_at: datetime | None = None
    warnings: tuple[Issue, ...] = field(default=())

    @property
    def changes(self) -> Changes:
        """What saving this record changed, for the pages that show it."""
        return Changes.of(self.kind, [self.id])


@dataclass(frozen=True)
class DuplicateMatch:
    id: uuid.UUID
    name: str
    local_name: str
    country: str


# -- reading -------------------------------------------------------------------------------


def new_values(kind_id: str) -> dict[str, Any]:
    """The values a blank form starts from: column defaults, empty text, empty lists."""
    k = kind(kind_id)
    out: dict[str, Any] = {}
    for name in k.fields():
        column = k.model.__table__.columns[name]  # type: ignore[attr-defined]
        default = column.default
        if default is not None and getattr(default, "is_scalar", False):
            out[name] = default.arg
        elif default is not None and getattr(default, "is_callable", False):
            out[name] = []
        else:
            out[name] = coerce(k.model, name, None)
    for link in k.links:
        out[link.field] = []
        if link.lead_field:
            out[link.lead_field] = None
    if k.grid is not None:
        out[k.grid.field] = {}
    return out


def load(db: Database, kind_id: str, record_id: uuid.UUID) -> Snapshot:
    k = kind(kind_id)
    with db.session() as s:
        obj = s.get(k.model, record_id)
        if obj is None:
            raise RecordNotFound(kind_id, record_id)
        return _snapshot(s, k, obj)


def _snapshot(s: Session, k: RecordKind, obj: Any, warnings: Sequence[Issue] = ()) -> Snapshot:
    return Snapshot(
        kind=k.id,
        id=obj.id,
        values=_values(s, k, obj),
        version=obj.version,
        updated_at=obj.updated_at,
        updated_by=obj.updated_by,
        deleted_at=obj.deleted_at,
        warnings=tuple(warnings),
    )


def _values(s: Session, k: RecordKind, obj: Any) -> dict[str, Any]:
    values = {name: plain(getattr(obj, name)) for name in k.fields()}
    for link in k.links:
        rows = _link_rows(s, link, obj.id)
        live = [r for r in rows if r.deleted_at is None]
        values[link.field] = [getattr(r, link.child_fk) for r in live]
        if link.lead_field:
            lead = [getattr(r, link.child_fk) for r in live if r.lead]  # type: ignore[attr-defined]
            values[link.lead_field] = lead[0] if lead else None
    if k.grid is not None:
        values[k.grid.field] = grids.load(s, k.grid, obj.id)
    return values


def _link_rows(s: Session, link: Link, parent_id: uuid.UUID) -> list[Any]:
    model: Any = link.model
    query = (
        select(model)
        .where(getattr(model, link.parent_fk) == parent_id)
        .order_by(model.created_at, model.id)
    )
    return list(s.scalars(query))


# -- saving --------------------------------------------------------------------------------


def save(
    db: Database,
    kind_id: str,
    values: Mapping[str, Any],
    id: uuid.UUID | None = None,  # noqa: A002 - the name the forms use
    expected_version: int | None = None,
    origin: str = "gui",
    user: str | None = None,
    today: date | None = None,
) -> Snapshot:
    """Create (no `id`) or update a record; `values` may hold only the fields that changed.

    Raises ValidationFailed (nothing written), Conflict (nothing written) or RecordNotFound.
    """
    k = kind(kind_id)
    unknown = set(values) - set(k.value_fields())
    if unknown:
        raise ValueError(f"{kind_id} has no field(s) {sorted(unknown)}")
    try:
        with db.transaction(origin, user) as s:
            obj: Any = None
            if id is None:
                merged = {**new_values(kind_id), **values}
            else:
                obj = s.get(k.model, id, populate_existing=True)
                if obj is None:
                    raise RecordNotFound(kind_id, id)
                current = _values(s, k, obj)
                if obj.deleted_at is not None or (
                    expected_version is not None and obj.version != expected_version
                ):
                    raise Conflict(
                        kind_id,
                        id,
                        values,
                        current,
                        obj.version,
                        obj.updated_by,
                        obj.deleted_at is not None,
                    )
                merged = {**current, **values}
            issues = validate(kind_id, merged, _context(s, k, merged, id, today))
            issues += _reference_issues(s, k, merged)
            if any(i.is_error for i in issues):
                raise ValidationFailed(issues)
            try:
                coerced = {f: coerce(k.model, f, merged[f]) for f in k.fields()}
            except CoercionError as exc:
                raise ValidationFailed(
                    [
                        *issues,
                        Issue(exc.field, exc.code, Severity.ERROR, {"value": str(exc.value)}, k.id),
                    ]
                ) from None
            if obj is None:
                obj = k.model(id=uuid.uuid4(), **coerced)
                s.add(obj)
            else:
                for name, value in coerced.items():
                    if not _same(getattr(obj, name), value):
                        setattr(obj, name, value)
            links_changed = False
            for link in k.links:
                links_changed |= _sync_link(s, link, obj, merged)
            if k.grid is not None:
                links_changed |= grids.sync(s, k.grid, obj, merged.get(k.grid.field))
            if links_changed and obj in s and not s.is_modified(obj) and id is not None:
                obj.updated_at = datetime.now(UTC)  # bumps the version: the list changed
            s.flush()
            return _snapshot(s, k, obj, [i for i in issues if not i.is_error])
    except StaleDataError:
        assert id is not None
        theirs = load(db, kind_id, id)
        raise Conflict(
            kind_id,
            id,
            values,
            theirs.values,
            theirs.version,
            theirs.updated_by,
            theirs.deleted_at is not None,
        ) from None


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return [str(x) for x in a] == [str(x) for x in b]
    return bool(a == b)


def _ids(value: Any) -> list[uuid.UUID]:
    out: list[uuid.UUID] = []
    for item in value or []:
        uid = item if isinstance(item, uuid.UUID) else uuid.UUID(str(item))
        if uid not in out:
            out.append(uid)
    return out


def _sync_link(s: Session, link: Link, obj: Any, merged: Mapping[str, Any]) -> bool:
    """Make the live link rows equal the wanted ids, soft-deleting and reviving, never purging."""
    wanted = _ids(merged.get(link.field))
    lead = merged.get(link.lead_field) if link.lead_field else None
    lead_id = (
        None
        if lead in (None, "")
        else (lead if isinstance(lead, uuid.UUID) else uuid.UUID(str(lead)))
    )
    rows: dict[Any, Any] = {}
    for r in _link_rows(s, link, obj.id) if obj.id else []:
        # Two rows for one child: the same link entered on two laptops, one kept by sync
        # (services.sync.twins) and its copy in the Trash. The live one is the link.
        if r.deleted_at is None or getattr(r, link.child_fk) not in rows:
            rows[getattr(r, link.child_fk)] = r
    now = datetime.now(UTC)
    changed = False
    for child_id, row in rows.items():
        if child_id not in wanted and row.deleted_at is None:
            row.deleted_at = now
            changed = True
    for child_id in wanted:
        row = rows.get(child_id)
        if row is None:
            row = link.model(id=uuid.uuid4(), **{link.parent_fk: obj.id, link.child_fk: child_id})
            s.add(row)
            changed = True
        elif row.deleted_at is not None:
            row.deleted_at = None
            changed = True
        if link.lead_field:
            is_lead = child_id == lead_id
            if bool(getattr(row, "lead", False)) != is_lead:
                row.lead = is_lead  # type: ignore[attr-defined]
                changed = True
    return changed


def _context(
    s: Session, k: RecordKind, merged: Mapping[str, Any], id: uuid.UUID | None, today: date | None
) -> ValidationContext:
    ctx: dict[str, Any] = {"today": today}
    signatory_id = _maybe_id(merged.get("signatory_id")) if k.signatory_field else None
    if k.id == "action_plan" and signatory_id is not None:
        row = s.execute(
            select(models.Signatory.adhesion_date, models.Signatory.framework).where(
                models.Signatory.id == signatory_id
            )
        ).first()
        if row is not None:
            ctx["signatory_adhesion_date"], ctx["signatory_framework"] = row
    if k.id == "action_plan" and id is not None:
        ctx["plan_action_sectors"] = plan_action_sectors(s, id)
    if k.id == "monitoring_report":
        plan_id = _maybe_id(merged.get("plan_id"))
        if plan_id is not None:
            ctx["plan_submission_date"] = s.scalar(
                select(models.ActionPlan.submission_date).where(models.ActionPlan.id == plan_id)
            )
    if k.id == "emission_inventory":
        from .emission_factors import shipped

        ctx["emission_factors"] = shipped()
        if signatory_id is not None:
            ctx["signatory_country"] = s.scalar(
                select(models.Signatory.country).where(models.Signatory.id == signatory_id)
            )
    if k.id == "deadline_extension" and signatory_id is not None:
        ext = models.DeadlineExtension
        try:
            subject = coerce(ext, "subject", merged.get("subject"))
        except CoercionError:
            return ValidationContext(**ctx)  # validation reports the bad subject itself
        query = select(func.count()).where(
            ext.signatory_id == signatory_id,
            ext.subject == subject,
            live(ext),
        )
        if id is not None:
            query = query.where(ext.id != id)
        ctx["existing_extensions"] = int(s.scalar(query) or 0)
    return ValidationContext(**ctx)


def plan_action_sectors(s: Session, plan_id: uuid.UUID) -> frozenset[str]:
    """The key sectors (Sector codes) of a plan's live mitigation actions."""
    from ..domain.plan_codes import KEY_SECTOR_OF

    action = models.MitigationAction
    found = s.scalars(
        select(action.sector).where(action.plan_id == plan_id, live(action)).distinct()
    )
    return frozenset(KEY_SECTOR_OF[x].value for x in found if x in KEY_SECTOR_OF)


def _maybe_id(value: Any) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError:
        return None


_REFERENCES: dict[str, type] = {
    "signatory_id": models.Signatory,
    "plan_id": models.ActionPlan,
    "coordinator_id": models.Coordinator,
}


def _reference_issues(s: Session, k: RecordKind, merged: Mapping[str, Any]) -> list[Issue]:
    """A picked signatory or plan must exist and not be in the Trash (the FK alone would
    raise a database error instead of naming the field)."""
    issues: list[Issue] = []
    fields = [f for f in _REFERENCES if f in k.fields()]
    checks: list[tuple[str, type, Any]] = [(f, _REFERENCES[f], merged.get(f)) for f in fields]
    for link in k.links:
        checks += [(link.field, models.Signatory, v) for v in merged.get(link.field) or []]
        if link.lead_field and merged.get(link.lead_field) not in (None, ""):
            lead = _maybe_id(merged.get(link.lead_field))
            wanted = {_maybe_id(v) for v in merged.get(link.field) or []}
            if lead is None or lead not in wanted:
                issues.append(_bad_ref(k, link.lead_field, merged.get(link.lead_field)))
    for name, model, value in checks:
        if value in (None, ""):
            continue
        uid = _maybe_id(value)
        table: Any = model
        if uid is None or s.scalar(select(func.count()).where(table.id == uid, live(table))) == 0:
            issues.append(_bad_ref(k, name, value))
    return issues


def _bad_ref(k: RecordKind, name: str, value: Any) -> Issue:
    return Issue(name, "invalid_choice", Severity.ERROR, {"value": str(value)}, k.id)


# -- trash ---------------------------------------------------------------------------------


def trash(
    db: Database,
    kind_id: str,
    ids: Iterable[uuid.UUID],
    origin: str = "gui",
    user: str | None = None,
) -> int:
    """Move records to the Trash; returns how many moved (already trashed ones are skipped)."""
    return _set_deleted(db, kind_id, list(ids), True, origin, user)


def restore(
    db: Database,
    kind_id: str,
    ids: Iterable[uuid.UUID],
    origin: str = "gui",
    user: str | None = None,
) -> int:
    return _set_deleted(db, kind_id, list(ids), False, origin, user)


def _set_deleted(
    db: Database, kind_id: str, ids: list[uuid.UUID], delete: bool, origin: str, user: str | None
) -> int:
    k = kind(kind_id)
    if delete and len(ids) >= BULK_DELETE_BACKUP_THRESHOLD:
        _backup_before_bulk_delete(db)
    now = datetime.now(UTC)
    count = 0
    with db.transaction(origin, user) as s:
        for record_id in ids:
            obj: Any = s.get(k.model, record_id)
            if obj is None:
                raise RecordNotFound(kind_id, record_id)
            if (obj.deleted_at is None) == delete:
                was = obj.deleted_at
                obj.deleted_at = now if delete else None
                _cascade(s, obj, was, now if delete else None)
                count += 1
    return count


def trash_changes(kind_id: str, ids: Iterable[uuid.UUID]) -> Changes:
    """What moving these records to or from the Trash changes: them, and the kinds that go
    (or come back) with them, so a page listing a signatory's plans reads them again."""
    k = kind(kind_id)
    along = {column.class_ for column in _dependents().get(k.model, ())}
    also = [other.id for other in KINDS.values() if other.model in along]
    return Changes.of(kind_id, ids, *also)


def moving_along(
    db: Database, kind_id: str, ids: Iterable[uuid.UUID], restoring: bool = False
) -> dict[str, int]:
    """What would go to the Trash with these records (or, `restoring`, come back with
    them), counted by table: {"action_plan": 2, "financial_support": 3, ...}, nothing
    that would not move. The same rule as `_cascade`, read without writing, so the
    confirmation and the message after a restore say exactly what happens."""
    k = kind(kind_id)
    columns = _dependents().get(k.model, ())
    counts: dict[str, int] = {}
    if not columns:
        return counts
    with db.session("trash") as s:
        for record_id in ids:
            obj: Any = s.get(k.model, record_id)
            if obj is None or (obj.deleted_at is None) == restoring:
                continue
            for column in columns:
                model = column.class_
                stamp = model.deleted_at
                matching = stamp == obj.deleted_at if restoring else stamp.is_(None)
                n = s.scalar(
                    select(func.count()).select_from(model).where(column == obj.id, matching)
                )
                if n:
                    table = model.__tablename__
                    counts[table] = counts.get(table, 0) + int(n)
    return counts


def _dependents() -> dict[type, tuple[Any, ...]]:
    """What belongs to a record and goes to the Trash (and comes back) with it."""
    by_signatory = (
        models.Signatory,
        (
            models.ActionPlan.signatory_id,
            models.MonitoringReport.signatory_id,
            models.DeadlineExtension.signatory_id,
            models.FinancialSupport.signatory_id,
            models.SignatoryCoordinator.signatory_id,
            models.SupportActivitySignatory.signatory_id,
            models.EnergyDayOrganiser.signatory_id,
        ),
    )
    return {by_signatory[0]: by_signatory[1]}


def _cascade(s: Session, obj: Any, was: datetime | None, now: datetime | None) -> None:
    """A trashed signatory takes its plans, reports, finance and links along; restoring it
    brings back exactly those trashed with it (same stamp), not ones trashed on their own.
    """
    for column in _dependents().get(type(obj), ()):
        model = column.class_
        stamp = model.deleted_at
        matching = stamp.is_(None) if now is not None else stamp == was
        for child in s.scalars(select(model).where(column == obj.id, matching)):
            child.deleted_at = now


def _backup_before_bulk_delete(db: Database) -> None:
    try:
        from . import backup
    except ImportError:  # the backup service is optional in stripped-down builds
        return
    try:
        backup.before(db, "delete")
    except OSError as exc:
        # The Trash still holds everything; a full disk must not stop a clerk deleting.
        log.warning("backup before bulk delete failed: %s", exc)


# -- duplicates ----------------------------------------------------------------------------


@lru_cache(maxsize=100_000)
def _key(text: str) -> str:
    return name_key(text)


def find_duplicates(
    db: Database,
    name: str,
    local_name: str = "",
    country: str = "",
    exclude_id: uuid.UUID | None = None,
) -> list[DuplicateMatch]:
    """Live signatories of the same country whose name matches, across scripts and spellings.

    Either name of the new record may match either name of an existing one (a clerk may type
    the Cyrillic name into the Latin field).
    """
    wanted = {_key(n) for n in (name, local_name) if n and n.strip()} - {""}
    if not wanted:
        return []
    sig = models.Signatory
    query = select(sig.id, sig.name, sig.local_name, sig.country).where(live(sig))
    if country:
        query = query.where(sig.country == country)
    if exclude_id is not None:
        query = query.where(sig.id != exclude_id)
    with db.session() as s:
        rows = s.execute(query.order_by(sig.name)).all()
    return [
        DuplicateMatch(*row)
        for row in rows
        if _key(row.name) in wanted or (row.local_name and _key(row.local_name) in wanted)
    ]
