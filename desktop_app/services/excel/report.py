"""The import preview as text: what the CLI prints and the wizard's summary shows."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ...i18n import tr
from .plan import ERROR, NEW, UNCHANGED, UPDATE, ImportPlan, SheetPlan
from .sheets import IMPORT_SPECS
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
                    field=sheet.header(sheet.mapping.index_of(name)) or name,
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
                where = sheet.header(issue.column)
                lines.append(
                    "  "
                    + tr("ExcelReport", "Row {row}: {message}").format(
                        row=row.row, message=issue.text(where)
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
