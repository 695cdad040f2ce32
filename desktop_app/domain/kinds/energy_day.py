"""A local Energy Day: when, where, who organised it, for whom, and with what budget."""

from __future__ import annotations

from ..enums import Audience, EnergyDayActivity
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, LinkSpec, ListFacet, ReportFacet

SPEC = KindSpec(
    id="energy_day",
    plural="energy_days",
    title=N_("RecordKind", "Energy Day"),
    plural_title=N_("RecordKind", "Energy Days"),
    model_name="EnergyDay",
    validator="validate_energy_day",
    section="energy_days",
    title_field="title",
    links=(
        LinkSpec(
            "organiser_ids",
            "EnergyDayOrganiser",
            "energy_day_id",
            lead_field="lead_organiser_id",
            aliases=("organisers",),
            title=N_("RecordKind", "Energy Day organisers"),
        ),
    ),
    describe=("start_date", "title"),
    form="energy_day_form:EnergyDayForm",
    sheet_title=N_("Excel", "Energy Days"),
    sheet_sort=("start_date",),
    period_field="start_date",
    sheet_keys=("title", "start_date"),
    report_title=N_("Report", "Energy Days of the period"),
    related_title=N_("SignatoryForm", "Energy Days"),
    list_sort=("-start_date",),
    fields=(
        c.title(
            required=True,
            list=ListFacet(),
            excel=excel(N_("Excel", "Title"), 30, synonyms=c.TITLE_WORDS),
            report=ReportFacet(N_("Report", "Title"), 3.5),
        ),
        F(
            "start_date",
            N_("Field", "Start date"),
            required=True,
            list=ListFacet(filter="year"),
            excel=excel(
                N_("Excel", "Start date"),
                12,
                synonyms=("date", "дата", "дата начала", "sene", "başlanýan senesi"),
            ),
            report=ReportFacet(N_("Report", "Date"), 1.2),
        ),
        F(
            "end_date",
            N_("Field", "End date"),
            excel=excel(
                N_("Excel", "End date"), 12, synonyms=("дата окончания", "gutarýan senesi")
            ),
        ),
        F(
            "place",
            N_("Field", "Place"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Place"), 20, synonyms=("venue", "location", "место", "ýeri")),
            report=ReportFacet(N_("Report", "Place"), 2),
        ),
        F("online", N_("Field", "Online"), excel=excel(N_("Excel", "Online"), 8)),
        F(
            "organised_by_coordinator",
            N_("Field", "Organised by the coordinator"),
            excel=excel(N_("Excel", "Organised by coordinator"), 10),
        ),
        F(
            "organiser_ids",
            N_("Field", "Organising signatories"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Organising signatories"), 36),
        ),
        F(
            "activity_types",
            N_("Field", "Activity types"),
            enum=EnergyDayActivity,
            excel=excel(N_("Excel", "Activities"), 30),
        ),
        F(
            "audiences",
            N_("Field", "Audiences"),
            enum=Audience,
            excel=excel(N_("Excel", "Audiences"), 30),
        ),
        c.participants(
            list=ListFacet(),
            excel=excel(N_("Excel", "Participants"), 10, total=True, synonyms=c.PARTICIPANT_WORDS),
            report=ReportFacet(N_("Report", "Participants"), 1.1),
        ),
        F(
            "budget",
            N_("Field", "Budget"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Budget"), 14),
        ),
        c.currency(
            label=N_("Field", "Budget currency"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Currency"), 8, synonyms=c.CURRENCY_WORDS),
        ),
        F(
            "eusew_registered",
            N_("Field", "Registered with EU Sustainable Energy Week"),
            list=ListFacet(),
            excel=excel(N_("Excel", "EUSEW registered"), 10),
        ),
        F("outcome_notes", N_("Field", "Outcome notes"), excel=excel(N_("Excel", "Outcome"), 40)),
    ),
    list_order=(
        "start_date",
        "title",
        "place",
        "organiser_ids",
        "participants",
        "budget",
        "currency",
        "eusew_registered",
    ),  # fmt: skip
    report_order=("start_date", "title", "place", "participants"),
)
