"""The coordinator's own profile (and other coordinators supporting shared signatories)."""

from __future__ import annotations

from ..enums import CoordinatorKind, CoordinatorStatus
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
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
    fields=(
        c.name(),
        c.local_name(),
        F("kind", N_("Field", "Coordinator type"), enum=CoordinatorKind, required=True),
        c.country(),
        c.region(),
        F("mandated_agency", N_("Field", "Mandated agency")),
        c.status(CoordinatorStatus, heading=N_("Form", "Application path")),
        F("expression_of_interest_date", N_("Field", "Expression of interest date")),
        F("eligibility_confirmed_date", N_("Field", "Eligibility confirmed date")),
        F("commitment_signed_date", N_("Field", "Commitment signed date")),
        F("active_date", N_("Field", "Active since")),
        F("on_hold_date", N_("Field", "On hold since")),
        F("withdrawn_date", N_("Field", "Withdrawn on")),
        c.contact_person(heading=N_("Form", "Contact")),
        c.email(),
        c.phone(),
        F("website", N_("Field", "Website")),
        c.notes(excel=None),
        F("is_own_office", N_("Field", "This office"), form=False),
    ),
)
