"""Every record kind, in the order the application shows them (forms, Trash, workbook).

Ids: a kind has one id ("energy_day") and one collection name ("energy_days"); the list
and section use the collection name, the sheet and the CLI `--kind` the same with hyphens
("energy-days"). Lookups accept any of the three, so older callers keep working.
"""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import (
    action_plan,
    adaptation_action,
    climate_risk,
    coordinator,
    deadline_extension,
    emission_inventory,
    energy_day,
    exchange_rate,
    financial_support,
    mitigation_action,
    monitoring_report,
    poverty_indicator,
    service_offer,
    signatory,
    support_activity,
)
from .spec import KindSpec

KINDS: dict[str, KindSpec] = {
    m.SPEC.id: m.SPEC
    for m in (
        coordinator,
        service_offer,
        signatory,
        action_plan,
        monitoring_report,
        deadline_extension,
        emission_inventory,
        mitigation_action,
        climate_risk,
        adaptation_action,
        poverty_indicator,
        support_activity,
        financial_support,
        energy_day,
        exchange_rate,
    )
}

SHEET_ORDER = (
    "signatory",
    "action_plan",
    "monitoring_report",
    "deadline_extension",
    "emission_inventory",
    "mitigation_action",
    "climate_risk",
    "adaptation_action",
    "poverty_indicator",
    "support_activity",
    "energy_day",
    "financial_support",
    "exchange_rate",
)
"""Sheets of the workbook, in order (the order people read them; not the form order)."""

OTHER_TABLES: dict[str, str] = {
    "signatory_coordinator": N_("RecordKind", "Coordinator links"),
    "report_submission": N_("RecordKind", "Reports sent to the Commission"),
}
"""Plural titles of the tables of records that are no kind's, nor a kind's links or grid:
a signatory's links to the coordinators supporting it, and the log of reports sent."""

_ALIASES: dict[str, str] = {}
for _k in KINDS.values():
    for _alias in (_k.id, _k.plural, _k.plural.replace("_", "-")):
        _ALIASES[_alias] = _k.id


def get(kind_id: str) -> KindSpec:
    """The kind by its id, collection name or sheet id."""
    try:
        return KINDS[_ALIASES[kind_id]]
    except KeyError:
        raise ValueError(
            f"unknown record kind {kind_id!r}; expected one of {tuple(KINDS)}"
        ) from None


def table_titles() -> dict[str, str]:
    """The plural title (English, context "RecordKind") of every table of records by table
    name: each kind's own, its links' and its grid's (from the specs), then OTHER_TABLES.
    Looks the table names up on the mapped models, so it loads them."""
    from .. import models

    titles: dict[str, str] = {}
    for k in KINDS.values():
        titles[k.model.__tablename__] = k.plural_title
        parts = [(link.model, link.title) for link in k.links]
        if k.grid is not None:
            parts.append((k.grid.model, k.grid.title))
        for model_name, title in parts:
            titles[getattr(models, model_name).__tablename__] = title
    return titles | OTHER_TABLES


def sheet_kinds() -> tuple[KindSpec, ...]:
    """Kinds with a workbook sheet, in the workbook's order."""
    kinds = tuple(KINDS[k] for k in SHEET_ORDER)
    assert {k.id for k in kinds} == {k.id for k in KINDS.values() if k.sheet_title}
    return kinds


def by_list(list_id: str) -> KindSpec:
    for k in KINDS.values():
        if k.list_id == list_id:
            return k
    raise KeyError(list_id)


def by_sheet(sheet_id: str) -> KindSpec:
    for k in KINDS.values():
        if k.sheet_id == sheet_id:
            return k
    raise KeyError(sheet_id)
