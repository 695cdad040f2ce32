"""A local Energy Day: when, where, who organised it, for whom, and with what budget."""

from __future__ import annotations

import uuid
from typing import Any

from ...domain.enums import Audience, EnergyDayActivity
from ...i18n import tr
from . import bindings as b
from .base_form import RecordForm


class EnergyDayForm(RecordForm):
    KIND = "energy_day"

    def build(self) -> None:
        self.text("title")
        self.date("start_date")
        self.date("end_date")
        self.text("place")
        self.flag("online")
        self.flag("organised_by_coordinator")
        self.organisers = self.signatories("organiser_ids")
        self.lead, self.lead_combo = b.choice(
            self.host, "lead_organiser_id", tr("EnergyDayForm", "(no lead organiser)")
        )
        self.add(self.lead, tr("Field", "Lead organiser"))
        self.organisers.on_change(self._refill_lead)
        self.codes("activity_types", EnergyDayActivity)
        self.codes("audiences", Audience)
        self.integer("participants")
        self.money("budget")
        self.flag("eusew_registered")
        self.multiline("outcome_notes")

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
