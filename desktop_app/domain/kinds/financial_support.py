"""Finance obtained or arranged for a signatory, in its own currency."""

from __future__ import annotations

from ..enums import FinanceStatus, FundingSource, Instrument
from ..i18n_markers import QT_TRANSLATE_NOOP as N_
from . import _common as c
from ._common import excel
from .spec import FieldSpec as F
from .spec import KindSpec, ListFacet, ReportFacet

SPEC = KindSpec(
    id="financial_support",
    plural="finance",
    title=N_("RecordKind", "Financial support"),
    plural_title=N_("RecordKind", "Financial support"),
    model_name="FinancialSupport",
    validator="validate_financial_support",
    section="finance",
    signatory_field="signatory_id",
    describe=("signatory_id", "instrument", "amount"),
    form="finance_form:FinanceForm",
    sheet_title=N_("Excel", "Finance"),
    sheet_sort=("decision_date",),
    period_field="decision_date",
    sheet_keys=("signatory_id", "instrument", "funder_name", "decision_date", "amount"),
    report_title=N_("Report", "Annex C. Financial support"),
    related_title=N_("SignatoryForm", "Finance"),
    list_sort=("-decision_date", "id"),
    fields=(
        c.signatory(report=ReportFacet(N_("Report", "Signatory"), 1.9)),
        c.plan(excel=excel(N_("Excel", "Plan ID"), 38)),
        F(
            "action_id",
            N_("Field", "Mitigation action"),  # finance_form: the action choice
            # the action it pays for travels by its ID, like the plan (a lossless round trip)
            excel=excel(N_("Excel", "Action ID"), 38),
        ),
        F(
            "instrument",
            N_("Field", "Instrument"),
            enum=Instrument,
            required=True,
            list=ListFacet(filter="type"),
            excel=excel(
                N_("Excel", "Instrument"),
                22,
                synonyms=("financing instrument", "инструмент", "serişde", "gural"),
            ),
            report=ReportFacet(N_("Report", "Instrument"), 1.6),
        ),
        F(
            "source",
            N_("Field", "Funding source"),
            enum=FundingSource,
            required=True,
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Source"),
                22,
                synonyms=("funding source", "источник", "источник финансирования", "çeşme"),
            ),
            report=ReportFacet(N_("Report", "Source"), 1.6),
        ),
        F(
            "funder_name",
            N_("Field", "Funder"),
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Funder"),
                20,
                synonyms=(
                    "funder",
                    "donor",
                    "финансирующая организация",
                    "донор",
                    "maliýeleşdiriji",
                ),
            ),
        ),
        F("purpose", N_("Field", "Purpose"), excel=excel(N_("Excel", "Purpose"), 28)),
        F(
            "amount",
            N_("Field", "Amount"),
            required=True,
            list=ListFacet(),
            excel=excel(
                N_("Excel", "Amount"), 16, synonyms=("sum", "value", "сумма", "mukdar", "möçber")
            ),
            report=ReportFacet(N_("Report", "Amount"), 1.6),
        ),
        c.currency(
            required=True,
            list=ListFacet(),
            excel=excel(N_("Excel", "Currency"), 8, synonyms=c.CURRENCY_WORDS, required=False),
        ),
        F(
            "decision_date",
            N_("Field", "Decision date"),
            list=ListFacet(filter="year"),
            excel=excel(
                N_("Excel", "Decision date"),
                12,
                synonyms=(
                    "date",
                    "date of decision",
                    "дата",
                    "дата решения",
                    "sene",
                    "karar senesi",
                ),  # fmt: skip
            ),
            report=ReportFacet(N_("Report", "Date"), 1.1),
        ),
        c.status(
            FinanceStatus,
            list=ListFacet(filter="status"),
            excel=excel(N_("Excel", "Status"), 12, synonyms=c.STATUS_WORDS),
            report=ReportFacet(N_("Report", "Status"), 1.0),
        ),
        F(
            "disbursed_amount",
            N_("Field", "Disbursed amount"),
            list=ListFacet(hidden=True),
            excel=excel(N_("Excel", "Disbursed amount"), 16),
        ),
        F(
            "disbursed_date",
            N_("Field", "Disbursement date"),
            excel=excel(N_("Excel", "Disbursed date"), 12),
        ),
        c.notes(),
        F(
            "amount_eur",
            N_("Field", "Amount (EUR)"),
            widget="money",
            computed=True,
            list=ListFacet(),  # services/list_computed.py
            excel=excel(N_("Excel", "Amount (EUR)"), 16, total=True),
            report=ReportFacet(N_("Report", "EUR"), 1.1),
        ),
        F(
            "rate",
            N_("Field", "Rate (units per EUR)"),
            widget="decimal",
            computed=True,
            excel=excel(N_("Excel", "Rate (units per EUR)"), 14, type="rate"),
        ),
        F(
            "rate_date",
            N_("Field", "Rate date"),
            widget="date",
            computed=True,
            excel=excel(N_("Excel", "Rate date"), 12),
        ),
    ),
    list_order=(
        "instrument",
        "source",
        "funder_name",
        "amount",
        "currency",
        "amount_eur",
        "decision_date",
        "disbursed_amount",
        "status",
    ),  # fmt: skip
    excel_order=(
        "instrument",
        "source",
        "funder_name",
        "purpose",
        "amount",
        "currency",
        "decision_date",
        "disbursed_amount",
        "disbursed_date",
        "status",
        "notes",
        "amount_eur",
        "rate",
        "rate_date",
    ),  # fmt: skip
    report_order=(
        "decision_date",
        "signatory_id",
        "instrument",
        "source",
        "status",
        "amount",
        "amount_eur",
    ),  # fmt: skip
)
