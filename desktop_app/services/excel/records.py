"""What the database already holds, in the shape the import planner compares rows with.

Loaded once per import through Core selects (tens of thousands of rows must plan in
seconds): plain dicts keyed by model attribute, and the signatory lookup tables.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from ...domain import kinds
from ...domain import models as M
from .. import record_kinds
from .vocab import norm

_SHEET_KINDS = tuple(k for k in kinds.sheet_kinds() if k.sheet_id)

MODELS: dict[str, Any] = {k.sheet_id: k.model for k in _SHEET_KINDS if k.sheet_id}
"""sheet id -> mapped class, from the kind specs."""

VALIDATION_KINDS: dict[str, str] = {k.sheet_id: k.id for k in _SHEET_KINDS if k.sheet_id}
"""sheet id -> record kind (validation, history)."""

# Many-to-many fields: (link model, owner column).
LINKS: dict[tuple[str, str], tuple[Any, str]] = {
    (k.sheet_id, link.field): (getattr(M, link.model), link.parent_fk)
    for k in _SHEET_KINDS
    if k.sheet_id
    for link in k.links
}

LINK_FIELDS = tuple(dict.fromkeys(field for _kind, field in LINKS))

# The office's own sheets (sheets.OFFICE_SPECS): planned and committed like record sheets.
MODELS.update(
    {
        "coordinator-profile": M.Coordinator,
        "services": M.ServiceOffer,
        "reports-sent": M.ReportSubmission,
    }
)
VALIDATION_KINDS.update({"coordinator-profile": "coordinator", "services": "service_offer"})
"""The Reports sent sheet has no record kind: office.sent_issues checks its rows."""


def record_kind(sheet: str) -> str | None:
    """The record kind a sheet writes ("signatories" -> "signatory", the profile ->
    "coordinator"), for the pages that show it; None for the Reports sent log."""
    return VALIDATION_KINDS.get(sheet)


def plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def model_columns(kind: str) -> dict[str, Any]:
    return {c.key: c for c in MODELS[kind].__table__.columns}  # type: ignore[attr-defined]


@dataclass
class SignatoryIndex:
    by_id: dict[uuid.UUID, tuple[str, str]] = field(default_factory=dict)
    by_name_country: dict[tuple[str, str], list[uuid.UUID]] = field(default_factory=dict)
    by_name: dict[str, list[uuid.UUID]] = field(default_factory=dict)
    adhesion: dict[uuid.UUID, Any] = field(default_factory=dict)
    aliases: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    """A sheet's signatory ID -> the record it was matched to here (another office's IDs)."""
    plans: set[uuid.UUID] = field(default_factory=set)
    """Live action plans, and those the import is adding: what a plan reference may name."""
    plan_aliases: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    """A sheet's plan ID -> the plan it was matched to here."""
    actions: set[uuid.UUID] = field(default_factory=set)
    """Live mitigation actions and those the import is adding (a finance row's action)."""
    action_aliases: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    """A sheet's action ID -> the action it was matched to here."""
    by_covenant_id: dict[str, uuid.UUID] = field(default_factory=dict)
    """Covenant ID (normalised) -> signatory: the research centre's tables name a
    signatory by its code alone (`MUNI CODE`)."""

    def add(self, sid: uuid.UUID, name: str, country: str, adhesion: Any = None) -> None:
        self.by_id[sid] = (name, country)
        key = norm(name)
        same = self.by_name_country.setdefault((key, country), [])
        if sid not in same:
            same.append(sid)
        named = self.by_name.setdefault(key, [])
        if sid not in named:
            named.append(sid)
        self.adhesion[sid] = adhesion

    def label(self, sid: uuid.UUID) -> str:
        name, country = self.by_id.get(sid, (str(sid), ""))
        return f"{name} ({country})" if country else name


def load_signatories(session: Session) -> SignatoryIndex:
    index = SignatoryIndex()
    S = M.Signatory
    for sid, name, country, adhesion, covenant_id in session.execute(
        select(S.id, S.name, S.country, S.adhesion_date, S.covenant_id).where(
            S.deleted_at.is_(None)
        )
    ):
        index.add(sid, name, country, adhesion)
        if covenant_id:
            index.by_covenant_id[norm(covenant_id)] = sid
    P = M.ActionPlan
    index.plans.update(session.scalars(select(P.id).where(P.deleted_at.is_(None))))
    A = M.MitigationAction
    index.actions.update(session.scalars(select(A.id).where(A.deleted_at.is_(None))))
    return index


def load_existing(
    session: Session, kind: str, fields: list[str], ids: set[uuid.UUID] | None = None
) -> dict[uuid.UUID, dict]:
    """Live records of `kind` as {id: {field: value, "version": n}} for the given fields.

    With `ids`, only those records are read: a sheet whose every row carries an ID never
    needs the rest of a large table (natural keys are only for rows without an ID).
    """
    model = MODELS[kind]
    cols = model_columns(kind)
    wanted = [f for f in fields if f in cols and f != "id"]
    for extra in ("signatory_id",):
        if extra in cols and extra not in wanted:
            wanted.append(extra)
    enums = {f for f in wanted if getattr(cols[f].type, "enum_class", None) is not None}
    table_cols = [
        type_coerce(getattr(model, f), String) if f in enums else getattr(model, f) for f in wanted
    ]
    base = select(model.id, model.version, model.deleted_at, *table_cols)
    if ids is None:
        batches = [base.where(model.deleted_at.is_(None))]
    else:
        # No deleted_at condition here: SQLite would then scan its (all-NULL) index instead
        # of looking the keys up; trashed records are dropped below.
        chunk = sorted(ids)
        batches = [base.where(model.id.in_(chunk[i : i + 500])) for i in range(0, len(chunk), 500)]
    out: dict[uuid.UUID, dict] = {}
    for stmt in batches:
        for row in session.execute(stmt):
            if row[2] is not None:
                continue
            values = dict(zip(wanted, row[3:], strict=True))
            values["version"] = row[1]
            out[row[0]] = values
    for (link_kind, link_field), (link_model, owner) in LINKS.items():
        if link_kind != kind or link_field not in fields:
            continue
        for record in out.values():
            record[link_field] = []
        for owner_id, sid in session.execute(
            select(getattr(link_model, owner), link_model.signatory_id).where(
                link_model.deleted_at.is_(None)
            )
        ):
            if owner_id in out:
                out[owner_id][link_field].append(sid)
    grid = GRIDS.get(kind)
    if grid is not None and grid.field in fields and out:
        from ..grids import texts

        text = texts(session, grid, None if len(out) > 500 else set(out))
        for record_id, record in out.items():
            record[grid.field] = text.get(record_id, "")
    return out


GRIDS = {
    spec.sheet_id: record_kinds.KINDS[spec.id].grid
    for spec in _SHEET_KINDS
    if spec.sheet_id and record_kinds.KINDS[spec.id].grid is not None
}
"""sheet id -> the kind's grid (kinds.GridSpec), which travels as one text cell."""


def ids_of_other_kinds(session: Session, kind: str, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    """IDs in the sheet that name records of another table (a pasted wrong column)."""
    if not ids:
        return set()
    found: set[uuid.UUID] = set()
    for other, model in MODELS.items():
        if other == kind:
            continue
        chunk = list(ids)
        for start in range(0, len(chunk), 500):
            part = chunk[start : start + 500]
            found.update(session.scalars(select(model.id).where(model.id.in_(part))))
    return found
