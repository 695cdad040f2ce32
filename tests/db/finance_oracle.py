"""Financial support provided, computed from the tables with plain SQL and Decimal only.

Shares no code with the product (services/figures.py, eur.py, dashboard.py): the tests'
independent oracle for "approved or disbursed, live, of a live signatory, at the latest
live rate on or before the decision date" (docs/rules.md).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import text

PROVIDED = frozenset({"approved", "disbursed"})


def as_day(value) -> date | None:  # noqa: ANN001
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def records(db) -> tuple[list, list]:  # noqa: ANN001
    """(rates, rows): rates (currency, day, units per EUR); rows (signatory name, amount,
    currency, decision date, status) of live records of live signatories."""
    with db.engine.connect() as c:
        rates = [
            (cur, as_day(d), Decimal(str(r)))
            for cur, d, r in c.execute(
                text(
                    "SELECT currency, rate_date, units_per_eur FROM exchange_rate "
                    "WHERE deleted_at IS NULL"
                )
            )
        ]
        rows = [
            (str(name), Decimal(str(amount)), cur, as_day(day), str(status))
            for name, amount, cur, day, status in c.execute(
                text(
                    "SELECT s.name, f.amount, f.currency, f.decision_date, f.status "
                    "FROM financial_support f JOIN signatory s ON s.id = f.signatory_id "
                    "WHERE f.deleted_at IS NULL AND s.deleted_at IS NULL"
                )
            )
        ]
    return rates, rows


def to_eur(rates: list, amount: Decimal, currency: str, day: date) -> Decimal | None:
    if currency == "EUR":
        return amount
    known = [(d, r) for c, d, r in rates if c == currency and d <= day]
    return amount / max(known)[1] if known else None
