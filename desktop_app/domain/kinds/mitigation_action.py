"""A mitigation action of a signatory's plan (the template's "Mitigation actions" part).

Codes are the official ones (domain/plan_codes.py): sector, area of intervention, policy
instrument, origin (the Covenant coordinator among them) and status. Estimated figures are
what the plan expects a year; achieved ones what monitoring found, and a completed action
needs them (rules/plan_contents.py). Finance records name the action they pay for
(financial_support.action_id).
"""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from ..plan_codes import (
    ActionOrigin,
    ActionSector,
    ActionStatus,
    AreaOfIntervention,
    PolicyInstrument,
    PovertyArea,
)
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet, ReportFacet


def energy(
    name: str, label: str, header: str, report: str | None = None, listed: bool | None = None
) -> F:
    """A figure in MWh or t CO2 a year: two decimals, a number cell with a subtotal; a
    list column shown at first when it is in the report too, unless `listed` says."""
    return F(
        name,
        label,
        list=ListFacet(hidden=not (report is not None if listed is None else listed)),
        excel=excel(header, 14, total=True),
        report=ReportFacet(report, 1.0) if report else None,
    )


SPEC = KindSpec(
    id="mitigation_action",
    plural="mitigation_actions",
    title=N_("RecordKind", "Mitigation action"),
    plural_title=N_("RecordKind", "Mitigation actions"),
    model_name="MitigationAction",
    validator="validate_mitigation_action",
    section="plans",
    tab=4,
    title_field="title",
    signatory_field="signatory_id",
    describe=("signatory_id", "action_code", "title"),
    form="plan_part_form:MitigationActionForm",
    sheet_title=N_("Excel", "Mitigation actions"),
    sheet_sort=("signatory", "action_code"),
    sheet_keys=("signatory_id", "action_code", "title"),
    related_title=N_("SignatoryForm", "Mitigation actions"),
    list_sort=("signatory", "action_code"),
    report_title=N_("Report", "Annex D. Mitigation actions"),
    report_order=(
        "signatory_id",
        "title",
        "sector",
        "status",
        "cost",
        "co2_reduction_t",
        "achieved_co2_reduction_t",
        "energy_savings_mwh",
    ),  # fmt: skip
    fields=(
        c.signatory(report=ReportFacet(N_("Report", "Signatory"), 1.6)),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        F(
            "action_code",
            N_("Field", "Action ID"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Action ID"), 10, synonyms=("id action", "№ действия")),
        ),
        c.title(
            required=True,
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Title"),
                36,
                synonyms=(*c.TITLE_WORDS, "key action description", "action"),
            ),
            report=ReportFacet(N_("Report", "Action"), 2.4),
        ),
        F(
            "sector",
            N_("Field", "Sector"),
            enum=ActionSector,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Sector"), 24, synonyms=("сектор", "pudak")),
            report=ReportFacet(N_("Report", "Sector"), 1.4),
        ),
        F(
            "area",
            N_("Field", "Area of intervention"),
            enum=AreaOfIntervention,
            list=ListFacet(hidden=True),
            excel=excel(
                N_("Excel", "Area of intervention"), 28, synonyms=("area_of_intervention",)
            ),
        ),
        F(
            "instrument",
            N_("Field", "Policy instrument"),
            enum=PolicyInstrument,
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Policy instrument"), 24, synonyms=("policy type",)),
        ),
        F(
            "origin",
            N_("Field", "Origin of the action"),
            enum=ActionOrigin,
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Origin"), 20, synonyms=("origin of the action",)),
        ),
        F(
            "stakeholders",
            N_("Field", "Stakeholders"),
            excel=excel(N_("Excel", "Stakeholders"), 24),
        ),
        F(
            "governance",
            N_("Field", "Responsible body"),
            excel=excel(N_("Excel", "Responsible body"), 20, synonyms=("governance",)),
        ),
        c.status(
            ActionStatus,
            list=ListFacet(filter="status"),
            excel=excel(
                N_("Excel", "Status"),
                14,
                synonyms=(*c.STATUS_WORDS, "status of implementation"),
            ),
            report=ReportFacet(N_("Report", "Status"), 1.0),
        ),
        F(
            "start_date",
            N_("Field", "Start"),
            heading=N_("Form", "Timeframe and cost"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Start"), 12),
        ),
        F(
            "end_date",
            N_("Field", "End"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "End"), 12),
        ),
        F(
            "cost",
            N_("Field", "Implementation cost"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Implementation cost"), 16),
            report=ReportFacet(N_("Report", "Cost"), 1.2),
        ),
        c.currency(excel=excel(N_("Excel", "Currency"), 8, synonyms=c.CURRENCY_WORDS)),
        energy(
            "energy_savings_mwh",
            N_("Field", "Estimated energy savings (MWh/a)"),
            N_("Excel", "Energy savings MWh/a"),
            N_("Report", "Energy savings MWh/a"),
            listed=False,
        ),
        energy(
            "renewable_mwh",
            N_("Field", "Estimated renewable production (MWh/a)"),
            N_("Excel", "Renewable production MWh/a"),
        ),
        energy(
            "co2_reduction_t",
            N_("Field", "Estimated CO2 reduction (t/a)"),
            N_("Excel", "CO2 reduction t/a"),
            N_("Report", "CO2 t/a planned"),
        ),
        F(
            "achieved_energy_savings_mwh",
            N_("Field", "Achieved energy savings (MWh/a)"),
            heading=N_("Form", "Achieved (monitoring)"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Achieved energy savings MWh/a"), 14, total=True),
        ),
        energy(
            "achieved_renewable_mwh",
            N_("Field", "Achieved renewable production (MWh/a)"),
            N_("Excel", "Achieved renewable production MWh/a"),
        ),
        energy(
            "achieved_co2_reduction_t",
            N_("Field", "Achieved CO2 reduction (t/a)"),
            N_("Excel", "Achieved CO2 reduction t/a"),
            N_("Report", "CO2 t/a achieved"),
        ),
        F(
            "poverty_areas",
            N_("Field", "Energy poverty areas addressed"),
            enum=PovertyArea,
            excel=excel(N_("Excel", "Energy poverty areas"), 24),
        ),
        c.notes(),
    ),
)
