"""Enumerations, stored as stable English codes, with translatable labels.

Codes never change once released: they travel in databases, workbooks and sync packs.
Labels are what people read and go through the translation catalogue (context "Enum").
"""

from __future__ import annotations

from enum import StrEnum

from . import reference
from .i18n_markers import QT_TRANSLATE_NOOP as N_


class CoordinatorKind(StrEnum):
    TERRITORIAL = "territorial"
    NATIONAL = "national"


class CoordinatorStatus(StrEnum):
    EXPRESSION_OF_INTEREST = "expression_of_interest"
    ELIGIBILITY_CONFIRMED = "eligibility_confirmed"
    COMMITMENT_SIGNED = "commitment_signed"
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    WITHDRAWN = "withdrawn"


class ServiceType(StrEnum):
    PROMOTION = "promotion"
    TECHNICAL = "technical"
    STRATEGIC = "strategic"
    FINANCIAL = "financial"
    HUMAN_RESOURCES = "human_resources"
    CAPACITY_BUILDING = "capacity_building"
    INVENTORY_SUPPORT = "inventory_support"
    RISK_ASSESSMENT_SUPPORT = "risk_assessment_support"
    ENERGY_DAYS = "energy_days"


class SubmissionKind(StrEnum):
    """How a report reached the Commission (ReportSubmission.kind, a plain text column)."""

    COMMISSION_SURVEY = "commission_survey"
    SUBMISSION_PACK = "submission_pack"


class Framework(StrEnum):
    F2020 = "2020"
    F2030 = "2030"
    F2050 = "2050"


class Pillar(StrEnum):
    MITIGATION = "mitigation"
    ADAPTATION = "adaptation"
    ENERGY_POVERTY = "energy_poverty"


class TargetType(StrEnum):
    ABSOLUTE = "absolute"
    PER_CAPITA = "per_capita"


class SignatoryStatus(StrEnum):
    ACTIVE = "active"
    ON_HOLD = "on_hold"
    WITHDRAWN = "withdrawn"


class PlanType(StrEnum):
    SEAP = "seap"
    SECAP = "secap"
    SEACAP = "seacap"


class Sector(StrEnum):
    MUNICIPAL = "municipal"
    TERTIARY = "tertiary"
    RESIDENTIAL = "residential"
    TRANSPORT = "transport"
    INDUSTRY = "industry"
    OTHER = "other"


KEY_SECTORS = (Sector.MUNICIPAL, Sector.TERTIARY, Sector.RESIDENTIAL, Sector.TRANSPORT)


class PlanStatus(StrEnum):
    IN_PREPARATION = "in_preparation"
    SUBMITTED = "submitted"
    UNDER_ASSESSMENT = "under_assessment"
    ACCEPTED = "accepted"
    REVISION_REQUESTED = "revision_requested"


class ReportingType(StrEnum):
    ACTION = "action"
    FULL = "full"


class MonitoringStatus(StrEnum):
    PLANNED = "planned"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REVISION_REQUESTED = "revision_requested"


class ExtensionSubject(StrEnum):
    PLAN = "plan"
    MONITORING = "monitoring"


class RequestedBy(StrEnum):
    SIGNATORY = "signatory"
    COORDINATOR = "coordinator"


class ActivityType(StrEnum):
    PROMOTION = "promotion"
    TECHNICAL = "technical"
    STRATEGIC = "strategic"
    CAPACITY_BUILDING = "capacity_building"
    TRAINING = "training"
    STUDY_VISIT = "study_visit"
    EVENT = "event"
    OTHER = "other"


class Instrument(StrEnum):
    GRANT = "grant"
    SUBSIDY = "subsidy"
    SOFT_LOAN = "soft_loan"
    GUARANTEE = "guarantee"
    REVOLVING_FUND = "revolving_fund"
    ESCO_EPC = "esco_epc"
    THIRD_PARTY = "third_party"
    GREEN_BOND = "green_bond"
    PPP = "ppp"
    COOPERATIVE = "cooperative"
    IN_KIND_STAFF = "in_kind_staff"
    OTHER = "other"


class FundingSource(StrEnum):
    OWN_BUDGET = "own_budget"
    NATIONAL = "national"
    EU = "eu"
    IFI = "ifi"
    DONOR = "donor"
    PRIVATE = "private"


class FinanceStatus(StrEnum):
    APPLIED = "applied"
    APPROVED = "approved"
    DISBURSED = "disbursed"
    REJECTED = "rejected"


class EnergyDayActivity(StrEnum):
    WORKSHOP = "workshop"
    EXHIBITION = "exhibition"
    OPEN_DOORS = "open_doors"
    GUIDED_VISIT = "guided_visit"
    CONTEST = "contest"
    LESSON = "lesson"
    ROUND_TABLE = "round_table"
    CYCLING = "cycling"
    CONCERT = "concert"
    OTHER = "other"


class Audience(StrEnum):
    SCHOOLCHILDREN = "schoolchildren"
    PUBLIC = "public"
    BUSINESSES = "businesses"
    HOUSING_ASSOCIATIONS = "housing_associations"
    NGOS = "ngos"
    MEDIA = "media"
    PUBLIC_SERVANTS = "public_servants"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


class InventoryType(StrEnum):
    """Baseline (BEI) or monitoring (MEI) emission inventory."""

    BASELINE = "baseline"
    MONITORING = "monitoring"


class FactorApproach(StrEnum):
    """Standard IPCC (activity-based) factors or life-cycle (LCA) factors."""

    IPCC = "ipcc"
    LCA = "lca"


class EmissionUnit(StrEnum):
    T_CO2 = "t_co2"
    T_CO2_EQ = "t_co2_eq"


class InventorySector(StrEnum):
    """Rows of an inventory's energy grid: the Covenant template's sector codes (the
    research centre's tables use the same); the two production rows hold the fuels that
    local power and heat plants burn."""

    MUNICIPAL = "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES"
    TERTIARY = "TERTIARY_BUILDINGS_EQUIPMENT_FACILITIES"
    RESIDENTIAL = "RESIDENTIAL_BUILDINGS"
    PUBLIC_LIGHTING = "PUBLIC_LIGHTING"
    INDUSTRY = "INDUSTRY"
    TRANSPORT = "TRANSPORT"
    OTHERS = "OTHERS"
    LOCAL_ELECTRICITY = "LOCAL_ELECTRICITY_PRODUCTION"
    LOCAL_HEAT = "LOCAL_HEAT_COLD_PRODUCTION"


CONSUMPTION_SECTORS = tuple(InventorySector)[:7]
PRODUCTION_SECTORS = (InventorySector.LOCAL_ELECTRICITY, InventorySector.LOCAL_HEAT)
INVENTORY_KEY_SECTORS = (
    InventorySector.MUNICIPAL,
    InventorySector.TERTIARY,
    InventorySector.RESIDENTIAL,
    InventorySector.TRANSPORT,
)
"""The Covenant's four key sectors; public lighting is part of the municipal one."""


class EnergyCarrier(StrEnum):
    """Columns of an inventory's energy grid (the template's energy carriers)."""

    ELECTRICITY = "ELECTRICITY"
    HEAT_COLD = "HEAT_COLD"
    NATURAL_GAS = "NATURAL_GAS"
    LIQUID_GAS = "LIQUID_GAS"
    HEATING_OIL = "HEATING_OIL"
    DIESEL = "DIESEL"
    GASOLINE = "GASOLINE"
    LIGNITE = "LIGNITE"
    COAL = "COAL"
    OTHER_FOSSIL = "OTHER_FOSSIL_FUELS"
    BIOFUELS = "BIOFUELS"
    OTHER_BIOMASS = "OTHER_BIOMASS"
    SOLAR_THERMAL = "SOLAR_THERMAL"
    GEOTHERMAL = "GEOTHERMAL"


# Every ISO 3166-1 country and ISO 4217 currency, from CLDR (domain/reference.py); the
# region's own lists (pickers' favourites, demo rates) are reference.REGION_*.
COUNTRIES = reference.COUNTRIES
CURRENCIES = reference.CURRENCIES

_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (CoordinatorKind.TERRITORIAL, N_("Enum", "Territorial Coordinator")),
    (CoordinatorKind.NATIONAL, N_("Enum", "National Coordinator")),
    (CoordinatorStatus.EXPRESSION_OF_INTEREST, N_("Enum", "Expression of interest")),
    (CoordinatorStatus.ELIGIBILITY_CONFIRMED, N_("Enum", "Eligibility confirmed")),
    (CoordinatorStatus.COMMITMENT_SIGNED, N_("Enum", "Commitment signed")),
    (CoordinatorStatus.ACTIVE, N_("Enum", "Active")),
    (CoordinatorStatus.ON_HOLD, N_("Enum", "On hold")),
    (CoordinatorStatus.WITHDRAWN, N_("Enum", "Withdrawn")),
    (ServiceType.PROMOTION, N_("Enum", "Promotion")),
    (ServiceType.TECHNICAL, N_("Enum", "Technical assistance")),
    (ServiceType.STRATEGIC, N_("Enum", "Strategic assistance")),
    (ServiceType.FINANCIAL, N_("Enum", "Financial support")),
    (ServiceType.HUMAN_RESOURCES, N_("Enum", "Human resources")),
    (ServiceType.CAPACITY_BUILDING, N_("Enum", "Capacity building")),
    (ServiceType.INVENTORY_SUPPORT, N_("Enum", "Emission inventory support")),
    (ServiceType.RISK_ASSESSMENT_SUPPORT, N_("Enum", "Risk and vulnerability assessment support")),
    (ServiceType.ENERGY_DAYS, N_("Enum", "Energy Days")),
    (SubmissionKind.COMMISSION_SURVEY, N_("Enum", "Sent outside the app")),
    (SubmissionKind.SUBMISSION_PACK, N_("Enum", "Submission pack")),
    (Framework.F2020, N_("Enum", "2020 (SEAP)")),
    (Framework.F2030, N_("Enum", "2030 (SECAP)")),
    (Framework.F2050, N_("Enum", "2050 (climate neutrality)")),
    (Pillar.MITIGATION, N_("Enum", "Mitigation")),
    (Pillar.ADAPTATION, N_("Enum", "Adaptation")),
    (Pillar.ENERGY_POVERTY, N_("Enum", "Energy poverty / access")),
    (TargetType.ABSOLUTE, N_("Enum", "Absolute")),
    (TargetType.PER_CAPITA, N_("Enum", "Per capita")),
    (SignatoryStatus.ACTIVE, N_("Enum", "Active")),
    (SignatoryStatus.ON_HOLD, N_("Enum", "On hold")),
    (SignatoryStatus.WITHDRAWN, N_("Enum", "Withdrawn")),
    (PlanType.SEAP, N_("Enum", "SEAP")),
    (PlanType.SECAP, N_("Enum", "SECAP")),
    (PlanType.SEACAP, N_("Enum", "SEACAP")),
    (Sector.MUNICIPAL, N_("Enum", "Municipal")),
    (Sector.TERTIARY, N_("Enum", "Tertiary")),
    (Sector.RESIDENTIAL, N_("Enum", "Residential")),
    (Sector.TRANSPORT, N_("Enum", "Transport")),
    (Sector.INDUSTRY, N_("Enum", "Industry")),
    (Sector.OTHER, N_("Enum", "Other")),
    (PlanStatus.IN_PREPARATION, N_("Enum", "In preparation")),
    (PlanStatus.SUBMITTED, N_("Enum", "Submitted")),
    (PlanStatus.UNDER_ASSESSMENT, N_("Enum", "Under assessment")),
    (PlanStatus.ACCEPTED, N_("Enum", "Accepted")),
    (PlanStatus.REVISION_REQUESTED, N_("Enum", "Revision requested")),
    (ReportingType.ACTION, N_("Enum", "Action reporting")),
    (ReportingType.FULL, N_("Enum", "Full reporting")),
    (MonitoringStatus.PLANNED, N_("Enum", "Planned")),
    (MonitoringStatus.SUBMITTED, N_("Enum", "Submitted")),
    (MonitoringStatus.ACCEPTED, N_("Enum", "Accepted")),
    (MonitoringStatus.REVISION_REQUESTED, N_("Enum", "Revision requested")),
    (ExtensionSubject.PLAN, N_("Enum", "Action plan")),
    (ExtensionSubject.MONITORING, N_("Enum", "Monitoring report")),
    (RequestedBy.SIGNATORY, N_("Enum", "Signatory")),
    (RequestedBy.COORDINATOR, N_("Enum", "Coordinator")),
    (ActivityType.PROMOTION, N_("Enum", "Promotion")),
    (ActivityType.TECHNICAL, N_("Enum", "Technical assistance")),
    (ActivityType.STRATEGIC, N_("Enum", "Strategic assistance")),
    (ActivityType.CAPACITY_BUILDING, N_("Enum", "Capacity building")),
    (ActivityType.TRAINING, N_("Enum", "Training")),
    (ActivityType.STUDY_VISIT, N_("Enum", "Study visit")),
    (ActivityType.EVENT, N_("Enum", "Event")),
    (ActivityType.OTHER, N_("Enum", "Other")),
    (Instrument.GRANT, N_("Enum", "Grant")),
    (Instrument.SUBSIDY, N_("Enum", "Subsidy")),
    (Instrument.SOFT_LOAN, N_("Enum", "Soft loan")),
    (Instrument.GUARANTEE, N_("Enum", "Guarantee")),
    (Instrument.REVOLVING_FUND, N_("Enum", "Revolving fund")),
    (Instrument.ESCO_EPC, N_("Enum", "ESCO / energy performance contract")),
    (Instrument.THIRD_PARTY, N_("Enum", "Third-party financing")),
    (Instrument.GREEN_BOND, N_("Enum", "Green bond")),
    (Instrument.PPP, N_("Enum", "Public-private partnership")),
    (Instrument.COOPERATIVE, N_("Enum", "Cooperative / crowdfunding")),
    (Instrument.IN_KIND_STAFF, N_("Enum", "Staff in kind")),
    (Instrument.OTHER, N_("Enum", "Other")),
    (FundingSource.OWN_BUDGET, N_("Enum", "Own budget")),
    (FundingSource.NATIONAL, N_("Enum", "National budget")),
    (FundingSource.EU, N_("Enum", "EU programme")),
    (FundingSource.IFI, N_("Enum", "International financial institution")),
    (FundingSource.DONOR, N_("Enum", "Donor")),
    (FundingSource.PRIVATE, N_("Enum", "Private")),
    (FinanceStatus.APPLIED, N_("Enum", "Applied")),
    (FinanceStatus.APPROVED, N_("Enum", "Approved")),
    (FinanceStatus.DISBURSED, N_("Enum", "Disbursed")),
    (FinanceStatus.REJECTED, N_("Enum", "Rejected")),
    (EnergyDayActivity.WORKSHOP, N_("Enum", "Workshop")),
    (EnergyDayActivity.EXHIBITION, N_("Enum", "Exhibition")),
    (EnergyDayActivity.OPEN_DOORS, N_("Enum", "Open doors")),
    (EnergyDayActivity.GUIDED_VISIT, N_("Enum", "Guided visit")),
    (EnergyDayActivity.CONTEST, N_("Enum", "Contest")),
    (EnergyDayActivity.LESSON, N_("Enum", "Lesson")),
    (EnergyDayActivity.ROUND_TABLE, N_("Enum", "Round table")),
    (EnergyDayActivity.CYCLING, N_("Enum", "Cycling")),
    (EnergyDayActivity.CONCERT, N_("Enum", "Concert")),
    (EnergyDayActivity.OTHER, N_("Enum", "Other")),
    (Audience.SCHOOLCHILDREN, N_("Enum", "Schoolchildren")),
    (Audience.PUBLIC, N_("Enum", "General public")),
    (Audience.BUSINESSES, N_("Enum", "Businesses")),
    (Audience.HOUSING_ASSOCIATIONS, N_("Enum", "Housing associations")),
    (Audience.NGOS, N_("Enum", "NGOs")),
    (Audience.MEDIA, N_("Enum", "Media")),
    (Audience.PUBLIC_SERVANTS, N_("Enum", "Public servants")),
    (InventoryType.BASELINE, N_("Enum", "Baseline emission inventory")),
    (InventoryType.MONITORING, N_("Enum", "Monitoring emission inventory")),
    (FactorApproach.IPCC, N_("Enum", "IPCC (activity-based)")),
    (FactorApproach.LCA, N_("Enum", "Life cycle (LCA)")),
    (EmissionUnit.T_CO2, N_("Enum", "t CO2")),
    (EmissionUnit.T_CO2_EQ, N_("Enum", "t CO2-eq")),
    (InventorySector.MUNICIPAL, N_("Enum", "Municipal buildings, equipment and facilities")),
    (InventorySector.TERTIARY, N_("Enum", "Tertiary buildings, equipment and facilities")),
    (InventorySector.RESIDENTIAL, N_("Enum", "Residential buildings")),
    (InventorySector.PUBLIC_LIGHTING, N_("Enum", "Public lighting")),
    (InventorySector.INDUSTRY, N_("Enum", "Industry")),
    (InventorySector.TRANSPORT, N_("Enum", "Transport")),
    (InventorySector.OTHERS, N_("Enum", "Others")),
    (InventorySector.LOCAL_ELECTRICITY, N_("Enum", "Local electricity production (fuel input)")),
    (InventorySector.LOCAL_HEAT, N_("Enum", "Local heat/cold production (fuel input)")),
    (EnergyCarrier.ELECTRICITY, N_("Enum", "Electricity")),
    (EnergyCarrier.HEAT_COLD, N_("Enum", "Heat/cold")),
    (EnergyCarrier.NATURAL_GAS, N_("Enum", "Natural gas")),
    (EnergyCarrier.LIQUID_GAS, N_("Enum", "Liquid gas")),
    (EnergyCarrier.HEATING_OIL, N_("Enum", "Heating oil")),
    (EnergyCarrier.DIESEL, N_("Enum", "Diesel")),
    (EnergyCarrier.GASOLINE, N_("Enum", "Gasoline")),
    (EnergyCarrier.LIGNITE, N_("Enum", "Lignite")),
    (EnergyCarrier.COAL, N_("Enum", "Coal")),
    (EnergyCarrier.OTHER_FOSSIL, N_("Enum", "Other fossil fuels")),
    (EnergyCarrier.BIOFUELS, N_("Enum", "Biofuels")),
    (EnergyCarrier.OTHER_BIOMASS, N_("Enum", "Other biomass")),
    (EnergyCarrier.SOLAR_THERMAL, N_("Enum", "Solar thermal")),
    (EnergyCarrier.GEOTHERMAL, N_("Enum", "Geothermal")),
    (AuditAction.INSERT, N_("Enum", "Created")),
    (AuditAction.UPDATE, N_("Enum", "Changed")),
    (AuditAction.DELETE, N_("Enum", "Moved to trash")),
    (AuditAction.RESTORE, N_("Enum", "Restored")),
)

# Keyed by (enum class, code): different enums share codes such as "active".
LABELS: dict[tuple[type, str], str] = {(type(m), m.value): text for m, text in _PAIRS}


def label(value: StrEnum) -> str:
    """The untranslated English label; translate with context "Enum"."""
    return LABELS[(type(value), value.value)]
