"""The rows a sheet really holds, read from its XML, not from what it says it holds.

openpyxl's read-only worksheet trusts the `<dimension>` a file declares: a sheet that says
A1:F2 but holds rows 2-10 yields two rows, silently dropping the rest, and one that holds a
single cell in row 1,048,576 is walked row by empty row. Real sheets from other programs
carry stale dimensions often, so the importer reads the XML stream itself: each `<row>`
present, by its own number, nothing in between. It leans on openpyxl's own sheet parser
(`WorkSheetParser`), so every cell type is decoded exactly as openpyxl would.

A formula cell whose file carries no calculated value (written by a script, never opened in
Excel) would read as empty under `data_only`; it comes back as `Uncalculated` so the
importer can say so instead of importing nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser


@dataclass(frozen=True)
class Uncalculated:
    """A formula cell saved without its last calculated value."""

    formula: str

    def __str__(self) -> str:
        return self.formula


class TooWide(Exception):
    """A row has a value beyond the column limit the caller set."""

    def __init__(self, row: int, column: int) -> None:
        super().__init__(row, column)
        self.row, self.column = row, column


class _Parser(WorkSheetParser):  # type: ignore[misc]
    def parse_cell(self, element: Any) -> dict[str, Any]:
        cell: dict[str, Any] = super().parse_cell(element)
        if cell["value"] is None and self.data_only:
            formula = element.find(FORMULA_TAG)
            if formula is not None:
                cell["value"] = Uncalculated("=" + (formula.text or ""))
        return cell


def iter_sheet_rows(ws: Any, max_col: int | None = None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(1-based row number, values) for every row present in the sheet, in order.

    Values run from column A to the row's last cell, gaps filled with None; a value beyond
    `max_col` raises TooWide (empty or styled cells out there are ignored). Works on
    read-only worksheets (the importer's); a normal worksheet is walked through openpyxl's
    own iterator, which already knows its real extent.
    """
    if not hasattr(ws, "_get_source"):
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            yield number, _trimmed(number, tuple(row), max_col)
        return
    wb = ws.parent
    with ws._get_source() as src:  # noqa: SLF001 - openpyxl's documented read-only source
        parser = _Parser(
            src,
            ws._shared_strings,  # noqa: SLF001
            data_only=wb.data_only,
            epoch=wb.epoch,
            date_formats=wb._date_formats,  # noqa: SLF001
            timedelta_formats=wb._timedelta_formats,  # noqa: SLF001
        )
        for number, cells in parser.parse():
            filled = [c for c in cells if c["value"] is not None and c["value"] != ""]
            if not filled:
                continue
            last = max(c["column"] for c in filled)
            if max_col is not None and last > max_col:
                raise TooWide(number, last)
            values: list[Any] = [None] * last
            for cell in filled:
                values[cell["column"] - 1] = cell["value"]
            yield number, tuple(values)


def _trimmed(number: int, values: tuple[Any, ...], max_col: int | None) -> tuple[Any, ...]:
    if max_col is None or len(values) <= max_col:
        return values
    for i in range(len(values) - 1, max_col - 1, -1):
        if values[i] is not None and values[i] != "":
            raise TooWide(number, i + 1)
    return values[:max_col]
