"""The coordinator's application path as numbered steps with their dates.

Painted with the palette only (highlight for steps reached, mid tones for the rest), so it
follows dark mode, and measured from the font, so it stays crisp at any scale factor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...date_text import format_date


def _title_option() -> QTextOption:
    """Titles wrap at words, and inside a word longer than its column (a long Turkmen
    word overran its column and was cut at the window's edge at 150 %)."""
    option = QTextOption(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _lines(font: QFont, text: str, width: float) -> int:
    layout = QTextLayout(text, font)
    layout.setTextOption(_title_option())
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


@dataclass(frozen=True)
class Step:
    title: str
    day: date | None
    reached: bool
    current: bool = False


class StepIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[Step] = []
        self.note = ""
        """A state beside the path (on hold, withdrawn), shown under the steps."""
        self.date_text = format_date
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_steps(self, steps: list[Step], note: str = "") -> None:
        self.steps = steps
        self.note = note
        parts = [
            f"{i + 1}. {s.title}: {self.date_text(s.day) if s.day else '-'}"
            for i, s in enumerate(steps)
        ]
        self.setAccessibleDescription("; ".join(parts + ([note] if note else [])))
        self.set_steps_height()
        self.updateGeometry()
        self.update()

    def _title_lines(self, width: float) -> int:
        """Lines the longest-wrapping title needs in a column of `width` (at least two)."""
        room = max(width / max(len(self.steps), 1) - 8, 1.0)
        return max([2] + [_lines(self.font(), s.title, room) for s in self.steps])

    def _height(self, width: float) -> int:
        line = self.fontMetrics().height()
        lines = 3.8 + self._title_lines(width) + (1.2 if self.note else 0)  # circle, date, margins
        return int(line * lines)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        width = 120 * max(len(self.steps), 1)
        return QSize(width, self._height(max(self.width(), width)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(60 * max(len(self.steps), 1), self.sizeHint().height())

    def set_steps_height(self) -> None:
        self.setFixedHeight(self._height(max(self.width(), 1)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if self.height() != self._height(event.size().width()):
            self.set_steps_height()  # titles wrap onto more lines in narrower columns

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.steps:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        fm = self.fontMetrics()
        line = fm.height()
        radius = line * 0.8
        count = len(self.steps)
        width = self.width() / count
        cy = radius + 2
        accent = pal.color(QPalette.ColorRole.Highlight)
        muted = pal.color(QPalette.ColorRole.Mid)
        text = pal.color(QPalette.ColorRole.WindowText)
        for i in range(count - 1):
            x1 = width * (i + 0.5) + radius
            x2 = width * (i + 1.5) - radius
            reached = self.steps[i + 1].reached
            p.setPen(QPen(accent if reached else muted, max(2.0, line / 8)))
            p.drawLine(int(x1), int(cy), int(x2), int(cy))
        bold = QFont(self.font())
        bold.setBold(True)
        lines = self._title_lines(self.width())
        for i, step in enumerate(self.steps):
            cx = width * (i + 0.5)
            circle = QRectF(cx - radius, cy - radius, 2 * radius, 2 * radius)
            p.setPen(QPen(accent if step.reached else muted, max(1.5, line / 10)))
            p.setBrush(accent if step.reached else pal.color(QPalette.ColorRole.Base))
            p.drawEllipse(circle)
            p.setPen(pal.color(QPalette.ColorRole.HighlightedText) if step.reached else text)
            p.setFont(bold)
            mark = "\u2713" if step.reached and not step.current else str(i + 1)
            p.drawText(circle, Qt.AlignmentFlag.AlignCenter, mark)
            p.setFont(bold if step.current else self.font())
            p.setPen(text)
            title_rect = QRectF(width * i + 4, cy + radius + line * 0.3, width - 8, line * lines)
            p.drawText(title_rect, step.title, _title_option())
            p.setFont(self.font())
            day = self.date_text(step.day) if step.day else "\u2014"
            p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            p.drawText(
                QRectF(width * i, cy + radius + line * (lines + 0.5), width, line),
                Qt.AlignmentFlag.AlignHCenter,
                day,
            )
        if self.note:
            p.setPen(text)
            p.setFont(bold)
            p.drawText(
                QRectF(0, cy + radius + line * (lines + 1.6), self.width(), line),
                Qt.AlignmentFlag.AlignHCenter,
                self.note,
            )
        p.end()
