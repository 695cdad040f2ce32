"""The "action plan" choice of monitoring reports and finance: plans of the chosen signatory."""

from __future__ import annotations

import uuid
from typing import Any

from ...date_text import format_date
from ...i18n import label, tr
from ...services.form_lookups import plan_choices
from . import bindings as b
from .base_form import RecordForm


def add_plan_choice(form: RecordForm) -> b.Binding:
    binding, combo = b.choice(form.host, "plan_id", tr("Form", "(no plan)"))
    form.add(binding)

    def refill(*_: Any) -> None:
        current = combo.currentData()
        signatory = form.bindings["signatory_id"].get()
        wanted = current if current is not None else form._loaded.get("plan_id")  # noqa: SLF001
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        if isinstance(signatory, uuid.UUID):
            for plan in plan_choices(form.db, signatory):
                from ...domain.enums import PlanType

                text = " \u2014 ".join(
                    p
                    for p in (
                        label(PlanType(plan.plan_type)),
                        plan.title,
                        format_date(plan.submission_date),
                    )
                    if p
                )
                combo.addItem(text, str(plan.id))
        index = combo.findData(str(wanted)) if wanted is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    form.bindings["signatory_id"].on_change(refill)
    binding.refill = refill  # type: ignore[attr-defined]
    return binding
