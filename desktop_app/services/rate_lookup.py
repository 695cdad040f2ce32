"""The exchange rate one amount would be converted with: what a finance form shows live.

The same rule as the figures (domain.rules.money.RateTable): the latest live rate of the
currency on or before the day, never a later one, and the same banker's rounding to the
cent. One indexed query per look-up (migration 0002's currency/date index).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from ..db.session import Database
from ..domain.models import ExchangeRate
from ..domain.rules.money import EUR, RateTable


@dataclass(frozen=True, slots=True)
class EurEquivalent:
    amount_eur: Decimal | None
    """None when no rate exists on or before the day."""
    rate: Decimal | None
    rate_date: date | None
    currency: str
    day: date


def eur_equivalent(db: Database, amount: Decimal, currency: str, day: date) -> EurEquivalent:
    code = currency.strip().upper()
    if code == EUR:
        return EurEquivalent(RateTable().to_eur(amount, EUR, day), Decimal(1), day, code, day)
    r = ExchangeRate
    query = (
        select(r.rate_date, r.units_per_eur)
        .where(r.currency == code, r.rate_date <= day, r.deleted_at.is_(None))
        .order_by(r.rate_date.desc(), r.updated_at.desc())
        .limit(1)
    )
    with db.session("gui") as session:
        row = session.execute(query).first()
    if row is None:
        return EurEquivalent(None, None, None, code, day)
    table = RateTable([(code, row.rate_date, row.units_per_eur)])
    return EurEquivalent(table.to_eur(amount, code, day), row.units_per_eur, row.rate_date,
                         code, day)  # fmt: skip
