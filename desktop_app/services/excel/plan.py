"""The preview of an import: what each row would do, and why a row cannot be imported.

Rows are parsed cell by cell, resolved against the database (signatories by id or by name
and country), checked by the same domain rules the forms use, and classified as new,
update, unchanged or error. Nothing is written here; commit.py applies a plan.
"""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ...db.session import Database
from ...domain.rules import ValidationContext, validate
from ...domain.rules.issues import Issue, Severity
from ...domain.stamps import STAMP_FIELDS
from . import layouts, profiles
from . import records as R
from . import sheets as S
from .errors import ExcelFileError, ExcelUsageError, message
from .mapping import Mapping, apply_overrides, detect_kind, match_columns
from .parse import CellError, parse_cell
from .profiles import Profile
from .read import RawTable, read_tables
from .shaping import Shaping, check_fields
from .shaping import apply as apply_shaping
from .vocab import norm

NEW, UPDATE, UNCHANGED, ERROR = "new", "update", "unchanged", "error"


@dataclass(frozen=True)
class _IdReference:
    """A column that names a record of another sheet by its ID (records.SignatoryIndex keeps
    the IDs known and the aliases of another office's IDs, by attribute name)."""

    field: str
    sheet: str
    known: str
    aliases: str
    error: str


_ID_REFERENCES = (
    _IdReference("plan_id", "plans", "plans", "plan_aliases", "unknown_plan"),
    _IdReference("action_id", "mitigation-actions", "actions", "action_aliases", "unknown_action"),
)
STATUSES = (NEW, UPDATE, UNCHANGED, ERROR)
_REF_FIELDS = {"signatory", "signatory_country", "signatory_id"}


@dataclass
class RowIssue:
    field: str
    column: int | None
    """0-based sheet column of the cell at fault, None when no single cell is."""
    code: str
    params: dict[str, Any]
    severity: str = Severity.ERROR.value
    rule: Issue | None = None
    """The domain rule's issue, when a rule (not a parser) found it."""

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.ERROR.value

    def text(self, header: str = "") -> str:
        if self.rule is not None:
            from ...messages import format_issue

            return format_issue(self.rule)
        body = message(self.code, self.params)
        return f"{header}: {body}" if header else body


@dataclass
class RowPlan:
    row: int
    status: str
    record_id: uuid.UUID | None = None
    values: dict[str, Any] = field(default_factory=dict)
    """Parsed values of the mapped fields (signatory references resolved to ids)."""
    changes: dict[str, Any] = field(default_factory=dict)
    """For updates: only the fields whose value differs."""
    before: dict[str, Any] = field(default_factory=dict)
    """For updates: what the database holds now in each of the changed fields."""
    version: int | None = None
    issues: list[RowIssue] = field(default_factory=list)

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.is_error]


@dataclass
class SheetPlan:
    table: RawTable
    mapping: Mapping
    rows: list[RowPlan] = field(default_factory=list)

    @property
    def kind(self) -> str:
        return self.mapping.kind

    def counts(self) -> Counter[str]:
        return Counter(r.status for r in self.rows)

    def header(self, column: int | None) -> str:
        if column is None or column >= len(self.table.headers):
            return ""
        return f"{self.table.column_letter(column)} ({self.table.headers[column]})"


@dataclass
class ImportPlan:
    path: Path
    sheets: list[SheetPlan] = field(default_factory=list)
    prepared: list[tuple[RawTable, Mapping]] = field(default_factory=list, repr=False)
    """What the plan was made from, so commit can make it again under the write lock."""
    today: date | None = None
    generation: tuple[int, str] | None = None
    """The database's write generation the rows were classified against (commit.py)."""
    office_id: uuid.UUID | None = None
    """The database's own office, if it has one."""
    link_id: uuid.UUID | None = None
    """The coordinator new signatories are linked to (SignatoryCoordinator): the one the
    workbook's Coordinator profile describes, else the database's own office; None: no
    links are made."""
    link_active: date | None = None
    """That coordinator's "Active since": a link starts then, or at the adhesion if later."""
    profile_id: uuid.UUID | None = None
    """The coordinator the Coordinator profile sheet describes (its services' owner)."""
    profile_status: str | None = None
    """The profile row's status; None when the workbook has no profile."""

    def counts(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for s in self.sheets:
            total.update(s.counts())
        return total

    @property
    def has_errors(self) -> bool:
        return any(r.status == ERROR for s in self.sheets for r in s.rows)


def prepare(
    path: Path,
    kind: str = "auto",
    sheet: str | None = None,
    overrides: list[str] | None = None,
    shaping: Shaping | None = None,
    profile: Profile | None = None,
    profiles_base: Path | None | bool = False,
) -> list[tuple[RawTable, Mapping]]:
    """Read the sheet(s) and match their columns; the wizard lets the user edit the result.

    Each sheet is matched, in this order, by the given `profile`, by a saved profile made
    for exactly its headers (when `profiles_base` is a folder, or None for the default
    one), by an official layout (layouts.py), or by its headers. The user's `overrides`
    (`Header=field`) and `shaping` (value maps, filters) go on top of that.
    """
    from . import office

    prepared: list[tuple[RawTable, Mapping]] = []
    if kind == "auto" and profile is None:
        prepared.extend(office.read_profile(Path(path), sheet))
    if sheet is not None and office.is_profile_sheet(sheet) and prepared:
        tables = []
    else:
        tables = [t for t in read_tables(Path(path), sheet) if not office.is_profile_sheet(t.sheet)]
    for table in tables:
        chosen = profile
        if chosen is None and profiles_base is not False:
            where = profiles_base if isinstance(profiles_base, Path) else None
            chosen = profiles.matching(table.headers, where)
        layout = layouts.recognise(table)
        if layout is not None and kind not in ("auto", layout.kind):
            layout = None
        base = layout.shaping if layout is not None else Shaping()
        if chosen is not None and kind in ("auto", chosen.kind):
            k: str | None = chosen.kind
            if layout is not None and layout.kind == chosen.kind:
                columns = layout.column_map(table.headers)
                mapping = Mapping(chosen.kind, columns, layout.ignored(table.headers))
            else:
                mapping = match_columns(chosen.kind, table.headers)
            present = {norm(h) for h in table.headers if h}
            pairs = [
                p
                for h, p in zip(chosen.columns, chosen.map_pairs(), strict=True)
                if norm(h) in present
            ]
            mapping = apply_overrides(mapping, table.headers, pairs)
            base = base.merged(chosen.shaping)
            table.layout = f"profile:{chosen.name}"
        elif layout is not None:
            k = layout.kind
            mapping = Mapping(k, layout.column_map(table.headers), layout.ignored(table.headers))
            table.layout = layout.id
        else:
            k = kind if kind != "auto" else detect_kind(table)
            if k is None:
                if sheet is not None or len(tables) == 1:
                    raise ExcelUsageError("unknown_kind", path=str(path), sheet=table.sheet)
                continue
            mapping = match_columns(k, table.headers)
        if overrides:
            mapping = apply_overrides(mapping, table.headers, overrides)
        final = base.merged(shaping) if shaping is not None else base
        check_fields(final, {c.field for c in mapping.spec.importable}, mapping.kind)
        prepared.append((apply_shaping(table, mapping.columns, final), mapping))
    if not prepared:
        raise ExcelUsageError(
            "unknown_kind", path=str(path), sheet=", ".join(t.sheet for t in tables)
        )
    order = list(S.IMPORT_SPECS)
    order.remove("exchange-rates")
    order.insert(1, "exchange-rates")
    # The office's sheets last: a sheet the user filters or saves a profile for in the
    # wizard is still the first record sheet, and the profile's coordinator is written
    # before its services (the links to it are made after every sheet, commit.py).
    order = [*order, S.SENT, S.PROFILE, S.SERVICES]
    prepared.sort(key=lambda tm: order.index(tm[1].kind))
    return prepared


def build_plan(
    db: Database,
    path: Path,
    kind: str = "auto",
    sheet: str | None = None,
    overrides: list[str] | None = None,
    today: date | None = None,
    shaping: Shaping | None = None,
    profile: Profile | None = None,
    profiles_base: Path | None | bool = False,
) -> ImportPlan:
    prepared = prepare(path, kind, sheet, overrides, shaping, profile, profiles_base)
    return plan_tables(db, Path(path), prepared, today)


def plan_tables(
    db: Database,
    path: Path,
    prepared: list[tuple[RawTable, Mapping]],
    today: date | None = None,
) -> ImportPlan:
    from .commit import generation

    today = today or date.today()
    plan = ImportPlan(Path(path), prepared=prepared, today=today, generation=generation(db))
    with db.session("import") as session:
        signatories = R.load_signatories(session)
        plan.office_id, plan.link_active = _own_office(session)
        plan.link_id = plan.office_id
        for table, mapping in prepared:
            if mapping.kind in S.OFFICE_SPECS:
                plan.sheets.append(_office_sheet(session, plan, table, mapping, signatories))
                continue
            if not mapping.columns:
                raise ExcelUsageError("unknown_kind", path=str(path), sheet=table.sheet)
            spec = mapping.spec
            fields = sorted({*mapping.columns.values(), *spec.keys} - _REF_FIELDS)
            ids, complete = _sheet_ids(table, mapping)
            if "covenant_id" in mapping.columns.values():
                complete = False  # rows are matched by Covenant ID: read them all
            existing = R.load_existing(session, mapping.kind, fields, ids if complete else None)
            if complete and ids - set(existing):
                # some IDs are unknown here: those rows are matched by their natural key
                existing = R.load_existing(session, mapping.kind, fields, None)
            foreign = R.ids_of_other_kinds(session, mapping.kind, ids - set(existing))
            planner = _SheetPlanner(table, mapping, existing, signatories, foreign, today)
            plan.sheets.append(planner.run())
    return plan


def _own_office(session: Any) -> tuple[uuid.UUID | None, date | None]:
    from sqlalchemy import select

    from ...domain.models import Coordinator

    row = session.execute(
        select(Coordinator.id, Coordinator.active_date)
        .where(Coordinator.deleted_at.is_(None), Coordinator.is_own_office.is_(True))
        .order_by(Coordinator.created_at)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else (None, None)


def _office_sheet(
    session: Any,
    plan: ImportPlan,
    table: RawTable,
    mapping: Mapping,
    signatories: R.SignatoryIndex,
) -> SheetPlan:
    """Plan an office sheet (office.py) with the record sheets' planner.

    The profile is matched to the own office (one record, no key); the services to the
    own office's offers by service; the Reports sent rows by ID, then by kind, date and
    period. Layout problems of the profile become errors of its row.
    """
    from sqlalchemy import select

    from ...domain.models import Coordinator, ReportSubmission, ServiceOffer
    from . import office

    assert plan.today is not None
    kind = mapping.kind
    fields = sorted({*mapping.columns.values(), *mapping.spec.keys} - _REF_FIELDS)
    fixed: dict[str, Any] = {}
    if kind == S.PROFILE:
        # matched by name to a coordinator here (the own office wins a shared name); a new
        # one is the own office only when the database has none
        ids = set(session.scalars(select(Coordinator.id).where(Coordinator.deleted_at.is_(None))))
        fields.append("is_own_office")
    elif kind == S.SERVICES:
        fields.append("coordinator_id")
        owner = plan.office_id if plan.profile_status is None else plan.profile_id
        fixed["coordinator_id"] = owner
        ids = set()
        if owner is not None:
            ids = set(
                session.scalars(
                    select(ServiceOffer.id).where(
                        ServiceOffer.coordinator_id == owner, ServiceOffer.deleted_at.is_(None)
                    )
                )
            )
    else:
        ids = set(session.scalars(select(ReportSubmission.id)))
    existing = R.load_existing(session, kind, fields, ids) if ids else {}
    planner = _SheetPlanner(table, mapping, existing, signatories, set(), plan.today, fixed)
    if kind == S.PROFILE:
        # a name several coordinators share means the own office
        for rid, values in existing.items():
            if values.get("is_own_office"):
                planner.by_key[planner._key(values)] = rid
    sheet = planner.run()
    if kind == S.PROFILE and sheet.rows:
        row = sheet.rows[0]
        for column, code, params in table.issues:
            if column in mapping.columns and code in office.MAPPABLE:
                continue  # the user told the wizard which field the row is
            row.issues.append(RowIssue(office.LABEL, column, code, params))
        if row.errors:
            row.status = ERROR
        elif row.status == NEW:
            row.values["is_own_office"] = plan.office_id is None
        plan.profile_status = row.status
        if row.status != ERROR:
            plan.profile_id = plan.link_id = row.record_id
            old = existing.get(row.record_id, {})  # type: ignore[arg-type]
            plan.link_active = row.values.get("active_date", old.get("active_date"))
    elif kind == S.SERVICES and fixed["coordinator_id"] is None:
        for row in sheet.rows:
            row.issues.append(RowIssue("coordinator_id", None, "no_office", {}))
            row.status = ERROR
    elif kind == S.SENT:
        for row in sheet.rows:
            entry = existing.get(row.record_id) if row.record_id is not None else None
            if row.status != UPDATE or entry is None or not office.is_pack(entry):
                continue
            fixed_changes = [f for f in row.changes if f in office.PACK_FIXED]
            for name in fixed_changes:
                row.issues.append(RowIssue(name, mapping.index_of(name), "sent_pack_fixed", {}))
            if fixed_changes:
                row.status = ERROR
    return sheet


def _sheet_ids(table: RawTable, mapping: Mapping) -> tuple[set[uuid.UUID], bool]:
    """The IDs in the sheet, and whether every row has one."""
    column = mapping.index_of("id")
    out: set[uuid.UUID] = set()
    if column is None:
        return out, False
    complete = True
    for _, values in table.rows:
        try:
            out.add(uuid.UUID(str(values[column]).strip()))
        except ValueError:
            complete = False
    return out, complete


class _SheetPlanner:
    def __init__(
        self,
        table: RawTable,
        mapping: Mapping,
        existing: dict[uuid.UUID, dict],
        signatories: R.SignatoryIndex,
        foreign_ids: set[uuid.UUID],
        today: date,
        fixed: dict[str, Any] | None = None,
    ) -> None:
        self.table, self.mapping, self.spec = table, mapping, mapping.spec
        self.existing, self.signatories, self.foreign = existing, signatories, foreign_ids
        self.kind = mapping.kind
        self.fixed: dict[str, Any] = fixed or {}
        """Values every row gets that no column gives (a service's coordinator)."""
        self.vkind = R.VALIDATION_KINDS.get(self.kind)
        self.columns = R.model_columns(self.kind)
        self.ctx = ValidationContext(today=today)
        self.by_key = {self._key(v): rid for rid, v in existing.items()}
        self.by_covenant_id = {
            norm(v["covenant_id"]): rid for rid, v in existing.items() if v.get("covenant_id")
        }
        self.seen: dict[Any, int] = {}
        self.cols = [(i, self.spec.column(f)) for i, f in sorted(mapping.columns.items())]
        self.defaults = self._defaults()

    def _defaults(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, col in self.columns.items():
            if name in STAMP_FIELDS:
                continue
            default = col.default.arg if col.default is not None else None
            if callable(default):
                default = default(None) if name != "id" else None
            out[name] = R.plain(default)
        return out

    def _key(self, values: dict[str, Any]) -> tuple:
        parts = []
        for k in self.spec.keys:
            v = values.get(k)
            parts.append(norm(v) if isinstance(v, str) else v)
        return tuple(parts)

    def run(self) -> SheetPlan:
        out = SheetPlan(self.table, self.mapping)
        for number, cells in self.table.rows:
            out.rows.append(self._row(number, cells))
        return out

    def _row(self, number: int, cells: tuple[Any, ...]) -> RowPlan:
        row = RowPlan(number, ERROR)
        values: dict[str, Any] = {}
        for index, col in self.cols:
            assert col is not None
            try:
                values[col.field] = parse_cell(col, cells[index])
            except CellError as exc:
                params = dict(exc.params)
                if exc.code == "bad_choice" and col.enum is not None:
                    from ...i18n import label

                    params["choices"] = ", ".join(label(m) for m in col.enum)
                row.issues.append(RowIssue(col.field, index, exc.code, params))
        values.update(self.fixed)
        self._resolve_refs(row, values)
        self._resolve_ids(row, values)
        self._resolve_links(row, values)
        for name, value in list(values.items()):
            if isinstance(value, str) and name not in ("id",):
                limit = getattr(self.columns.get(name, None), "type", None)
                length = getattr(limit, "length", None)
                if length and len(value) > length:
                    row.issues.append(
                        RowIssue(name, self.mapping.index_of(name), "too_long", {"limit": length})
                    )
        if row.errors:
            return row
        self._match(row, values)
        if row.errors:
            return row
        merged = dict(self.defaults)
        if row.record_id in self.existing:
            merged.update(self.existing[row.record_id])
        for name, value in values.items():
            merged[name] = self._fill(name, value)
        self._validate(row, merged)
        if row.errors:
            return row
        row.values = {k: self._fill(k, v) for k, v in values.items() if k != "id"}
        if row.record_id in self.existing:
            old = self.existing[row.record_id]
            row.version = old.get("version")
            row.changes = {
                k: v
                for k, v in row.values.items()
                if not _same(old.get(k), v, k in R.LINK_FIELDS)
                and not (k in self.spec.keys and _loosely_same(old.get(k), v))
            }
            row.before = {k: old.get(k) for k in row.changes}
            row.status = UPDATE if row.changes else UNCHANGED
        else:
            row.status = NEW
            if row.record_id is None:
                row.record_id = uuid.uuid4()
        if self.kind == "signatories":
            self.signatories.add(
                row.record_id, merged["name"], merged["country"], merged.get("adhesion_date")
            )
            sheet_id = values.get("id")
            if sheet_id is not None and sheet_id != row.record_id:
                self.signatories.aliases[sheet_id] = row.record_id
        for ref in _ID_REFERENCES:
            if self.kind == ref.sheet:  # later rows (and sheets) may name this record
                getattr(self.signatories, ref.known).add(row.record_id)
                sheet_id = values.get("id")
                if sheet_id is not None and sheet_id != row.record_id:
                    getattr(self.signatories, ref.aliases)[sheet_id] = row.record_id
        return row

    def _fill(self, name: str, value: Any) -> Any:
        """Empty cells of NOT NULL columns take the column default ("" for text)."""
        col = self.columns.get(name)
        if value is None and col is not None and not col.nullable:
            default = self.defaults.get(name)
            return default if default is not None else ""
        return value

    def _resolve_refs(self, row: RowPlan, values: dict[str, Any]) -> None:
        if not self.spec.refs_signatory:
            return
        sid = values.pop("signatory_id", None)
        name = values.pop("signatory", None)
        country = values.pop("signatory_country", None)
        column = self.mapping.index_of("signatory")
        if column is None:
            column = self.mapping.index_of("signatory_id")
        if any(i.field in _REF_FIELDS for i in row.issues):
            return
        if sid is not None:
            sid = self.signatories.aliases.get(sid, sid)
            if sid not in self.signatories.by_id:
                row.issues.append(
                    RowIssue(
                        "signatory_id", column, "unknown_signatory", {"name": sid, "country": ""}
                    )
                )
                return
        elif name:
            sid = self._lookup(row, name, country, column)
            if sid is None:
                return
        else:
            row.issues.append(RowIssue("signatory_id", column, "required", {}))
            return
        values["signatory_id"] = sid

    def _lookup(
        self,
        row: RowPlan,
        name: str,
        country: str | None,
        column: int | None,
        tag: str | None = None,
    ) -> uuid.UUID | None:
        if country:
            found = self.signatories.by_name_country.get((norm(name), country), [])
        else:
            found = self.signatories.by_name.get(norm(name), [])
        if tag:
            found = [sid for sid in found if sid.hex.startswith(tag)]
        if not found and not country and not tag:
            # No signatory of that name: the reference may be a Covenant ID (the research
            # centre's action tables name the municipality by its code alone).
            by_code = self.signatories.by_covenant_id.get(norm(name))
            if by_code is not None:
                return by_code
        if len(found) > 1:
            row.issues.append(
                RowIssue("signatory_id", column, "ambiguous_signatory", {"name": name})
            )
            return None
        if not found:
            row.issues.append(
                RowIssue(
                    "signatory_id",
                    column,
                    "unknown_signatory",
                    {"name": name, "country": country or "?"},
                )
            )
            return None
        return found[0]

    def _resolve_links(self, row: RowPlan, values: dict[str, Any]) -> None:
        for name in R.LINK_FIELDS:
            if name not in values:
                continue
            column = self.mapping.index_of(name)
            ids: list[uuid.UUID] = []
            for ref_name, country, tag in values[name]:
                sid = self._lookup(row, ref_name, country, column, tag)
                if sid is not None and sid not in ids:
                    ids.append(sid)
            values[name] = ids

    def _match(self, row: RowPlan, values: dict[str, Any]) -> None:
        rid = values.get("id")
        column = self.mapping.index_of("id")
        probe = dict(self.defaults)
        probe.update({k: self._fill(k, v) for k, v in values.items()})
        key = self._key(probe)
        if rid is not None:
            if rid in self.foreign:
                row.issues.append(RowIssue("id", column, "id_other_kind", {"value": rid}))
                return
            # An ID this database does not know (a sheet from another office, a database
            # made anew) is matched like a row without one; only a row that matches
            # nothing keeps its ID as a new record.
            row.record_id = rid if rid in self.existing else self._natural(values, key) or rid
            marker: Any = ("id", row.record_id)
        else:
            row.record_id = self._natural(values, key)
            marker = ("key", key)
        first = self.seen.get(marker)
        if first is not None:
            row.issues.append(RowIssue("id", column, "duplicate_row", {"row": first}))
            return
        self.seen[marker] = row.row
        if row.record_id is not None:
            self.seen[("id", row.record_id)] = row.row

    def _resolve_ids(self, row: RowPlan, values: dict[str, Any]) -> None:
        """A plan or action reference names a record here, or one this import adds (after
        matching: another office's ID is followed to the record it was matched to)."""
        for ref in _ID_REFERENCES:
            rid = values.get(ref.field)
            if rid is None or self.kind == ref.sheet:
                continue
            rid = getattr(self.signatories, ref.aliases).get(rid, rid)
            if rid not in getattr(self.signatories, ref.known):
                column = self.mapping.index_of(ref.field)
                row.issues.append(RowIssue(ref.field, column, ref.error, {"value": rid}))
                continue
            values[ref.field] = rid

    def _natural(self, values: dict[str, Any], key: tuple) -> uuid.UUID | None:
        """The existing record a row means: same Covenant ID first, then same natural key."""
        covenant_id = values.get("covenant_id")
        if covenant_id:
            found = self.by_covenant_id.get(norm(covenant_id))
            if found is not None:
                return found
        return self.by_key.get(key)

    def _validate(self, row: RowPlan, merged: dict[str, Any]) -> None:
        if self.vkind is None:  # the Reports sent sheet: the `report sent` checks
            from .office import sent_issues

            assert self.ctx.today is not None
            for name, code, params in sent_issues(merged, self.ctx.today):
                row.issues.append(RowIssue(name, self.mapping.index_of(name), code, params))
            return
        ctx = self.ctx
        if self.kind == "plans":
            adhesion = self.signatories.adhesion.get(merged.get("signatory_id"))  # type: ignore[arg-type]
            ctx = ValidationContext(today=ctx.today, signatory_adhesion_date=adhesion)
        for issue in validate(self.vkind, merged, ctx):
            field_name = issue.field
            column = self.mapping.index_of(field_name)
            if column is None and field_name == "signatory_ids":
                column = self.mapping.index_of("reached")
            if column is None and field_name == "signatory_id":
                column = self.mapping.index_of("signatory")
            row.issues.append(
                RowIssue(field_name, column, issue.code, issue.params, issue.severity.value, issue)
            )


def _loosely_same(old: Any, new: Any) -> bool:
    """Key text that matched ignoring case and spacing is not rewritten ("ashgabat")."""
    return isinstance(old, str) and isinstance(new, str) and norm(old) == norm(new)


def _same(old: Any, new: Any, as_set: bool = False) -> bool:
    if as_set:
        return set(old or ()) == set(new or ())
    if old is None and new in ("", []):
        return True
    return old == new


__all__ = [
    "ERROR",
    "NEW",
    "UNCHANGED",
    "UPDATE",
    "ExcelFileError",
    "ImportPlan",
    "RowPlan",
    "SheetPlan",
    "build_plan",
    "plan_tables",
    "prepare",
]


def profile_for(table: RawTable, mapping: Mapping, name: str, shaping: Shaping) -> Profile:
    """The import profile `name` for this sheet's headers, column map and shaping."""
    width = table.source_width if table.source_width is not None else len(table.headers)
    headers = [h for h in table.headers[:width] if h]
    columns = {table.headers[i]: f for i, f in mapping.columns.items() if i < width}
    for i, header in enumerate(table.headers[:width]):
        if header and i not in mapping.columns:
            columns.setdefault(header, "")
    return Profile(name, mapping.kind, headers, columns, shaping)


def save_profiles(plan: ImportPlan, name: str, shaping: Shaping) -> list[Path]:
    """Save the plan's (first) sheet mapping as the import profile `name`."""
    if not plan.prepared:
        return []
    table, mapping = plan.prepared[0]
    return [profiles.save(profile_for(table, mapping, name, shaping))]
