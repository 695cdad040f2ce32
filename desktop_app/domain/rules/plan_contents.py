"""Rules of a plan's contents: mitigation and adaptation actions, climate risks and energy
poverty indicators (issue 15). The plan-level rule (actions in at least two key sectors)
lives with the plan's validator, which counts the sectors of the plan's recorded actions
with the sectors typed on the plan (validation.validate_action_plan).

Dispatch goes through validation.VALIDATORS like every kind; these functions are imported
there by the names the kind specs give. The codes of every enum and code-list field
(sector, area, instrument, hazards...) are checked for every kind from its spec
(validation._start); what is here is the rest.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..plan_codes import ActionStatus
from ._checker import Checker
from .issues import Issue

if TYPE_CHECKING:
    from .validation import ValidationContext

ACHIEVED = (
    ("achieved_co2_reduction_t", "co2_reduction_t"),
    ("achieved_energy_savings_mwh", "energy_savings_mwh"),
    ("achieved_renewable_mwh", "renewable_mwh"),
)
"""An achieved figure and the estimate it answers."""


def _start(kind: str, values: Mapping[str, Any], ctx: ValidationContext | None) -> Checker:
    from .validation import _start as start

    return start(kind, values, ctx)


def _money_and_dates(c: Checker) -> None:
    c.order("start_date", "end_date")
    c.non_negative("cost", c.decimal("cost"))
    c.currency("currency")


def validate_mitigation_action(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("mitigation_action", values, ctx)
    status = c.choice("status", ActionStatus)
    _money_and_dates(c)
    for achieved, estimate in ACHIEVED:
        c.non_negative(estimate, c.decimal(estimate))
        c.non_negative(achieved, c.decimal(achieved))
    if status is ActionStatus.COMPLETED:
        # What monitoring found is what the Commission adds up; an estimate alone does
        # not say what a completed action achieved. CO2 always; the others where the
        # plan estimated them.
        for achieved, estimate in ACHIEVED:
            wanted = achieved == "achieved_co2_reduction_t" or c.present(estimate)
            if wanted and c.ok(achieved) and not c.present(achieved):
                c.warn(achieved, "completed_needs_achieved")
    return c.issues


def validate_adaptation_action(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("adaptation_action", values, ctx)
    _money_and_dates(c)
    if c.ok("hazards") and not values.get("hazards"):
        c.warn("hazards", "recommended")
    return c.issues


def validate_climate_risk(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    return _start("climate_risk", values, ctx).issues


def validate_poverty_indicator(
    values: Mapping[str, Any], ctx: ValidationContext | None = None
) -> list[Issue]:
    c = _start("poverty_indicator", values, ctx)
    c.decimal("current_value")
    c.decimal("target_value")
    low = c.settings.baseline_year_min
    current = c.year("current_year", low, c.today.year)
    target = c.year("target_year", low, c.settings.target_year_max)
    c.not_before("target_year", target, "current_year", current)
    return c.issues
