"""A deadline extension requested for a signatory's plan or monitoring report."""

from __future__ import annotations

from ..enums import ExtensionSubject, RequestedBy
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="deadline_extension",
    plural="extensions",
    title=N_("RecordKind", "Deadline extension"),
    plural_title=N_("RecordKind", "Deadline extensions"),
    model_name="DeadlineExtension",
    validator="validate_deadline_extension",
    section="plans",
    tab=2,
    signatory_field="signatory_id",
    describe=("signatory_id", "subject", "granted_until"),
    form="extension_form:ExtensionForm",
    sheet_title=N_("Excel", "Deadline extensions"),
    sheet_sort=("signatory", "request_date"),
    sheet_keys=("signatory_id", "subject"),
    related_title=N_("SignatoryForm", "Extensions"),
    list_sort=("signatory", "request_date"),
    fields=(
        c.signatory(),
        F(
            "subject",
            N_("Field", "Extension for"),
            enum=ExtensionSubject,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Subject"), 16),
        ),
        F(
            "document",
            N_("Field", "Document"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Document"), 24),
        ),
        F(
            "requested_by",
            N_("Field", "Requested by"),
            enum=RequestedBy,
            list=ListFacet(),
            excel=excel(N_("Excel", "Requested by"), 14),
        ),
        F(
            "request_date",
            N_("Field", "Request date"),
            list=ListFacet(filter="year"),
            excel=excel(N_("Excel", "Request date"), 12),
        ),
        F(
            "granted_until",
            N_("Field", "Granted until"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Granted until"), 12),
        ),
        F("reason", N_("Field", "Reason"), excel=excel(N_("Excel", "Reason"), 40)),
    ),
    list_order=("subject", "requested_by", "request_date", "granted_until", "document"),
)
