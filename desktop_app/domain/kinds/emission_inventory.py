"""An emission inventory (baseline or monitoring) of a signatory: the energy grid and its
context (year, population, factor approach, local production and factors).

The grid itself (MWh by sector × carrier) is the `cells` field, kept as child rows
(GridSpec) and edited on the form as a spreadsheet; emissions are computed from it with
the shipped factor table (domain/rules/emissions.py), never stored.
"""

from __future__ import annotations

from ..enums import EmissionUnit, FactorApproach, InventoryType
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import GridSpec, KindSpec, ListFacet, ReportFacet

SPEC = KindSpec(
    id="emission_inventory",
    plural="inventories",
    title=N_("RecordKind", "Emission inventory"),
    plural_title=N_("RecordKind", "Emission inventories"),
    model_name="EmissionInventory",
    validator="validate_emission_inventory",
    section="plans",
    tab=3,
    signatory_field="signatory_id",
    grid=GridSpec(
        "cells",
        "EmissionInventoryCell",
        "inventory_id",
        title=N_("RecordKind", "Energy grid cells"),
    ),
    describe=("signatory_id", "inventory_type", "inventory_year"),
    form="inventory_form:InventoryForm",
    sheet_title=N_("Excel", "Emission inventories"),
    sheet_sort=("signatory", "inventory_year"),
    sheet_keys=("signatory_id", "inventory_type", "inventory_year"),
    related_title=N_("SignatoryForm", "Inventories"),
    list_sort=("signatory", "-inventory_year"),
    report_title=N_("Report", "Emission inventories"),
    fields=(
        c.signatory(report=ReportFacet(N_("Report", "Signatory"), 2.0)),
        F(
            "inventory_type",
            N_("Field", "Inventory type"),
            enum=InventoryType,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Inventory type"), 16, synonyms=("тип кадастра",)),
            report=ReportFacet(N_("Report", "Type"), 1.4),
        ),
        F(
            "inventory_year",
            N_("Field", "Inventory year"),
            required=True,
            list=ListFacet(),
            excel=excel(N_("Excel", "Inventory year"), 10, synonyms=("год кадастра",)),
            report=ReportFacet(N_("Report", "Year"), 0.6),
        ),
        F(
            "population",
            N_("Field", "Population that year"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Population"), 12, synonyms=("население", "ilaty")),
            report=ReportFacet(N_("Report", "Population"), 0.9),
        ),
        F(
            "factor_approach",
            N_("Field", "Emission factor approach"),
            enum=FactorApproach,
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Emission factor approach"), 16),
        ),
        F(
            "emission_unit",
            N_("Field", "Emission unit"),
            enum=EmissionUnit,
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Emission unit"), 10),
        ),
        F(
            "cells",
            N_("Field", "Final energy consumption (MWh)"),
            widget="grid",
            heading=N_("Form", "Final energy consumption and local production, MWh"),
            excel=excel(
                N_("Excel", "Energy grid (sector/carrier=MWh)"), 60, type="text",
                synonyms=("energy grid",),
            ),  # fmt: skip
        ),
        F(
            "local_electricity_mwh",
            N_("Field", "Local electricity production (MWh)"),
            excel=excel(N_("Excel", "Local electricity production (MWh)"), 14),
        ),
        F(
            "local_heat_mwh",
            N_("Field", "Local heat/cold production (MWh)"),
            excel=excel(N_("Excel", "Local heat/cold production (MWh)"), 14),
        ),
        F(
            "electricity_factor",
            N_("Field", "Local electricity factor (t/MWh)"),
            heading=N_("Form", "Local emission factors (leave empty to use the shipped ones)"),
            excel=excel(N_("Excel", "Local electricity factor (t/MWh)"), 12),
        ),
        F(
            "heat_factor",
            N_("Field", "Local heat/cold factor (t/MWh)"),
            excel=excel(N_("Excel", "Local heat/cold factor (t/MWh)"), 12),
        ),
        F(
            "factor_source",
            N_("Field", "Source of the local factors"),
            excel=excel(N_("Excel", "Source of the local factors"), 30),
        ),
        F(
            "entered_total_mwh",
            N_("Field", "Total consumption stated (MWh)"),
            heading=N_("Form", "Totals stated in the signatory's document"),
            excel=excel(N_("Excel", "Total consumption stated (MWh)"), 14),
        ),
        F(
            "entered_total_emissions",
            N_("Field", "Total emissions stated (t)"),
            excel=excel(N_("Excel", "Total emissions stated (t)"), 14),
        ),
        c.notes(),
    ),
)
