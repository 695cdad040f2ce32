"""A signatory's action plan (SEAP, SECAP, SEACAP) and its assessment."""

from __future__ import annotations

from ...domain.enums import PlanStatus, PlanType, Sector
from ...i18n import tr
from .base_form import RecordForm


class PlanForm(RecordForm):
    KIND = "action_plan"

    def build(self) -> None:
        self.signatory()
        self.enum("plan_type", PlanType)
        self.text("title")
        self.integer("baseline_year")
        self.codes("sectors", Sector)
        self.codes("action_sectors", Sector)
        self.flag("risk_assessment_done")
        self.heading(tr("PlanForm", "Approval and assessment"))
        self.date("council_approval_date")
        self.date("submission_date")
        self.enum("status", PlanStatus)
        self.date("feedback_date")
        self.multiline("notes")
