"""Converting amounts to euros with the office's own exchange-rate table.

Rates follow the ECB convention (units of the currency per one euro). An amount dated on a
day without a rate uses the latest earlier rate, never a later one: a report for last year
must not change because this year's rates were entered.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from typing import Any

from ..i18n_markers import QT_TRANSLATE_NOOP as N_

EUR = "EUR"
CENT = Decimal("0.01")

MISSING_RATE_TEMPLATE = N_(
    "Messages",
    "No exchange rate for {currency} on or before {date}; add one under Exchange rates.",
)


class MissingRateError(LookupError):
    code = "missing_rate"

    def __init__(self, currency: str, on_date: date) -> None:
        self.currency = currency
        self.on_date = on_date
        self.params: dict[str, Any] = {"currency": currency, "date": on_date.isoformat()}
        super().__init__(MISSING_RATE_TEMPLATE.format(**self.params))


class RateTable:
    """An in-memory, date-sorted view of exchange-rate rows for fast repeated lookups.

    Two rows for the same currency and day: the later row in the input wins, so a corrected
    rate entered after the original replaces it.
    """

    def __init__(self, rows: Iterable[tuple[str, date, Decimal | int | str]] = ()) -> None:
        by_currency: dict[str, dict[date, Decimal]] = {}
        for currency, rate_date, units_per_eur in rows:
            code = currency.strip().upper()
            rate = units_per_eur if isinstance(units_per_eur, Decimal) else Decimal(units_per_eur)
            if not rate.is_finite() or rate <= 0:
                raise ValueError(f"exchange rate for {code} on {rate_date} must be positive")
            by_currency.setdefault(code, {})[rate_date] = rate
        self._dates: dict[str, list[date]] = {}
        self._rates: dict[str, list[Decimal]] = {}
        for code, entries in by_currency.items():
            days = sorted(entries)
            self._dates[code] = days
            self._rates[code] = [entries[d] for d in days]

    @classmethod
    def from_records(cls, records: Iterable[Any]) -> RateTable:
        """From ExchangeRate rows (or anything with the same attributes); trashed rows skipped."""
        return cls(
            (r.currency, r.rate_date, r.units_per_eur)
            for r in records
            if getattr(r, "deleted_at", None) is None
        )

    def currencies(self) -> list[str]:
        return sorted(self._dates)

    def rate_used(self, currency: str, on_date: date) -> tuple[Decimal, date]:
        """The rate for `on_date` and the day it was published; raises MissingRateError."""
        code = currency.strip().upper()
        if code == EUR:
            return Decimal(1), on_date
        days = self._dates.get(code)
        if days:
            index = bisect_right(days, on_date) - 1
            if index >= 0:
                return self._rates[code][index], days[index]
        raise MissingRateError(code, on_date)

    def to_eur(self, amount: Decimal | int, currency: str, on_date: date) -> Decimal:
        """`amount` in euros to the cent, banker's rounding (no bias across many rows)."""
        value = amount if isinstance(amount, Decimal) else Decimal(amount)
        rate, _ = self.rate_used(currency, on_date)
        with localcontext() as ctx:
            ctx.prec = 34
            return (value / rate).quantize(CENT, rounding=ROUND_HALF_EVEN)
