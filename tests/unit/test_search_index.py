"""The lists' search index: each row's folded visible text and name keys, whatever the rows."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.names import fold, word_keys
from desktop_app.ui.models.search import build_index

NAMES = st.one_of(st.none(), st.text(alphabet="Ашхабад Aşgabat-ʼ.,0123 xyz", max_size=12))
COUNTS = st.one_of(st.none(), st.integers(-(10**6), 10**6))
AMOUNTS = st.one_of(  # -0.0 + 0.0 is 0.0: equal values are one key, as in a real column
    st.none(), st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda x: x + 0.0)
)


def shown(value: object) -> str:
    return "" if value is None else f"<{value}>"


@given(st.lists(st.tuples(st.uuids(), COUNTS, NAMES, AMOUNTS, NAMES), max_size=40))
@settings(max_examples=200, deadline=None)
def test_each_row_is_indexed_as_it_reads(rows: list[tuple[object, ...]]) -> None:
    text_columns = [(1, shown), (2, shown), (3, shown)]
    index = build_index(rows, text_columns, name_columns=[2, 4])
    assert len(index.texts) == len(index.keys) == len(rows)
    for row, text, keys in zip(rows, index.texts, index.keys, strict=True):
        assert text == "\x1f".join(fold(shown(row[pos])) for pos, _fmt in text_columns)
        names = (row[pos] for pos in (2, 4))
        assert keys == "".join(word_keys(str(v)) for v in names if v)


def test_no_text_or_name_columns() -> None:
    rows = [("a", 1), ("b", 2)]
    index = build_index(rows, [], [])
    assert index.texts == ["", ""] and index.keys == ["", ""]
