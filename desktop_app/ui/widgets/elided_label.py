"""A one-line label that shortens its text in the middle when it has too little room.

The status bar's "Database: /home/.../office.sqlite3" asked for the whole path's width, so
a long path (a Windows profile folder, a test's temporary folder) made the main window
wider than a 1366-pixel laptop screen at 150 %. This label asks for little, shows the path
shortened in the middle ("/home/…/office.sqlite3") when it must, and keeps the whole text
in its tooltip and `full_text()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # QEvent.Type's 179 members (~1.5 ms): not before the window's first paint
    from PySide6.QtGui import QResizeEvent


class ElidedLabel(QLabel):
    MINIMUM_CHARACTERS = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""  # QLabel's own size policy (Preferred both ways) is the one wanted

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._fit()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.fontMetrics().horizontalAdvance(self._full) + 2 * self.margin() + 4
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = self.fontMetrics().averageCharWidth() * self.MINIMUM_CHARACTERS
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The whole text when it fits; else shortened in the middle. `Qt` is named only
        then: it builds the Qt namespace's 93 enums (~12 ms), and the window is shown with
        this label before it holds a path (docs/gui.md, Start-up)."""
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        # Strictly narrower: the advance is rounded to a pixel, so a text as wide as the room
        # may be a fraction wider; elidedText measures that case exactly.
        if not self._full or metrics.horizontalAdvance(self._full) < room:
            shown = self._full
        else:
            from PySide6.QtCore import Qt

            shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideMiddle, room)
        if shown != self.text():
            super().setText(shown)
