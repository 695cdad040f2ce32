"""The start-up reminder: how many deadlines are overdue or due soon, without blocking.

A non-modal tool window anchored to the main window's top right corner. "Show deadlines"
opens the list; "Dismiss until tomorrow" stores today's date in the settings, so the notice
stays away for the rest of the day and comes back the next morning.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr
from ..dashboard_settings import dismiss_reminders, reminders_dismissed_today
from ..settings import Settings


class ReminderNotice(QFrame):
    open_requested = Signal()
    dismissed = Signal()

    def __init__(
        self, overdue: int, due_soon: int, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("reminderNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFrameShape(QFrame.Shape.Box)
        self.settings = settings
        self.overdue, self.due_soon = overdue, due_soon
        title = QLabel(tr("ReminderNotice", "Deadlines need attention"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        lines = []
        if overdue:
            lines.append(tr("ReminderNotice", "%n overdue", None, overdue))
        if due_soon:
            lines.append(tr("ReminderNotice", "%n due soon", None, due_soon))
        self.message = QLabel("\n".join(lines), self)
        self.message.setObjectName("reminderMessage")
        self.open_button = QPushButton(tr("ReminderNotice", "&Show deadlines"), self)
        self.dismiss_button = QPushButton(tr("ReminderNotice", "&Dismiss until tomorrow"), self)
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(lambda: self.dismiss())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setAccessibleName(title.text())
        self.setAccessibleDescription(self.message.text())

    @staticmethod
    def wanted(settings: Settings, overdue: int, due_soon: int, today: date) -> bool:
        return (overdue or due_soon) > 0 and not reminders_dismissed_today(settings, today)

    def place(self, anchor: QWidget) -> None:
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(anchor.width(), 0))
        self.move(corner.x() - self.width() - 16, corner.y() + 48)

    def _open(self) -> None:
        self.open_requested.emit()
        self.close()

    def dismiss(self, today: date | None = None) -> None:
        dismiss_reminders(self.settings, today or date.today())
        self.dismissed.emit()
        self.close()
