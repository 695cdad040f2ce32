"""Small layout building blocks shared by the report and the fact sheets."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer, Table

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
    table = LongTable([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(table_style(numeric))
    return table


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
