"""Small layout building blocks shared by the report and the fact sheets."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.tables import LINECOMMANDS

from .doc import CONTENT_WIDTH
from .lang import tr
from .styles import (
    ACCENT,
    CELL_FONT_SIZE,
    FONT,
    FONT_BOLD,
    fit,
    paragraph_styles,
    surely_fits,
    table_style,
)


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text), paragraph_styles()[style])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


MAX_LINES = 3
"""A text cell wraps to at most this many lines; only free text is ever shortened after that."""
PAD = 6.5
"""A cell's left and right padding (styles.table_style) and a hair more."""


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: tuple[int, ...] = (),
    empty: str | None = None,
) -> Flowable:
    """A table that splits across pages with its header row repeated.

    Columns are sized to their content: numbers, amounts with their currency, dates and
    other single-word values get the width their longest value needs, so they are never
    cut; the text columns share what is left in proportion to `widths`, and their cells and
    the headers wrap (at most MAX_LINES lines; only free text is shortened beyond that).
    """
    if not rows:
        return para(empty or tr("Report", "None in this period."), "small")
    body_text = [[str(v) for v in r] for r in rows]
    widths = column_widths(header, body_text, widths, numeric)
    head = [wrap_cell(h, w, FONT_BOLD, limit=None) for h, w in zip(header, widths, strict=True)]
    body = [[wrap_cell(v, w, FONT) for v, w in zip(r, widths, strict=True)] for r in body_text]
    return PagedTable(head, body, widths, table_style(numeric))


def grouped_table(
    header: Sequence[str],
    groups: Sequence[tuple[str, Sequence[Sequence[str]]]],
    widths: Sequence[float],
    numeric: tuple[int, ...] = (),
    empty: str | None = None,
) -> Flowable:
    """One table of several groups of rows (a signatory's actions), each under a row that
    names the group across the whole table, in bold; sized as data_table sizes its columns,
    over every group's rows, so the groups line up. Nothing is shortened: text cells wrap
    onto as many lines as they need. A group's name never ends a page."""
    body_text = [[str(v) for v in r] for _title, rows in groups for r in rows]
    if not body_text:
        return para(empty or tr("Report", "None in this period."), "small")
    widths = column_widths(header, body_text, widths, numeric)
    head = [wrap_cell(h, w, FONT_BOLD, limit=None) for h, w in zip(header, widths, strict=True)]
    body: list[list[str]] = []
    titles: list[bool] = []
    full = sum(widths)
    for title, rows in groups:
        body.append([wrap_cell(title, full, FONT_BOLD, limit=None)] + [""] * (len(widths) - 1))
        titles.append(True)
        for r in rows:
            body.append(
                [wrap_cell(str(v), w, FONT, limit=None) for v, w in zip(r, widths, strict=True)]
            )
            titles.append(False)
    return PagedTable(head, body, widths, table_style(numeric), titles)


@lru_cache(maxsize=65_536)
def _width(text: str, font: str) -> float:
    """Cached: annex columns repeat their values (statuses, instruments, dates)."""
    return pdfmetrics.stringWidth(text, font, CELL_FONT_SIZE)


def forget_widths() -> None:
    """Let go of the measured widths once a document's tables are made: the cache holds
    up to 65,536 strings (about 10 MB) that a long layout has better use for."""
    _width.cache_clear()


def _widest(texts: Collection[str], font: str) -> float | None:
    """max(_width(t, font) for t in texts), None if there are none. The longest texts are
    measured first, and none that cannot be wider than the widest so far: no text is wider
    than its length times the widest of the glyphs the texts use (a long annex's columns
    are thousands of distinct names and descriptions, and tens of thousands of words)."""
    if not texts:
        return None
    face = pdfmetrics.getFont(font).face
    glyph, default = face.charWidths.get, face.defaultWidth
    chars: set[str] = set().union(*texts)
    if not chars:
        return 0.0  # empty strings only
    em = max(glyph(ord(ch), default) for ch in chars) * 0.001 * CELL_FONT_SIZE
    best = 0.0
    for text in sorted(texts, key=len, reverse=True):
        if len(text) * em * (1 + 1e-9) < best:
            break  # this and every shorter text are narrower than `best`
        best = max(best, _width(text, font))
    return best


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[float],
    numeric: tuple[int, ...] = (),
) -> list[float]:
    """Widths that fill CONTENT_WIDTH: values that cannot wrap get their full width first."""
    n = len(weights)
    # Each distinct value once: a long annex repeats its statuses, dates and names.
    values = [set(r[c] for r in rows) for c in range(n)]
    longest_word = [
        max(
            [
                w
                for w in (
                    _widest(str(header[c]).split(), FONT_BOLD),
                    _widest({word for v in values[c] for word in v.split()}, FONT),
                )
                if w is not None
            ]
            or [0.0]
        )
        + PAD
        for c in range(n)
    ]
    unbreakable = {
        c
        for c in range(n)
        if c in numeric or all(len(v.split()) <= 1 or _looks_numeric(v) for v in values[c])
    }
    widest = [_widest(values[c], FONT) for c in range(n)]
    del values
    # A figure's column is as wide as its widest value; its header may break instead (a
    # header word wider than every figure of the column would otherwise starve the text).
    need: dict[int, float] = {}
    natural: dict[int, float] = {}
    for c in range(n):
        value = widest[c]
        if c in unbreakable:
            at_least = 0.0 if c in numeric else longest_word[c]
            need[c] = at_least if value is None else max(value + PAD, at_least)
        else:
            head = _width(str(header[c]), FONT_BOLD)
            natural[c] = (head if value is None else max(value, head)) + PAD
    # Everything at its minimum first: unbreakable values whole, text without breaking a word.
    out = [need[c] if c in unbreakable else longest_word[c] for c in range(n)]
    free = [c for c in range(n) if c not in unbreakable]
    extra = CONTENT_WIDTH - sum(out)
    if extra < 0:  # too narrow even so: text columns give way (words break), never values
        squeezable = sum(out[c] - 30.0 for c in free if out[c] > 30.0) or 1.0
        for c in free:
            if out[c] > 30.0:
                out[c] -= min(-extra * (out[c] - 30.0) / squeezable, out[c] - 30.0)
        return out
    # Then the figures' columns grow to their header's longest word, so it does not break.
    header_word = {
        c: max([_width(w, FONT_BOLD) for w in str(header[c]).split()] or [0.0]) + PAD
        for c in unbreakable
    }
    short = {c: header_word[c] - out[c] for c in unbreakable if header_word[c] > out[c]}
    if short:
        scale = min(1.0, extra / sum(short.values()))
        for c, missing in short.items():
            out[c] += missing * scale
        extra -= sum(short.values()) * scale
    # Then the text columns grow toward their natural width, in proportion to the weights.
    while extra > 0.5:
        growing = [c for c in free if out[c] < natural[c] - 0.5]
        if not growing:
            break
        weight = sum(weights[c] for c in growing) or 1.0
        given = 0.0
        for c in growing:
            share = min(extra * weights[c] / weight, natural[c] - out[c])
            out[c] += share
            given += share
        extra -= given
    if extra > 0.5:  # all fit on one line: the rest goes to every column alike
        for c in range(n):
            out[c] += extra / n
    return out


def _looks_numeric(text: str) -> bool:
    """An amount with its currency ("6 641 700,00 AZN"), a signed figure, a date range..."""
    letters = sum(ch.isalpha() for ch in text)
    return letters <= 3 and any(ch.isdigit() for ch in text)


def wrap_cell(text: str, width: float, font: str = FONT, limit: int | None = MAX_LINES) -> str:
    """`text` broken into lines that fit `width` (reportlab draws "\n" as a new line)."""
    room = width - PAD
    if "\n" not in text and surely_fits(text, room, font):
        return text
    text = " ".join(text.split())
    if _width(text, font) <= room:
        return text
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        candidate = f"{line} {word}" if line else word
        if _width(candidate, font) <= room:
            line = candidate
            continue
        if line:
            lines.append(line)
        while _width(word, font) > room and len(word) > 1:  # a word longer than the column
            cut = len(word) - 1
            while cut > 1 and _width(word[:cut] + "-", font) > room:
                cut -= 1
            hyphen = "-" if word[cut - 1].isalpha() and word[cut].isalpha() else ""
            lines.append(word[:cut] + hyphen)
            word = word[cut:]
        line = word
    if line:
        lines.append(line)
    if limit is not None and len(lines) > limit:
        lines = lines[:limit]
        lines[-1] = fit(lines[-1] + " …", width, font)
    return "\n".join(lines)


class PagedTable(Flowable):
    """A long table cut page by page, with the header row on every page.

    reportlab's own splitting rebuilds and re-measures the whole remainder at every page
    break, which grows with the square of the length. Cells here are plain strings whose
    lines are known (wrap_cell), so a row's height is counted from its line count, not
    measured, and only one page of rows is ever turned into a Table.
    """

    def __init__(
        self,
        head: list[str],
        body: list[list[str]],
        widths: list[float],
        style: Any,
        titles: list[bool] | None = None,
    ) -> None:
        super().__init__()
        self.head, self.body, self.widths, self.style = head, body, widths, style
        self.titles = titles if titles is not None else [False] * len(body)
        """Rows that name a group (grouped_table): one bold cell across the table."""
        self._row_h, self._line_h, self._shared = _measure(widths, style)
        self._head_lines = _lines(head)
        self._lines = [_lines(r) for r in body]
        self._head_h = self._row_h + (self._head_lines - 1) * self._line_h
        self._heights = [self._row_h + (n - 1) * self._line_h for n in self._lines]

    def _table(self, rows: list[list[str]], titles: list[bool], lines: list[int]) -> Table:
        marks = [i + 1 for i, title in enumerate(titles) if title]  # row 0 is the header
        shared = self._shared
        if shared is not None:
            cells = [shared.head, *[shared.title if t else shared.body for t in titles]]
            heights = None
            if shared.heights is not None:
                (head_lead, head_pad), (lead, pad), (title_lead, title_pad) = shared.heights
                heights = [head_lead * self._head_lines + head_pad] + [
                    title_lead * n + title_pad if t else lead * n + pad
                    for n, t in zip(lines, titles, strict=True)
                ]
            table = Table(
                [self.head, *rows],
                colWidths=self.widths,
                rowHeights=heights,
                cellStyles=cells,
                normalizedData=1,  # plain strings already
            )
            table.setStyle(shared.rest)
            if marks:
                table.setStyle(TableStyle([("SPAN", (0, row), (-1, row)) for row in marks]))
            return table
        table = Table([self.head, *rows], colWidths=self.widths)
        table.setStyle(self.style)
        if marks:
            table.setStyle(TableStyle([
                cmd for row in marks for cmd in (
                    ("SPAN", (0, row), (-1, row)),
                    *[(op, (0, row), (-1, row), *values) for op, *values in _TITLE_STYLE],
                )
            ]))  # fmt: skip
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._head_h + sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._head_h
        fit_rows = 0
        for h in self._heights:
            if room < h:
                break
            room -= h
            fit_rows += 1
        while fit_rows > 0 and self.titles[fit_rows - 1]:  # a group's name starts a page
            fit_rows -= 1
        if fit_rows < 1 or fit_rows >= len(self.body):
            return []
        rest = PagedTable.__new__(PagedTable)
        Flowable.__init__(rest)
        rest.head, rest.widths, rest.style = self.head, self.widths, self.style
        rest.body, rest.titles = self.body[fit_rows:], self.titles[fit_rows:]
        rest._row_h, rest._line_h, rest._shared = self._row_h, self._line_h, self._shared
        rest._head_lines, rest._head_h = self._head_lines, self._head_h
        rest._lines, rest._heights = self._lines[fit_rows:], self._heights[fit_rows:]
        page = self._table(self.body[:fit_rows], self.titles[:fit_rows], self._lines[:fit_rows])
        return [page, rest]

    def draw(self) -> None:
        table = self._table(self.body, self.titles, self._lines)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _lines(row: list[str]) -> int:
    return max(cell.count("\n") + 1 for cell in row)


_TITLE_STYLE = (
    ("FONT", FONT_BOLD, CELL_FONT_SIZE),
    ("TEXTCOLOR", ACCENT),
    ("TOPPADDING", 2),
)
"""What a group's row (grouped_table) has besides the body rows' style; it spans the table."""
_NOT_CELL = frozenset(
    {"BACKGROUND", "ROWBACKGROUNDS", "COLBACKGROUNDS", "SPAN", "NOSPLIT", "ROUNDEDCORNERS"}
) | frozenset(LINECOMMANDS)
"""Table style commands drawn by the table, not kept in each cell's CellStyle."""


@dataclass(frozen=True)
class _Shared:
    """The cells' styles of a PagedTable's pages, made once for all of them: one CellStyle
    per column for the header row, for a body row and for a group's row. reportlab would
    otherwise make a CellStyle for every cell of every page and apply each font, colour,
    alignment and padding command to each one in turn (a million assignments for a large
    report's annexes), then measure every cell's lines for the row heights; the cells get
    the very same values, and the rows the very same heights."""

    head: list[Any]
    body: list[Any]
    title: list[Any]
    rest: TableStyle
    """The style's other commands (backgrounds, lines), given to each page's table."""
    heights: tuple[tuple[float, float], ...] | None
    """(leading, padding) of the header, a body row and a group's row: a row of n lines
    is leading * n + padding high, as reportlab reckons a row of plain strings. None if
    the columns differ in either (reportlab measures each page's rows then)."""


def _alike(styles: list[Any]) -> list[Any]:
    """The row's cell styles with columns styled alike sharing one CellStyle: reportlab
    compares a cell's colour and font with the previous cell's only when it is another
    style object (Table._drawCell), for every cell drawn."""
    out: list[Any] = []
    seen: list[tuple[dict[str, Any], Any]] = []
    for style in styles:
        attrs = {k: v for k, v in vars(style).items() if k != "name"}
        out.append(next((s for a, s in seen if a == attrs), style))
        if out[-1] is style:
            seen.append((attrs, style))
    return out


def _measure(widths: list[float], style: Any) -> tuple[float, float, _Shared | None]:
    """A one-line body row's height and what each further line adds, as reportlab computes
    them (one tiny measured table), and the styles shared by all pages (None if a command
    addresses other rows than the header, the body or all of them, which shared styles
    could not give: each page's table is styled as usual then)."""
    n = len(widths)
    probe = Table(
        [["Ag"] * n, ["Ag"] * n, ["Ag\nAg"] * n, ["Ag\nAg"] + [""] * (n - 1)], colWidths=widths
    )
    probe.setStyle(style)
    probe.setStyle(TableStyle([
        ("SPAN", (0, 3), (-1, 3)),
        *[(op, (0, 3), (-1, 3), *values) for op, *values in _TITLE_STYLE],
    ]))  # fmt: skip
    probe.wrap(sum(widths), 1000)
    measured = [float(h) for h in probe._rowHeights]
    row_h, line_h = measured[1], measured[2] - measured[1]
    cell_cmds, rest = [], []
    for cmd in style.getCommands():
        if cmd[0] in _NOT_CELL:
            rest.append(cmd)
        elif (cmd[1][1], cmd[2][1]) in ((0, 0), (0, -1), (1, -1)):
            cell_cmds.append(cmd)
        else:
            return row_h, line_h, None
    # Row 0 is the header, row 1 a body row, row 2 a group's row.
    cells = Table([[""] * n for _ in range(3)], colWidths=widths)
    cells.setStyle(TableStyle(cell_cmds))
    cells.setStyle(TableStyle([(op, (0, 2), (-1, 2), *values) for op, *values in _TITLE_STYLE]))
    head, body, title = (_alike(row) for row in cells._cellStyles)
    remaining = TableStyle(rest, **style._opts)
    for attr in ("spaceBefore", "spaceAfter"):
        if hasattr(style, attr):
            setattr(remaining, attr, getattr(style, attr))
    heights: tuple[tuple[float, float], ...] | None = None
    kinds = [
        {(s.leading or 1.2 * s.fontsize, s.bottomPadding + s.topPadding) for s in row}
        for row in (head, body, title)
    ]
    if all(len(k) == 1 for k in kinds):
        heights = tuple(k.pop() for k in kinds)
        # As reportlab itself made them, or it is left to reportlab.
        (hl, hp), (bl, bp), (tl, tp) = heights
        if measured != [hl + hp, bl + bp, bl * 2 + bp, tl * 2 + tp]:
            heights = None
    return row_h, line_h, _Shared(head, body, title, remaining, heights)


def figure_table(rows: Sequence[tuple[str, str]], width: float = CONTENT_WIDTH) -> Table:
    """Label / value pairs: the key figures of a section."""
    table = Table(
        [[wrap_cell(k, width * 0.7, FONT, limit=None), v] for k, v in rows],
        colWidths=[width * 0.7, width * 0.3],
    )
    table.setStyle(table_style((1,), header=False))
    return table


def gap(height: float = 8) -> Spacer:
    return Spacer(1, height)
