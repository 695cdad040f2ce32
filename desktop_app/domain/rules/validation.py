"""Validation of one record's field values, shared by forms, importers and the CLI.

`values` are keyed by model attribute names; see _checker for the types accepted. Errors
block saving; warnings are shown and the record can still be saved (the Covenant's own
rules are often "expected" rather than "required", and offices enter history as it was).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import String

from ..enums import (
    CONSUMPTION_SECTORS,
    INVENTORY_KEY_SECTORS,
    KEY_SECTORS,
    CoordinatorStatus,
    EnergyCarrier,
    FactorApproach,
    FinanceStatus,
    Framework,
    InventorySector,
    MonitoringStatus,
    PlanStatus,
    PlanType,
    ReportingType,
    Sector,
)
from ..kinds import KINDS as SPECS
from ..kinds import hints
from ._checker import Checker
from .issues import Issue, errors, warnings
from .plan_contents import (  # noqa: F401 - dispatched by name (kind specs' validators)
    validate_adaptation_action,
    validate_climate_risk,
    validate_mitigation_action,
    validate_poverty_indicator,
)
from .settings import DEFAULT_SETTINGS, RuleSettings

__all__ = [
    "KINDS",
    "ValidationContext",
    "errors",
    "max_lengths",
    "validate",
    "warnings",
]


@dataclass(frozen=True)
class ValidationContext:
    """Facts from outside the record that some rules need.

    Leave a fact None when unknown: the rule that needs it is then skipped, or falls back to
    a weaker check (a baseline year is then only checked against today's year).
    """

    today: date | None = None
    settings: RuleSettings = DEFAULT_SETTINGS
    signatory_adhesion_date: date | None = None
    """For plans: the baseline year must not be after the adhesion year."""
    signatory_framework: Framework | str | None = None
    plan_submission_date: date | None = None
    """For monitoring reports: a report cannot be submitted before its plan."""
    existing_extensions: int = 0
    """Other extensions the signatory already has for the same subject."""
    plan_action_sectors: frozenset[str] = frozenset()
    """For plans: the key sectors (Sector codes) of the plan's recorded mitigation
    actions; they count with the sectors typed on the plan."""
    signatory_country: str | None = None
    """For inventories: the country whose national electricity factor applies."""
    emission_factors: Any = None
    """For inventories: the factor table (emissions.FactorTable); None skips the check of
    the stated total emissions."""


_MODELS: dict[str, type] = {k.id: k.model for k in SPECS.values()}
"""Each kind's mapped class, from its spec (domain/kinds)."""


@cache
def max_lengths(kind: str) -> dict[str, int]:
    """Length limits of the kind's text columns, read from the model so they cannot drift."""
    table = _MODELS[kind].__table__  # type: ignore[attr-defined]
    return {
        col.key: col.type.length
        for col in table.columns
        if isinstance(col.type, String) and col.type.length and col.key != "updated_by"
    }


@cache
def coded_fields(kind: str) -> tuple[tuple[str, type[StrEnum], bool], ...]:
    """(field, its code list, a list of codes?) for each stored field whose spec names
    its enum: every such value is checked against its codes, whatever the kind."""
    spec = SPECS[kind]
    return tuple(
        (f.name, f.enum, hints.widget(spec, f) == "codes")
        for f in spec.fields
        if f.enum is not None and not f.computed
    )


def _start(kind: str, values: Mapping[str, Any], ctx: ValidationContext | None) -> Checker:
    """A checker with what every kind's record gets: length limits, required fields and
    the codes of its enum and code-list fields (from the kind spec). A validator reads an
    enum it needs again with `c.choice` / `c.choices`: values are read once, so nothing is
    reported twice."""
    ctx = ctx or ValidationContext()
    check = Checker(kind, values, ctx.today or date.today(), ctx.settings)
    check.lengths(max_lengths(kind))
    check.required(*SPECS[kind].required())
    for name, enum_cls, many in coded_fields(kind):
        (check.choices if many else check.choice)(name, enum_cls)
    return check


_PATH = (
    "expression_of_interest_date",
    "eligibility_confirmed_date",
    "commitment_signed_date",
    "active_date",
)


def validate_coordinator(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("coordinator", values, ctx)
    status = c.choice("status", CoordinatorStatus)
    c.country("country")
    c.email("email")
    present = [f for f in _PATH if c.date(f) is not None]
    for earlier, later in zip(present, present[1:], strict=False):
        c.order(earlier, later)
    for late_step in ("on_hold_date", "withdrawn_date"):
        if present:
            c.order(present[0], late_step)
    c.not_future(*_PATH, "on_hold_date", "withdrawn_date")
    if status is not None and not c.present(f"{status.value}_date"):
        c.warn(f"{status.value}_date", "status_needs_value", status=status)
    return c.issues


def validate_service_offer(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("service_offer", values, ctx)
    c.order("valid_from", "valid_to")
    return c.issues


def validate_signatory(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("signatory", values, ctx)
    s = c.settings
    c.country("country")
    c.email("email")
    framework = c.choice("framework", Framework)
    c.positive("population", c.integer("population"))
    c.year("population_year", s.population_year_min, c.today.year)
    for name, bound in (("latitude", 90), ("longitude", 180)):
        degrees = c.decimal(name)
        if degrees is not None and not -bound <= degrees <= bound:
            c.error(name, "degrees_out_of_range", value=degrees, min=-bound, max=bound)
    adhesion = c.date("adhesion_date")
    if adhesion is None and c.ok("adhesion_date"):
        c.warn("adhesion_date", "adhesion_date_missing")
    c.not_future("adhesion_date", "status_date")
    c.order("adhesion_date", "status_date")
    target = c.decimal("target_percent")
    if target is not None:
        if not 0 <= target <= 100:
            c.error("target_percent", "percent_out_of_range", value=target)
        else:
            minimum = s.min_target(framework)
            if minimum is not None and target < minimum:
                c.warn(
                    "target_percent",
                    "target_below_minimum",
                    value=target,
                    minimum=minimum,
                    framework=framework,
                )
    low = adhesion.year if adhesion is not None else s.baseline_year_min
    c.year("target_year", low, s.target_year_max)
    if c.flag("joint_plan") and not c.present("joint_plan_name"):
        c.warn("joint_plan_name", "recommended")
    return c.issues


_SUBMITTED_PLAN = {
    PlanStatus.SUBMITTED,
    PlanStatus.UNDER_ASSESSMENT,
    PlanStatus.ACCEPTED,
    PlanStatus.REVISION_REQUESTED,
}
_ADAPTATION_PLANS = {PlanType.SECAP, PlanType.SEACAP}


def validate_action_plan(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    ctx = ctx or ValidationContext()
    c = _start("action_plan", values, ctx)
    s = c.settings
    plan_type = c.choice("plan_type", PlanType)
    status = c.choice("status", PlanStatus)
    baseline = c.integer("baseline_year")
    if baseline is not None:
        # The guidebook asks for the earliest year with reliable data (1990 recommended);
        # offices that join first and count later pick a year after adhesion, which is
        # fine. An inventory cannot be of a year after the plan built on it was submitted.
        submitted = c.date("submission_date")
        high = submitted.year if submitted is not None else c.today.year
        if not s.baseline_year_min <= baseline <= high:
            late = submitted is not None and baseline > high
            code = "baseline_after_submission" if late else "year_out_of_range"
            c.error("baseline_year", code, value=baseline, min=s.baseline_year_min, max=high)
    sectors = c.choices("sectors", Sector)
    actions = c.choices("action_sectors", Sector)
    key_count = sum(1 for x in sectors if x in KEY_SECTORS)
    if c.ok("sectors") and key_count < s.min_key_sectors:
        c.warn("sectors", "key_sectors_missing", count=key_count, minimum=s.min_key_sectors)
    covered = {x for x in actions if x in KEY_SECTORS} | {
        Sector(x) for x in ctx.plan_action_sectors if x in set(KEY_SECTORS)
    }
    action_count = len(covered)
    if c.ok("action_sectors") and action_count < s.min_action_sectors:
        c.warn(
            "action_sectors", "action_sectors_few", count=action_count, minimum=s.min_action_sectors
        )
    if plan_type in _ADAPTATION_PLANS and not c.flag("risk_assessment_done"):
        c.warn("risk_assessment_done", "risk_assessment_missing", plan_type=plan_type)
    c.order("council_approval_date", "submission_date")
    c.order("submission_date", "feedback_date")
    c.not_future("council_approval_date", "submission_date", "feedback_date")
    if c.present("submission_date") and not c.present("council_approval_date"):
        c.warn("council_approval_date", "council_approval_missing")
    if status in _SUBMITTED_PLAN and not c.present("submission_date"):
        c.warn("submission_date", "status_needs_value", status=status)
    if status in {PlanStatus.ACCEPTED, PlanStatus.REVISION_REQUESTED} and not c.present(
        "feedback_date"
    ):
        c.warn("feedback_date", "status_needs_value", status=status)
    return c.issues


def validate_monitoring_report(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    ctx = ctx or ValidationContext()
    c = _start("monitoring_report", values, ctx)
    reporting = c.choice("reporting_type", ReportingType)
    status = c.choice("status", MonitoringStatus)
    c.year("inventory_year", c.settings.baseline_year_min, c.today.year)
    if reporting is ReportingType.FULL and not c.present("inventory_year"):
        c.warn("inventory_year", "full_report_inventory")
    submitted = c.date("submission_date")
    c.not_future("submission_date")
    c.not_before("submission_date", submitted, "plan_submission_date", ctx.plan_submission_date)
    if status is not None and status is not MonitoringStatus.PLANNED and submitted is None:
        if c.ok("submission_date"):
            c.warn("submission_date", "status_needs_value", status=status)
    return c.issues


def validate_deadline_extension(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    ctx = ctx or ValidationContext()
    c = _start("deadline_extension", values, ctx)
    c.order("request_date", "granted_until")
    c.not_future("request_date")
    if ctx.existing_extensions > 0:
        c.warn("subject", "extension_exists", count=ctx.existing_extensions)
    return c.issues


def validate_support_activity(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("support_activity", values, ctx)
    c.date("activity_date")
    c.non_negative("staff_days", c.decimal("staff_days"))
    c.non_negative("participants", c.integer("participants"))
    reached = values.get("signatory_ids", values.get("reached"))
    if not reached and not c.flag("reaches_all"):
        c.warn("signatory_ids", "no_signatories_reached")
    return c.issues


def validate_financial_support(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("financial_support", values, ctx)
    status = c.choice("status", FinanceStatus)
    c.currency("currency")
    amount = c.decimal("amount")
    disbursed = c.decimal("disbursed_amount")
    c.non_negative("amount", amount)
    c.non_negative("disbursed_amount", disbursed)
    if (
        amount is not None
        and disbursed is not None
        and c.ok("amount")
        and c.ok("disbursed_amount")
        and disbursed > amount
    ):
        c.error("disbursed_amount", "disbursed_exceeds_amount", value=disbursed, amount=amount)
    c.order("decision_date", "disbursed_date")
    c.not_future("decision_date", "disbursed_date")
    if status in {FinanceStatus.APPROVED, FinanceStatus.DISBURSED, FinanceStatus.REJECTED}:
        if not c.present("decision_date"):
            c.warn("decision_date", "status_needs_value", status=status)
    if status is FinanceStatus.DISBURSED:
        if not c.present("disbursed_amount"):
            c.warn("disbursed_amount", "status_needs_value", status=status)
        if not c.present("disbursed_date"):
            c.warn("disbursed_date", "status_needs_value", status=status)
    return c.issues


def validate_energy_day(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("energy_day", values, ctx)
    c.order("start_date", "end_date")
    participants = c.integer("participants")
    c.non_negative("participants", participants)
    c.non_negative("budget", c.decimal("budget"))
    c.currency("currency")
    minimum = c.settings.eusew_min_participants
    if c.flag("eusew_registered") and c.ok("participants") and (participants or 0) < minimum:
        c.warn("participants", "eusew_participants", value=participants or 0, minimum=minimum)
    return c.issues


def validate_exchange_rate(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("exchange_rate", values, ctx)
    c.currency("currency")
    if values.get("currency") == "EUR":
        c.warn("currency", "eur_rate")
    c.positive("units_per_eur", c.decimal("units_per_eur"))
    c.not_future("rate_date")
    return c.issues


def validate_emission_inventory(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    from . import emissions as em

    c = _start("emission_inventory", values, ctx)
    s = c.settings
    approach = c.choice("factor_approach", FactorApproach)
    year = c.year("inventory_year", s.baseline_year_min, c.today.year)
    c.positive("population", c.integer("population"))
    for name in ("local_electricity_mwh", "local_heat_mwh", "electricity_factor",
                 "heat_factor", "entered_total_mwh", "entered_total_emissions"):  # fmt: skip
        c.non_negative(name, c.decimal(name))
    cells: dict[str, Decimal] = {}
    sectors = {x.value: x for x in InventorySector}
    carriers = {x.value: x for x in EnergyCarrier}
    raw_cells = values.get("cells") or {}
    if isinstance(raw_cells, str):  # a workbook cell: "SECTOR/CARRIER=MWh; ..."
        try:
            raw_cells = em.parse_cells_text(raw_cells)
        except ValueError as exc:
            c.error("cells", "inventory_cell_unknown", value=str(exc))
            return c.issues
    for key, raw in raw_cells.items() if isinstance(raw_cells, Mapping) else ():
        sector, carrier = em.split_key(str(key))
        if sector not in sectors or carrier not in carriers:
            c.error("cells", "inventory_cell_unknown", value=str(key))
            continue
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            continue
        try:
            number = raw if isinstance(raw, Decimal) else Decimal(str(raw).strip())
        except InvalidOperation:
            c.error("cells", "inventory_cell_invalid", value=str(raw),
                    sector=sectors[sector], carrier=carriers[carrier])  # fmt: skip
            continue
        if not number.is_finite():
            c.error("cells", "inventory_cell_invalid", value=str(raw),
                    sector=sectors[sector], carrier=carriers[carrier])  # fmt: skip
        elif number < 0:
            c.error("cells", "inventory_cell_negative", value=number,
                    sector=sectors[sector], carrier=carriers[carrier])  # fmt: skip
        elif number:
            cells[em.cell_key(sector, carrier)] = number
    if not c.ok("cells"):
        return c.issues
    covered = em.key_sectors_covered(cells)
    if len(covered) < s.min_key_sectors:
        missing = [x for x in INVENTORY_KEY_SECTORS if x.value not in covered]
        c.warn("cells", "inventory_key_sectors", count=len(covered),
               minimum=s.min_key_sectors, missing=missing)  # fmt: skip
    consumption = {x.value for x in CONSUMPTION_SECTORS}
    total_mwh = sum((v for k, v in cells.items() if em.split_key(k)[0] in consumption),
                    Decimal(0))  # fmt: skip
    stated_mwh = c.decimal("entered_total_mwh") if c.ok("entered_total_mwh") else None
    if stated_mwh is not None and em.differs(total_mwh, stated_mwh):
        c.warn("entered_total_mwh", "total_differs", stated=stated_mwh, computed=total_mwh)
    table = ctx.emission_factors if ctx is not None else None
    stated_t = c.decimal("entered_total_emissions") if c.ok("entered_total_emissions") else None
    if table is not None and approach is not None and year is not None and cells:
        inputs = em.InventoryInputs(
            cells=cells,
            approach=approach.value,
            country=(ctx.signatory_country if ctx is not None else None) or "",
            year=year,
            local_electricity_mwh=c.decimal("local_electricity_mwh"),
            local_heat_mwh=c.decimal("local_heat_mwh"),
            electricity_factor=c.decimal("electricity_factor"),
            heat_factor=c.decimal("heat_factor"),
        )
        result = em.compute(inputs, table)
        missing_factors = [carriers[x] for x in result.missing()]
        if missing_factors:
            c.warn("cells", "inventory_no_factor", carriers=missing_factors)
        if stated_t is not None and em.differs(result.total, stated_t):
            c.warn("entered_total_emissions", "total_differs", stated=stated_t,
                   computed=result.total.quantize(Decimal("0.1")))  # fmt: skip
    return c.issues


VALIDATORS: dict[str, Callable[[Mapping[str, Any], ValidationContext | None], list[Issue]]] = {
    k.id: globals()[k.validator] for k in SPECS.values()
}
"""Dispatch by kind, from the validator each spec names."""
KINDS: tuple[str, ...] = tuple(VALIDATORS)


def validate(
    kind: str, values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    try:
        validator = VALIDATORS[kind]
    except KeyError:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {KINDS}") from None
    return validator(values, ctx)
