"""Finance obtained or arranged for a signatory, in its own currency."""

from __future__ import annotations

from typing import Any

from ...domain.enums import FinanceStatus, FundingSource, Instrument
from .base_form import RecordForm
from .plan_choice import add_plan_choice


class FinanceForm(RecordForm):
    KIND = "financial_support"

    def build(self) -> None:
        self.signatory()
        self.plan = add_plan_choice(self)
        self.enum("instrument", Instrument)
        self.enum("source", FundingSource)
        self.text("funder_name")
        self.text("purpose")
        self.money("amount")
        self.date("decision_date")
        self.enum("status", FinanceStatus)
        self.decimal("disbursed_amount")
        self.date("disbursed_date")
        self.multiline("notes")

    def values_loaded(self, values: dict[str, Any]) -> None:
        self.plan.refill()  # type: ignore[attr-defined]
        self.plan.set(values.get("plan_id"))

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
