"""Multi-select of enum codes as a short list of check boxes (activity types, audiences...).

A list view rather than a column of QCheckBoxes: one tab stop for the whole field, arrows
move, Space ticks, and screen readers announce it as one control with checkable items.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from ...i18n import label

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class CodeList(QListWidget):
    changed = Signal()

    def __init__(self, enum_cls: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_cls = enum_cls
        self._hinted_height: int | None = None
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Long labels wrap in a narrow form instead of widening it (a Russian vulnerable
        # sector made the risk form scroll sideways on an 800-pixel screen).
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        for member in enum_cls:
            item = QListWidgetItem(label(member))
            item.setData(CODE_ROLE, member.value)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(item)
        self.setCurrentRow(0)
        # Every choice readable in full: as wide as the longest label when there is room,
        # wrapped when not, never a horizontal scroll bar (one hid the Russian "Смягчение
        # изменения климата" and a row behind it).
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    VISIBLE_ROWS = 10

    def _content_width(self) -> int:
        width = self.sizeHintForColumn(0) + 2 * self.frameWidth() + 4
        if self.count() > self.VISIBLE_ROWS:
            width += self.verticalScrollBar().sizeHint().width()
        return width

    def _rows_height(self) -> int:
        """The height of the first VISIBLE_ROWS rows as laid out at the current width: a
        label that wraps takes two lines (the Turkmen "Energiýa garyplygy / elýeterliligi"
        did, and the third choice hid behind a scroll bar in a list of three)."""
        rows = min(self.count(), self.VISIBLE_ROWS)
        laid = [self.visualItemRect(self.item(i)).height() for i in range(rows)]
        if not all(h > 0 for h in laid):  # not laid out yet
            laid = [self.sizeHintForRow(i) for i in range(rows)]
        return sum(laid) + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        height = self._rows_height()
        self._hinted_height = height
        return QSize(max(super().sizeHint().width(), self._content_width()), height)

    def updateGeometries(self) -> None:  # noqa: N802 - Qt API
        """After the items are laid out (at a new width, say): ask for the height they
        now need, so a wrapped choice is shown and not scrolled to."""
        super().updateGeometries()
        if self._rows_height() != self._hinted_height:
            self.updateGeometry()

    MINIMUM_WIDTH = 200

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(min(self._content_width(), self.MINIMUM_WIDTH), self.sizeHint().height())

    def value(self) -> list[str]:
        return [
            str(self.item(i).data(CODE_ROLE))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, codes: Iterable[object] | None) -> None:
        wanted = {str(c) for c in codes or []}
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(CODE_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.changed.emit()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Space ticks the current item (Qt only does it through the delegate's editor)."""
        if event.key() == Qt.Key.Key_Space and self.currentItem() is not None:
            item = self.currentItem()
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
        super().keyPressEvent(event)
