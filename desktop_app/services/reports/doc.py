"""The A4 document shell: header, footer, "page X of Y", contents, outline, metadata.

Everything is laid out in one pass. Pages are kept until the end (as in the classic
"numbered canvas" recipe), so the total page count and the contents (whose page numbers
are only known at the end) are drawn then; a second layout pass (multiBuild) would double
the time of a large report. A kept page's drawing is held compressed, and each finished
page's stream is compressed as soon as it is final: reportlab would otherwise hold every
page as text until the file is written (a 735-page report: 28 MB of small strings while
laying out, then 13 MB of page text). The file's bytes are the same either way.
`invariant=1` makes reportlab leave the clock and random ids out of the file: the same data
and request give the same bytes.
"""

from __future__ import annotations

import base64
import inspect
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import rl_accel
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from ..atomic import atomic_path
from .styles import ACCENT, FONT, FONT_BOLD, INK, MUTED, RULE, paragraph_styles, register_fonts

MARGIN = 18 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN


@dataclass
class DocInfo:
    title: str
    subject: str
    author: str
    language: str
    header_left: str
    header_right: str
    footer_left: str
    page_label: str
    """Translated "Page {page} of {pages}"."""
    contents_title: str = ""
    has_cover: bool = True
    """The first page is a cover and gets no header or footer."""


@dataclass
class _Layout:
    headings: list[tuple[int, str, int, str]] = field(default_factory=list)
    contents_at: tuple[int, float, float, float] | None = None
    """Page, x, top y and width of the reserved contents area."""


class Heading(Paragraph):
    """A heading that appears in the contents and in the PDF outline."""

    def __init__(self, text: str, style: Any, level: int = 0) -> None:
        super().__init__(text, style)
        self.toc_level = level
        self.toc_text = text


class ContentsArea(Flowable):
    """Reserves the rest of the page; the entries are drawn once page numbers are known."""

    def __init__(self, layout: _Layout) -> None:
        super().__init__()
        self._layout = layout

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, avail_height - 1
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self._layout.contents_at = (canvas.getPageNumber(), x, y + self.height, self.width)

    def draw(self) -> None:
        pass


def _canvas_class(info: DocInfo, layout: _Layout) -> type[Canvas]:
    class ReportCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            state = dict(self.__dict__)
            # One compressed block instead of the page's thousands of drawing operators.
            state["_code"] = zlib.compress("\n".join(self._code).encode("utf-8"), 1)
            self._pages.append(state)
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                code = zlib.decompress(state["_code"]).decode("utf-8")
                self._code = [code] if code else []
                page = self.getPageNumber()
                if page > 1 or not info.has_cover:
                    _decorate(self, info, page, total)
                if layout.contents_at and layout.contents_at[0] == page:
                    _draw_contents(self, layout)
                for level, text, at, key in layout.headings:
                    if at == page:
                        self.bookmarkPage(key, fit="FitH", top=PAGE_HEIGHT)
                        self.addOutlineEntry(text, key, level=level)
                Canvas.showPage(self)
                _compress_stream(self._doc.Pages.pages[-1])
            self._pages = []
            Canvas.save(self)

    return ReportCanvas


def _compress_stream(page: pdfdoc.PDFPage) -> None:
    """Encode a finished page's stream now, as reportlab would when it writes the file
    (PDFPage.check_format and PDFStream.format: the same filters in the same order, so the
    same bytes), so the document holds its pages compressed, not all of their text at once."""
    if not page.compression or not page.stream or page.Contents:
        return  # reportlab's own path
    filters = [pdfdoc.PDFZCompress]
    if rl_config.useA85:
        filters.insert(0, pdfdoc.PDFBase85Encode)
    content = page.stream
    for f in reversed(filters):
        content = _a85(content) if f is pdfdoc.PDFBase85Encode else f.encode(content)
    if isinstance(content, str):
        # Base-85 text is ASCII, which reportlab's PDFDocEncoding codec (a Python charmap,
        # run over every stream as the file is written) leaves as it is.
        content = content.encode("ascii")
    stream = pdfdoc.PDFStream(content=content)
    stream.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(f.pdfname) for f in filters])
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None


_C_A85 = inspect.isbuiltin(rl_accel.asciiBase85Encode)
"""reportlab's base-85 encoder is its C accelerator's."""


def _a85(data: bytes) -> str:
    """PDFBase85Encode.encode. Without reportlab's C accelerator (rl_accel) its encoder is
    a Python loop over every four bytes (a few percent of a large report's time), so the
    standard library's encoder is used instead, to the same text: "z" for four zero bytes,
    the last group cut to its length, "~>" at the end, then reportlab's line wrapping if it
    is on. The accelerator's encoder is faster still: it is used when it is there."""
    if _C_A85:
        return str(pdfdoc.PDFBase85Encode.encode(data))
    text = base64.a85encode(data).decode("ascii") + "~>"
    if rl_config.wrapA85:
        from reportlab.pdfbase.pdfutils import _wrap

        text = _wrap(text)
    return text


def _decorate(c: Canvas, info: DocInfo, page: int, total: int) -> None:
    c.saveState()
    top = PAGE_HEIGHT - MARGIN + 6 * mm
    c.setFont(FONT_BOLD, 8)
    c.setFillColor(ACCENT)
    c.drawString(MARGIN, top, info.header_left)
    c.setFont(FONT, 8)
    c.setFillColor(MUTED)
    c.drawRightString(PAGE_WIDTH - MARGIN, top, info.header_right)
    c.setStrokeColor(RULE)
    c.setLineWidth(0.5)
    c.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
    bottom = MARGIN - 9 * mm
    c.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
    c.drawString(MARGIN, bottom, info.footer_left)
    c.drawRightString(PAGE_WIDTH - MARGIN, bottom, info.page_label.format(page=page, pages=total))
    c.restoreState()


def _draw_contents(c: Canvas, layout: _Layout) -> None:
    assert layout.contents_at is not None
    _, x, y, width = layout.contents_at
    c.saveState()
    c.setFillColor(INK)
    for level, text, page, _key in layout.headings:
        if y < MARGIN + 10:
            break
        indent = 8 * mm * level
        size = 10.5 if level == 0 else 9
        c.setFont(FONT_BOLD if level == 0 else FONT, size)
        c.drawString(x + indent, y - size, text)
        number = str(page)
        c.drawRightString(x + width, y - size, number)
        text_end = x + indent + c.stringWidth(text, FONT_BOLD if level == 0 else FONT, size) + 4
        dots_end = x + width - c.stringWidth(number, FONT, size) - 4
        c.setStrokeColor(RULE)
        c.setDash(1, 2)
        c.line(text_end, y - size, dots_end, y - size)
        c.setDash()
        y -= size + (9 if level == 0 else 6)
    c.restoreState()


class _Template(BaseDocTemplate):
    def __init__(self, filename: str, info: DocInfo, layout: _Layout, **kw: Any) -> None:
        super().__init__(
            filename,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="Coordinator Desk",
            producer="Coordinator Desk (ReportLab)",
            lang=info.language,
            invariant=1,
            initialFontName=FONT,
            initialFontSize=9,
            **kw,
        )
        self._layout = layout
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", showBoundary=0
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        if isinstance(flowable, Heading):
            key = f"h{len(self._layout.headings)}"
            # Pages are emitted at the end (see ReportCanvas), so the outline is too.
            self._layout.headings.append((flowable.toc_level, flowable.toc_text, self.page, key))


def build_pdf(
    path: Path,
    info: DocInfo,
    make_story: Callable[[_Layout], Sequence[Flowable]],
) -> int:
    """Lay out the story into `path` atomically; returns the page count."""
    register_fonts()
    layout = _Layout()
    with atomic_path(path) as tmp:
        doc = _Template(str(tmp), info, layout)
        story = list(make_story(layout))
        doc.build(story, canvasmaker=_canvas_class(info, layout))
        pages: int = doc.page
    return pages


def contents_flowables(info: DocInfo, layout: _Layout) -> list[Flowable]:
    styles = paragraph_styles()
    return [Paragraph(info.contents_title, styles["h1"]), ContentsArea(layout)]
