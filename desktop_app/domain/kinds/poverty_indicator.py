"""An energy poverty indicator of a plan (the pillar every plan and monitoring report has
since 2025): its macro-area, the level now and the level the plan aims at. The actions
that address it are the mitigation and adaptation actions naming its macro-area."""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from ..plan_codes import PovertyArea
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="poverty_indicator",
    plural="poverty_indicators",
    title=N_("RecordKind", "Energy poverty indicator"),
    plural_title=N_("RecordKind", "Energy poverty indicators"),
    model_name="PovertyIndicator",
    validator="validate_poverty_indicator",
    section="plans",
    tab=7,
    title_field="indicator",
    signatory_field="signatory_id",
    describe=("signatory_id", "macro_area", "indicator"),
    form="plan_part_form:PovertyIndicatorForm",
    sheet_title=N_("Excel", "Energy poverty"),
    sheet_sort=("signatory", "macro_area"),
    sheet_keys=("signatory_id", "plan_id", "indicator"),
    related_title=N_("SignatoryForm", "Energy poverty"),
    list_sort=("signatory", "macro_area"),
    fields=(
        c.signatory(),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        F(
            "macro_area",
            N_("Field", "Macro-area"),
            enum=PovertyArea,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Macro-area"), 18),
        ),
        F(
            "indicator",
            N_("Field", "Indicator"),
            required=True,
            list=ListFacet(),
            excel=excel(N_("Excel", "Indicator"), 36),
        ),
        F("unit", N_("Field", "Unit"), list=ListFacet(), excel=excel(N_("Excel", "Unit"), 10)),
        F(
            "current_value",
            N_("Field", "Current level"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Current level"), 12),
        ),
        F(
            "current_year",
            N_("Field", "Year of the current level"),
            excel=excel(N_("Excel", "Current year"), 10),
        ),
        F(
            "target_value",
            N_("Field", "Target level"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Target level"), 12),
        ),
        F(
            "target_year",
            N_("Field", "Target year"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Target year"), 10),
        ),
        c.notes(),
    ),
)
