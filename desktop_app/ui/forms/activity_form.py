"""Technical, strategic or promotional assistance given to signatories."""

from __future__ import annotations

from ...domain.enums import ActivityType
from .base_form import RecordForm


class ActivityForm(RecordForm):
    KIND = "support_activity"

    def build(self) -> None:
        self.enum("activity_type", ActivityType)
        self.text("title")
        self.date("activity_date")
        self.flag("reaches_all")
        self.signatories("signatory_ids")
        self.decimal("staff_days", 1)
        self.integer("participants")
        self.multiline("description")
