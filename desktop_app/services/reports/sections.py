"""One section per commitment of a Covenant Coordinator, then the annexes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from itertools import groupby
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from ...domain import kinds
from ...domain.enums import (
    ActivityType,
    Audience,
    ExtensionSubject,
    FinanceStatus,
    FundingSource,
    Instrument,
    PlanStatus,
    SignatoryStatus,
)
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.kinds import hints
from ..figures import NO_PLAN, KeyFigures, OverdueItem
from .blocks import data_table, figure_table, gap, grouped_table, para
from .charts import bar_chart
from .data import Row
from .doc import CONTENT_WIDTH, Heading
from .lang import (
    code_label,
    country,
    fmt_decimal,
    fmt_eur,
    fmt_int,
    fmt_money,
    fmt_short_date,
    tr,
)
from .styles import paragraph_styles


def h1(text: str) -> Heading:
    return Heading(text, paragraph_styles()["h1"], 0)


def h2(text: str, in_contents: bool = False) -> Flowable:
    if in_contents:
        return Heading(text, paragraph_styles()["h2"], 1)
    return para(text, "h2")


def plan_status_label(code: str) -> str:
    return tr("Report", "No plan yet") if code == NO_PLAN else code_label(PlanStatus, code)


def promotion(f: KeyFigures) -> list[Flowable]:
    p = f.promotion
    out: list[Flowable] = [
        h1(tr("Report", "1. Promotion and coordination of signatories")),
        figure_table(
            [
                (
                    tr("Report", "Signatories in the territory (end of period)"),
                    fmt_int(p.signatories),
                ),
                (tr("Report", "New adhesions in the period"), fmt_int(p.new_adhesions)),
                (
                    tr("Report", "Status changes in the period"),
                    fmt_int(sum(c.count for c in p.status_changes)),
                ),
            ]
        ),
        gap(),
    ]
    if p.by_status:
        out.append(
            bar_chart(
                [(code_label(SignatoryStatus, c.code), c.count) for c in p.by_status],
                CONTENT_WIDTH,
                fmt_int_f,
                tr("Report", "Signatories by status"),
            )
        )
    if p.status_changes:
        out += [
            h2(tr("Report", "Status changes")),
            data_table(
                [tr("Report", "New status"), tr("Report", "Signatories")],
                [[code_label(SignatoryStatus, c.code), fmt_int(c.count)] for c in p.status_changes],
                [3, 1],
                (1,),
            ),
        ]
    if len(p.by_country) > 1:
        out += [
            h2(tr("Report", "Signatories by country")),
            data_table(
                [tr("Report", "Country"), tr("Report", "Signatories")],
                [[country(c.code), fmt_int(c.count)] for c in p.by_country],
                [3, 1],
                (1,),
            ),
        ]
    return out


def fmt_int_f(value: float) -> str:
    return fmt_int(round(value))


def fmt_eur_f(value: float) -> str:
    return fmt_eur(Decimal(str(round(value))))


def assistance(f: KeyFigures, listed: int) -> list[Flowable]:
    """`listed`: the activities Annex B lists."""
    a = f.assistance
    out: list[Flowable] = [
        h1(tr("Report", "2. Technical and strategic assistance")),
        figure_table(
            [
                (tr("Report", "Assistance activities"), fmt_int(a.activities)),
                (tr("Report", "Staff days"), fmt_decimal(a.staff_days, 1)),
                (tr("Report", "Signatories reached"), fmt_int(a.signatories_reached)),
                (tr("Report", "Participants"), fmt_int(a.participants)),
            ]
        ),
        gap(),
    ]
    if a.by_type:
        out += [
            bar_chart(
                [(code_label(ActivityType, t.code), t.count) for t in a.by_type],
                CONTENT_WIDTH,
                fmt_int_f,
                tr("Report", "Activities by type"),
                1,
            ),
            h2(tr("Report", "Activities by type")),
            data_table(
                [tr("Report", "Type"), tr("Report", "Activities"), tr("Report", "Staff days")],
                [
                    [
                        code_label(ActivityType, t.code),
                        fmt_int(t.count),
                        fmt_decimal(t.staff_days, 1),
                    ]
                    for t in a.by_type
                ],
                [3, 1, 1],
                (1, 2),
            ),
            para(
                tr(
                    "Report", "Every activity of the period is listed in Annex B ({count} rows)."
                ).format(count=fmt_int(listed)),
                "small",
            ),
        ]
    return out


def finance(f: KeyFigures) -> list[Flowable]:
    fin = f.finance
    out: list[Flowable] = [
        h1(tr("Report", "3. Financial support")),
        figure_table(
            [
                (tr("Report", "Financing decisions in the period"), fmt_int(fin.records)),
                (
                    tr("Report", "Support provided (approved or disbursed): decisions"),
                    fmt_int(fin.provided_records),
                ),
                (tr("Report", "Financial support provided (EUR)"), fmt_eur(fin.provided_eur)),
                (tr("Report", "Disbursed (EUR)"), fmt_eur(fin.disbursed_eur)),
                (tr("Report", "Rejected: decisions"), fmt_int(fin.rejected_records)),
                (tr("Report", "Rejected (EUR)"), fmt_eur(fin.rejected_eur)),
                (
                    tr("Report", "Applications awaiting a decision"),
                    fmt_int(fin.pending_records),
                ),
                (tr("Report", "Awaiting a decision (EUR)"), fmt_eur(fin.pending_eur)),
            ]
        ),
        gap(),
    ]
    if fin.by_source:
        out.append(
            bar_chart(
                [(code_label(FundingSource, m.code), float(m.eur)) for m in fin.by_source],
                CONTENT_WIDTH,
                fmt_eur_f,
                tr("Report", "Financial support provided by source (EUR)"),
                2,
            )
        )
    for title, enum, lines in (
        (tr("Report", "Support provided by instrument"), Instrument, fin.by_instrument),
        (tr("Report", "Support provided by source"), FundingSource, fin.by_source),
        (tr("Report", "By status"), FinanceStatus, fin.by_status),
    ):
        if lines:
            out.append(
                KeepTogether(
                    [
                        h2(title),
                        data_table(
                            [title, tr("Report", "Records"), tr("Report", "Amount (EUR)")],
                            [
                                [code_label(enum, m.code), fmt_int(m.count), fmt_eur(m.eur)]
                                for m in lines
                            ],
                            [3, 1, 1.5],
                            (1, 2),
                        ),
                    ]
                )
            )
    if fin.original:
        out += [
            h2(tr("Report", "Amounts in their original currencies")),
            data_table(
                [tr("Report", "Currency"), tr("Report", "Amount")],
                [[c, fmt_decimal(a, 2)] for c, a in fin.original],
                [1, 2],
                (1,),
            ),
        ]
    if fin.unconverted:
        out += [
            h2(tr("Report", "Not converted: no exchange rate")),
            para(
                tr(
                    "Report",
                    "These amounts are not included in the EUR totals because no exchange rate "
                    "was recorded for their currency on or before the decision date.",
                ),
                "note",
            ),
            data_table(
                [
                    tr("Report", "Currency"),
                    tr("Report", "Date"),
                    tr("Report", "Records"),
                    tr("Report", "Amount"),
                ],
                [
                    [
                        u.currency,
                        fmt_short_date(u.on),
                        fmt_int(u.records),
                        fmt_money(u.amount, u.currency),
                    ]
                    for u in fin.unconverted
                ],
                [1, 1.5, 1, 2],
                (2, 3),
            ),
        ]
    return out


def energy_days(f: KeyFigures, rows: list[Row]) -> list[Flowable]:
    e = f.energy_days
    out: list[Flowable] = [
        h1(tr("Report", "4. Energy Days")),
        figure_table(
            [
                (tr("Report", "Energy Days held"), fmt_int(e.count)),
                (tr("Report", "Participants"), fmt_int(e.participants)),
                (
                    tr("Report", "Registered as EU Sustainable Energy Days"),
                    fmt_int(e.eusew_registered),
                ),
            ]
        ),
        gap(),
    ]
    if e.by_audience:
        out.append(
            bar_chart(
                [(code_label(Audience, c.code), c.count) for c in e.by_audience],
                CONTENT_WIDTH,
                fmt_int_f,
                tr("Report", "Energy Days by audience"),
                3,
            )
        )
    out += [h2(tr("Report", "Energy Days of the period")), kind_table("energy_day", rows)]
    return out


_NUMERIC = frozenset({"int", "decimal", "money", "signatories"})
"""Right-aligned columns (a link field is a count in a report)."""


def _cell(kind: kinds.KindSpec, spec: kinds.FieldSpec) -> Callable[[Mapping[str, Any]], str]:
    """How a value of this field reads in a report table, by its widget hint."""
    hint = hints.widget(kind, spec)
    name = spec.name
    if hint == "date":
        return _by_value(name, fmt_short_date)
    if hint == "int":
        return _by_value(name, lambda v: "\u2013" if v is None else fmt_int(v))
    if hint == "decimal":
        places = hints.decimals(kind, spec)
        return _by_value(name, lambda v: "\u2013" if v is None else fmt_decimal(v, places))
    if hint == "money" and hints.with_currency(kind, spec):
        return lambda r: "\u2013" if r[name] is None else fmt_money(r[name], r["currency"])
    if hint == "money":  # a figure of the amount's column type: MWh, tonnes
        return _by_value(name, lambda v: "\u2013" if v is None else fmt_decimal(v, 2))
    if hint == "enum" and spec.enum is not None:
        enum = spec.enum
        return _by_value(name, lambda v: code_label(enum, v))
    if hint == "flag":
        return lambda r: tr("Report", "yes") if r[name] else ""
    if hint == "codes" and spec.enum is not None:
        codes_of = spec.enum
        return lambda r: ", ".join(code_label(codes_of, c) for c in r[name] or ())
    return lambda r: "" if r[name] is None else str(r[name])


def _by_value(name: str, text: Callable[[Any], str]) -> Callable[[Mapping[str, Any]], str]:
    """A column's cell as `text` writes its value, each distinct value written once: dates,
    statuses, counts and figures repeat down a long annex (QLocale, the enum labels and
    exact decimal grouping are slow). Equal values write alike (1.5 and 1.50 are rounded to
    the column's decimals); a value that cannot be a key is written each time."""
    seen: dict[Any, str] = {}

    def cell(r: Mapping[str, Any]) -> str:
        value = r[name]
        try:
            return seen[value]
        except KeyError:
            seen[value] = out = text(value)
            return out
        except TypeError:  # unhashable
            return text(value)

    return cell


def kind_table_header(kind: kinds.KindSpec) -> list[str]:
    """The English headers of a kind's report table, in order."""
    return [f.report.header for f in kind.report_fields() if f.report is not None]


def kind_table(
    kind_id: str | kinds.KindSpec, rows: Sequence[Mapping[str, Any]], empty: str | None = None
) -> Flowable:
    """A kind's table from its spec: a column per field with a report facet (header and
    width from the facet, value by the field's type), in the spec's report order. `empty`
    (marked N_("Report", ...)) is said when there are no rows."""
    kind = kinds.get(kind_id) if isinstance(kind_id, str) else kind_id
    fields = kind.report_fields()
    special = _computed_cells()
    cells = [special.get((kind.id, f.name)) or _cell(kind, f) for f in fields]
    return data_table(
        [tr("Report", h) for h in kind_table_header(kind)],
        [[cell(r) for cell in cells] for r in rows],
        [f.report.width for f in fields if f.report is not None],
        tuple(i for i, f in enumerate(fields) if hints.widget(kind, f) in _NUMERIC),
        empty=tr("Report", empty) if empty else None,
    )


def kind_table_by_signatory(
    kind_id: str, rows: Sequence[Mapping[str, Any]], empty: str | None = None
) -> Flowable:
    """A kind's table as kind_table makes it, grouped by signatory: the signatory's column
    becomes a row naming the signatory (and its country) above its records. Rows come
    ordered by signatory, with its id under "group" (two towns of one name stay apart)
    and its country under "country" (data.action_rows)."""
    kind = kinds.get(kind_id)
    by = kind.signatory_field
    fields = [f for f in kind.report_fields() if f.name != by and f.report is not None]
    special = _computed_cells()
    cells = [special.get((kind.id, f.name)) or _cell(kind, f) for f in fields]
    groups = []
    for _key, part in groupby(rows, key=lambda r: r.get("group", r[str(by)])):
        records = list(part)
        first = records[0]
        title = str(first[str(by)])
        if first.get("country"):
            title = f"{title}, {country(first['country'])}"
        groups.append((title, [[cell(r) for cell in cells] for r in records]))
    return grouped_table(
        [tr("Report", f.report.header) for f in fields if f.report is not None],
        groups,
        [f.report.width for f in fields if f.report is not None],
        tuple(i for i, f in enumerate(fields) if hints.widget(kind, f) in _NUMERIC),
        empty=tr("Report", empty) if empty else None,
    )


def reporting(f: KeyFigures, overdue: list[OverdueItem]) -> list[Flowable]:
    r = f.reporting
    out: list[Flowable] = [
        h1(tr("Report", "5. Reporting: plans and monitoring")),
        figure_table(
            [
                (tr("Report", "Action plans submitted"), fmt_int(r.plans_submitted)),
                (tr("Report", "Action plans accepted"), fmt_int(r.plans_accepted)),
                (tr("Report", "Monitoring reports submitted"), fmt_int(r.monitoring_submitted)),
                (tr("Report", "Monitoring reports accepted"), fmt_int(r.monitoring_accepted)),
                (tr("Report", "Overdue action plans"), fmt_int(r.overdue_plans)),
                (tr("Report", "Overdue monitoring reports"), fmt_int(r.overdue_monitoring)),
            ]
        ),
        gap(),
    ]
    if r.signatories_by_plan_status:
        out.append(
            bar_chart(
                [(plan_status_label(c.code), c.count) for c in r.signatories_by_plan_status],
                CONTENT_WIDTH,
                fmt_int_f,
                tr("Report", "Signatories by plan status"),
                4,
            )
        )
    out += [
        h2(tr("Report", "Overdue items at the end of the period")),
        data_table(
            [tr("Report", "Signatory"), tr("Report", "Document"), tr("Report", "Due")],
            [
                [i.signatory, code_label(ExtensionSubject, i.kind), fmt_short_date(i.due)]
                for i in overdue
            ],
            [3, 2, 1.2],
        ),
    ]
    return out


def _computed_cells() -> dict[tuple[str, str], Callable[[Mapping[str, Any]], str]]:
    """How the report writes its computed values and counts (plain fields read by type)."""
    all_text, no_rate = tr("Report", "all"), tr("Report", "no rate")
    return {
        ("signatory", "plan_status"): lambda r: plan_status_label(r["plan_status"]),
        ("signatory", "finance_eur"): lambda r: fmt_decimal(r["finance_eur"], 0),
        ("support_activity", "signatory_ids"): lambda r: (
            all_text if r["reaches_all"] else fmt_int(r["signatory_ids"])
        ),
        ("financial_support", "amount_eur"): lambda r: (
            no_rate if r["amount_eur"] is None else fmt_decimal(r["amount_eur"], 0)
        ),
    }


def annexes_heading() -> list[Flowable]:
    return [h1(tr("Report", "Annexes"))]


_BY_SIGNATORY = frozenset({"mitigation_action", "adaptation_action"})
"""Annexes grouped by signatory: every action the plans contain, whatever its period."""


def annex(kind_id: str, rows: Sequence[Row]) -> list[Flowable]:
    """One annex under annexes_heading(), in the report's order: A signatories, B
    activities, C financing records, D mitigation and E adaptation actions (by signatory).
    The rows become plain cells here, so the caller need not keep them."""
    title = kinds.get(kind_id).report_title
    assert title is not None
    out: list[Flowable] = [h2(tr("Report", title), in_contents=True)]
    if kind_id not in _BY_SIGNATORY:
        out.append(kind_table(kind_id, rows))
        return out
    if rows:
        note = tr(
            "Report",
            "Every action the signatories' plans contain, whatever its period, by signatory.",
        )
        out += [para(note, "small"), gap(3)]
    out.append(kind_table_by_signatory(kind_id, rows, empty=_NONE_RECORDED.get(kind_id)))
    return out


_NONE_RECORDED = {
    "mitigation_action": N_("Report", "No mitigation actions recorded."),
    "adaptation_action": N_("Report", "No adaptation actions recorded."),
}
