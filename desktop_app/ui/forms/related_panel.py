"""One list of a signatory's related records (plans, reports, ...), each openable.

Enter or a double click opens the record; "New" opens a blank one already tied to the
signatory. Rows come from services.records.related, already worded for display.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ...services.records import RelatedRow
from ..widgets.fit_columns import fit_columns
from .values import EMPTY, display

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Opener = Callable[[str, uuid.UUID | None, dict[str, Any] | None], Any]


class RelatedList(QWidget):
    def __init__(
        self,
        kind: str,
        preset: Callable[[], dict[str, Any] | None],
        opener: Opener | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.preset = preset
        self.opener = opener
        self.tree = QTreeWidget(self)
        self.tree.setObjectName(f"related_{kind}")
        from ...domain.kinds import KINDS

        self.tree.setAccessibleName(tr("RecordKind", KINDS[kind].plural_title))
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [tr("RelatedList", "Date"), tr("RelatedList", "Record"), tr("RelatedList", "Status")]
        )
        self.tree.itemActivated.connect(lambda item, _col: self.open_item(item))
        self.tree.installEventFilter(self)
        self.new_button = QPushButton(tr("RelatedList", "&New..."), self)
        self.new_button.setObjectName(f"new_{kind}")
        self.new_button.clicked.connect(self.new_record)
        self.new_button.setEnabled(opener is not None)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)

    def set_rows(self, rows: Sequence[RelatedRow]) -> None:
        self.tree.clear()
        for r in rows:
            day = display(self.kind, "", r.day) if r.day else EMPTY
            item = QTreeWidgetItem([day, r.text, r.status])
            item.setData(0, ID_ROLE, r.id)
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        fit_columns(self.tree)

    def count(self) -> int:
        return self.tree.topLevelItemCount()

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is not None and self.opener is not None:
            self.opener(self.kind, item.data(0, ID_ROLE), None)

    def new_record(self) -> None:
        preset = self.preset()
        if self.opener is not None and preset is not None:
            self.opener(self.kind, None, preset)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_item(self.tree.currentItem())
                return True
        return super().eventFilter(watched, event)
