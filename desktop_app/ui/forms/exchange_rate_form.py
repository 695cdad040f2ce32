"""Units of a currency per euro on a date: what converts amounts for the reports."""

from __future__ import annotations

from .base_form import RecordForm


class ExchangeRateForm(RecordForm):
    KIND = "exchange_rate"

    def record_title(self) -> str:
        values = self.current_values()
        day = values.get("rate_date")
        return " ".join(str(p) for p in (values.get("currency"), day) if p)
