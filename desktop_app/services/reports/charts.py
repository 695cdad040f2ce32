"""Charts drawn with reportlab.graphics: vector, embedded fonts, no extra dependency."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String

from .styles import FONT, INK, MUTED, RULE, SERIES, fit


def bar_chart(
    items: Sequence[tuple[str, float]],
    width: float,
    value_text: Callable[[float], str] = lambda v: f"{v:,.0f}",
    title: str = "",
    colour_index: int = 0,
) -> Drawing:
    """Horizontal bars, largest first as given, labels left and values at the bar ends."""
    bar = 13
    label_width = min(170.0, width * 0.38)
    value_room = 70.0
    title_room = 16 if title else 0
    height = max(1, len(items)) * (bar + 5) + 8 + title_room
    # Without an initial font the renderer selects Helvetica, which is never embedded.
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    if title:
        d.add(String(0, height - 11, title, fontName=FONT, fontSize=9, fillColor=INK))
    if not items:
        return d
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 4
    chart.width = width - label_width - value_room
    chart.height = height - 8 - title_room
    values = [float(v) for _, v in items]
    # The first item at the top: the category axis runs bottom-up.
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [
        fit(lbl, label_width - 4, FONT, 8) for lbl, _ in reversed(items)
    ]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(values) or 1
    chart.barWidth = bar
    chart.barSpacing = 0
    chart.groupSpacing = 5
    chart.bars[0].fillColor = SERIES[colour_index % len(SERIES)]
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: value_text(v)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d
