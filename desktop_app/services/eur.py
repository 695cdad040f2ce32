"""Amounts in euros for the report figures and the dashboard, summed in SQL per rate.

The rounding rule both use: amounts are summed per currency and per stretch of days that
share one exchange rate, and each sum is converted once and rounded to the cent. SQL groups
by calendar month; a month whose rate is the same on its first and last day (the rate is
piecewise constant between rate dates, so then it is the same all month) is converted as a
whole, and only months where the rate changes inside, or where no rate exists yet, are
fetched again day by day. With monthly rates (the ECB habit) a five-year dashboard is a
few hundred groups instead of one per currency and day, and the result is identical to
converting each day's sum at that day's rate, to the cent per group.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from ..domain.models import ExchangeRate, FinancialSupport, Signatory
from ..domain.rules.money import CENT, EUR, MissingRateError, RateTable
from .live import live


class EurConverter:
    """The domain RateTable, loaded once per report, with a missing rate as None.

    A report lists what it cannot convert instead of stopping at the first MissingRateError.
    """

    def __init__(self, table: RateTable) -> None:
        self.table = table
        self._uniform: dict[tuple[str, str], bool] = {}

    @classmethod
    def load(cls, session: Session) -> EurConverter:
        return cls(
            RateTable(
                session.execute(
                    select(
                        ExchangeRate.currency, ExchangeRate.rate_date, ExchangeRate.units_per_eur
                    )
                    .where(live(ExchangeRate))
                    .order_by(ExchangeRate.rate_date, ExchangeRate.updated_at)
                ).all()
            )
        )

    def to_eur(self, amount: Decimal, currency: str, day: date | None) -> Decimal | None:
        if currency.strip().upper() == EUR:
            return Decimal(amount).quantize(CENT)
        if day is None:
            return None
        try:
            return self.table.to_eur(Decimal(amount), currency, day)
        except MissingRateError:
            return None

    def uniform_month(self, currency: str, month: str) -> bool:
        """True when one known rate holds for the whole month "YYYY-MM"."""
        key = (currency, month)
        found = self._uniform.get(key)
        if found is None:
            found = self._uniform[key] = self._check_month(currency, month)
        return found

    def _check_month(self, currency: str, month: str) -> bool:
        if currency.strip().upper() == EUR:
            return True
        first = _first_day(month)
        last = _last_day(first)
        try:
            return (
                self.table.rate_used(currency, first)[1] == self.table.rate_used(currency, last)[1]
            )
        except MissingRateError:
            return False  # listed day by day as unconverted


def _first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def month_of(session: Session, column: Any) -> Any:
    """ "YYYY-MM" of a date column: SQLite keeps dates as ISO text already."""
    if session.get_bind().dialect.name == "sqlite":
        return func.substr(column, 1, 7)
    return func.to_char(column, "YYYY-MM")


def of_live_signatory(column: Any) -> ColumnElement[bool]:
    """Instead of a join: the trashed signatories are few, and SQLite and PostgreSQL both
    evaluate this NOT IN once into a set, where a join looks up every row's signatory."""
    return column.not_in(select(Signatory.id).where(Signatory.deleted_at.is_not(None)))


def rate_groups(
    session: Session,
    converter: EurConverter,
    keys: Sequence[Any],
    where: Sequence[ColumnElement[bool]],
    sums: Sequence[Any],
    boundaries: Iterable[date] = (),
) -> list[tuple[Any, ...]]:
    """Financial support summed per `keys`, currency and one-rate stretch of days.

    Rows are (*keys, currency, day, *sums): `day` is the first of a month when one rate
    holds all month, else the decision date itself; either converts the sums at the right
    rate with `converter.to_eur(amount, currency, day)`. `boundaries` are days on which the
    caller's own buckets start: a month with one inside comes day by day too, so every row
    lies wholly in one bucket and the caller can sort rows into buckets by `day`.
    """
    currency, decided = FinancialSupport.currency, FinancialSupport.decision_date
    month = month_of(session, decided)
    cut = {f"{b.year:04d}-{b.month:02d}" for b in boundaries if b.day != 1}
    n = len(keys)
    out: list[tuple[Any, ...]] = []
    split: set[tuple[str, str]] = set()
    for row in session.execute(
        select(*keys, currency, month, *sums).where(*where).group_by(*keys, currency, month)
    ):
        code, m = row[n], row[n + 1]
        if m is None:
            out.append((*row[:n], code, None, *row[n + 2 :]))
        elif m not in cut and converter.uniform_month(code, m):
            out.append((*row[:n], code, _first_day(m), *row[n + 2 :]))
        else:
            split.add((code, m))
    if split:
        for row in session.execute(
            select(*keys, currency, decided, *sums)
            .where(*where, or_(*_month_ranges(decided, {m for _, m in split})))
            .group_by(*keys, currency, decided)
        ):
            day = row[n + 1]
            if (row[n], f"{day.year:04d}-{day.month:02d}") in split:
                out.append(tuple(row))
    return out


def _month_ranges(column: Any, months: set[str]) -> list[ColumnElement[bool]]:
    """BETWEEN conditions covering the given months, consecutive months merged."""
    ranges: list[list[date]] = []
    for m in sorted(months):
        first = _first_day(m)
        last = _last_day(first)
        if ranges and ranges[-1][1] + timedelta(days=1) == first:
            ranges[-1][1] = last
        else:
            ranges.append([first, last])
    return [column.between(a, b) for a, b in ranges]


def _last_day(first: date) -> date:
    return (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
