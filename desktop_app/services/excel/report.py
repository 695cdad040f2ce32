"""The import preview as text: what the CLI prints and the wizard's summary shows."""

from __future__ import annotations

from ...i18n import tr
from .plan import ERROR, NEW, UNCHANGED, UPDATE, ImportPlan
from .sheets import IMPORT_SPECS
from .vocab import translations

MAX_LISTED = 200
"""Errors listed per sheet; the rest are counted (the annotated file has them all)."""


def plan_report(plan: ImportPlan, *, warnings: bool = False) -> str:
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
