"""What each sheet holds: one column spec per field, shared by export, import and the wizard.

Keeping export and import on the same specs is what makes the round trip hold: a column the
exporter writes is a column the importer recognises, with the same type and enum.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from enum import StrEnum

from ...domain import enums as E
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_

CTX = "Excel"

# Column types. Computed columns are exported but never imported.
TEXT, DATE, MONEY, INT, DEC1, PERCENT, RATE, BOOL = (
    "text",
    "date",
    "money",
    "int",
    "dec1",
    "percent",
    "rate",
    "bool",
)
ENUM, ENUM_LIST, COUNTRY, CURRENCY, UUID, SIGNATORY_LIST = (
    "enum",
    "enum_list",
    "country",
    "currency",
    "uuid",
    "signatory_list",
)

NUMBER_FORMATS = {
    DATE: "yyyy-mm-dd",
    MONEY: "#,##0.00",
    INT: "0",
    DEC1: "0.0",
    PERCENT: "0.00",
    RATE: "0.00000000",
}


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    """English header, marked for translation in context "Excel"."""
    type: str = TEXT
    width: int = 14
    enum: builtins.type[StrEnum] | None = None
    required: bool = False
    importable: bool = True
    total: bool = False
    """A live SUBTOTAL goes above this column."""


@dataclass(frozen=True)
class SheetSpec:
    kind: str
    title: str
    """Sheet name, marked for translation; at most 31 characters in any language."""
    columns: tuple[Column, ...]
    keys: tuple[str, ...] = ()
    """Natural key used to find an existing record when the row carries no id."""
    refs_signatory: bool = False
    """Rows name a signatory by id or by name and country."""

    @property
    def importable(self) -> tuple[Column, ...]:
        return tuple(c for c in self.columns if c.importable)

    def column(self, name: str) -> Column | None:
        for c in self.columns:
            if c.field == name:
                return c
        return None


ID = Column("id", N_("Excel", "ID"), UUID, width=38)
SIG = Column("signatory", N_("Excel", "Signatory"), TEXT, width=28)
SIG_COUNTRY = Column("signatory_country", N_("Excel", "Signatory country"), COUNTRY, width=16)
SIG_ID = Column("signatory_id", N_("Excel", "Signatory ID"), UUID, width=38)
NOTES = Column("notes", N_("Excel", "Notes"), TEXT, width=40)

SIGNATORIES = SheetSpec(
    "signatories",
    N_("Excel", "Signatories"),
    (
        ID,
        Column("name", N_("Excel", "Name"), TEXT, 28, required=True),
        Column("local_name", N_("Excel", "Local name"), TEXT, 24),
        Column("country", N_("Excel", "Country"), COUNTRY, 16, required=True),
        Column("region", N_("Excel", "Region"), TEXT, 20),
        Column("covenant_id", N_("Excel", "Covenant ID"), TEXT, 14),
        Column("population", N_("Excel", "Population"), INT, 12, total=True),
        Column("population_year", N_("Excel", "Population year"), INT, 10),
        Column("adhesion_date", N_("Excel", "Adhesion date"), DATE, 12),
        Column("framework", N_("Excel", "Framework"), ENUM, 22, E.Framework),
        Column("pillars", N_("Excel", "Pillars"), ENUM_LIST, 26, E.Pillar),
        Column("target_percent", N_("Excel", "Target (%)"), PERCENT, 10),
        Column("target_year", N_("Excel", "Target year"), INT, 10),
        Column("target_type", N_("Excel", "Target type"), ENUM, 12, E.TargetType),
        Column("joint_plan", N_("Excel", "Joint plan"), BOOL, 8),
        Column("joint_plan_name", N_("Excel", "Joint plan name"), TEXT, 20),
        Column("status", N_("Excel", "Status"), ENUM, 12, E.SignatoryStatus),
        Column("status_date", N_("Excel", "Status date"), DATE, 12),
        Column("contact_person", N_("Excel", "Contact person"), TEXT, 20),
        Column("email", N_("Excel", "Email"), TEXT, 24),
        Column("phone", N_("Excel", "Phone"), TEXT, 16),
        NOTES,
        Column("plan_status", N_("Excel", "Plan status"), TEXT, 18, importable=False),
        Column("next_deadline", N_("Excel", "Next deadline"), DATE, 12, importable=False),
    ),
    keys=("name", "country"),
)

PLANS = SheetSpec(
    "plans",
    N_("Excel", "Action plans"),
    (
        ID,
        SIG,
        SIG_COUNTRY,
        SIG_ID,
        Column("plan_type", N_("Excel", "Plan type"), ENUM, 10, E.PlanType, required=True),
        Column("title", N_("Excel", "Title"), TEXT, 30),
        Column("baseline_year", N_("Excel", "Baseline year"), INT, 10),
        Column("sectors", N_("Excel", "Inventory sectors"), ENUM_LIST, 30, E.Sector),
        Column("action_sectors", N_("Excel", "Action sectors"), ENUM_LIST, 30, E.Sector),
        Column("risk_assessment_done", N_("Excel", "Risk assessment done"), BOOL, 10),
        Column("council_approval_date", N_("Excel", "Council approval date"), DATE, 12),
        Column("submission_date", N_("Excel", "Submission date"), DATE, 12),
        Column("status", N_("Excel", "Status"), ENUM, 18, E.PlanStatus),
        Column("feedback_date", N_("Excel", "Feedback date"), DATE, 12),
        NOTES,
    ),
    keys=("signatory_id", "plan_type"),
    refs_signatory=True,
)

MONITORING = SheetSpec(
    "monitoring",
    N_("Excel", "Monitoring reports"),
    (
        ID,
        SIG,
        SIG_COUNTRY,
        SIG_ID,
        Column(
            "reporting_type",
            N_("Excel", "Reporting type"),
            ENUM,
            16,
            E.ReportingType,
            required=True,
        ),
        Column("inventory_year", N_("Excel", "Inventory year"), INT, 10),
        Column("due_date", N_("Excel", "Due date"), DATE, 12),
        Column("submission_date", N_("Excel", "Submission date"), DATE, 12),
        Column("status", N_("Excel", "Status"), ENUM, 18, E.MonitoringStatus),
        NOTES,
    ),
    keys=("signatory_id", "reporting_type", "due_date"),
    refs_signatory=True,
)

EXTENSIONS = SheetSpec(
    "extensions",
    N_("Excel", "Deadline extensions"),
    (
        ID,
        SIG,
        SIG_COUNTRY,
        SIG_ID,
        Column("subject", N_("Excel", "Subject"), ENUM, 16, E.ExtensionSubject),
        Column("document", N_("Excel", "Document"), TEXT, 24),
        Column("requested_by", N_("Excel", "Requested by"), ENUM, 14, E.RequestedBy),
        Column("request_date", N_("Excel", "Request date"), DATE, 12),
        Column("granted_until", N_("Excel", "Granted until"), DATE, 12),
        Column("reason", N_("Excel", "Reason"), TEXT, 40),
    ),
    keys=("signatory_id", "subject"),
    refs_signatory=True,
)

ASSISTANCE = SheetSpec(
    "assistance",
    N_("Excel", "Assistance"),
    (
        ID,
        Column(
            "activity_type", N_("Excel", "Activity type"), ENUM, 20, E.ActivityType, required=True
        ),
        Column("title", N_("Excel", "Title"), TEXT, 30),
        Column("activity_date", N_("Excel", "Date"), DATE, 12, required=True),
        Column("reaches_all", N_("Excel", "All signatories"), BOOL, 10),
        Column("reached", N_("Excel", "Signatories reached"), SIGNATORY_LIST, 36),
        Column("staff_days", N_("Excel", "Staff days"), DEC1, 10, total=True),
        Column("participants", N_("Excel", "Participants"), INT, 10, total=True),
        Column("description", N_("Excel", "Description"), TEXT, 40),
    ),
    keys=("activity_type", "title", "activity_date"),
)

ENERGY_DAYS = SheetSpec(
    "energy-days",
    N_("Excel", "Energy Days"),
    (
        ID,
        Column("title", N_("Excel", "Title"), TEXT, 30, required=True),
        Column("start_date", N_("Excel", "Start date"), DATE, 12, required=True),
        Column("end_date", N_("Excel", "End date"), DATE, 12),
        Column("place", N_("Excel", "Place"), TEXT, 20),
        Column("online", N_("Excel", "Online"), BOOL, 8),
        Column("organised_by_coordinator", N_("Excel", "Organised by coordinator"), BOOL, 10),
        Column("organisers", N_("Excel", "Organising signatories"), SIGNATORY_LIST, 36),
        Column("activity_types", N_("Excel", "Activities"), ENUM_LIST, 30, E.EnergyDayActivity),
        Column("audiences", N_("Excel", "Audiences"), ENUM_LIST, 30, E.Audience),
        Column("participants", N_("Excel", "Participants"), INT, 10, total=True),
        Column("budget", N_("Excel", "Budget"), MONEY, 14),
        Column("currency", N_("Excel", "Currency"), CURRENCY, 8),
        Column("eusew_registered", N_("Excel", "EUSEW registered"), BOOL, 10),
        Column("outcome_notes", N_("Excel", "Outcome"), TEXT, 40),
    ),
    keys=("title", "start_date"),
)

FINANCE = SheetSpec(
    "finance",
    N_("Excel", "Finance"),
    (
        ID,
        SIG,
        SIG_COUNTRY,
        SIG_ID,
        Column("instrument", N_("Excel", "Instrument"), ENUM, 22, E.Instrument, required=True),
        Column("source", N_("Excel", "Source"), ENUM, 22, E.FundingSource, required=True),
        Column("funder_name", N_("Excel", "Funder"), TEXT, 20),
        Column("purpose", N_("Excel", "Purpose"), TEXT, 28),
        Column("amount", N_("Excel", "Amount"), MONEY, 16, required=True),
        Column("currency", N_("Excel", "Currency"), CURRENCY, 8),
        Column("decision_date", N_("Excel", "Decision date"), DATE, 12),
        Column("disbursed_amount", N_("Excel", "Disbursed amount"), MONEY, 16),
        Column("disbursed_date", N_("Excel", "Disbursed date"), DATE, 12),
        Column("status", N_("Excel", "Status"), ENUM, 12, E.FinanceStatus),
        NOTES,
        Column("amount_eur", N_("Excel", "Amount (EUR)"), MONEY, 16, importable=False, total=True),
        Column("rate", N_("Excel", "Rate (units per EUR)"), RATE, 14, importable=False),
        Column("rate_date", N_("Excel", "Rate date"), DATE, 12, importable=False),
    ),
    keys=("signatory_id", "instrument", "funder_name", "decision_date", "amount"),
    refs_signatory=True,
)

EXCHANGE_RATES = SheetSpec(
    "exchange-rates",
    N_("Excel", "Exchange rates"),
    (
        ID,
        Column("currency", N_("Excel", "Currency"), CURRENCY, 8, required=True),
        Column("rate_date", N_("Excel", "Rate date"), DATE, 12, required=True),
        Column("units_per_eur", N_("Excel", "Units per EUR"), RATE, 16, required=True),
        Column("source", N_("Excel", "Source"), TEXT, 24),
    ),
    keys=("currency", "rate_date"),
)

IMPORT_SPECS: dict[str, SheetSpec] = {
    s.kind: s
    for s in (
        SIGNATORIES,
        PLANS,
        MONITORING,
        EXTENSIONS,
        ASSISTANCE,
        ENERGY_DAYS,
        FINANCE,
        EXCHANGE_RATES,
    )
}
KINDS: tuple[str, ...] = (*IMPORT_SPECS, "auto")

# Titles of the sheets that are export-only.
SUMMARY_TITLE = N_("Excel", "Summary")
PROFILE_TITLE = N_("Excel", "Coordinator profile")
DEADLINES_TITLE = N_("Excel", "Deadlines")
TOTAL_LABEL = N_("Excel", "Total (visible rows)")

DEADLINE_COLUMNS: tuple[Column, ...] = (
    SIG,
    SIG_COUNTRY,
    Column("what", N_("Excel", "Deadline"), TEXT, 28, importable=False),
    Column("due", N_("Excel", "Due date"), DATE, 12, importable=False),
    Column("state", N_("Excel", "State"), TEXT, 16, importable=False),
)
