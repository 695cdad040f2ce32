"""Forms of a plan's parts (mitigation and adaptation actions, climate risks, energy
poverty indicators): the spec's fields, with the plan choice refilled for the signatory
loaded, as the monitoring form does."""

from __future__ import annotations

from typing import Any

from .base_form import RecordForm


class PlanPartForm(RecordForm):
    KIND = ""

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")


class MitigationActionForm(PlanPartForm):
    KIND = "mitigation_action"


class ClimateRiskForm(PlanPartForm):
    KIND = "climate_risk"


class AdaptationActionForm(PlanPartForm):
    KIND = "adaptation_action"


class PovertyIndicatorForm(PlanPartForm):
    KIND = "poverty_indicator"
