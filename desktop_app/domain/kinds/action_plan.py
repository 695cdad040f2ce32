"""A signatory's action plan (SEAP, SECAP, SEACAP) and its assessment."""

from __future__ import annotations

from ..enums import PlanStatus, PlanType, Sector
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="action_plan",
    plural="plans",
    title=N_("RecordKind", "Action plan"),
    plural_title=N_("RecordKind", "Action plans"),
    model_name="ActionPlan",
    validator="validate_action_plan",
    section="plans",
    tab=0,
    title_field="title",
    signatory_field="signatory_id",
    describe=("signatory_id", "plan_type", "title"),
    sheet_title=N_("Excel", "Action plans"),
    sheet_sort=("signatory", "plan_type"),
    sheet_keys=("signatory_id", "plan_type"),
    related_title=N_("SignatoryForm", "Plans"),
    list_sort=("signatory", "submission_date"),
    fields=(
        c.signatory(),
        F(
            "plan_type",
            N_("Field", "Plan type"),
            enum=PlanType,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(
                N_("Excel", "Plan type"),
                10,
                synonyms=("plan", "type of plan", "тип плана", "план", "meýilnamanyň görnüşi"),
            ),
        ),
        c.title(list=ListFacet(), excel=excel(N_("Excel", "Title"), 30, synonyms=c.TITLE_WORDS)),
        F(
            "baseline_year",
            N_("Field", "Baseline inventory year"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Baseline year"), 10),
        ),
        F(
            "sectors",
            N_("Field", "Sectors in the baseline inventory"),
            enum=Sector,
            excel=excel(N_("Excel", "Inventory sectors"), 30),
        ),
        F(
            "action_sectors",
            N_("Field", "Sectors with actions"),
            enum=Sector,
            excel=excel(N_("Excel", "Action sectors"), 30),
        ),
        F(
            "risk_assessment_done",
            N_("Field", "Risk and vulnerability assessment done"),
            excel=excel(N_("Excel", "Risk assessment done"), 10),
        ),
        F(
            "council_approval_date",
            N_("Field", "Council approval date"),
            heading=N_("Form", "Approval and assessment"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Council approval date"), 12),
        ),
        c.submission_date(
            list=ListFacet(filter="year"),
            excel=excel(N_("Excel", "Submission date"), 12, synonyms=c.SUBMISSION_WORDS),
        ),
        c.status(
            PlanStatus,
            list=ListFacet(filter="status"),
            excel=excel(N_("Excel", "Status"), 18, synonyms=c.STATUS_WORDS),
        ),
        F(
            "feedback_date",
            N_("Field", "Feedback date"),
            excel=excel(N_("Excel", "Feedback date"), 12),
        ),
        c.notes(),
    ),
)
