"""Technical, strategic or promotional assistance given to signatories."""

from __future__ import annotations

from ..enums import ActivityType
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, LinkSpec, ListFacet, ReportFacet

SPEC = KindSpec(
    id="support_activity",
    plural="assistance",
    title=N_("RecordKind", "Assistance activity"),
    plural_title=N_("RecordKind", "Support activities"),
    model_name="SupportActivity",
    validator="validate_support_activity",
    section="assistance",
    title_field="title",
    links=(
        LinkSpec(
            "signatory_ids",
            "SupportActivitySignatory",
            "activity_id",
            aliases=("reached",),
            title=N_("RecordKind", "Signatories reached"),
        ),
    ),
    describe=("activity_date", "activity_type", "title"),
    sheet_title=N_("Excel", "Assistance"),
    sheet_sort=("activity_date",),
    period_field="activity_date",
    sheet_keys=("activity_type", "title", "activity_date"),
    report_title=N_("Report", "Annex B. Assistance activities"),
    related_title=N_("SignatoryForm", "Assistance"),
    list_sort=("-activity_date",),
    fields=(
        F(
            "activity_type",
            N_("Field", "Activity type"),
            enum=ActivityType,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(
                N_("Excel", "Activity type"),
                20,
                synonyms=("type", "тип", "вид помощи", "görnüşi"),
            ),
            report=ReportFacet(N_("Report", "Type"), 1.9),
        ),
        c.title(
            list=ListFacet(),
            excel=excel(N_("Excel", "Title"), 30, synonyms=c.TITLE_WORDS),
            report=ReportFacet(N_("Report", "Title"), 4.0),
        ),
        F(
            "activity_date",
            N_("Field", "Date"),
            required=True,
            list=ListFacet(filter="year"),
            excel=excel(N_("Excel", "Date"), 12, synonyms=c.DATE_WORDS),
            report=ReportFacet(N_("Report", "Date"), 1.1),
        ),
        F(
            "reaches_all",
            N_("Field", "Reaches all signatories"),
            list=ListFacet(),
            excel=excel(N_("Excel", "All signatories"), 10),
        ),
        F(
            "signatory_ids",
            N_("Field", "Signatories reached"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Signatories reached"), 36),
            report=ReportFacet(N_("Report", "Signatories reached"), 1.2),
        ),
        F(
            "staff_days",
            N_("Field", "Staff days"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Staff days"), 10, total=True),
            report=ReportFacet(N_("Report", "Staff days"), 0.9),
        ),
        c.participants(
            list=ListFacet(),
            excel=excel(N_("Excel", "Participants"), 10, total=True, synonyms=c.PARTICIPANT_WORDS),
        ),
        c.description(excel=excel(N_("Excel", "Description"), 40)),
    ),
    list_order=(
        "activity_date",
        "activity_type",
        "title",
        "reaches_all",
        "signatory_ids",
        "participants",
        "staff_days",
    ),  # fmt: skip
    report_order=("activity_date", "activity_type", "title", "staff_days", "signatory_ids"),
)
