"""A signatory: a municipality (or group) that signed the Covenant of Mayors."""

from __future__ import annotations

from ..enums import Framework, Pillar, SignatoryStatus, TargetType
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet, ReportFacet

# The signatories list is the first screen: its cell types are stated (no ORM at start-up);
# tests/unit/test_kind_specs.py checks them against the columns.
SPEC = KindSpec(
    id="signatory",
    plural="signatories",
    title=N_("RecordKind", "Signatory"),
    plural_title=N_("RecordKind", "Signatories"),
    model_name="Signatory",
    validator="validate_signatory",
    section="signatories",
    title_field="name",
    describe=("name", "local_name"),
    form="signatory_form:SignatoryForm",
    sheet_title=N_("Excel", "Signatories"),
    sheet_sort=("name",),
    sheet_keys=("name", "country"),
    report_title=N_("Report", "Annex A. Signatories"),
    list_sort=("name", "id"),
    fields=(
        c.name(
            label=N_("Field", "Name (Latin script)"),
            list=ListFacet(type="name"),
            excel=excel(N_("Excel", "Name"), 28, synonyms=c.NAME_WORDS),
            report=ReportFacet(N_("Report", "Signatory"), 2.4),
        ),
        c.local_name(
            list=ListFacet(type="name"),
            excel=excel(
                N_("Excel", "Local name"),
                24,
                synonyms=("name in local language", "местное название", "ýerli ady"),
            ),
            report=ReportFacet(N_("Report", "Local name"), 2.1),
        ),
        c.country(
            list=ListFacet(filter="country", type="country"),
            excel=excel(N_("Excel", "Country"), 16, synonyms=("страна", "ýurt", "country code")),
        ),
        c.region(
            list=ListFacet(type="text"),
            excel=excel(
                N_("Excel", "Region"),
                20,
                synonyms=("province", "oblast", "регион", "область", "sebit", "welaýat"),
            ),
        ),
        F(
            "covenant_id",
            N_("Field", "Covenant ID"),
            list=ListFacet(hidden=True, type="text"),
            excel=excel(N_("Excel", "Covenant ID"), 14),
        ),
        F(
            "latitude",
            N_("Field", "Latitude"),
            excel=excel(N_("Excel", "Latitude"), 11, synonyms=("lat", "широта", "giňlik")),
        ),
        F(
            "longitude",
            N_("Field", "Longitude"),
            excel=excel(
                N_("Excel", "Longitude"), 11, synonyms=("lon", "lng", "долгота", "uzaklyk")
            ),
        ),
        F(
            "population",
            N_("Field", "Population"),
            list=ListFacet(type="int"),
            excel=excel(
                N_("Excel", "Population"),
                12,
                total=True,
                synonyms=("inhabitants", "население", "число жителей", "ilat", "ilatyň sany"),
            ),
        ),
        F(
            "population_year",
            N_("Field", "Population year"),
            excel=excel(
                N_("Excel", "Population year"), 10, synonyms=("год населения", "ilat ýyly")
            ),
        ),
        F(
            "adhesion_date",
            N_("Field", "Adhesion date (council decision)"),
            heading=N_("Form", "Commitment"),
            list=ListFacet(filter="year", type="date"),
            excel=excel(
                N_("Excel", "Adhesion date"),
                12,
                synonyms=(
                    "date of adhesion",
                    "joined",
                    "date joined",
                    "council decision date",
                    "дата присоединения",
                    "дата вступления",
                    "goşulan senesi",
                    "goşulan sene",
                ),  # fmt: skip
            ),
            report=ReportFacet(N_("Report", "Adhesion"), 1.3),
        ),
        F(
            "framework",
            N_("Field", "Commitment framework"),
            enum=Framework,
            list=ListFacet(filter="type", type="enum"),
            excel=excel(
                N_("Excel", "Framework"), 22, synonyms=("рамка", "обязательство", "maksat ýyly")
            ),
        ),
        F(
            "pillars",
            N_("Field", "Pillars"),
            enum=Pillar,
            excel=excel(N_("Excel", "Pillars"), 26, synonyms=("столпы", "направления", "ugurlar")),
        ),
        F(
            "target_percent",
            N_("Field", "Reduction target (%)"),
            excel=excel(
                N_("Excel", "Target (%)"),
                10,
                synonyms=("target %", "target", "reduction target", "цель (%)", "цель", "maksat"),
            ),
        ),
        F(
            "target_year",
            N_("Field", "Target year"),
            excel=excel(N_("Excel", "Target year"), 10, synonyms=("год цели", "maksat ýyly")),
        ),
        F(
            "target_type",
            N_("Field", "Target type"),
            enum=TargetType,
            excel=excel(N_("Excel", "Target type"), 12),
        ),
        F("joint_plan", N_("Field", "Joint plan"), excel=excel(N_("Excel", "Joint plan"), 8)),
        F(
            "joint_plan_name",
            N_("Field", "Joint plan name"),
            excel=excel(N_("Excel", "Joint plan name"), 20),
        ),
        c.status(
            SignatoryStatus,
            list=ListFacet(filter="status", type="enum"),
            excel=excel(N_("Excel", "Status"), 12, synonyms=c.STATUS_WORDS),
            report=ReportFacet(N_("Report", "Status"), 1.1),
        ),
        F("status_date", N_("Field", "Status date"), excel=excel(N_("Excel", "Status date"), 12)),
        c.contact_person(
            heading=N_("Form", "Contact"),
            excel=excel(
                N_("Excel", "Contact person"),
                20,
                synonyms=("contact", "контактное лицо", "habarlaşmak üçin adam"),
            ),
        ),
        c.email(
            excel=excel(
                N_("Excel", "Email"),
                24,
                synonyms=("e-mail", "электронная почта", "эл. почта", "elektron poçta"),
            )
        ),
        c.phone(
            excel=excel(
                N_("Excel", "Phone"), 16, synonyms=("telephone", "tel", "телефон", "telefon")
            )
        ),
        c.notes(),
        # computed: the workbook's and the report's view of the signatory's progress
        F(
            "plan_status",
            N_("Field", "Plan status"),
            widget="text",
            computed=True,
            excel=excel(N_("Excel", "Plan status"), 18),
            report=ReportFacet(N_("Report", "Plan"), 1.6),
        ),
        F(
            "next_deadline",
            N_("Field", "Next deadline"),
            widget="date",
            computed=True,
            excel=excel(N_("Excel", "Next deadline"), 12),
        ),
        F(
            "activities",
            N_("Field", "Assistance activities"),
            widget="int",
            computed=True,
            report=ReportFacet(N_("Report", "Activities"), 0.9),
        ),
        F(
            "finance_eur",
            N_("Field", "Finance (EUR)"),
            widget="int",
            computed=True,
            report=ReportFacet(N_("Report", "Finance (EUR)"), 1.3),
        ),
        F(
            "energy_days",
            N_("Field", "Energy Days"),
            widget="int",
            computed=True,
            report=ReportFacet(N_("Report", "Energy Days"), 0.9),
        ),
    ),
    list_order=(
        "name",
        "local_name",
        "country",
        "region",
        "population",
        "adhesion_date",
        "framework",
        "status",
        "covenant_id",
    ),  # fmt: skip
)
