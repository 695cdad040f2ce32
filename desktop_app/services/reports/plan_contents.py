"""The report's section on what the plans contain: the territory's planned and achieved
CO2 reduction against the targets, the actions by status, the finance mobilised per tonne
and the plans without an energy poverty part (services/action_figures.py, the same rows as
the dashboard and the workbook's Summary)."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import Flowable

from ..action_figures import CTX, STATUS_SHARE, TITLE, ActionFigures, figure_rows, status_rows
from .blocks import figure_table, gap
from .charts import bar_chart
from .doc import CONTENT_WIDTH
from .lang import fmt_decimal, fmt_eur, fmt_int, label, tr
from .sections import h1


def _value(value: Decimal | int | None, unit: str) -> str:
    if value is None:
        return "\u2014"
    if unit == "n":
        return fmt_int(int(value))
    if unit == "eur":
        return fmt_eur(Decimal(value))
    if unit == "pct":
        return fmt_decimal(Decimal(value), 1) + " %"
    return fmt_decimal(Decimal(value), 2)


def plan_contents(af: ActionFigures) -> list[Flowable]:
    rows = [(tr(CTX, text), _value(value, unit)) for text, value, unit in figure_rows(af)]
    shares = status_rows(af)
    rows += [
        (tr(CTX, STATUS_SHARE).format(status=label(st)), _value(share, "pct"))
        for st, _n, share in shares
    ]
    out: list[Flowable] = [h1(tr(CTX, TITLE)), figure_table(rows), gap()]
    if af.actions:
        out.append(
            bar_chart(
                [(label(st), float(n)) for st, n, _s in shares],
                CONTENT_WIDTH,
                lambda v: fmt_int(int(v)),
                tr("Report", "Mitigation actions by status"),
                2,
            )
        )
    return out
