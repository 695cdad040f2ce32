"""Streaming one styled sheet: header, live totals, typed cells, dropdowns, no formulas.

openpyxl's write-only mode keeps memory flat for 100,000 rows; the price is that every
row is written in order, so the totals row (row 1) is written before the data and its
ranges come from a count taken first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from . import sheets as S

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TOTAL_FONT = Font(bold=True)
TOTAL_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="9BB7D4")
HEADER_BORDER = Border(bottom=THIN)
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
FIRST_DATA_ROW = 3
EXTRA_VALIDATION_ROWS = 1000
"""Dropdowns reach this far below the data, so rows added in Excel get them too."""


def is_dangerous(text: str) -> bool:
    return text.startswith(DANGEROUS_PREFIXES)


class StreamedSheet(WriteOnlyWorksheet):
    """openpyxl's write-only sheet with one reusable styled cell per column.

    The stock sheet wraps each styled value in a new cell object and, to accept it, first
    tries to bind the cell as a value and formats the resulting exception: most of its
    extra cost. Here a column with a number format reuses its own cell (each is written out
    before the next row is read), and prepared cells are taken as they are.
    """

    column_cells: dict[int, Cell]

    def _values_to_row(self, values: Any, row_idx: int) -> Any:
        plain = WriteOnlyCell(self)
        protos = self.column_cells
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = protos.get(col_idx) or plain
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            yield cell
            if cell is plain and plain.has_style:
                plain = WriteOnlyCell(self)


class ColumnCell(Cell):
    """A column's reusable cell: its style never changes, so its style id is looked up once."""

    __slots__ = ("_sid",)

    @property
    def style_id(self) -> int:
        sid = getattr(self, "_sid", None)
        if sid is None:
            sid = self._sid = super().style_id
        return sid


def create_sheet(wb: Any, title: str) -> StreamedSheet:
    ws = StreamedSheet(parent=wb, title=title)
    ws.column_cells = {}
    wb._add_sheet(sheet=ws)  # what Workbook.create_sheet does for write-only workbooks
    return ws


_TEXTY = (S.TEXT, S.ENUM, S.ENUM_LIST, S.COUNTRY, S.CURRENCY, S.SIGNATORY_LIST)


class SheetWriter:
    """Writes one table sheet laid out as: totals (row 1), header (row 2), data (row 3...)."""

    def __init__(
        self,
        wb: Any,
        title: str,
        columns: tuple[S.Column, ...],
        headers: list[str],
        row_count: int,
        total_label: str,
        lists: dict[str, str] | None = None,
    ) -> None:
        self.ws = create_sheet(wb, _sheet_title(title))
        self.columns = columns
        self.row_count = row_count
        self.written = 0
        self._text_proto = WriteOnlyCell(self.ws, "")
        self._text_proto.quotePrefix = True
        self._styles = self._column_styles()
        self._texty = [i for i, c in enumerate(columns) if c.type in _TEXTY]
        """Columns whose cells may hold text (labels too: a translation could start with -)."""
        for i, col in enumerate(columns, 1):
            self.ws.column_dimensions[get_column_letter(i)].width = col.width
        self.ws.freeze_panes = f"A{FIRST_DATA_ROW}"
        print_landscape(self.ws)
        self.ws.print_title_rows = "2:2"
        last_row = FIRST_DATA_ROW + max(row_count, 1) - 1
        last_col = get_column_letter(len(columns))
        self.ws.auto_filter.ref = f"A2:{last_col}{last_row}"
        declare_size(self.ws, len(columns), FIRST_DATA_ROW + row_count - 1)
        self._validations(lists or {}, last_row)
        self._totals(total_label, last_row)
        self._header(headers)

    def _column_styles(self) -> list[Any]:
        styles: list[Any] = []
        for i, col in enumerate(self.columns, 1):
            fmt = S.NUMBER_FORMATS.get(col.type)
            if fmt is None:
                styles.append(None)
                continue
            proto = ColumnCell(self.ws)
            proto.number_format = fmt
            styles.append(proto._style)
            self.ws.column_cells[i] = proto
        return styles

    def _header(self, headers: list[str]) -> None:
        cells = []
        for text in headers:
            c = WriteOnlyCell(self.ws, text)
            c.data_type = "s"
            c.font, c.fill, c.border = HEADER_FONT, HEADER_FILL, HEADER_BORDER
            c.alignment = Alignment(wrap_text=True, vertical="center")
            cells.append(c)
        self.ws.append(cells)

    def _totals(self, label: str, last_row: int) -> None:
        cells: list[Any] = []
        for i, col in enumerate(self.columns, 1):
            if i == 1:
                c = WriteOnlyCell(self.ws, label)
                c.data_type = "s"
            elif col.total:
                letter = get_column_letter(i)
                c = WriteOnlyCell(
                    self.ws, f"=SUBTOTAL(109,{letter}{FIRST_DATA_ROW}:{letter}{last_row})"
                )
                c.number_format = S.NUMBER_FORMATS.get(col.type, "General")
            else:
                c = WriteOnlyCell(self.ws, None)
            c.font, c.fill = TOTAL_FONT, TOTAL_FILL
            cells.append(c)
        self.ws.append(cells)

    def _validations(self, lists: dict[str, str], last_row: int) -> None:
        end = last_row + EXTRA_VALIDATION_ROWS
        for i, col in enumerate(self.columns, 1):
            ref = None
            if col.type == S.ENUM and col.enum is not None:
                ref = lists.get(col.enum.__name__)
            elif col.type in (S.COUNTRY, S.CURRENCY):
                ref = lists.get(col.type)
            if ref is None:
                continue
            dv = DataValidation(type="list", formula1=ref, allow_blank=True)
            dv.showErrorMessage = True
            letter = get_column_letter(i)
            dv.add(f"{letter}{FIRST_DATA_ROW}:{letter}{end}")
            self.ws.data_validations.append(dv)

    def append(self, values: Iterable[Any]) -> None:
        """One data row; text that a spreadsheet would run as a formula stays text."""
        row = list(values)
        for i in self._texty:
            value = row[i]
            if type(value) is str and value and value[0] in "=+-@\t\r":
                c = WriteOnlyCell(self.ws, value)
                c.data_type = "s"
                c._style = self._text_proto._style
                row[i] = c
        self.ws.append(row)
        self.written += 1


def declare_size(ws: Any, columns: int, rows: int) -> None:
    """Write the sheet's `<dimension>`, known before its first row: openpyxl's write-only
    sheet leaves it out, and a reader that trusts it (openpyxl's read-only mode, which our
    own importer also opens) then parsed each whole sheet once just to learn its size: a
    quarter of importing our own export. Our importer never trusts it (sheet_rows)."""
    ref = f"A1:{get_column_letter(max(columns, 1))}{max(rows, 1)}"
    ws.calculate_dimension = lambda: ref  # what openpyxl's sheet writer asks for


def print_landscape(ws: Any) -> None:
    """Printed or converted to PDF, a sheet is as wide as the page and as long as needed."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _sheet_title(title: str) -> str:
    """Excel's rules: at most 31 characters, none of []:*?/\\."""
    for ch in "[]:*?/\\":
        title = title.replace(ch, " ")
    return title[:31]


def write_lists(wb: Any, title: str, lists: dict[str, list[str]]) -> dict[str, str]:
    """A hidden sheet holding each dropdown's choices; returns key -> range formula."""
    ws = wb.create_sheet(title=_sheet_title(title))
    ws.sheet_state = "hidden"
    keys = list(lists)
    longest = max((len(v) for v in lists.values()), default=0)
    declare_size(ws, len(keys), longest)
    for r in range(longest):
        row = []
        for key in keys:
            items = lists[key]
            if r < len(items):
                c = WriteOnlyCell(ws, items[r])
                c.data_type = "s"
                row.append(c)
            else:
                row.append(None)
        ws.append(row)
    sheet = quote_sheetname(ws.title)
    refs: dict[str, str] = {}
    for i, key in enumerate(keys, 1):
        letter = get_column_letter(i)
        refs[key] = f"{sheet}!${letter}$1:${letter}${max(len(lists[key]), 1)}"
    return refs
