"""The finance form's "mitigation action" choice: the actions of the chosen signatory, so a
Finance record names the action it pays for (the action's financing source)."""

from __future__ import annotations

import uuid
from typing import Any

from ...i18n import tr
from ...services.form_lookups import action_choices
from . import bindings as b
from .base_form import RecordForm


def add_action_choice(form: RecordForm) -> b.Binding:
    binding, combo = b.choice(form.host, "action_id", tr("Form", "(no action)"))
    form.add(binding)

    def refill(*_: Any) -> None:
        current = combo.currentData()
        signatory = form.bindings["signatory_id"].get()
        wanted = current if current is not None else form._loaded.get("action_id")  # noqa: SLF001
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        if isinstance(signatory, uuid.UUID):
            for action in action_choices(form.db, signatory):
                text = " \u2014 ".join(p for p in (action.action_code, action.title) if p)
                combo.addItem(text, str(action.id))
        index = combo.findData(str(wanted)) if wanted is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    form.bindings["signatory_id"].on_change(refill)
    binding.refill = refill  # type: ignore[attr-defined]
    return binding
