"""A monitoring report: action reporting every two years, full reporting every four."""

from __future__ import annotations

from ..enums import MonitoringStatus, ReportingType
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet

SPEC = KindSpec(
    id="monitoring_report",
    plural="monitoring",
    title=N_("RecordKind", "Monitoring report"),
    plural_title=N_("RecordKind", "Monitoring reports"),
    model_name="MonitoringReport",
    validator="validate_monitoring_report",
    section="plans",
    tab=1,
    signatory_field="signatory_id",
    describe=("signatory_id", "reporting_type", "inventory_year"),
    form="monitoring_form:MonitoringForm",
    sheet_title=N_("Excel", "Monitoring reports"),
    sheet_sort=("signatory", "due_date"),
    sheet_keys=("signatory_id", "reporting_type", "due_date"),
    related_title=N_("SignatoryForm", "Monitoring"),
    list_sort=("signatory", "due_date"),
    fields=(
        c.signatory(),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        F(
            "reporting_type",
            N_("Field", "Reporting type"),
            enum=ReportingType,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(N_("Excel", "Reporting type"), 16),
        ),
        F(
            "inventory_year",
            N_("Field", "Inventory year"),
            list=ListFacet(),
            excel=excel(N_("Excel", "Inventory year"), 10),
        ),
        F(
            "due_date",
            N_("Field", "Due date"),
            list=ListFacet(filter="year"),
            excel=excel(N_("Excel", "Due date"), 12),
        ),
        c.submission_date(
            list=ListFacet(),
            excel=excel(N_("Excel", "Submission date"), 12, synonyms=c.SUBMISSION_WORDS),
        ),
        c.status(
            MonitoringStatus,
            list=ListFacet(filter="status"),
            excel=excel(N_("Excel", "Status"), 18, synonyms=c.STATUS_WORDS),
        ),
        c.notes(),
    ),
)
