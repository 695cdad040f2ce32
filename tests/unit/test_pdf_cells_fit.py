"""A PDF table cell's text never runs past its cell, in any of the three languages.

The cells skipped measuring any text whose length in ems fitted, taking no glyph for wider
than an em; in DejaVu Sans Ж, Ш, Щ, Ю (and bold W, m) are wider, so a Russian status or a
bold header ran up to 9 % past its column. Measured here with reportlab's own widths.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase import pdfmetrics

from desktop_app.services.reports.blocks import PAD, wrap_cell
from desktop_app.services.reports.styles import (
    CELL_FONT_SIZE,
    FONT,
    FONT_BOLD,
    fit,
    register_fonts,
)

register_fonts()
LETTERS = "ЖШЩЮЫМжшщюыфWMmwÄÖÜŽžŇňÝýŞşÇçĞğ agilnt.,-0123456789"
WIDE = "ЖШЩЮМЫжшщюмыWMmw"
TEXTS = st.one_of(st.text(alphabet=WIDE, min_size=1, max_size=40), st.text(LETTERS, min_size=1))
SLACK = st.floats(min_value=-12, max_value=12)  # a column about as wide as the text in ems


def _width(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(text, font, CELL_FONT_SIZE)


@settings(max_examples=400, deadline=None)
@given(TEXTS, SLACK, st.sampled_from([FONT, FONT_BOLD]))
def test_every_wrapped_line_fits_its_cell(text: str, slack: float, font: str) -> None:
    width = max(len(text) * CELL_FONT_SIZE + PAD + slack, 30)
    room = width - PAD
    for line in wrap_cell(text, width, font, limit=None).split("\n"):
        if len(line) > 1:  # a single glyph wider than the column cannot be helped
            assert _width(line, font) <= room + 1e-6, (line, room)


@settings(max_examples=400, deadline=None)
@given(TEXTS, SLACK, st.sampled_from([FONT, FONT_BOLD]))
def test_a_shortened_cell_fits(text: str, slack: float, font: str) -> None:
    width = max(len(text) * CELL_FONT_SIZE + 6 + slack, 20)
    shown = fit(text, width, font)
    assert shown == text or shown.endswith("…")
    if len(shown) > 1:
        assert _width(shown, font) <= width - 6 + 1e-6, (shown, width)


def test_the_russian_words_that_ran_past_their_cell() -> None:
    word = "ЖШЩЮЖШЩЮЖШ"  # ten glyphs, each wider than an em
    width = len(word) * CELL_FONT_SIZE + PAD  # the old shortcut said: fits
    assert _width(word, FONT) > width - PAD  # it does not
    assert all(_width(x, FONT) <= width - PAD for x in wrap_cell(word, width).split("\n"))
    assert _width(fit(word, len(word) * CELL_FONT_SIZE + 6), FONT) <= len(word) * CELL_FONT_SIZE
