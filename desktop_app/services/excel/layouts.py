"""The official layouts the importer recognises without flags: one table entry per layout.

The Commission's research centre publishes the Covenant register as open data, the
"GCoM-MyCovenant" release: one workbook per table (signatories `df1`, action plans `df2`,
monitoring `df3`), each with a README sheet, a metadata sheet and a data sheet (named `1`).
Its conventions differ from an office's sheet: `-` is "no value", countries are lower-case
ISO codes, statuses are `published` / `on_hold`, the commitment is a flag per horizon, the
signatory's Covenant ID is `organisation_id`. A layout says all of that once: which headers
identify it, which header feeds which field, which source values mean which of ours, and
how fields the sheet spreads over several columns (the commitment flags) are derived.

A new release that renames a column needs one edit: the `columns` entry of its layout.
The signatories table and the research centre's mitigation action table are described;
the action plan and monitoring tables are added here the same way once their column lists
are known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .read import RawTable
from .shaping import Shaping
from .vocab import norm


@dataclass(frozen=True)
class Layout:
    id: str
    kind: str
    """The importer's kind id (sheets.IMPORT_SPECS)."""
    columns: Mapping[str, str]
    """Source header -> target field. Every header listed must be present to recognise it."""
    other_headers: tuple[str, ...]
    """Headers of the layout we read nothing from; they count towards recognising it."""
    shaping: Shaping

    def recognises(self, headers: list[str]) -> bool:
        have = {norm(h) for h in headers if h}
        return all(norm(h) in have for h in self.columns)

    def column_map(self, headers: list[str]) -> dict[int, str]:
        wanted = {norm(h): f for h, f in self.columns.items()}
        return {i: wanted[norm(h)] for i, h in enumerate(headers) if h and norm(h) in wanted}

    def ignored(self, headers: list[str]) -> list[str]:
        used = {norm(h) for h in self.columns}
        return [h for h in headers if h and norm(h) not in used]


_NO = ("0", "no", "false", "n", "")


def _flag(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return norm(value) not in _NO


def _commitment(cells: dict[str, Any]) -> dict[str, Any]:
    """The framework and pillars from the open data's flags per horizon.

    The highest horizon committed to is the framework; CoM 2020 is mitigation, 2030 adds
    adaptation, 2050 adds energy poverty; Mayors Adapt alone is adaptation.
    """
    f2020 = _flag(cells.get(norm("commitment_CoM2020_flag")))
    f2030 = _flag(cells.get(norm("commitment_CoM2030_flag")))
    f2050 = _flag(cells.get(norm("commitment_CoM2050_flag")))
    adapt = _flag(cells.get(norm("commitment_mayoradapt_flag")))
    framework = "2050" if f2050 else "2030" if f2030 else "2020" if f2020 else None
    pillars = []
    if f2020 or f2030 or f2050:
        pillars.append("mitigation")
    if f2030 or f2050 or adapt:
        pillars.append("adaptation")
    if f2050:
        pillars.append("energy_poverty")
    return {"framework": framework, "pillars": "; ".join(pillars) or None}


GCOM_SIGNATORIES = Layout(
    id="gcom-mycovenant-signatories",
    kind="signatories",
    columns={
        "organisation_id": "covenant_id",
        "organisation_name": "name",
        "country_code": "country",
        "population_adhesion": "population",
        "organisation_latitude": "latitude",
        "organisation_longitude": "longitude",
        "group_name": "joint_plan_name",
        "adhesion_type": "joint_plan",
        "signatory_status": "status",
        "date_of_adhesion": "adhesion_date",
    },
    other_headers=(
        "coordinator_name",
        "supporter_name",
        "country_name",
        "group_organisation_id",
        "commitment_CoM2020_flag",
        "commitment_CoM2030_flag",
        "commitment_CoM2050_flag",
        "commitment_mayoradapt_flag",
        "mayor",
        "action_plan_expected",
        "group_profile",
        "gcom_id",
    ),  # fmt: skip
    shaping=Shaping(
        values={
            "status": {
                norm("published"): "active",
                norm("on_hold"): "on_hold",
                norm("on hold"): "on_hold",
                norm("withdrawn"): "withdrawn",
            },
            "joint_plan": {
                norm("individual"): "no",
                norm("individual signatory"): "no",
                norm("joint option 1"): "yes",
                norm("joint option 2"): "yes",
                norm("joint_option_1"): "yes",
                norm("joint_option_2"): "yes",
                norm("option 1"): "yes",
                norm("option 2"): "yes",
            },
        },
        nulls=frozenset({"-", "–", "—", "n/a"}),
        derive=_commitment,
        derived_fields=("framework", "pillars"),
    ),
)

JRC_ACTIONS = Layout(
    id="jrc-mitigation-actions",
    kind="mitigation-actions",
    # The research centre's table of key mitigation actions (one row per action of a
    # signatory's plan; GCoM-MyCovenant release, action tables): codes in upper snake case
    # as in domain/plan_codes.py, `-` for no value, the CO2 reduction in t/a with
    # decimals. The municipality is its Covenant ID, matched to a signatory here.
    columns={
        "MUNI CODE": "signatory",
        "ID ACTION": "action_code",
        "Sector": "sector",
        "key action description": "title",
        "Area_of_intervention": "area",
        "Origin of the action": "origin",
        "Status of implementation": "status",
        "Policy type": "instrument",
        "Governance": "governance",
        "CO2 red": "co2_reduction_t",
    },
    other_headers=(),
    shaping=Shaping(
        values={
            # Older rows say NEW for an action not yet begun; the sector list says OTHER
            # in some releases and OTHERS in the template.
            "status": {norm("NEW"): "NOT_STARTED"},
            "sector": {norm("OTHER"): "OTHERS"},
        },
        nulls=frozenset({"-", "–", "—", "n/a"}),
    ),
)

LAYOUTS: tuple[Layout, ...] = (GCOM_SIGNATORIES, JRC_ACTIONS)


def recognise(table: RawTable) -> Layout | None:
    for layout in LAYOUTS:
        if layout.recognises(table.headers):
            return layout
    return None
