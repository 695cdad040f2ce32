"""One table model for every list page, driven by the column specs in services.lists.

The model holds all rows of the list and shows a filtered, sorted selection of them. Sorting
and filtering work on lists of row numbers (see search.py for why not a proxy model), so a
keystroke over 100,000 rows costs a few list comprehensions and one model reset.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal

from ...domain.rules.fields import field_label
from ...i18n import tr
from ...services.lists import LISTS, ListSpec, cell, row_id
from .formatting import NUMERIC_TYPES, Formats, sort_key
from .search import Query, RowFilter, SearchIndex, apply, build_index
from .table_base import TableModel

ID_ROLE = Qt.ItemDataRole.UserRole
"""data(index, ID_ROLE): the record's UUID, to open or trash it."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""data(index, SORT_ROLE): the typed value the column sorts by (dates, numbers)."""

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(TableModel):
    filtered = Signal(int, int)
    """(rows shown, rows in the list) after every change of rows, search or quick filter."""

    def __init__(self, list_id: str, parent: Any = None) -> None:
        spec = LISTS[list_id]
        super().__init__(
            [tr("Field", field_label(c.field, spec.kind)) for c in spec.columns], parent
        )
        self.list_id = list_id
        self.spec: ListSpec = spec
        self.formats = Formats()
        columns = self.spec.columns
        self._display = [self.formats.formatter(c) for c in columns]
        self._align = [_RIGHT if c.type in NUMERIC_TYPES else None for c in columns]
        self._rows: list[tuple[Any, ...]] = []
        self._order: list[int] = []
        self._visible: list[int] = []
        self._sort_column = -1
        self._descending = False
        self._index: SearchIndex | None = None
        self._hidden: set[int] = {i for i, c in enumerate(columns) if c.hidden}
        self._filter = RowFilter(
            year_columns=frozenset(i + 1 for i, c in enumerate(columns) if c.type == "date")
        )
        self._last: tuple[Query, dict[int, Any], list[int]] | None = None
        self._scope: set[str] | None = None

    # -- data in ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[tuple[Any, ...]], index: SearchIndex | None = None) -> None:
        """Replace the list. Pass the search `index` if it was built off the GUI thread;
        without one it is built here when a search is active, later otherwise."""
        self.beginResetModel()
        self._rows = list(rows)
        self._index = index if index is not None and len(index.texts) == len(rows) else None
        if self._index is None and self._filter.query:
            self._index = self.build_index(self._rows)
        self._order = self._sorted(range(len(self._rows)))
        self._last = None
        self._visible = self._filtered()
        self.endResetModel()
        self._emit_counts()

    def append_rows(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """The rest of a list that arrived in pages; keeps sort, search and filters."""
        if rows:
            self.set_rows(self._rows + list(rows))  # index rebuilt: rare, small lists only

    def remove_ids(self, ids: Iterable[uuid.UUID]) -> None:
        """Drop rows (e.g. just moved to the Trash) without reading the list again."""
        gone = {str(i) for i in ids} | {i.hex for i in ids}
        keep = [i for i, r in enumerate(self._rows) if str(r[0]) not in gone]
        old = self._index
        index = None
        if old is not None:
            index = SearchIndex([old.texts[i] for i in keep], [old.keys[i] for i in keep])
        self.set_rows([self._rows[i] for i in keep], index)

    def ensure_index(self) -> SearchIndex:
        if self._index is None:
            self.set_index(self.build_index(self._rows))
        assert self._index is not None
        return self._index

    def build_index(self, rows: Sequence[tuple[Any, ...]]) -> SearchIndex:
        """Thread-safe given the rows: lets a page build the index off the GUI thread."""
        columns = self.spec.columns
        text = [(i + 1, self._display[i]) for i in range(len(columns)) if i not in self._hidden]
        names = [i + 1 for i, c in enumerate(columns) if c.type == "name" and i not in self._hidden]
        return build_index(rows, text, names)

    def set_index(self, index: SearchIndex) -> None:
        if len(index.texts) != len(self._rows):
            return  # built for rows that have since been replaced
        self._index = index
        if self._filter.query:
            self._refilter()

    @property
    def has_index(self) -> bool:
        return self._index is not None

    # -- filtering -------------------------------------------------------------------------
    def set_search(self, text: str) -> None:
        query = Query.parse(text)
        if query == self._filter.query:
            return
        self._filter.query = query
        if query:
            self.ensure_index()
        self._refilter()

    def set_quick_filter(self, field: str, value: Any) -> None:
        """Keep rows whose `field` equals `value` (its year, for dates); None clears it."""
        pos = self.spec.index(field) + 1
        if value is None:
            self._filter.quick.pop(pos, None)
        else:
            self._filter.quick[pos] = value
        self._last = None
        self._refilter()

    def filter_values(self, field: str) -> list[tuple[Any, str]]:
        """Distinct (value, display text) pairs of a column, for a quick-filter combo."""
        i = self.spec.index(field)
        column = self.spec.columns[i]
        values = {r[i + 1] for r in self._rows if r[i + 1] is not None}
        if column.type == "date":
            years = {cell(column, v).year for v in values}
            return [(y, str(y)) for y in sorted(years, reverse=True)]
        shown = [(v, self._display[i](v)) for v in values]
        return sorted(shown, key=lambda pair: pair[1].casefold())

    def set_hidden_columns(self, hidden: Iterable[int]) -> None:
        """Search covers the visible text only, so hiding a column rebuilds the index."""
        hidden = set(hidden)
        if hidden != self._hidden:
            self._hidden = hidden
            self._index = None
            if self._filter.query:
                self.ensure_index()
                self._last = None
                self._refilter()

    def set_scope(self, ids: Iterable[uuid.UUID] | None) -> None:
        """Show only these records (None: all): the records behind a dashboard figure,
        light or bar, which no combination of quick filters can express."""
        if ids is None:
            self._scope = None
        else:
            wanted = list(ids)
            self._scope = {str(i) for i in wanted} | {i.hex for i in wanted}
        self._refilter()

    @property
    def scoped(self) -> bool:
        return self._scope is not None

    def _filtered(self) -> list[int]:
        rows = self._unscoped()
        scope = self._scope
        if scope is None:
            return rows
        return [i for i in rows if str(self._rows[i][0]) in scope]

    def _unscoped(self) -> list[int]:
        f = self._filter
        if not f.query and not f.quick:
            return list(self._order)
        candidates: Sequence[int] = self._order
        last = self._last
        if last is not None and last[1] == f.quick and f.query.narrows(last[0]):
            candidates = last[2]
        result = apply(candidates, self._rows, self._index, f)
        self._last = (f.query, dict(f.quick), result)
        return result

    def _refilter(self) -> None:
        self.beginResetModel()
        self._visible = self._filtered()
        self.endResetModel()
        self._emit_counts()

    def _emit_counts(self) -> None:
        self.filtered.emit(len(self._visible), len(self._rows))

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.spec.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._order = self._sorted(range(len(self._rows)))
        position = {row: n for n, row in enumerate(self._order)}
        self._visible.sort(key=position.__getitem__)
        if self._last is not None:
            self._last = None
        self.changePersistentIndexList(self.persistentIndexList(), self.persistentIndexList())
        self.layoutChanged.emit()

    def _sorted(self, rows: Iterable[int]) -> list[int]:
        if self._sort_column < 0:
            return list(rows)
        column = self.spec.columns[self._sort_column]
        key = sort_key(column, self._display[self._sort_column])
        pos = self._sort_column + 1
        values = self._rows
        memo: dict[Any, Any] = {}

        def row_key(i: int) -> Any:
            v = values[i][pos]
            k = memo.get(v)
            if k is None:
                k = memo[v] = key(v)
            return k

        return sorted(rows, key=row_key, reverse=self._descending)

    # -- access ----------------------------------------------------------------------------
    def row_id(self, view_row: int) -> uuid.UUID:
        return row_id(self._rows[self._visible[view_row]][0])

    def row_values(self, view_row: int) -> tuple[Any, ...]:
        return self._rows[self._visible[view_row]]

    def view_row_of(self, record_id: uuid.UUID) -> int:
        for n, i in enumerate(self._visible):
            if row_id(self._rows[i][0]) == record_id:
                return n
        return -1

    def total_count(self) -> int:
        return len(self._rows)

    # -- cells (TableModel) ----------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._visible)

    def cell(self, view_row: int, column: int, role: int) -> Any:
        row = self._rows[self._visible[view_row]]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[column](row[column + 1])
        if role == ID_ROLE:
            return row_id(row[0])
        if role == SORT_ROLE:
            return cell(self.spec.columns[column], row[column + 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[column]
        return None
