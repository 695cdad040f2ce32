"""A local Energy Day: when, where, who organised it, for whom, and with what budget.

The fields come from the spec (domain/kinds/energy_day.py); the lead organiser, chosen
among the organisers, is this form's own.
"""

from __future__ import annotations

import uuid
from typing import Any

from ...domain.kinds.spec import FieldSpec
from ...i18n import tr
from . import bindings as b
from .base_form import RecordForm


class EnergyDayForm(RecordForm):
    KIND = "energy_day"

    def build_field(self, spec: FieldSpec, following: str | None = None) -> tuple[str, ...]:
        """The spec's fields, plus the lead organiser chosen among the organisers."""
        done = super().build_field(spec, following)
        if spec.name == "organiser_ids":
            self.organisers = self.bindings["organiser_ids"]
            self.lead, self.lead_combo = b.choice(
                self.host, "lead_organiser_id", tr("EnergyDayForm", "(no lead organiser)")
            )
            self.add(self.lead, tr("Field", "Lead organiser"))
            self.organisers.on_change(self._refill_lead)
        return done

    def _refill_lead(self) -> None:
        combo = self.lead_combo
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for sid in self.organisers.get():
            combo.addItem(self.name_of(sid), str(sid))
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def values_loaded(self, values: dict[str, Any]) -> None:
        self._refill_lead()
        lead = values.get("lead_organiser_id")
        self.lead.set(lead if isinstance(lead, uuid.UUID) or lead is None else uuid.UUID(lead))
