"""What a section shows until its real page is built, so the navigation is complete now."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...i18n import tr
from ..sections import Section
from .page import Page


class PlaceholderPage(Page, QWidget):
    help_topic = "index"
    open_requested = Signal(str, object)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        title = QLabel(tr("Section", section.title), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(
            tr(
                "PlaceholderPage",
                "This section is not available in this version yet. "
                "Your records are safe; it will appear here after an update.",
            ),
            self,
        )
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addStretch(2)
