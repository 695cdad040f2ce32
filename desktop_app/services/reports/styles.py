"""Fonts and paragraph/table styles shared by the report and the fact sheets.

DejaVu Sans ships with the application (resources/fonts, with its licence) and is embedded
in every PDF: the same file on Windows and Linux, and no Turkmen or Cyrillic letter becomes
a box. Only the glyphs used are embedded (subsetting), which keeps files small.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#0b4f8a")
ACCENT_LIGHT = colors.HexColor("#e4edf6")
RULE = colors.HexColor("#c3ccd6")
ZEBRA = colors.HexColor("#f5f7fa")
WARN = colors.HexColor("#9b2c2c")
SERIES = [
    colors.HexColor(c)
    for c in ("#0b4f8a", "#2f9e8f", "#e0a526", "#c2533c", "#7a5195", "#5c8a2a", "#8c6d46")
]


def font_dir() -> Path:
    """resources/fonts in a checkout; beside the package in a frozen build."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[2]):
        candidate = base / "resources" / "fonts"
        if (candidate / "DejaVuSans.ttf").exists():
            return candidate
    raise FileNotFoundError("resources/fonts/DejaVuSans.ttf")


@cache
def register_fonts() -> None:
    folder = font_dir()
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )


@cache
def paragraph_styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "cell_right": ParagraphStyle(
            "cell_right", parent=base, fontSize=8, leading=10, alignment=TA_RIGHT
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=FONT_BOLD, fontSize=24, leading=30, textColor=ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=13, leading=18, textColor=INK),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4,
            spaceAfter=8,
            textColor=ACCENT,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            spaceBefore=8,
            spaceAfter=4,
        ),
        "note": ParagraphStyle("note", parent=base, fontSize=8.5, leading=11, textColor=WARN),
        "toc": ParagraphStyle("toc", parent=base, fontSize=11, leading=20, alignment=TA_LEFT),
    }


CELL_FONT_SIZE = 8


def table_style(numeric_columns: tuple[int, ...] = (), header: bool = True) -> TableStyle:
    register_fonts()
    cmds: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), FONT, CELL_FONT_SIZE),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]),
    ]
    if header:
        cmds += [
            ("FONT", (0, 0), (-1, 0), FONT_BOLD, CELL_FONT_SIZE),
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT_LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    for col in numeric_columns:
        cmds.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    return TableStyle(cmds)


@cache
def ascii_em(font: str) -> float:
    """The widest printable ASCII glyph of `font`, in ems (bold W and m are wider than an
    em; many Cyrillic and other glyphs wider still, up to two ems)."""
    face = pdfmetrics.getFont(font).face
    glyph, default = face.charWidths.get, face.defaultWidth
    return max(glyph(c, default) for c in range(32, 127)) / 1000


def surely_fits(text: str, room: float, font: str = FONT, size: float = CELL_FONT_SIZE) -> bool:
    """Whether `text` fits `room` points without measuring it: plain ASCII no wider than
    its length times the font's widest ASCII glyph. Anything else is measured. (The old
    shortcut took every glyph for at most an em wide, and Russian words with Ж, Ш, Щ, Ю
    or bold headers ran up to 9 % past their cell.)"""
    return text.isascii() and len(text) * size * ascii_em(font) <= room


def fit(text: str, width: float, font: str = FONT, size: float = CELL_FONT_SIZE) -> str:
    """Shorten plain text to a column with an ellipsis.

    Table cells hold plain strings rather than Paragraphs: wrapping thousands of annex rows
    would cost more than the rest of the report together.
    """
    text = " ".join(text.split()) if "\n" in text or "\r" in text else text
    limit = width - 6  # cell padding
    if surely_fits(text, limit, font, size):
        return text
    if pdfmetrics.stringWidth(text, font, size) <= limit:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if pdfmetrics.stringWidth(text[:mid] + "…", font, size) <= limit:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"
