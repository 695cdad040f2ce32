"""One hazard of a signatory's risk and vulnerability assessment (the template's part of
the same name): the Covenant's hazard list, current probability and impact, the expected
change and when, and who and what is vulnerable."""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from ..plan_codes import (
    ExpectedChange,
    Hazard,
    PopulationGroup,
    RiskLevel,
    Timeframe,
    VulnerableSector,
)
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="climate_risk",
    plural="climate_risks",
    title=N_("RecordKind", "Climate risk"),
    plural_title=N_("RecordKind", "Climate risks"),
    model_name="ClimateRisk",
    validator="validate_climate_risk",
    section="plans",
    tab=5,
    signatory_field="signatory_id",
    describe=("signatory_id", "hazard"),
    form="plan_part_form:ClimateRiskForm",
    sheet_title=N_("Excel", "Climate risks"),
    sheet_sort=("signatory", "hazard"),
    sheet_keys=("signatory_id", "plan_id", "hazard"),
    related_title=N_("SignatoryForm", "Climate risks"),
    list_sort=("signatory", "hazard"),
    fields=(
        c.signatory(),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        F(
            "hazard",
            N_("Field", "Hazard"),
            enum=Hazard,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Hazard"), 20, synonyms=("опасность", "howp")),
        ),
        F(
            "probability",
            N_("Field", "Current probability"),
            enum=RiskLevel,
            list=ListFacet(),
            excel=excel(N_("Excel", "Probability"), 12),
        ),
        F(
            "impact",
            N_("Field", "Current impact"),
            enum=RiskLevel,
            list=ListFacet(),
            excel=excel(N_("Excel", "Impact"), 12),
        ),
        F(
            "expected_change",
            N_("Field", "Expected change"),
            enum=ExpectedChange,
            list=ListFacet(),
            excel=excel(N_("Excel", "Expected change"), 14),
        ),
        F(
            "timeframe",
            N_("Field", "Timeframe"),
            enum=Timeframe,
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Timeframe"), 16),
        ),
        F(
            "vulnerable_sectors",
            N_("Field", "Vulnerable sectors"),
            enum=VulnerableSector,
            excel=excel(N_("Excel", "Vulnerable sectors"), 28),
        ),
        F(
            "vulnerable_groups",
            N_("Field", "Vulnerable population groups"),
            enum=PopulationGroup,
            excel=excel(N_("Excel", "Vulnerable groups"), 28),
        ),
        c.notes(),
    ),
)
