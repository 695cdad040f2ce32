"""Handing a rejected file back: the user's own workbook with each bad cell marked.

The cell turns red and carries a comment explaining the problem in the interface language;
a problem with no single cell (a duplicate row, a missing signatory reference) marks the
row's first cell. The original file is never modified; the copy is written atomically.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from openpyxl.comments import Comment
from openpyxl.styles import PatternFill

from .export import save_atomically
from .plan import ERROR, ImportPlan
from .safe_open import open_workbook

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
AUTHOR = "Coordinator Desk"


def save_annotated(plan: ImportPlan, out: Path) -> int:
    """Write `plan.path` with its errors marked to `out`; returns how many cells were marked."""
    marked = 0
    with open_workbook(plan.path, read_only=False, data_only=False) as wb:
        for sheet in plan.sheets:
            ws = wb[sheet.table.sheet]
            notes: dict[tuple[int, int], list[str]] = defaultdict(list)
            for row in sheet.rows:
                if row.status != ERROR:
                    continue
                for issue in row.errors:
                    column = issue.column if issue.column is not None else 0
                    notes[sheet.table.cell_of(row.row, column)].append(
                        issue.text(sheet.header(issue.column))
                    )
            for (r, c), texts in notes.items():
                cell = ws.cell(row=r, column=c)
                cell.fill = ERROR_FILL
                comment = Comment("\n".join(texts), AUTHOR)
                comment.width, comment.height = 320, 40 + 30 * len(texts)
                cell.comment = comment
                marked += 1
        save_atomically(wb, Path(out))
    return marked
