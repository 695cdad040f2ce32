"""The report's section on the territory's emissions: baseline and latest (sum over the
signatories, per capita), the change, a chart by sector (baseline beside latest), the
signatories whose latest inventory is too old, each signatory's inventories, and the
factor table the figures were computed with."""

from __future__ import annotations

from decimal import Decimal

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.platypus import Flowable

from ...domain.enums import CONSUMPTION_SECTORS, InventorySector, InventoryType
from ..inventories import InventoryRow, TerritoryEmissions
from .blocks import data_table, figure_table, gap, para
from .doc import CONTENT_WIDTH
from .lang import code_label, fmt_decimal, fmt_int, tr
from .sections import h1, h2
from .styles import FONT, INK, MUTED, RULE, SERIES, fit


def _t(value: Decimal | None, places: int = 0) -> str:
    return "\u2014" if value is None else fmt_decimal(value, places)


def sector_chart(e: TerritoryEmissions, width: float = CONTENT_WIDTH) -> Drawing:
    """Horizontal bars per sector: baseline (first series) beside latest (second)."""
    items = [
        (code_label(InventorySector, s.value), float(e.baseline_by_sector.get(s.value, 0)),
         float(e.latest_by_sector.get(s.value, 0)))  # fmt: skip
        for s in CONSUMPTION_SECTORS
        if e.baseline_by_sector.get(s.value) or e.latest_by_sector.get(s.value)
    ]
    bar, label_width, value_room, title_room, legend = 9, min(170.0, width * 0.38), 70.0, 16, 14
    height = max(1, len(items)) * (2 * bar + 6) + 8 + title_room + legend
    d = Drawing(width, height, initialFontName=FONT, initialFontSize=8)
    d.add(String(0, height - 11, tr("Report", "Emissions by sector, baseline vs latest, t"),
                 fontName=FONT, fontSize=9, fillColor=INK))  # fmt: skip
    for i, text in enumerate((tr("Report", "Baseline"), tr("Report", "Latest"))):
        x = label_width + i * 110
        d.add(Rect(x, height - title_room - 10, 8, 8, fillColor=SERIES[i], strokeColor=None))
        d.add(String(x + 12, height - title_room - 9, text, fontName=FONT, fontSize=8,
                     fillColor=MUTED))  # fmt: skip
    if not items:
        return d
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 4
    chart.width = width - label_width - value_room
    chart.height = height - 8 - title_room - legend
    # Within a group the first series is drawn lowest: latest first, so baseline is on top.
    chart.data = [[x for _l, _b, x in reversed(items)], [b for _l, b, _x in reversed(items)]]
    chart.categoryAxis.categoryNames = [fit(lbl, label_width - 4, FONT, 8)
                                        for lbl, _b, _x in reversed(items)]  # fmt: skip
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.visible = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(b, x) for _l, b, x in items) or 1
    chart.barWidth = bar
    chart.barSpacing = 0
    chart.groupSpacing = 6
    for i in range(2):
        chart.bars[i].fillColor = SERIES[1 - i]
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = lambda v: fmt_decimal(Decimal(str(round(v))), 0)
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = MUTED
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def emissions(e: TerritoryEmissions, rows: list[InventoryRow]) -> list[Flowable]:
    change = e.change_percent
    out: list[Flowable] = [
        h1(tr("Report", "Emissions of the territory")),
        para(
            tr("Report", "Sum over the signatories of their baseline inventory and of their "
               "latest inventory; emissions computed from final energy consumption with the "
               "emission factors of table {version}.").format(version=e.version),
            "small",
        ),  # fmt: skip
        gap(4),
        figure_table(
            [
                (tr("Report", "Signatories with an emission inventory"), fmt_int(e.signatories)),
                (tr("Report", "Baseline emissions, t"), _t(e.baseline_total)),
                (tr("Report", "Latest emissions, t"), _t(e.latest_total)),
                (tr("Report", "Change against the baseline"),
                 "\u2014" if change is None else fmt_decimal(change, 1) + " %"),  # fmt: skip
                (tr("Report", "Baseline emissions per inhabitant, t"),
                 _t(e.baseline_per_capita, 2)),  # fmt: skip
                (tr("Report", "Latest emissions per inhabitant, t"), _t(e.latest_per_capita, 2)),
                (tr("Report", "Latest inventory older than {year}").format(year=e.stale_before),
                 fmt_int(len(e.stale))),  # fmt: skip
            ]
        ),
        gap(),
        sector_chart(e),
        gap(),
    ]
    if e.stale:
        out += [
            h2(tr("Report", "Signatories whose latest inventory is older than {year}").format(
                year=e.stale_before)),  # fmt: skip
            data_table(
                [tr("Report", "Signatory"), tr("Report", "Latest inventory year")],
                [[name, str(year)] for _i, name, year in e.stale],
                [3.0, 1.0],
                numeric=(1,),
            ),
            gap(),
        ]
    out += [
        h2(tr("Report", "Emission inventories")),
        data_table(
            [tr("Report", "Signatory"), tr("Report", "Type"), tr("Report", "Year"),
             tr("Report", "Population"), tr("Report", "Final energy, MWh"),
             tr("Report", "Emissions, t")],  # fmt: skip
            [
                [r.signatory_name, code_label(InventoryType, r.inventory_type), str(r.year),
                 "" if r.population is None else fmt_int(r.population),
                 _t(r.emissions.total_mwh), _t(r.emissions.total)]  # fmt: skip
                for r in rows
            ],
            [2.2, 1.4, 0.6, 0.9, 1.1, 1.0],
            numeric=(2, 3, 4, 5),
            empty=tr("Report", "No emission inventories recorded."),
        ),
    ]
    return out
