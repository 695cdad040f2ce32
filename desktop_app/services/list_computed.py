"""List columns that are not stored but computed in the list's own query.

A kind spec marks such a field `computed=True` and gives it a list facet; services.lists
asks here for its SQL expression, so the value arrives with the row (no query per row).

The Finance list's "Amount (EUR)": the amount divided by the latest live rate of its
currency on or before its decision date (the rule of domain.rules.money.RateTable and of
the report figures); euros as they are; empty when there is no decision date or no rate
yet (the form says so and offers to add the rate). The driver's quotient is rounded to the
cent, half to even, by lists.cell like every money cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import case, select

Col = Callable[[str], Any]


def _amount_eur(col: Col) -> Any:
    from ..domain.models import ExchangeRate as R

    rate = (
        select(R.units_per_eur)
        .where(
            R.currency == col("currency"),
            R.rate_date <= col("decision_date"),
            R.deleted_at.is_(None),
        )
        .order_by(R.rate_date.desc(), R.updated_at.desc())
        .limit(1)
        .scalar_subquery()
    )
    return case((col("currency") == "EUR", col("amount")), else_=col("amount") / rate)


EXPRESSIONS: dict[tuple[str, str], Callable[[Col], Any]] = {
    ("financial_support", "amount_eur"): _amount_eur,
}


def computed_column(kind: str, field: str, col: Col) -> Any:
    """The SQL expression of a computed list field; KeyError names a spec without one."""
    return EXPRESSIONS[(kind, field)](col)
