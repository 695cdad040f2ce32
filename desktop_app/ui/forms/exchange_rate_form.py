"""Units of a currency per euro on a date: what converts amounts for the reports."""

from __future__ import annotations

from datetime import date

from ...date_text import format_date
from .base_form import RecordForm


class ExchangeRateForm(RecordForm):
    KIND = "exchange_rate"

    def record_title(self) -> str:
        values = self.current_values()
        day = values.get("rate_date")
        shown = format_date(day) if isinstance(day, date) else ""
        return " ".join(p for p in (str(values.get("currency") or ""), shown) if p)
