"""A monitoring report: action reporting every two years, full reporting every four.

The fields come from the spec (domain/kinds/monitoring_report.py); only the plan choice's
refill and the window title are this form's own.
"""

from __future__ import annotations

from typing import Any

from .base_form import RecordForm


class MonitoringForm(RecordForm):
    KIND = "monitoring_report"

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
