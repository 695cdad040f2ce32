"""The Trash as a table: what kind, which record, when and by whom it was deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from ...date_text import format_datetime
from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...domain.kinds import KINDS
from ...domain.names import fold, word_keys
from ...i18n import locale, tr
from ...services.records import TrashRow
from .search import Query
from .table_base import TableModel

COL_KIND = 0
COL_NAME = 1
COL_DELETED_AT = 2
COL_DELETED_BY = 3

HEADERS = (
    QT_TRANSLATE_NOOP("TrashTable", "Record type"),
    QT_TRANSLATE_NOOP("TrashTable", "Record"),
    QT_TRANSLATE_NOOP("TrashTable", "Moved to Trash"),
    QT_TRANSLATE_NOOP("TrashTable", "By"),
)

KIND_LABELS = {k.id: k.title for k in KINDS.values()}
"""kind -> English title (context "RecordKind"), from the kind specs."""


def kind_label(kind: str) -> str:
    return tr("RecordKind", KIND_LABELS.get(kind, kind))


class TrashTableModel(TableModel):
    """Small enough (what people deleted) to filter row by row in Python."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("TrashTable", h) for h in HEADERS], parent)
        self._all: list[TrashRow] = []
        self._rows: list[TrashRow] = []
        self._texts: list[tuple[str, str]] = []
        self._query = Query((), ())
        self._locale = locale()

    def set_rows(self, rows: Sequence[TrashRow]) -> None:
        self._all = list(rows)
        self._texts = [
            (fold(f"{kind_label(r.kind)} {r.name} {r.deleted_by}"), word_keys(r.name))
            for r in self._all
        ]
        self._apply()

    def set_search(self, text: str) -> None:
        self._query = Query.parse(text)
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        q = self._query
        self._rows = [
            row
            for row, (text, keys) in zip(self._all, self._texts, strict=True)
            if all(t in text or (k and k in keys) for t, k in zip(q.terms, q.keys, strict=True))
        ]
        self.endResetModel()

    def row_at(self, row: int) -> TrashRow:
        return self._rows[row]

    def total_count(self) -> int:
        return len(self._all)

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row_number: int, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[row_number]
        if column == COL_KIND:
            return kind_label(row.kind)
        if column == COL_NAME:
            return row.name
        if column == COL_DELETED_AT:
            return format_datetime(row.deleted_at, self._locale)
        return row.deleted_by

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        keys = {
            COL_KIND: lambda r: kind_label(r.kind).casefold(),
            COL_NAME: lambda r: fold(r.name),
            COL_DELETED_AT: lambda r: r.deleted_at,
            COL_DELETED_BY: lambda r: r.deleted_by.casefold(),
        }
        key = keys.get(column)
        if key is None:
            return
        self.layoutAboutToBeChanged.emit()
        reverse = order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=key, reverse=reverse)
        self._texts = [
            (fold(f"{kind_label(r.kind)} {r.name} {r.deleted_by}"), word_keys(r.name))
            for r in self._all
        ]
        self._rows.sort(key=key, reverse=reverse)
        self.layoutChanged.emit()
