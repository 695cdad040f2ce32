"""A monitoring report: action reporting every two years, full reporting every four."""

from __future__ import annotations

from typing import Any

from ...domain.enums import MonitoringStatus, ReportingType
from .base_form import RecordForm
from .plan_choice import add_plan_choice


class MonitoringForm(RecordForm):
    KIND = "monitoring_report"

    def build(self) -> None:
        self.signatory()
        self.plan = add_plan_choice(self)
        self.enum("reporting_type", ReportingType)
        self.integer("inventory_year")
        self.date("due_date")
        self.date("submission_date")
        self.enum("status", MonitoringStatus)
        self.multiline("notes")

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
