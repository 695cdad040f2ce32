"""A deadline extension requested for a signatory's plan or monitoring report."""

from __future__ import annotations

from .base_form import RecordForm


class ExtensionForm(RecordForm):
    KIND = "deadline_extension"

    def record_title(self) -> str:
        return self.name_of_value("signatory_id")
