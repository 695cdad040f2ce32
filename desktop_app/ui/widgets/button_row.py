"""A row of buttons that stacks them when it is too narrow for them side by side.

A panel's button row asks for the width of all its buttons at once; in Russian the History
panel's three revert buttons asked for more than half a 1366-pixel window, and the form
beside it was squeezed to a sliver. This row asks only for its widest button, and stacks
the buttons under each other whenever they do not fit in a line.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ButtonRow(QWidget):
    def __init__(self, buttons: Iterable[QWidget] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addStretch(1)
        self.buttons: list[QWidget] = []
        for button in buttons:
            self.add(button)

    def add(self, button: QWidget) -> None:
        """Append a button (before the row's closing stretch)."""
        self.buttons.append(button)
        self.box.insertWidget(self.box.count() - 1, button)
        self.updateGeometry()

    def line_width(self) -> int:
        """The width the buttons need side by side."""
        shown = [b for b in self.buttons if not b.isHidden()]
        spacing = max(self.box.spacing(), 0)
        return sum(b.sizeHint().width() for b in shown) + spacing * max(len(shown) - 1, 0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        shown = [b for b in self.buttons if not b.isHidden()] or self.buttons
        widest = max((b.minimumSizeHint().width() for b in shown), default=0)
        return QSize(widest, self.box.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        wanted = (
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < self.line_width()
            else QBoxLayout.Direction.LeftToRight
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # the height changes with the direction
        super().resizeEvent(event)
