"""Finance obtained or arranged for a signatory, in its own currency.

The fields come from the spec (domain/kinds/financial_support.py); only the plan choice's
refill and the window title are this form's own.
"""

from __future__ import annotations

from typing import Any

from .base_form import RecordForm


class FinanceForm(RecordForm):
    KIND = "financial_support"

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
