"""The Finance list's "Amount (EUR)" column (issue 10 item 4), on both engines: the latest
live rate on or before the decision date, euros as they are, empty without a rate or date.

Oracles are literals worked out by hand from the rows saved here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop_app.services import records
from desktop_app.services.lists import LISTS, cell, list_rows, row_id


def test_finance_list_has_the_eur_equivalent(database) -> None:
    db = database
    town = records.save(db, "signatory", {"name": "Mary", "country": "TM",
                                          "adhesion_date": date(2015, 1, 1)})  # fmt: skip
    for day, rate in ((date(2024, 1, 1), "4"), (date(2024, 6, 1), "5")):
        records.save(db, "exchange_rate", {"currency": "USD", "rate_date": day,
                                           "units_per_eur": Decimal(rate)})  # fmt: skip
    trashed = records.save(db, "exchange_rate", {"currency": "USD", "rate_date": date(2024, 3, 1),
                                                 "units_per_eur": Decimal("100")})  # fmt: skip
    records.trash(db, "exchange_rate", [trashed.id])

    def finance(amount: str, currency: str, day: date | None) -> object:
        return records.save(db, "financial_support", {
            "signatory_id": town.id, "instrument": "grant", "source": "donor",
            "amount": Decimal(amount), "currency": currency, "decision_date": day,
        }).id  # fmt: skip

    expected = {
        finance("1000", "USD", date(2024, 5, 31)): Decimal("250.00"),  # 4 (the 100 is trashed)
        finance("1000", "USD", date(2024, 6, 1)): Decimal("200.00"),  # the rate of that day
        finance("1001", "USD", date(2024, 7, 1)): Decimal("200.20"),
        finance("999.99", "EUR", date(2020, 1, 1)): Decimal("999.99"),  # euros need no rate
        finance("1000", "USD", date(2023, 12, 31)): None,  # before the first rate
        finance("1000", "USD", None): None,  # no decision date
        finance("1000", "TMT", date(2024, 6, 1)): None,  # no rate at all
    }
    spec = LISTS["finance"]
    column = spec.columns[spec.index("amount_eur")]
    assert column.type == "money"
    position = 1 + spec.index("amount_eur")
    got = {row_id(r[0]): cell(column, r[position]) for r in list_rows(db, "finance")}
    assert got == expected
