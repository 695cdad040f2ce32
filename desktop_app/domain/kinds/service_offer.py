"""One service the coordinator offers signatories (listed on the profile page).

The fields with an Excel facet are the columns of the "Services offered to signatories" rows
of the workbook's Coordinator profile sheet, in this order (services/excel/office.py).
"""

from __future__ import annotations

from ..enums import ServiceType
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec

SPEC = KindSpec(
    id="service_offer",
    plural="service_offers",
    title=N_("RecordKind", "Service offered"),
    plural_title=N_("RecordKind", "Services offered"),
    model_name="ServiceOffer",
    validator="validate_service_offer",
    section="coordinator",
    describe=("coordinator_id", "service"),
    form="service_offer_form:ServiceOfferForm",
    fields=(
        F("coordinator_id", N_("Field", "Coordinator"), form=False),
        F("service", N_("Field", "Service"), enum=ServiceType, required=True, excel=excel()),
        c.description(excel=excel()),
        F("valid_from", N_("Field", "Valid from"), excel=excel()),
        F("valid_to", N_("Field", "Valid to"), excel=excel()),
    ),
)
