"""Reading one sheet into header + rows, as offices lay their sheets out.

Office sheets start with a title, a merged banner or a blank line before the real header;
our own export starts with a totals row. The header row is the first row (of the first
few) that looks like column names; rows below it are data until the end of the sheet, as
the sheet's XML holds them (never as its stored dimension claims: see sheet_rows).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from .errors import ExcelFileError, ExcelUsageError
from .safe_open import open_workbook, translate_parse_error
from .sheet_rows import TooWide, iter_sheet_rows
from .vocab import header_index, norm

MAX_ROWS = 100_000
MAX_COLS = 200
HEADER_SCAN_ROWS = 30


@dataclass
class RawTable:
    path: Path
    sheet: str
    sheets: list[str]
    header_row: int
    """1-based row number of the header in the sheet."""
    headers: list[str]
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)
    """(1-based sheet row, values padded to len(headers)); blank rows dropped."""
    filtered: int = 0
    """Rows left out by the user's filters (shaping.py): counted, never listed."""
    layout: str | None = None
    """The official layout (layouts.py) or "profile:NAME" the sheet was read with, if any."""
    source_width: int | None = None
    """Columns that came from the file; shaping appends derived ones after them."""
    cells: list[tuple[int, int]] | None = None
    """(sheet row, 1-based sheet column) of each column, when the table is one record laid
    out down the sheet as label/value rows (the Coordinator profile): a problem then names
    the value's own cell ("B9"), not the column of a header row."""
    issues: list[tuple[int | None, str, dict[str, Any]]] = field(default_factory=list)
    """Layout problems found while reading (unknown or repeated labels): (column, code,
    params), reported as errors of the table's first row."""

    def column_letter(self, index: int) -> str:
        if self.cells is not None and 0 <= index < len(self.cells):
            row, column = self.cells[index]
            return f"{get_column_letter(column)}{row}"
        return get_column_letter(index + 1)

    def cell_of(self, row: int, index: int) -> tuple[int, int]:
        """The sheet cell (row, 1-based column) of `row`'s value in column `index`."""
        if self.cells is not None and 0 <= index < len(self.cells):
            return self.cells[index]
        return row, index + 1


def _is_texty(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _header_score(values: tuple[Any, ...], known: set[str]) -> tuple[int, int]:
    texts = [v for v in values if _is_texty(v)]
    others = [v for v in values if v is not None and not _is_texty(v)]
    matched = sum(1 for v in texts if norm(v) in known)
    if len(texts) < 2 or len(others) > len(texts):
        return (0, 0)
    return (matched, len(texts))


def find_header(rows: list[tuple[Any, ...]], known: set[str]) -> int | None:
    """Index of the header among the first rows: most known names, else first wordy row."""
    best, best_score = None, (0, 0)
    for i, values in enumerate(rows):
        score = _header_score(values, known)
        if score[0] > best_score[0]:
            best, best_score = i, score
    if best is not None:
        return best
    for i, values in enumerate(rows):
        texts = sum(1 for v in values if _is_texty(v))
        filled = sum(1 for v in values if v is not None)
        if texts >= 2 and texts == filled:
            return i
    return None


def _known_headers() -> set[str]:
    from .sheets import IMPORT_SPECS

    known: set[str] = set()
    for kind in IMPORT_SPECS:
        known.update(header_index(kind))
    return known


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value


def read_tables(path: Path, sheet: str | None = None) -> list[RawTable]:
    """Every sheet with a header row (or just `sheet`) of a checked file.

    A sheet without a recognisable header (a cover page, our Summary) is skipped unless it
    was asked for by name.
    """
    path = Path(path)
    with open_workbook(path) as wb:
        names = list(wb.sheetnames)
        if sheet is not None and sheet not in names:
            raise ExcelUsageError("no_sheet", path=str(path), sheet=sheet, sheets=", ".join(names))
        candidates = [sheet] if sheet is not None else names
        known = _known_headers()
        tables: list[RawTable] = []
        first_error: ExcelUsageError | None = None
        for name in candidates:
            try:
                tables.append(_read_sheet(path, wb[name], names, known))
            except ExcelUsageError as exc:
                if exc.code != "no_header" or sheet is not None:
                    raise
                first_error = first_error or exc
            except ExcelFileError:
                raise
            except Exception as exc:  # XML and zip errors surface while iterating
                raise translate_parse_error(path, exc) from exc
        if not tables and first_error is not None:
            raise first_error
        return tables


def read_table(path: Path, sheet: str | None = None) -> RawTable:
    return read_tables(path, sheet)[0]


def _read_sheet(path: Path, ws: Any, names: list[str], known: set[str]) -> RawTable:
    """Header among the first rows, then every row the sheet's XML really holds."""
    rows = iter_sheet_rows(ws, MAX_COLS)
    try:
        head: list[tuple[int, tuple[Any, ...]]] = []
        for number, values in rows:
            head.append((number, values))
            if number >= HEADER_SCAN_ROWS:
                break
        index = find_header([values for _, values in head], known)
        if index is None:
            raise ExcelUsageError(
                "no_header", path=str(path), sheet=ws.title, rows=HEADER_SCAN_ROWS
            )
        header_number, header_values = head[index]
        width = max((i + 1 for i, v in enumerate(header_values) if v is not None), default=0)
        headers = [str(v).strip() if v is not None else "" for v in header_values[:width]]
        table = RawTable(path, ws.title, names, header_number, headers)
        for number, values in head[index + 1 :]:
            _add_row(table, number, values, width)
        for number, values in rows:
            _add_row(table, number, values, width)
            if len(table.rows) > MAX_ROWS:
                raise ExcelFileError(
                    "too_many_rows", path=str(path), sheet=ws.title, limit=MAX_ROWS
                )
    except TooWide as exc:
        raise ExcelFileError(
            "too_many_columns",
            path=str(path),
            sheet=ws.title,
            column=get_column_letter(exc.column),
            limit=MAX_COLS,
        ) from None
    return table


def _add_row(table: RawTable, number: int, values: tuple[Any, ...], width: int) -> None:
    cleaned = tuple(_clean(v) for v in values[:width])
    if not any(v is not None for v in cleaned):
        return
    if len(cleaned) < width:
        cleaned = cleaned + (None,) * (width - len(cleaned))
    table.rows.append((number, cleaned))


def cell_date(value: Any) -> date | None:
    return value if isinstance(value, date) else None
