"""Small layout building blocks shared by the report and the fact sheets."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .doc import CONTENT_WIDTH
from .lang import tr
from .styles import (
    ACCENT,
    CELL_FONT_SIZE,
    FONT,
    FONT_BOLD,
    fit,
    paragraph_styles,
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


def column_widths(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    weights: Sequence[float],
    numeric: tuple[int, ...] = (),
) -> list[float]:
    """Widths that fill CONTENT_WIDTH: values that cannot wrap get their full width first."""
    n = len(weights)
    longest_word = [
        max(
            [_width(word, FONT_BOLD) for word in str(header[c]).split()]
            + [_width(word, FONT) for r in rows for word in r[c].split()]
            or [0.0]
        )
        + PAD
        for c in range(n)
    ]
    unbreakable = {
        c
        for c in range(n)
        if c in numeric or all(len(r[c].split()) <= 1 or _looks_numeric(r[c]) for r in rows)
    }
    # A figure's column is as wide as its widest value; its header may break instead (a
    # header word wider than every figure of the column would otherwise starve the text).
    need = {
        c: max([_width(r[c], FONT) + PAD for r in rows] + [0 if c in numeric else longest_word[c]])
        for c in unbreakable
    }
    natural = {
        c: max([_width(r[c], FONT) for r in rows] + [_width(str(header[c]), FONT_BOLD)]) + PAD
        for c in range(n)
        if c not in unbreakable
    }
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
    if len(text) * CELL_FONT_SIZE <= room and "\n" not in text:
        return text  # no glyph is wider than an em: fits without measuring
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
        self._row_h, self._line_h = _row_heights(widths, style)
        self._head_h = self._height(head)
        self._heights = [self._height(r) for r in body]

    def _height(self, row: list[str]) -> float:
        lines = max(cell.count("\n") + 1 for cell in row)
        return self._row_h + (lines - 1) * self._line_h

    def _table(self, rows: list[list[str]], titles: list[bool]) -> Table:
        table = Table([self.head, *rows], colWidths=self.widths)
        table.setStyle(self.style)
        marks = [i + 1 for i, title in enumerate(titles) if title]  # row 0 is the header
        if marks:
            table.setStyle(TableStyle([
                cmd for row in marks for cmd in (
                    ("SPAN", (0, row), (-1, row)),
                    ("FONT", (0, row), (-1, row), FONT_BOLD, CELL_FONT_SIZE),
                    ("TEXTCOLOR", (0, row), (-1, row), ACCENT),
                    ("TOPPADDING", (0, row), (-1, row), 2),
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
        rest._row_h, rest._line_h, rest._head_h = self._row_h, self._line_h, self._head_h
        rest._heights = self._heights[fit_rows:]
        return [self._table(self.body[:fit_rows], self.titles[:fit_rows]), rest]

    def draw(self) -> None:
        table = self._table(self.body, self.titles)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _row_heights(widths: list[float], style: Any) -> tuple[float, float]:
    """A one-line body row's height and what each further line adds, as reportlab computes
    them (one tiny measured table)."""
    probe = Table([["Ag"] * len(widths), ["Ag"] * len(widths), ["Ag\nAg"] * len(widths)],
                  colWidths=widths)  # fmt: skip
    probe.setStyle(style)
    probe.wrap(sum(widths), 1000)
    heights = probe._rowHeights
    return float(heights[1]), float(heights[2] - heights[1])


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
