"""The coordinator's own profile: identity, contacts and the dates of the application path."""

from __future__ import annotations

from ...domain.enums import CoordinatorKind, CoordinatorStatus
from ...i18n import tr
from .base_form import RecordForm


class CoordinatorForm(RecordForm):
    KIND = "coordinator"

    def build(self) -> None:
        self.text("name")
        self.text("local_name")
        self.enum("kind", CoordinatorKind)
        self.country()
        self.text("region")
        self.text("mandated_agency")
        self.heading(tr("CoordinatorForm", "Application path"))
        self.enum("status", CoordinatorStatus)
        for name in (
            "expression_of_interest_date",
            "eligibility_confirmed_date",
            "commitment_signed_date",
            "active_date",
            "on_hold_date",
            "withdrawn_date",
        ):
            self.date(name)
        self.heading(tr("CoordinatorForm", "Contact"))
        self.text("contact_person")
        self.text("email")
        self.text("phone")
        self.text("website")
        self.multiline("notes")
