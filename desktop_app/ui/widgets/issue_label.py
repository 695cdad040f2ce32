"""The message shown under a field: the rule it breaks, with the style's own icon.

Text keeps the palette's colour (readable in dark mode); the icon says error or warning.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QWidget

from ...date_text import format_date
from ...domain.rules.issues import Issue
from ...messages import format_issue


class IssueLabel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.issues: tuple[Issue, ...] = ()
        self.hide()

    def show_issues(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        if not issues:
            self.hide()
            return
        error = any(i.is_error for i in issues)
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if error
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.text.setText("\n".join(format_issue(i, format_date) for i in issues))
        self.show()

    def message(self) -> str:
        return self.text.text() if self.issues else ""
