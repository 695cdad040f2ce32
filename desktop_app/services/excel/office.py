"""The office's own sheets: the Coordinator profile (with its services) and Reports sent.

The export writes the own office as label/value rows on the "Coordinator profile" sheet,
then its services under the heading "Services offered to signatories", and the
ReportSubmission log on "Reports sent" (services/excel/summary.py, export.py). Reading them
back turns the profile into a one-row table whose columns are its labels, and the services
into an ordinary table, so the planner (plan.py) parses, validates, matches and previews
them exactly as it does a record sheet: the same parse rules, the same domain rules, the
changed fields old → new, unchanged rows counted.

Labels are matched in English, Russian and Turkmen (the export is written in the interface
language), from the kind specs' Excel facets (sheets.OFFICE_SPECS); a field's form label is
recognised too. An unknown label, a label given twice, a value without a label or a formula
without a calculated value is an error naming its cell, never a traceback.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ...domain.enums import SubmissionKind
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from . import sheets as S
from .errors import ExcelFileError
from .mapping import Mapping
from .read import MAX_COLS, MAX_ROWS, RawTable, _clean
from .safe_open import open_workbook, reading_sheet
from .sheet_rows import Uncalculated, iter_sheet_rows
from .vocab import norm, translations

NO_PROFILE = N_("Excel", "No coordinator profile has been entered yet.")
LABEL = "label"
"""RowIssue.field of a problem with a profile label rather than a value."""
MAPPABLE = frozenset({"profile_unknown_label", "profile_no_label"})
"""Label problems the user settles by mapping the row to a field (the wizard's mapping)."""


@cache
def _label_index() -> dict[str, str]:
    """normalised label (any language) -> profile field."""
    from ...domain import kinds

    coordinator = kinds.get("coordinator")
    index: dict[str, str] = {}
    for col in S.OFFICE_SPECS[S.PROFILE].columns:
        index[norm(col.field)] = col.field
        for text in translations("Field", coordinator.field(col.field).label):
            index.setdefault(norm(text), col.field)
    for col in S.OFFICE_SPECS[S.PROFILE].columns:
        for text in translations(col.context, col.header):
            index[norm(text)] = col.field
    return index


def _words(source: str) -> set[str]:
    return {norm(t) for t in translations(S.CTX, source)}


def is_profile_sheet(name: str) -> bool:
    return norm(name) in _words(S.PROFILE_TITLE)


def profile_sheet(names: list[str], wanted: str | None = None) -> str | None:
    """The Coordinator profile sheet among `names` (its title in any language)."""
    for name in names if wanted is None else [wanted]:
        if name in names and is_profile_sheet(name):
            return name
    return None


def read_profile(path: Path, sheet: str | None = None) -> list[tuple[RawTable, Mapping]]:
    """The profile and services tables of the workbook's profile sheet (none if it has none)."""
    path = Path(path)
    with open_workbook(path) as wb:
        names = list(wb.sheetnames)
        name = profile_sheet(names, sheet)
        if name is None:
            return []
        rows: list[tuple[int, tuple[Any, ...]]] = []
        with reading_sheet(path, name, MAX_COLS):
            for number, values in iter_sheet_rows(wb[name], MAX_COLS):
                rows.append((number, tuple(_clean(v) for v in values)))
                if len(rows) > MAX_ROWS:
                    raise ExcelFileError(
                        "too_many_rows", path=str(path), sheet=name, limit=MAX_ROWS
                    )
    return _split(path, name, names, rows)


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    return None


def _blank(values: tuple[Any, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _split(
    path: Path, name: str, names: list[str], rows: list[tuple[int, tuple[Any, ...]]]
) -> list[tuple[RawTable, Mapping]]:
    heading = _words(S.SERVICES_HEADING)
    skip = _words(S.PROFILE_TITLE) | _words(NO_PROFILE)
    profile: list[tuple[int, tuple[Any, ...]]] = []
    services: list[tuple[int, tuple[Any, ...]]] = []
    target = profile
    for number, values in rows:
        if _blank(values):
            continue
        first = _text(values[0]) if values else None
        rest_blank = _blank(values[1:])
        if first is not None and rest_blank and norm(first) in heading:
            target = services
            continue
        if target is profile and first is not None and rest_blank and norm(first) in skip:
            continue
        target.append((number, values))
    out: list[tuple[RawTable, Mapping]] = []
    if profile:
        out.append(_profile_table(path, name, names, profile))
    if services:
        out.append(_services_table(path, name, names, services))
    return out


def _profile_table(
    path: Path, name: str, names: list[str], rows: list[tuple[int, tuple[Any, ...]]]
) -> tuple[RawTable, Mapping]:
    index = _label_index()
    headers: list[str] = []
    values: list[Any] = []
    cells: list[tuple[int, int]] = []
    mapping = Mapping(S.PROFILE)
    issues: list[tuple[int | None, str, dict[str, Any]]] = []
    seen: dict[str, int] = {}
    for number, row in rows:
        raw = row[0] if row else None
        value = row[1] if len(row) > 1 else None
        column = len(headers)
        label = _text(raw)
        headers.append(label or (str(raw) if raw is not None else "—"))
        values.append(value)
        cells.append((number, 2))
        if isinstance(raw, Uncalculated):
            issues.append((column, "uncalculated", {"value": raw.formula}))
            continue
        if label is None:
            issues.append((column, "profile_no_label", {"row": number}))
            continue
        field_name = index.get(norm(label))
        if field_name is None:
            issues.append((column, "profile_unknown_label", {"label": label, "row": number}))
            continue
        if field_name in seen:
            issues.append(
                (column, "profile_duplicate_label", {"label": label, "row": seen[field_name]})
            )
            continue
        seen[field_name] = number
        mapping.columns[column] = field_name
    table = RawTable(
        path, name, names, rows[0][0], headers, [(rows[0][0], tuple(values))], cells=cells
    )
    table.source_width = len(headers)
    table.issues = issues
    return table, mapping


def _services_table(
    path: Path, name: str, names: list[str], rows: list[tuple[int, tuple[Any, ...]]]
) -> tuple[RawTable, Mapping]:
    """Columns by the header row the export writes, or by position (older workbooks)."""
    from ...i18n import tr

    spec = S.OFFICE_SPECS[S.SERVICES]
    by_header = {norm(t): c.field for c in spec.columns for t in translations(c.context, c.header)}
    first_row = rows[0][1]
    found = {
        i: by_header[norm(v)]
        for i, v in enumerate(first_row)
        if _text(v) is not None and norm(v) in by_header
    }
    mapping = Mapping(S.SERVICES)
    if len(found) >= 2:
        header_row = rows[0][0]
        headers = [_text(v) or "" for v in first_row]
        rows = rows[1:]
        used: set[str] = set()
        for i, f in sorted(found.items()):
            if f not in used:
                mapping.columns[i] = f
                used.add(f)
    else:
        header_row = rows[0][0] - 1
        headers = [tr(c.context, c.header) for c in spec.columns]
        mapping.columns = {i: c.field for i, c in enumerate(spec.columns)}
    width = max(len(headers), 1)
    data = [(n, tuple(v[:width]) + (None,) * (width - len(v[:width]))) for n, v in rows]
    table = RawTable(path, name, names, header_row, headers, data)
    table.source_width = width
    return table, mapping


def sent_issues(values: dict[str, Any], today: date) -> list[tuple[str, str, dict[str, Any]]]:
    """The checks `report sent` makes (services/reports/sent.py), for a Reports sent row."""
    from ..reports.sent import NOTE_MAX

    out: list[tuple[str, str, dict[str, Any]]] = []
    sent_on, start, end = values.get("sent_on"), values.get("period_from"), values.get("period_to")
    for name in ("kind", "sent_on", "period_from", "period_to"):
        if values.get(name) in (None, ""):
            out.append((name, "required", {}))
    if isinstance(sent_on, date) and sent_on > today:
        out.append(("sent_on", "sent_in_future", {"date": sent_on, "today": today}))
    if isinstance(start, date) and isinstance(end, date) and end < start:
        out.append(("period_to", "sent_period_order", {"start": start, "end": end}))
    if isinstance(start, date) and isinstance(sent_on, date) and start > sent_on:
        out.append(("period_from", "sent_period_after", {"start": start, "sent": sent_on}))
    notes = values.get("notes") or ""
    if len(notes) > NOTE_MAX:
        out.append(("notes", "too_long", {"limit": NOTE_MAX}))
    return out


PACK_FIXED = ("kind", "sent_on", "period_from", "period_to", "file_name", "language")
"""What a submission pack's log entry says about the signed pack: an import may change its
note, never these (they would no longer describe the file its hashes prove)."""


def is_pack(values: dict[str, Any]) -> bool:
    return values.get("kind") == SubmissionKind.SUBMISSION_PACK.value
