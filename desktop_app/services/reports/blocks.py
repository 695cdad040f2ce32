"""Small layout building blocks shared by the report and the fact sheets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from .doc import CONTENT_WIDTH
from .lang import tr
from .styles import FONT, FONT_BOLD, fit, paragraph_styles, table_style


def para(text: str, style: str = "body") -> Paragraph:
    return Paragraph(_escape(text), paragraph_styles()[style])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: tuple[int, ...] = (),
    empty: str | None = None,
) -> Flowable:
    """A table that splits across pages with its header row repeated.

    Cells are plain strings cut to the column width; LongTable stops measuring rows once a
    page is full, so a 10,000-row annex splits in linear time.
    """
    if not rows:
        return para(empty or tr("Report", "None in this period."), "small")
    scale = CONTENT_WIDTH / sum(widths)
    widths = [w * scale for w in widths]
    head = [fit(h, w, FONT_BOLD) for h, w in zip(header, widths, strict=True)]
    body = [[fit(str(v), w, FONT) for v, w in zip(r, widths, strict=True)] for r in rows]
    return PagedTable(head, body, widths, table_style(numeric))


class PagedTable(Flowable):
    """A long table cut page by page, with the header row on every page.

    reportlab's own splitting rebuilds and re-measures the whole remainder at every page
    break, which grows with the square of the length. Cells here are single-line strings,
    so every row has the same height: the rows that fit are counted, not measured, and only
    one page of rows is ever turned into a Table.
    """

    def __init__(
        self, head: list[str], body: list[list[str]], widths: list[float], style: Any
    ) -> None:
        super().__init__()
        self.head, self.body, self.widths, self.style = head, body, widths, style
        self._row_h, self._head_h = _row_heights(widths, style)

    def _table(self, rows: list[list[str]]) -> Table:
        table = Table([self.head, *rows], colWidths=self.widths)
        table.setStyle(self.style)
        return table

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._head_h + self._row_h * len(self.body)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        fit_rows = int((avail_height - self._head_h) // self._row_h)
        if fit_rows < 1 or fit_rows >= len(self.body):
            return []
        rest = PagedTable.__new__(PagedTable)
        Flowable.__init__(rest)
        rest.head, rest.widths, rest.style = self.head, self.widths, self.style
        rest.body = self.body[fit_rows:]
        rest._row_h, rest._head_h = self._row_h, self._head_h
        return [self._table(self.body[:fit_rows]), rest]

    def draw(self) -> None:
        table = self._table(self.body)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def _row_heights(widths: list[float], style: Any) -> tuple[float, float]:
    """Header and body row heights as reportlab computes them (one tiny measured table)."""
    probe = Table([["Ag"] * len(widths), ["Ag"] * len(widths)], colWidths=widths)
    probe.setStyle(style)
    probe.wrap(sum(widths), 1000)
    heights = probe._rowHeights
    return float(heights[1]), float(heights[0])


def figure_table(rows: Sequence[tuple[str, str]], width: float = CONTENT_WIDTH) -> Table:
    """Label / value pairs: the key figures of a section."""
    table = Table(
        [[fit(k, width * 0.7, FONT), v] for k, v in rows],
        colWidths=[width * 0.7, width * 0.3],
    )
    table.setStyle(table_style((1,), header=False))
    return table


def gap(height: float = 8) -> Spacer:
    return Spacer(1, height)
