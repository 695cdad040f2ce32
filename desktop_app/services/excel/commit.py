"""Applying a previewed import: backup first, then every row in one transaction.

All or nothing: a plan with errors is refused unless the caller explicitly skips invalid
rows, and any failure while writing rolls the whole transaction back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db.session import Database, lock_writers
from ...domain.models import AuditEntry
from .. import grids
from . import records as R
from .plan import ERROR, NEW, UNCHANGED, UPDATE, ImportPlan, SheetPlan

FLUSH_EVERY = 2000


class ImportRejected(Exception):
    """The plan has rows with errors and skipping them was not asked for; nothing written."""

    def __init__(self, errors: int) -> None:
        super().__init__(errors)
        self.errors = errors


class StaleRecord(Exception):
    """A record changed between preview and commit; nothing was written."""

    def __init__(self, kind: str, record_id: uuid.UUID, row: int) -> None:
        super().__init__(kind, record_id, row)
        self.kind, self.record_id, self.row = kind, record_id, row


@dataclass
class CommitResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    backup: Path | None = None


def generation(db: Database) -> tuple[int, str]:
    """A token that changes with every committed write: the audit trail's size and end.

    Every write through a session appends to the trail (db.audit), so an unchanged token
    means the rows a plan was classified against are still what the database holds.
    """
    with db.engine.connect() as conn:
        row = conn.execute(select(func.count(), func.max(AuditEntry.changed_at))).one()
    return int(row[0] or 0), str(row[1] or "")


def take_backup(db: Database) -> Path | None:
    """The safety copy before an import (skipped when the database holds no records)."""
    from ..backup import before

    info = before(db, "import")
    return info.path if info is not None else None


def commit(
    db: Database, plan: ImportPlan, *, skip_invalid: bool = False, backup: bool = True
) -> CommitResult:
    errors = plan.counts().get(ERROR, 0)
    if errors and not skip_invalid:
        raise ImportRejected(errors)
    result = CommitResult(skipped=errors)
    result.unchanged = plan.counts().get(UNCHANGED, 0)
    if not any(r.status in (NEW, UPDATE) for s in plan.sheets for r in s.rows):
        return result
    if backup:
        result.backup = take_backup(db)
    with db.transaction("import") as session:
        lock_writers(session.connection())
        if plan.prepared and generation(db) != plan.generation:
            # Someone wrote since the preview (another import, a clerk, a restore): the
            # rows are classified again under the lock, so two imports of the same file
            # give the rows once, and a preview never commits what it no longer means.
            from .plan import plan_tables

            plan = plan_tables(db, plan.path, plan.prepared, plan.today)
            errors = plan.counts().get(ERROR, 0)
            if errors and not skip_invalid:
                raise ImportRejected(errors)
            result.skipped = errors
            result.unchanged = plan.counts().get(UNCHANGED, 0)
        for sheet in plan.sheets:
            created, updated = _apply_sheet(session, sheet)
            result.created += created
            result.updated += updated
            # Sheets come in reference order (signatories, plans, then what names them);
            # the unit of work only orders tables it knows relationships between.
            session.flush()
        for sheet in plan.sheets:  # the office they link to may be the last sheet's
            if sheet.kind == "signatories":
                _link_new_signatories(session, plan, sheet)
    return result


def _apply_sheet(session: Session, sheet: SheetPlan) -> tuple[int, int]:
    kind = sheet.kind
    model = R.MODELS[kind]
    links = {f: R.LINKS[(kind, f)] for f in R.LINK_FIELDS if (kind, f) in R.LINKS}
    grid = R.GRIDS.get(kind)
    grid_field = grid.field if grid is not None else None
    updates = [r for r in sheet.rows if r.status == UPDATE]
    loaded: dict[uuid.UUID, Any] = {}
    ids = [r.record_id for r in updates]
    for start in range(0, len(ids), 500):
        stmt = select(model).where(model.id.in_(ids[start : start + 500]))
        for obj in session.scalars(stmt):
            loaded[obj.id] = obj
    created = updated = 0
    for row in sheet.rows:
        if row.status == NEW:
            plain = {k: v for k, v in row.values.items() if k not in links and k != grid_field}
            obj = model(id=row.record_id, **plain)
            session.add(obj)
            if grid is not None and grid_field in row.values:
                grids.sync(session, grid, obj, row.values[grid_field])
            for name, (link_model, owner) in links.items():
                for i, sid in enumerate(row.values.get(name, [])):
                    link = link_model(**{owner: row.record_id, "signatory_id": sid})
                    _mark_lead(session, link, i == 0)
                    session.add(link)
            created += 1
        elif row.status == UPDATE:
            assert row.record_id is not None
            obj = loaded.get(row.record_id)
            if obj is None or obj.deleted_at is not None or obj.version != row.version:
                raise StaleRecord(kind, row.record_id, row.row)
            for name, value in row.changes.items():
                if name in links:
                    _relink(session, links[name], row.record_id, value)
                elif grid is not None and name == grid_field:
                    grids.sync(session, grid, obj, value)
                else:
                    setattr(obj, name, value)
            updated += 1
        if row.status in (NEW, UPDATE) and (created + updated) % FLUSH_EVERY == 0:
            session.flush()  # bounded memory for big sheets; still one transaction
    return created, updated


def _link_new_signatories(session: Session, plan: ImportPlan, sheet: SheetPlan) -> None:
    """A new signatory is supported by the workbook's office (docs/excel.md).

    The workbook counts every signatory on its Signatories sheet as supported by the office
    whose profile it carries, so each new one gets a link to that coordinator (or to the
    database's own office when the workbook has no profile), from its adhesion or the
    office's start, whichever is later, until its withdrawal. Existing signatories keep
    their links: an update never rewrites who supports whom.
    """
    if plan.link_id is None:
        return
    from ...domain.enums import SignatoryStatus
    from ...domain.models import SignatoryCoordinator

    withdrawn = SignatoryStatus.WITHDRAWN.value
    for row in sheet.rows:
        if row.status != NEW:
            continue
        values = row.values
        starts = [d for d in (values.get("adhesion_date"), plan.link_active) if d is not None]
        until = values.get("status_date") if R.plain(values.get("status")) == withdrawn else None
        session.add(
            SignatoryCoordinator(
                signatory_id=row.record_id,
                coordinator_id=plan.link_id,
                since=max(starts) if starts else None,
                until=until,
            )
        )


def _relink(
    session: Session, link: tuple[Any, str], owner_id: uuid.UUID, wanted: list[uuid.UUID]
) -> None:
    link_model, owner = link
    # The trashed links are skipped in Python: with a deleted_at condition SQLite may
    # scan the all-NULL deleted_at index instead of using the owner's.
    current = [
        obj
        for obj in session.scalars(select(link_model).where(getattr(link_model, owner) == owner_id))
        if obj.deleted_at is None
    ]
    have = {obj.signatory_id: obj for obj in current}
    now = datetime.now(UTC)
    for sid, obj in have.items():
        if sid not in wanted:
            obj.deleted_at = now
    for i, sid in enumerate(wanted):
        obj = have.get(sid)
        if obj is None:
            obj = link_model(**{owner: owner_id, "signatory_id": sid})
            session.add(obj)
        _mark_lead(session, obj, i == 0)


def _mark_lead(session: Session, obj: Any, first: bool) -> None:
    """The workbook lists a lead organiser first (Energy Days): the first one is the lead."""
    if hasattr(type(obj), "lead"):
        obj.lead = first
