"""The widget that holds a form's rows, and how the rows wrap when the form is narrow.

Qt's QFormLayout decides row by row whether to put a field under its label (WrapLongRows)
by that row's own label, but places every unwrapped field after the widest label: a field
whose own label is short (a check box with its caption on the box) then gets less than its
minimum width and its text is cut (seen at 150 % scaling, an 800-pixel-wide form). Like
Kirigami's FormLayout, the whole form goes to labels above fields once the label column and
the widest field no longer fit side by side, and back when they do.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFormLayout, QLabel, QStyle, QWidget


class FormHost(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: QFormLayout | None = None

    def side_by_side_width(self) -> int:
        """The narrowest width at which labels and fields fit side by side."""
        rows = self.rows
        if rows is None:
            return 0
        label = field = 0
        for row in range(rows.rowCount()):
            left = rows.itemAt(row, QFormLayout.ItemRole.LabelRole)
            right = rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if left is not None and not left.isEmpty():
                label = max(label, left.sizeHint().width())
            if right is not None and not right.isEmpty():
                field = max(field, right.minimumSize().width())
        spacing = rows.horizontalSpacing()
        if spacing < 0:
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        margins = 0
        for layout in (self.layout(), rows):
            if layout is not None:
                m = layout.contentsMargins()
                margins += m.left() + m.right()
        return label + max(spacing, 0) + field + margins

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        rows = self.rows
        if rows is not None:
            narrow = event.size().width() < self.side_by_side_width()
            policy = (
                QFormLayout.RowWrapPolicy.WrapAllRows
                if narrow
                else QFormLayout.RowWrapPolicy.WrapLongRows
            )
            if rows.rowWrapPolicy() != policy:
                rows.setRowWrapPolicy(policy)
        super().resizeEvent(event)
        if rows is not None:
            self._fit_wrapped_labels(rows)

    def _fit_wrapped_labels(self, rows: QFormLayout) -> None:
        """A label that wraps gets the height its lines need at the width it was given:
        QFormLayout sizes a row by its field, so "Население в этом году" on two lines
        beside a one-line box lost the top and bottom of its letters. The children
        already have their new geometry here (the layout runs before resizeEvent)."""
        for row in range(rows.rowCount()):
            item = rows.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if not isinstance(label, QLabel) or not label.wordWrap() or label.width() <= 0:
                continue
            need = label.heightForWidth(label.width())
            if need > 0 and label.minimumHeight() != need:
                label.setMinimumHeight(need)
