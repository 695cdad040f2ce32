"""An adaptation action of a signatory's plan: the hazards and sectors it addresses, its
status, timeframe, cost and stakeholders."""

from __future__ import annotations

from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from ..plan_codes import ActionStatus, Hazard, PovertyArea, VulnerableSector
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet, ReportFacet

SPEC = KindSpec(
    id="adaptation_action",
    plural="adaptation_actions",
    title=N_("RecordKind", "Adaptation action"),
    plural_title=N_("RecordKind", "Adaptation actions"),
    model_name="AdaptationAction",
    validator="validate_adaptation_action",
    section="plans",
    tab=6,
    title_field="title",
    signatory_field="signatory_id",
    describe=("signatory_id", "title"),
    form="plan_part_form:AdaptationActionForm",
    sheet_title=N_("Excel", "Adaptation actions"),
    sheet_sort=("signatory", "title"),
    sheet_keys=("signatory_id", "title"),
    related_title=N_("SignatoryForm", "Adaptation actions"),
    list_sort=("signatory", "title"),
    report_title=N_("Report", "Annex E. Adaptation actions"),
    fields=(
        c.signatory(report=ReportFacet(N_("Report", "Signatory"), 1.6)),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        c.title(
            required=True,
            list=ListFacet(),
            excel=excel(N_("Excel", "Title"), 36, synonyms=c.TITLE_WORDS),
            report=ReportFacet(N_("Report", "Action"), 2.4),
        ),
        F(
            "hazards",
            N_("Field", "Hazards addressed"),
            enum=Hazard,
            excel=excel(N_("Excel", "Hazards addressed"), 28),
            report=ReportFacet(N_("Report", "Hazards addressed"), 1.8),
        ),
        F(
            "sectors",
            N_("Field", "Sectors addressed"),
            enum=VulnerableSector,
            excel=excel(N_("Excel", "Sectors addressed"), 28),
        ),
        c.status(
            ActionStatus,
            list=ListFacet(filter="status"),
            excel=excel(N_("Excel", "Status"), 14, synonyms=c.STATUS_WORDS),
            report=ReportFacet(N_("Report", "Status"), 1.0),
        ),
        F(
            "start_date",
            N_("Field", "Start"),
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
            list=ListFacet(),
            excel=excel(N_("Excel", "Implementation cost"), 16),
            report=ReportFacet(N_("Report", "Cost"), 1.2),
        ),
        c.currency(
            list=ListFacet(), excel=excel(N_("Excel", "Currency"), 8, synonyms=c.CURRENCY_WORDS)
        ),
        F(
            "stakeholders",
            N_("Field", "Stakeholders"),
            excel=excel(N_("Excel", "Stakeholders"), 24),
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
