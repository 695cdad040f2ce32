"""The list table model as plain Python: search across scripts, quick filters, typed sorting."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.enums import Framework, Instrument, SignatoryStatus
from desktop_app.services.lists import LISTS
from desktop_app.ui.models.record_table import ID_ROLE, RecordTableModel
from desktop_app.ui.models.search import Query

SIG = LISTS["signatories"]


def sig_row(name, local, country, population, adhesion, status=SignatoryStatus.ACTIVE):
    values = {
        "name": name,
        "local_name": local,
        "country": country,
        "region": "",
        "population": population,
        "adhesion_date": adhesion,
        "framework": Framework.F2030,
        "status": status,
        "covenant_id": "",
    }
    return (uuid.uuid4(), *(values[c.field] for c in SIG.columns))


ROWS = [
    sig_row("Ashgabat", "Ашхабад", "TM", 1_000_000, date(2015, 3, 1)),
    sig_row("Mary", "Мары", "TM", 126_000, date(2019, 1, 5), SignatoryStatus.ON_HOLD),
    sig_row("Almaty", "Алматы", "KZ", 2_000_000, None),
    sig_row("Kyiv", "Київ", "UA", 3_000_000, date(2008, 10, 2)),
    sig_row("Balkanabat", "", "TM", 9_000, date(2015, 7, 7)),
]


@pytest.fixture
def model() -> RecordTableModel:
    m = RecordTableModel("signatories")
    m.set_rows(ROWS)
    return m


def names(m: RecordTableModel) -> list[str]:
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_headers_and_display(model) -> None:
    assert model.columnCount() == len(SIG.columns)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name (Latin script)"
    row = names(model).index("Ashgabat")
    assert model.data(model.index(row, SIG.index("country"))) == "Turkmenistan"
    assert model.data(model.index(row, SIG.index("population"))) == "1,000,000"
    assert model.data(model.index(row, SIG.index("framework"))) == "2030 (SECAP)"
    assert model.data(model.index(row, 0), ID_ROLE) == ROWS[0][0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ashg", ["Ashgabat"]),
        ("ашх", ["Ashgabat"]),
        ("  ASHGABAT ", ["Ashgabat"]),
        ("Aşgabat", ["Ashgabat"]),
        ("kiev", ["Kyiv"]),  # "Киев"/"Kiev" and "Київ"/"Kyiv" share a sound key
        ("turkmen", ["Ashgabat", "Mary", "Balkanabat"]),
        ("turkmen mary", ["Mary"]),
        ("on hold", ["Mary"]),
        ("", ["Ashgabat", "Mary", "Almaty", "Kyiv", "Balkanabat"]),
    ],
)
def test_search_across_scripts(model, query, expected) -> None:
    model.set_search(query)
    assert names(model) == expected


def test_typing_narrows_then_widens(model) -> None:
    for text in ("b", "ba", "bal", "balk"):
        model.set_search(text)
    assert names(model) == ["Balkanabat"]
    model.set_search("ba")
    assert set(names(model)) == {"Balkanabat", "Ashgabat"}


def test_quick_filters_combine_with_search(model) -> None:
    model.set_quick_filter("country", "TM")
    assert names(model) == ["Ashgabat", "Mary", "Balkanabat"]
    model.set_quick_filter("adhesion_date", 2015)
    assert names(model) == ["Ashgabat", "Balkanabat"]
    model.set_search("balk")
    assert names(model) == ["Balkanabat"]
    model.set_quick_filter("adhesion_date", None)
    model.set_quick_filter("country", None)
    model.set_search("")
    assert model.rowCount() == 5
    years = [v for v, _ in model.filter_values("adhesion_date")]
    assert years == [2019, 2015, 2008]
    assert [t for _, t in model.filter_values("country")] == [
        "Kazakhstan",
        "Turkmenistan",
        "Ukraine",
    ]


def test_sort_by_number_and_date_not_text(model) -> None:
    col = SIG.index("population")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Balkanabat", "Mary", "Ashgabat", "Almaty", "Kyiv"]
    model.sort(SIG.index("adhesion_date"), Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Kyiv", "Ashgabat", "Balkanabat", "Mary", "Almaty"]  # empty last
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("a")
    assert names(model)[0] == "Mary"


def test_filtered_signal_and_remove_ids(model, qtbot) -> None:
    model.set_search("turkmen")
    with qtbot.waitSignal(model.filtered) as blocker:
        model.remove_ids([ROWS[1][0]])
    assert blocker.args == [2, 4]
    assert names(model) == ["Ashgabat", "Balkanabat"]


def test_hidden_columns_are_not_searched(model) -> None:
    model.set_search("ашх")
    assert model.rowCount() == 1
    model.set_hidden_columns({SIG.index("local_name")})
    assert model.rowCount() == 1, "the sound key of the Latin name still matches"
    model.set_search("мары")
    assert names(model) == ["Mary"]
    model.set_search("126")
    assert names(model) == ["Mary"]
    model.set_hidden_columns({SIG.index("population")})
    assert names(model) == []


def test_money_is_exact_and_grouped() -> None:
    m = RecordTableModel("finance")
    fin = LISTS["finance"]
    values = {c.field: None for c in fin.columns}
    values.update(
        signatory_id="Mary",
        country="TM",
        instrument=Instrument.GRANT,
        amount=Decimal("12345678901234.55"),
        currency="EUR",
    )
    m.set_rows([(uuid.uuid4(), *(values[c.field] for c in fin.columns))])
    assert m.data(m.index(0, fin.index("amount"))) == "12,345,678,901,234.55"
    assert m.data(m.index(0, fin.index("amount")), Qt.ItemDataRole.TextAlignmentRole)


def test_query_narrowing_rules() -> None:
    assert Query.parse("ashg").narrows(Query.parse("ash")) is False  # key appears only at 3+
    assert Query.parse("ashga").narrows(Query.parse("ashg"))
    assert not Query.parse("as").narrows(Query.parse("ash"))
    assert Query.parse("a b").narrows(Query.parse("a"))
