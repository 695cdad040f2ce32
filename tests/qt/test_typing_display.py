"""List cells in the interface language's one format: dates, amounts, counts and years."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop_app import i18n
from desktop_app.services.lists import Column
from desktop_app.ui.models.formatting import Formats


@pytest.mark.parametrize(
    ("lang", "day", "money", "count", "year"),
    [
        ("en", "05/03/2024", "1,234,567.50", "245,000", "2010"),
        ("ru", "05.03.2024", "1\u00a0234\u00a0567,50", "245\u00a0000", "2010"),
        ("tk", "05.03.2024", "1\u00a0234\u00a0567,50", "245\u00a0000", "2010"),
    ],
)
def test_list_cells(qapp, lang, day, money, count, year) -> None:
    assert i18n.install(lang)
    try:
        formats = Formats()
        show = {c.field: formats.formatter(c) for c in (
            Column("adhesion_date", "date"), Column("amount", "money"),
            Column("population", "int"), Column("baseline_year", "int"))}  # fmt: skip
        assert show["adhesion_date"]("2024-03-05") == day  # SQLite's text, as lists get it
        assert show["adhesion_date"](date(2024, 3, 5)) == day
        assert show["amount"](1234567.5) == money  # a float from SQLite: exact to the cent
        assert show["amount"](Decimal("1234567.5")) == money
        assert show["population"](245000) == count
        assert show["baseline_year"](2010) == year
    finally:
        i18n.install("en")
