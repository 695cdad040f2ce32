"""Which form edits which record kind, and what a kind is called in a window title."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_

if TYPE_CHECKING:
    from .base_form import RecordForm

FORMS: dict[str, str] = {
    "coordinator": "coordinator_form:CoordinatorForm",
    "service_offer": "service_offer_form:ServiceOfferForm",
    "signatory": "signatory_form:SignatoryForm",
    "action_plan": "plan_form:PlanForm",
    "monitoring_report": "monitoring_form:MonitoringForm",
    "deadline_extension": "extension_form:ExtensionForm",
    "support_activity": "activity_form:ActivityForm",
    "financial_support": "finance_form:FinanceForm",
    "energy_day": "energy_day_form:EnergyDayForm",
    "exchange_rate": "exchange_rate_form:ExchangeRateForm",
}

KIND_TITLES: dict[str, str] = {
    "coordinator": N_("Form", "Coordinator"),
    "service_offer": N_("Form", "Service offered"),
    "signatory": N_("Form", "Signatory"),
    "action_plan": N_("Form", "Action plan"),
    "monitoring_report": N_("Form", "Monitoring report"),
    "deadline_extension": N_("Form", "Deadline extension"),
    "support_activity": N_("Form", "Assistance activity"),
    "financial_support": N_("Form", "Financial support"),
    "energy_day": N_("Form", "Energy Day"),
    "exchange_rate": N_("Form", "Exchange rate"),
}


def form_class(kind: str) -> type[RecordForm]:
    module_name, class_name = FORMS[kind].split(":")
    module = importlib.import_module(f"{__package__}.{module_name}")
    return getattr(module, class_name)  # type: ignore[no-any-return]


_SECTIONS: dict[str, tuple[str, int | None]] = {
    "coordinator": ("coordinator", None),
    "service_offer": ("coordinator", None),
    "signatory": ("signatories", None),
    "action_plan": ("plans", 0),
    "monitoring_report": ("plans", 1),
    "deadline_extension": ("plans", 2),
    "support_activity": ("assistance", None),
    "financial_support": ("finance", None),
    "energy_day": ("energy_days", None),
    "exchange_rate": ("exchange_rates", None),
}


def section_for(kind: str) -> tuple[str, int | None]:
    """The main-window section listing `kind`, and the tab within it if it has tabs."""
    return _SECTIONS[kind]
