"""The import preview as text: what the CLI prints and the wizard's summary shows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ...domain import kinds
from ...domain.rules.fields import OTHER_LABELS
from ...i18n import tr
from .plan import ERROR, NEW, UNCHANGED, UPDATE, ImportPlan, RowIssue, SheetPlan
from .records import record_kind
from .sheets import IMPORT_SPECS, spec_of
from .vocab import translations

MAX_LISTED = 200
"""Errors listed per sheet; the rest are counted (the annotated file has them all)."""


def _shown(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()[:10]
    return str(value)


def kind_words(kind: str) -> str:
    """What a sheet holds, in words: the kind's plural title ("signatories" -> Signatories),
    or an office sheet's title (the profile, its services, the Reports sent log)."""
    if kind in IMPORT_SPECS:
        return tr("RecordKind", kinds.by_sheet(kind).plural_title)
    return tr("Excel", spec_of(kind).title)


def field_words(sheet: SheetPlan, name: str) -> str | None:
    """A field of the sheet's records named in words, in the interface language: its label
    in the kind spec (or the label of a stamp or link column), else its sheet column's
    header (the Reports sent log, which no kind declares); None for no field of the sheet,
    so an attribute name is never shown."""
    kind_id = record_kind(sheet.kind)
    if kind_id is not None and kinds.get(kind_id).has_field(name):
        return tr("Field", kinds.get(kind_id).field(name).label)
    if name in OTHER_LABELS:
        return tr("Field", OTHER_LABELS[name])
    column = spec_of(sheet.kind).column(name)
    return tr(column.context, column.header) if column is not None else None


def issue_text(sheet: SheetPlan, issue: RowIssue) -> str:
    """A row's problem as one sentence, led by the cell ("C (Население)") or, where no
    single cell is at fault, by the field's name in words."""
    where = sheet.header(issue.column) or field_words(sheet, issue.field) or ""
    return issue.text(where)


def change_lines(sheet: SheetPlan) -> list[str]:
    """One line per changed field of each row to update: "Row 5: population: 120 → 130"."""
    lines: list[str] = []
    listed = 0
    for row in sheet.rows:
        if row.status != UPDATE:
            continue
        for name, new in row.changes.items():
            listed += 1
            if listed > MAX_LISTED:
                continue
            old = row.before.get(name)
            lines.append(
                "  "
                + tr("ExcelReport", "Row {row}: {field}: {old} → {new}").format(
                    row=row.row,
                    field=sheet.header(sheet.mapping.index_of(name))
                    or field_words(sheet, name)
                    or name,
                    old=_shown(old),
                    new=_shown(new),
                )
            )
    if listed > MAX_LISTED:
        lines.append(
            "  " + tr("ExcelReport", "... and {n} more changes.").format(n=listed - MAX_LISTED)
        )
    return lines


def plan_report(plan: ImportPlan, *, warnings: bool = False, changes: bool = False) -> str:
    lines: list[str] = []
    for sheet in plan.sheets:
        c = sheet.counts()
        lines.append(
            tr(
                "ExcelReport",
                "Sheet {sheet} ({kind}): {new} new, {update} to update, {same} unchanged, "
                "{errors} with errors.",
            ).format(
                sheet=sheet.table.sheet,
                kind=sheet.kind,
                new=c.get(NEW, 0),
                update=c.get(UPDATE, 0),
                same=c.get(UNCHANGED, 0),
                errors=c.get(ERROR, 0),
            )
        )
        layout = sheet.table.layout
        if layout is not None and layout.startswith("profile:"):
            lines.append(
                "  "
                + tr("ExcelReport", "Read with the import profile {name}.").format(
                    name=layout.removeprefix("profile:")
                )
            )
        elif layout is not None:
            lines.append(
                "  "
                + tr(
                    "ExcelReport",
                    "Recognised as the Covenant's open data ({layout}): its columns, "
                    "'-' for no value and its statuses are read without --map.",
                ).format(layout=layout)
            )
        filtered = sheet.table.filtered
        if filtered:
            lines.append("  " + tr("ExcelReport", "%n row(s) left out by --where.", None, filtered))
        if changes:
            lines.extend(change_lines(sheet))
        if sheet.mapping.unmatched:
            lines.append(
                "  "
                + tr("ExcelReport", "Ignored columns (use --map to use them): {headers}").format(
                    headers=", ".join(sheet.mapping.unmatched)
                )
            )
        listed = 0
        for row in sheet.rows:
            shown = row.errors if not warnings else row.issues
            for issue in shown:
                listed += 1
                if listed > MAX_LISTED:
                    continue
                lines.append(
                    "  "
                    + tr("ExcelReport", "Row {row}: {message}").format(
                        row=row.row, message=issue_text(sheet, issue)
                    )
                )
        if listed > MAX_LISTED:
            lines.append(
                "  " + tr("ExcelReport", "... and {n} more problems.").format(n=listed - MAX_LISTED)
            )
    return "\n".join(lines)


def field_list(kind: str) -> str:
    """`import --list-fields KIND`: field, type, required, and the headers recognised."""
    spec = IMPORT_SPECS[kind]
    lines = [
        tr("ExcelReport", "Fields of {kind} (field, type, headers EN / RU / TK):").format(kind=kind)
    ]
    for col in spec.importable:
        names = translations(col.context, col.header)
        mark = "*" if col.required else " "
        lines.append(f"{mark} {col.field:<26} {col.type:<14} {' / '.join(names)}")
    lines.append(tr("ExcelReport", "* required"))
    return "\n".join(lines)
