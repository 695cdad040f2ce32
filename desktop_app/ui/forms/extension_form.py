"""A deadline extension requested for a signatory's plan or monitoring report."""

from __future__ import annotations

from ...domain.enums import ExtensionSubject, RequestedBy
from .base_form import RecordForm


class ExtensionForm(RecordForm):
    KIND = "deadline_extension"

    def build(self) -> None:
        self.signatory()
        self.enum("subject", ExtensionSubject)
        self.text("document")
        self.enum("requested_by", RequestedBy)
        self.date("request_date")
        self.date("granted_until")
        self.multiline("reason")

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
