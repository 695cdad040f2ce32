"""The coordinator's own profile (and other coordinators supporting shared signatories).

A field with an Excel facet is a row of the workbook's "Coordinator profile" sheet (label,
value), written and read back by services/excel/office.py; the headers the sheet used before
these facets existed are kept so older workbooks still import.
"""

from __future__ import annotations

from ..enums import CoordinatorKind, CoordinatorStatus
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec

SPEC = KindSpec(
    id="coordinator",
    plural="coordinators",
    title=N_("RecordKind", "Coordinator"),
    plural_title=N_("RecordKind", "Coordinators"),
    model_name="Coordinator",
    validator="validate_coordinator",
    section="coordinator",
    title_field="name",
    describe=("name",),
    excel_order=(
        "name",
        "local_name",
        "kind",
        "country",
        "region",
        "status",
        "contact_person",
        "email",
        "phone",
        "website",
        "mandated_agency",
        "commitment_signed_date",
        "active_date",
    ),
    fields=(
        c.name(excel=excel(N_("Excel", "Name"))),
        c.local_name(excel=excel(N_("Excel", "Local name"))),
        F(
            "kind",
            N_("Field", "Coordinator type"),
            enum=CoordinatorKind,
            required=True,
            excel=excel(N_("Excel", "Coordinator type")),
        ),
        c.country(excel=excel(N_("Excel", "Country"))),
        c.region(excel=excel(N_("Excel", "Region"))),
        F(
            "mandated_agency",
            N_("Field", "Mandated agency"),
            excel=excel(N_("Excel", "Mandated agency")),
        ),
        c.status(
            CoordinatorStatus,
            heading=N_("Form", "Application path"),
            excel=excel(N_("Excel", "Status")),
        ),
        F("expression_of_interest_date", N_("Field", "Expression of interest date"), excel=excel()),
        F("eligibility_confirmed_date", N_("Field", "Eligibility confirmed date"), excel=excel()),
        F(
            "commitment_signed_date",
            N_("Field", "Commitment signed date"),
            excel=excel(N_("Excel", "Commitment signed")),
        ),
        F("active_date", N_("Field", "Active since"), excel=excel(N_("Excel", "Active since"))),
        F("on_hold_date", N_("Field", "On hold since"), excel=excel()),
        F("withdrawn_date", N_("Field", "Withdrawn on"), excel=excel()),
        c.contact_person(heading=N_("Form", "Contact"), excel=excel(N_("Excel", "Contact person"))),
        c.email(excel=excel(N_("Excel", "Email"))),
        c.phone(excel=excel(N_("Excel", "Phone"))),
        F("website", N_("Field", "Website"), excel=excel(N_("Excel", "Website"))),
        c.notes(excel=None),
        F("is_own_office", N_("Field", "This office"), form=False),
    ),
)
