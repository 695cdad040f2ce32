"""Validation rules, table-driven: each case changes a valid record and names every issue."""

from __future__ import annotations

import string
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from desktop_app.domain.enums import Framework, PlanType, SignatoryStatus
from desktop_app.domain.rules import (
    KINDS,
    MESSAGES,
    Issue,
    RuleSettings,
    Severity,
    ValidationContext,
    errors,
    validate,
    warnings,
)
from desktop_app.domain.rules.entry import NumberStyle, parse_date, parse_number
from desktop_app.domain.rules.fields import FIELD_LABELS, KIND_FIELD_LABELS, field_label
from desktop_app.domain.rules.validation import max_lengths

E, W = Severity.ERROR, Severity.WARNING
TODAY = date(2025, 6, 15)
SIG = uuid.UUID("00000000-0000-0000-0000-000000000001")
DROP = object()  # a case value that removes the key

VALID: dict[str, dict[str, Any]] = {
    "coordinator": {
        "name": "Lori Regional Administration",
        "local_name": "Լոռու մարզպետարան",
        "kind": "territorial",
        "country": "AM",
        "email": "energy@lori.am",
        "status": "active",
        "expression_of_interest_date": date(2018, 2, 1),
        "eligibility_confirmed_date": date(2018, 4, 1),
        "commitment_signed_date": date(2018, 6, 1),
        "active_date": date(2018, 6, 1),
    },
    "service_offer": {
        "service": "technical",
        "valid_from": date(2024, 1, 1),
        "valid_to": date(2024, 12, 31),
    },
    "signatory": {
        "name": "Gyumri",
        "local_name": "Գյումրի",
        "country": "AM",
        "population": 112000,
        "population_year": 2023,
        "adhesion_date": date(2019, 5, 1),
        "framework": "2030",
        "pillars": ["mitigation", "adaptation"],
        "target_percent": Decimal("30"),
        "target_year": 2030,
        "target_type": "absolute",
        "status": "active",
        "email": "mayor@gyumri.am",
    },
    "action_plan": {
        "signatory_id": SIG,
        "plan_type": "secap",
        "baseline_year": 2015,
        "sectors": ["municipal", "tertiary", "residential", "transport"],
        "action_sectors": ["municipal", "transport"],
        "risk_assessment_done": True,
        "council_approval_date": date(2021, 3, 1),
        "submission_date": date(2021, 3, 10),
        "status": "accepted",
        "feedback_date": date(2021, 9, 1),
    },
    "monitoring_report": {
        "signatory_id": SIG,
        "reporting_type": "full",
        "inventory_year": 2023,
        "submission_date": date(2024, 3, 1),
        "status": "submitted",
    },
    "deadline_extension": {
        "signatory_id": SIG,
        "subject": "plan",
        "requested_by": "coordinator",
        "request_date": date(2021, 4, 1),
        "granted_until": date(2021, 10, 1),
    },
    "support_activity": {
        "activity_type": "training",
        "activity_date": date(2025, 3, 1),
        "staff_days": Decimal("2.5"),
        "participants": 25,
        "signatory_ids": [SIG],
    },
    "financial_support": {
        "signatory_id": SIG,
        "instrument": "grant",
        "source": "eu",
        "amount": Decimal("100000.00"),
        "currency": "EUR",
        "decision_date": date(2024, 1, 10),
        "disbursed_amount": Decimal("50000"),
        "disbursed_date": date(2024, 3, 1),
        "status": "disbursed",
    },
    "energy_day": {
        "title": "Energy Day in Rustavi",
        "start_date": date(2025, 5, 10),
        "end_date": date(2025, 5, 11),
        "activity_types": ["workshop", "cycling"],
        "audiences": ["schoolchildren"],
        "participants": 120,
        "budget": Decimal("500"),
        "currency": "GEL",
        "eusew_registered": True,
    },
    "exchange_rate": {
        "currency": "GEL",
        "rate_date": date(2025, 1, 2),
        "units_per_eur": Decimal("2.9"),
    },
    # An emission inventory (issue 15): three key sectors, totals as the grid gives them.
    "emission_inventory": {
        "signatory_id": SIG,
        "inventory_type": "baseline",
        "inventory_year": 2015,
        "population": 112000,
        "factor_approach": "ipcc",
        "emission_unit": "t_co2",
        "cells": {
            "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES/NATURAL_GAS": Decimal("1000"),
            "RESIDENTIAL_BUILDINGS/NATURAL_GAS": Decimal("5000"),
            "TRANSPORT/DIESEL": Decimal("2000"),
        },
        "entered_total_mwh": Decimal("8000"),
        "entered_total_emissions": Decimal("1746"),
    },
    # A plan's contents (issue 15), with the official codes of the research centre.
    "mitigation_action": {
        "signatory_id": SIG,
        "action_code": "M-03",
        "title": "Thermal renovation of kindergartens",
        "sector": "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES",
        "area": "BUILDING_ENVELOPE",
        "instrument": "GRANTS_AND_SUBSIDIES",
        "origin": "COVENANT_TERRITORIAL_COORDINATOR",
        "status": "COMPLETED",
        "start_date": date(2022, 4, 1),
        "end_date": date(2024, 10, 31),
        "cost": Decimal("420000.00"),
        "currency": "GEL",
        "energy_savings_mwh": Decimal("850.00"),
        "co2_reduction_t": Decimal("171.70"),
        "achieved_energy_savings_mwh": Decimal("790.50"),
        "achieved_co2_reduction_t": Decimal("159.68"),
        "poverty_areas": ["BUILDINGS"],
    },
    "climate_risk": {
        "signatory_id": SIG,
        "hazard": "EXTREME_HEAT",
        "probability": "HIGH",
        "impact": "MODERATE",
        "expected_change": "INCREASE",
        "timeframe": "SHORT_TERM",
        "vulnerable_sectors": ["HEALTH", "ENERGY"],
        "vulnerable_groups": ["ELDERLY", "CHILDREN"],
    },
    "adaptation_action": {
        "signatory_id": SIG,
        "title": "Shade trees along school routes",
        "hazards": ["EXTREME_HEAT"],
        "sectors": ["HEALTH", "LAND_USE_PLANNING"],
        "status": "ONGOING",
        "start_date": date(2024, 3, 1),
        "cost": Decimal("35000"),
        "currency": "AMD",
    },
    "poverty_indicator": {
        "signatory_id": SIG,
        "macro_area": "BUILDINGS",
        "indicator": "Households unable to keep the home warm",
        "unit": "%",
        "current_value": Decimal("18.5"),
        "current_year": 2023,
        "target_value": Decimal("9"),
        "target_year": 2030,
    },
}

ADHESION = ValidationContext(today=TODAY, signatory_adhesion_date=date(2019, 5, 1))
TODAY_ONLY = ValidationContext(today=TODAY)


def _inventory_ctx() -> ValidationContext:
    from desktop_app.services.emission_factors import shipped

    return ValidationContext(today=TODAY, emission_factors=shipped(), signatory_country="AM")


INVENTORY_CTX = _inventory_ctx()

# (id, kind, changes, context or None, expected {(field, code, severity)})
# fmt: off
CASES: list[tuple[str, str, dict[str, Any], ValidationContext | None, set]] = [
    ("coord-required", "coordinator",
     {"name": "  ", "kind": None, "country": DROP}, None,
     {("name", "required", E), ("kind", "required", E), ("country", "required", E)}),
    ("sig-latitude-beyond-pole", "signatory",
     {"latitude": "91.5"}, None, {("latitude", "degrees_out_of_range", E)}),
    ("sig-longitude-beyond", "signatory",
     {"longitude": "-180.000001"}, None, {("longitude", "degrees_out_of_range", E)}),
    ("sig-location-ok", "signatory", {"latitude": "37.95", "longitude": "-58.38"}, None, set()),
    ("coord-unknown-country", "coordinator",
     {"country": "QQ"}, None, {("country", "country_unknown", E)}),
    # Every ISO 3166-1 country is known (from CLDR), not only the region's.
    ("coord-any-iso-country", "coordinator", {"country": "FR"}, None, set()),
    ("coord-bad-kind", "coordinator", {"kind": "regional"}, None, {("kind", "invalid_choice", E)}),
    ("coord-email", "coordinator", {"email": "energy@lori"}, None, {("email", "email_format", E)}),
    ("coord-email-spaces", "coordinator",
     {"email": "a b@c.am"}, None, {("email", "email_format", E)}),
    ("coord-path-order", "coordinator",
     {"commitment_signed_date": date(2018, 3, 1)}, None,
     {("commitment_signed_date", "date_order", E)}),
    ("coord-path-gap", "coordinator",
     {"eligibility_confirmed_date": None, "commitment_signed_date": date(2018, 1, 1)}, None,
     {("commitment_signed_date", "date_order", E)}),
    ("coord-hold-before-interest", "coordinator",
     {"status": "on_hold", "on_hold_date": date(2017, 1, 1)}, None,
     {("on_hold_date", "date_order", E)}),
    ("coord-status-date", "coordinator",
     {"active_date": None}, None, {("active_date", "status_needs_value", W)}),
    ("coord-future", "coordinator",
     {"status": "withdrawn", "withdrawn_date": date(2026, 1, 1)}, None,
     {("withdrawn_date", "date_in_future", W)}),
    ("coord-too-long", "coordinator",
     {"name": "x" * 201, "phone": "1" * 51}, None,
     {("name", "too_long", E), ("phone", "too_long", E)}),
    ("coord-bad-date", "coordinator",
     {"active_date": "2018-13-01"}, None, {("active_date", "not_a_date", E)}),
    ("coord-iso-string-dates", "coordinator", {"active_date": "2018-07-01"}, None, set()),
    ("service-required", "service_offer", {"service": DROP}, None, {("service", "required", E)}),
    ("service-invalid", "service_offer",
     {"service": "catering"}, None, {("service", "invalid_choice", E)}),
    ("service-order", "service_offer",
     {"valid_to": date(2023, 12, 31)}, None, {("valid_to", "date_order", E)}),
    ("service-same-day", "service_offer", {"valid_to": date(2024, 1, 1)}, None, set()),
    ("sig-required", "signatory",
     {"name": "", "country": None}, None, {("name", "required", E), ("country", "required", E)}),
    ("sig-population-zero", "signatory",
     {"population": 0}, None, {("population", "must_be_positive", E)}),
    ("sig-population-negative-text", "signatory",
     {"population": "-5"}, None, {("population", "must_be_positive", E)}),
    ("sig-population-fraction", "signatory",
     {"population": "12.5"}, None, {("population", "not_a_whole_number", E)}),
    ("sig-population-words", "signatory",
     {"population": "many"}, None, {("population", "not_a_whole_number", E)}),
    ("sig-population-spaces", "signatory", {"population": "112 000"}, None, set()),
    ("sig-population-year-future", "signatory",
     {"population_year": 2026}, None, {("population_year", "year_out_of_range", E)}),
    ("sig-population-year-old", "signatory",
     {"population_year": 1899}, None, {("population_year", "year_out_of_range", E)}),
    ("sig-target-over-100", "signatory",
     {"target_percent": Decimal("100.01")}, None, {("target_percent", "percent_out_of_range", E)}),
    ("sig-target-negative", "signatory",
     {"target_percent": "-1"}, None, {("target_percent", "percent_out_of_range", E)}),
    ("sig-target-100", "signatory", {"target_percent": 100}, None, set()),
    ("sig-target-comma", "signatory", {"target_percent": "35,5"}, None, set()),
    ("sig-target-below-2030", "signatory",
     {"target_percent": Decimal("29.99")}, None, {("target_percent", "target_below_minimum", W)}),
    ("sig-target-2020-ok", "signatory",
     {"framework": Framework.F2020, "target_percent": 20, "target_year": 2020}, None, set()),
    ("sig-target-below-2020", "signatory",
     {"framework": "2020", "target_percent": "19.5", "target_year": 2020}, None,
     {("target_percent", "target_below_minimum", W)}),
    ("sig-target-below-2050", "signatory",
     {"framework": "2050", "target_percent": 35, "target_year": 2050}, None,
     {("target_percent", "target_below_minimum", W)}),
    ("sig-target-custom-threshold", "signatory",
     {"target_percent": 30},
     ValidationContext(today=TODAY, settings=RuleSettings(min_target_2030=Decimal("35"))),
     {("target_percent", "target_below_minimum", W)}),
    ("sig-target-year-before-adhesion", "signatory",
     {"target_year": 2018}, None, {("target_year", "year_out_of_range", E)}),
    ("sig-target-year-too-far", "signatory",
     {"target_year": 2101}, None, {("target_year", "year_out_of_range", E)}),
    ("sig-framework-invalid", "signatory",
     {"framework": "2040"}, None, {("framework", "invalid_choice", E)}),
    ("sig-framework-wrong-enum", "signatory",
     {"framework": PlanType.SEAP}, None, {("framework", "invalid_choice", E)}),
    ("sig-status-member", "signatory", {"status": SignatoryStatus.ON_HOLD}, None, set()),
    ("sig-pillars-invalid", "signatory",
     {"pillars": ["mitigation", "tourism"]}, None, {("pillars", "invalid_choice", E)}),
    ("sig-pillars-not-list", "signatory",
     {"pillars": "mitigation"}, None, {("pillars", "not_a_list", E)}),
    ("sig-adhesion-missing", "signatory",
     {"adhesion_date": None, "target_year": 2030}, None,
     {("adhesion_date", "adhesion_date_missing", W)}),
    ("sig-adhesion-future", "signatory",
     {"adhesion_date": date(2025, 6, 16)}, None, {("adhesion_date", "date_in_future", W)}),
    ("sig-adhesion-today", "signatory", {"adhesion_date": TODAY}, None, set()),
    ("sig-status-date-order", "signatory",
     {"status": "on_hold", "status_date": date(2019, 4, 30)}, None,
     {("status_date", "date_order", E)}),
    ("sig-joint-plan-name", "signatory",
     {"joint_plan": True}, None, {("joint_plan_name", "recommended", W)}),
    ("sig-unknown-country", "signatory",
     {"country": "am"}, None, {("country", "country_unknown", E)}),
    ("plan-required", "action_plan",
     {"signatory_id": None, "plan_type": DROP}, ADHESION,
     {("signatory_id", "required", E), ("plan_type", "required", E)}),
    # A baseline after adhesion is common (offices join first, count later): no issue.
    ("plan-baseline-after-adhesion", "action_plan", {"baseline_year": 2020}, ADHESION, set()),
    ("plan-baseline-adhesion-year", "action_plan", {"baseline_year": 2019}, ADHESION, set()),
    # ... but an inventory cannot be of a year after the plan built on it was submitted.
    ("plan-baseline-after-submission", "action_plan",
     {"baseline_year": 2022, "submission_date": date(2021, 3, 1)}, ADHESION,
     {("baseline_year", "baseline_after_submission", E)}),
    ("plan-baseline-submission-year", "action_plan",
     {"baseline_year": 2021, "submission_date": date(2021, 3, 1)}, ADHESION, set()),
    ("plan-baseline-1989", "action_plan",
     {"baseline_year": 1989}, ADHESION, {("baseline_year", "year_out_of_range", E)}),
    ("plan-baseline-1989-submitted", "action_plan",
     {"baseline_year": 1989, "submission_date": date(2021, 3, 1)}, ADHESION,
     {("baseline_year", "year_out_of_range", E)}),
    ("plan-baseline-1990", "action_plan", {"baseline_year": 1990}, ADHESION, set()),
    ("plan-baseline-no-adhesion", "action_plan",
     {"baseline_year": 2026}, TODAY_ONLY, {("baseline_year", "baseline_after_submission", E)}),
    ("plan-baseline-unsubmitted-future", "action_plan",
     {"baseline_year": 2026, "status": "in_preparation", "submission_date": DROP,
      "council_approval_date": DROP, "feedback_date": DROP},
     TODAY_ONLY, {("baseline_year", "year_out_of_range", E)}),
    ("plan-baseline-unsubmitted-this-year", "action_plan",
     {"baseline_year": 2025, "status": "in_preparation", "submission_date": DROP,
      "council_approval_date": DROP, "feedback_date": DROP},
     TODAY_ONLY, set()),
    ("plan-two-key-sectors", "action_plan",
     {"sectors": ["municipal", "transport", "industry"]}, ADHESION,
     {("sectors", "key_sectors_missing", W)}),
    ("plan-three-key-sectors", "action_plan",
     {"sectors": ["municipal", "residential", "transport"]}, ADHESION, set()),
    ("plan-one-action-sector", "action_plan",
     {"action_sectors": ["transport", "industry"]}, ADHESION,
     {("action_sectors", "action_sectors_few", W)}),
    # The plan's recorded actions count: typed transport + their residential makes two.
    ("plan-actions-add-a-sector", "action_plan",
     {"action_sectors": ["transport", "industry"]},
     ValidationContext(today=TODAY, signatory_adhesion_date=date(2019, 5, 1),
                       plan_action_sectors=frozenset({"residential"})), set()),
    ("plan-actions-same-sector", "action_plan",
     {"action_sectors": ["transport"]},
     ValidationContext(today=TODAY, signatory_adhesion_date=date(2019, 5, 1),
                       plan_action_sectors=frozenset({"transport"})),
     {("action_sectors", "action_sectors_few", W)}),
    ("action-end-before-start", "mitigation_action",
     {"end_date": date(2022, 3, 31)}, None, {("end_date", "date_order", E)}),
    ("action-completed-no-achieved", "mitigation_action",
     {"achieved_co2_reduction_t": None, "achieved_energy_savings_mwh": DROP}, None,
     {("achieved_co2_reduction_t", "completed_needs_achieved", W),
      ("achieved_energy_savings_mwh", "completed_needs_achieved", W)}),
    ("action-ongoing-no-achieved", "mitigation_action",
     {"status": "ONGOING", "achieved_co2_reduction_t": DROP,
      "achieved_energy_savings_mwh": DROP}, None, set()),
    ("action-completed-no-estimate-no-energy", "mitigation_action",
     {"energy_savings_mwh": DROP, "achieved_energy_savings_mwh": DROP}, None, set()),
    ("action-lower-case-code", "mitigation_action",
     {"sector": "residential"}, None, {("sector", "invalid_choice", E)}),
    ("action-negative-co2", "mitigation_action",
     {"co2_reduction_t": Decimal("-5")}, None, {("co2_reduction_t", "must_not_be_negative", E)}),
    ("action-no-title", "mitigation_action",
     {"title": ""}, None, {("title", "required", E)}),
    ("adaptation-no-hazard", "adaptation_action",
     {"hazards": []}, None, {("hazards", "recommended", W)}),
    ("adaptation-end-before-start", "adaptation_action",
     {"end_date": date(2023, 1, 1)}, None, {("end_date", "date_order", E)}),
    ("risk-unknown-hazard", "climate_risk",
     {"hazard": "TSUNAMI"}, None, {("hazard", "invalid_choice", E)}),
    ("poverty-target-before-now", "poverty_indicator",
     {"target_year": 2020}, None, {("target_year", "date_order", E)}),
    ("plan-bad-sector", "action_plan",
     {"sectors": ["municipal", "farming"]}, ADHESION, {("sectors", "invalid_choice", E)}),
    ("plan-secap-no-risk", "action_plan",
     {"risk_assessment_done": False}, ADHESION,
     {("risk_assessment_done", "risk_assessment_missing", W)}),
    ("plan-seap-no-risk", "action_plan",
     {"plan_type": "seap", "risk_assessment_done": False}, ADHESION, set()),
    ("plan-submitted-before-approval", "action_plan",
     {"submission_date": date(2021, 2, 28)}, ADHESION, {("submission_date", "date_order", E)}),
    ("plan-submitted-same-day", "action_plan",
     {"submission_date": date(2021, 3, 1)}, ADHESION, set()),
    ("plan-feedback-before-submission", "action_plan",
     {"feedback_date": date(2021, 3, 9)}, ADHESION, {("feedback_date", "date_order", E)}),
    ("plan-no-council-date", "action_plan",
     {"council_approval_date": None}, ADHESION,
     {("council_approval_date", "council_approval_missing", W)}),
    ("plan-submitted-no-date", "action_plan",
     {"status": "under_assessment", "submission_date": None, "feedback_date": None}, ADHESION,
     {("submission_date", "status_needs_value", W)}),
    ("plan-accepted-no-feedback", "action_plan",
     {"feedback_date": None}, ADHESION, {("feedback_date", "status_needs_value", W)}),
    ("plan-in-preparation", "action_plan",
     {"status": "in_preparation", "submission_date": None, "feedback_date": None}, ADHESION,
     set()),
    ("mon-required", "monitoring_report",
     {"signatory_id": DROP, "reporting_type": ""}, None,
     {("signatory_id", "required", E), ("reporting_type", "required", E)}),
    ("mon-full-no-inventory", "monitoring_report",
     {"inventory_year": None}, None, {("inventory_year", "full_report_inventory", W)}),
    ("mon-action-no-inventory", "monitoring_report",
     {"reporting_type": "action", "inventory_year": None}, None, set()),
    ("mon-inventory-future", "monitoring_report",
     {"inventory_year": 2026}, None, {("inventory_year", "year_out_of_range", E)}),
    ("mon-before-plan", "monitoring_report",
     {}, ValidationContext(today=TODAY, plan_submission_date=date(2024, 3, 2)),
     {("submission_date", "date_order", E)}),
    ("mon-submitted-no-date", "monitoring_report",
     {"submission_date": None}, None, {("submission_date", "status_needs_value", W)}),
    ("mon-planned", "monitoring_report",
     {"status": "planned", "submission_date": None, "due_date": date(2026, 3, 1)}, None, set()),
    ("ext-order", "deadline_extension",
     {"granted_until": date(2021, 3, 31)}, None, {("granted_until", "date_order", E)}),
    ("ext-pending", "deadline_extension", {"granted_until": None}, None, set()),
    ("ext-invalid-subject", "deadline_extension",
     {"subject": "energy_day"}, None, {("subject", "invalid_choice", E)}),
    ("ext-second", "deadline_extension",
     {}, ValidationContext(today=TODAY, existing_extensions=1),
     {("subject", "extension_exists", W)}),
    ("ext-request-future", "deadline_extension",
     {"request_date": date(2025, 7, 1), "granted_until": date(2026, 1, 1)}, None,
     {("request_date", "date_in_future", W)}),
    ("act-required", "support_activity",
     {"activity_type": None, "activity_date": None}, None,
     {("activity_type", "required", E), ("activity_date", "required", E)}),
    ("act-staff-negative", "support_activity",
     {"staff_days": Decimal("-0.5")}, None, {("staff_days", "must_not_be_negative", E)}),
    ("act-staff-zero", "support_activity", {"staff_days": 0, "participants": 0}, None, set()),
    ("act-participants-negative", "support_activity",
     {"participants": -1}, None, {("participants", "must_not_be_negative", E)}),
    ("act-no-one-reached", "support_activity",
     {"signatory_ids": []}, None, {("signatory_ids", "no_signatories_reached", W)}),
    ("act-reaches-all", "support_activity",
     {"signatory_ids": [], "reaches_all": True}, None, set()),
    ("act-bad-type", "support_activity",
     {"activity_type": "party"}, None, {("activity_type", "invalid_choice", E)}),
    ("fin-required", "financial_support",
     {"signatory_id": None, "instrument": None, "source": None, "amount": None, "currency": ""},
     None,
     {("signatory_id", "required", E), ("instrument", "required", E),
      ("source", "required", E), ("amount", "required", E), ("currency", "required", E)}),
    ("fin-amount-negative", "financial_support",
     {"amount": Decimal("-1"), "disbursed_amount": None, "status": "approved"}, None,
     {("amount", "must_not_be_negative", E)}),
    ("inv-two-key-sectors", "emission_inventory",
     {"cells": {"RESIDENTIAL_BUILDINGS/NATURAL_GAS": "5000", "TRANSPORT/DIESEL": "2000"},
      "entered_total_mwh": None, "entered_total_emissions": None}, None,
     {("cells", "inventory_key_sectors", W)}),
    # public lighting is part of the municipal key sector
    ("inv-lighting-is-municipal", "emission_inventory",
     {"cells": {"PUBLIC_LIGHTING/ELECTRICITY": "100", "RESIDENTIAL_BUILDINGS/NATURAL_GAS": "5",
                "TRANSPORT/DIESEL": "2"},
      "entered_total_mwh": None, "entered_total_emissions": None}, None, set()),
    ("inv-cell-text", "emission_inventory",
     {"cells": {"TRANSPORT/DIESEL": "12 t"}}, None, {("cells", "inventory_cell_invalid", E)}),
    ("inv-cell-negative", "emission_inventory",
     {"cells": {"TRANSPORT/DIESEL": "-5"}}, None, {("cells", "inventory_cell_negative", E)}),
    ("inv-cell-unknown", "emission_inventory",
     {"cells": {"SPACE/DIESEL": "5"}}, None, {("cells", "inventory_cell_unknown", E)}),
    # 1 % apart is still the same total; 1.1 % is a warning
    ("inv-total-within-1pct", "emission_inventory",
     {"entered_total_mwh": Decimal("8080")}, None, set()),
    ("inv-total-off", "emission_inventory",
     {"entered_total_mwh": Decimal("8090")}, None, {("entered_total_mwh", "total_differs", W)}),
    # stated emissions are checked with the factor table: 6000 x 0.202 + 2000 x 0.267 = 1746
    ("inv-emissions-off", "emission_inventory",
     {"entered_total_emissions": Decimal("1800")}, INVENTORY_CTX,
     {("entered_total_emissions", "total_differs", W)}),
    ("inv-emissions-match", "emission_inventory", {}, INVENTORY_CTX, set()),
    ("inv-heat-without-factor", "emission_inventory",
     {"cells": {"MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES/HEAT_COLD": "10",
                "RESIDENTIAL_BUILDINGS/NATURAL_GAS": "5000", "TRANSPORT/DIESEL": "2000"},
      "entered_total_mwh": None, "entered_total_emissions": None}, INVENTORY_CTX,
     {("cells", "inventory_no_factor", W)}),
    ("inv-year-future", "emission_inventory",
     {"inventory_year": 2030}, None, {("inventory_year", "year_out_of_range", E)}),
    ("fin-disbursed-over", "financial_support",
     {"disbursed_amount": Decimal("100000.01")}, None,
     {("disbursed_amount", "disbursed_exceeds_amount", E)}),
    ("fin-disbursed-equal", "financial_support", {"disbursed_amount": "100000"}, None, set()),
    ("fin-disbursed-before-decision", "financial_support",
     {"disbursed_date": date(2024, 1, 9)}, None, {("disbursed_date", "date_order", E)}),
    ("fin-currency-lower", "financial_support",
     {"currency": "eur"}, None, {("currency", "currency_format", E)}),
    ("fin-currency-long", "financial_support",
     {"currency": "EURO"}, None,
     {("currency", "currency_format", E), ("currency", "too_long", E)}),
    ("fin-currency-unusual", "financial_support",
     {"currency": "RUR"}, None, {("currency", "currency_unusual", W)}),
    # Every ISO 4217 currency in use today is known, not only the region's.
    ("fin-currency-any-iso", "financial_support", {"currency": "CHF"}, None, set()),
    ("fin-amount-text", "financial_support",
     {"amount": "1e5x"}, None, {("amount", "not_a_number", E)}),
    ("fin-amount-nan", "financial_support",
     {"amount": Decimal("NaN")}, None, {("amount", "not_a_number", E)}),
    ("fin-disbursed-missing", "financial_support",
     {"disbursed_amount": None, "disbursed_date": None}, None,
     {("disbursed_amount", "status_needs_value", W), ("disbursed_date", "status_needs_value", W)}),
    ("fin-approved-no-decision", "financial_support",
     {"status": "approved", "decision_date": None, "disbursed_amount": None,
      "disbursed_date": None},
     None, {("decision_date", "status_needs_value", W)}),
    ("fin-applied", "financial_support",
     {"status": "applied", "decision_date": None, "disbursed_amount": None, "disbursed_date": None},
     None, set()),
    ("fin-bad-source", "financial_support",
     {"source": "lottery"}, None, {("source", "invalid_choice", E)}),
    ("day-required", "energy_day",
     {"title": "", "start_date": None, "end_date": None}, None,
     {("title", "required", E), ("start_date", "required", E)}),
    ("day-end-before-start", "energy_day",
     {"end_date": date(2025, 5, 9)}, None, {("end_date", "date_order", E)}),
    ("day-eusew-9", "energy_day",
     {"participants": 9}, None, {("participants", "eusew_participants", W)}),
    ("day-eusew-10", "energy_day", {"participants": 10}, None, set()),
    ("day-eusew-unknown", "energy_day",
     {"participants": None}, None, {("participants", "eusew_participants", W)}),
    ("day-not-eusew-few", "energy_day",
     {"eusew_registered": False, "participants": 3}, None, set()),
    ("day-eusew-threshold-setting", "energy_day",
     {"participants": 10},
     ValidationContext(today=TODAY, settings=RuleSettings(eusew_min_participants=20)),
     {("participants", "eusew_participants", W)}),
    ("day-participants-negative", "energy_day",
     {"participants": -3, "eusew_registered": False}, None,
     {("participants", "must_not_be_negative", E)}),
    ("day-budget-negative", "energy_day",
     {"budget": "-10"}, None, {("budget", "must_not_be_negative", E)}),
    ("day-bad-audience", "energy_day",
     {"audiences": ["aliens"]}, None, {("audiences", "invalid_choice", E)}),
    ("day-bad-activity", "energy_day",
     {"activity_types": ["workshop", "rave"]}, None, {("activity_types", "invalid_choice", E)}),
    ("rate-zero", "exchange_rate",
     {"units_per_eur": 0}, None, {("units_per_eur", "must_be_positive", E)}),
    ("rate-negative", "exchange_rate",
     {"units_per_eur": "-2.9"}, None, {("units_per_eur", "must_be_positive", E)}),
    ("rate-eur", "exchange_rate",
     {"currency": "EUR", "units_per_eur": 1}, None, {("currency", "eur_rate", W)}),
    ("rate-required", "exchange_rate",
     {"currency": None, "rate_date": None, "units_per_eur": None}, None,
     {("currency", "required", E), ("rate_date", "required", E), ("units_per_eur", "required", E)}),
    ("rate-future", "exchange_rate",
     {"rate_date": date(2025, 6, 16)}, None, {("rate_date", "date_in_future", W)}),
]
# fmt: on


def _values(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    values = dict(VALID[kind])
    for key, value in changes.items():
        if value is DROP:
            values.pop(key, None)
        else:
            values[key] = value
    return values


def _run(kind: str, changes: dict[str, Any], ctx: ValidationContext | None) -> list[Issue]:
    if ctx is None:
        ctx = ADHESION if kind == "action_plan" else ValidationContext(today=TODAY)
    return validate(kind, _values(kind, changes), ctx)


@pytest.mark.parametrize("kind", KINDS)
def test_valid_record_has_no_issues(kind: str) -> None:
    assert _run(kind, {}, None) == []


@pytest.mark.parametrize(
    ("kind", "changes", "ctx", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_rule(kind: str, changes: dict, ctx: ValidationContext | None, expected: set) -> None:
    issues = _run(kind, changes, ctx)
    assert {(i.field, i.code, i.severity) for i in issues} == expected
    assert all(i.kind == kind for i in issues)


def _all_issues() -> list[Issue]:
    return [issue for _, kind, ch, ctx, _ in CASES for issue in _run(kind, ch, ctx)]


def test_every_code_has_a_message_with_its_placeholders() -> None:
    formatter = string.Formatter()
    for issue in _all_issues():
        assert issue.code in MESSAGES, issue.code
        names = {name for _, name, _, _ in formatter.parse(MESSAGES[issue.code]) if name}
        missing = names - set(issue.params) - {"field"}
        assert not missing, (issue.code, missing)


# What a clerk types that the field itself refuses (domain.rules.entry): (text, reading).
ENGLISH = NumberStyle(".", ",")
ENTRY_CASES: list[tuple[str, Any]] = [
    ("abc", parse_number("abc", ENGLISH)),
    ("1.234", parse_number("1.234", NumberStyle(",", " "), places=2)),  # Russian: 1,234? 1 234?
    ("3.855", parse_number("3.855", ENGLISH, places=2)),
    ("next week", parse_date("next week")),
    ("15/03", parse_date("15/03")),
    ("31/02/2024", parse_date("31/02/2024")),
    ("15/03/1776", parse_date("15/03/1776")),
]
FILLED_BY_THE_FIELD = {"field", "example", "iso"}
"""Placeholders the widget fills in the interface language (see the MESSAGES comment)."""


def test_every_entry_refusal_has_a_message_with_its_placeholders() -> None:
    formatter = string.Formatter()
    for text, reading in ENTRY_CASES:
        assert reading.error in MESSAGES, (text, reading)
        names = {name for _, name, _, _ in formatter.parse(MESSAGES[reading.error]) if name}
        missing = names - set(reading.params or {}) - FILLED_BY_THE_FIELD
        assert not missing, (text, reading.error, missing)


def test_every_message_is_exercised_by_a_case() -> None:
    entry = {reading.error for _, reading in ENTRY_CASES}
    assert set(MESSAGES) == {issue.code for issue in _all_issues()} | entry


def test_every_issue_field_has_a_label() -> None:
    for issue in _all_issues():
        assert issue.field in FIELD_LABELS, issue.field
        for key, value in issue.params.items():
            if key.endswith("_field"):
                assert value in FIELD_LABELS


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_of_every_kind_has_a_label(kind: str) -> None:
    for name in list(VALID[kind]) + list(max_lengths(kind)):
        assert field_label(name, kind) != name, name


def test_kind_specific_labels() -> None:
    assert field_label("name", "signatory") == "Name (Latin script)"
    assert field_label("name", "coordinator") == "Name"
    assert field_label("source", "exchange_rate") != field_label("source", "financial_support")
    assert field_label("no_such_column") == "no_such_column"
    assert all(field in FIELD_LABELS for (_, field) in KIND_FIELD_LABELS)


def test_lengths_follow_the_model_columns() -> None:
    assert max_lengths("signatory")["name"] == 200
    assert max_lengths("financial_support")["currency"] == 3
    assert "notes" not in max_lengths("signatory")  # Text: no limit


def test_unchanged_record_bad_value_reported_once() -> None:
    issues = validate(
        "financial_support",
        _values("financial_support", {"amount": "lots", "disbursed_amount": "1"}),
        ValidationContext(today=TODAY),
    )
    assert [(i.field, i.code) for i in issues] == [("amount", "not_a_number")]


def test_errors_and_warnings_split() -> None:
    issues = _run("energy_day", {"end_date": date(2025, 5, 1), "participants": 2}, None)
    assert [i.code for i in errors(issues)] == ["date_order"]
    assert [i.code for i in warnings(issues)] == ["eusew_participants"]
    assert errors(issues)[0].is_error and not warnings(issues)[0].is_error


def test_params_carry_values_for_the_message() -> None:
    (issue,) = _run("financial_support", {"disbursed_amount": Decimal("120000")}, None)
    assert issue.params == {"value": Decimal("120000"), "amount": Decimal("100000.00")}
    (issue,) = _run("signatory", {"target_percent": Decimal("25")}, None)
    assert issue.params["minimum"] == Decimal("30")
    assert issue.params["framework"] == Framework.F2030


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown record kind"):
        validate("planet", {})


def test_today_defaults_to_the_real_date() -> None:
    far = date(date.today().year + 2, 1, 1)
    issues = validate("signatory", _values("signatory", {"adhesion_date": far}))
    assert ("adhesion_date", "date_in_future") in {(i.field, i.code) for i in issues}


def _coded_cases() -> list[tuple[str, str, bool]]:
    from desktop_app.domain.kinds import KINDS as SPECS
    from desktop_app.domain.kinds import hints

    return [
        (kind, f.name, hints.widget(SPECS[kind], f) == "codes")
        for kind in KINDS
        for f in SPECS[kind].fields
        if f.enum is not None and not f.computed
    ]


@pytest.mark.parametrize(("kind", "field", "many"), _coded_cases())
def test_a_made_up_code_is_one_error(kind: str, field: str, many: bool) -> None:
    """The codes of each enum and code-list field are checked from the kind spec, for every
    kind: a made-up code is one error on that field, not two (a validator that reads the
    value again for its own rules gets it from the checker, not by checking it anew)."""
    bogus = ["NOT_A_CODE"] if many else "NOT_A_CODE"
    issues = [i for i in _run(kind, {field: bogus}, None) if i.field == field]
    assert [(i.code, i.severity, i.params.get("value")) for i in issues] == [
        ("invalid_choice", E, "NOT_A_CODE")
    ]
