"""Small painted widgets for the dashboard: a traffic light and a clickable bar chart.

QPainter only (PySide6-Essentials has no QtCharts). Each bar is a target: a click says
which one, so the page can open the records behind it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LIGHT_COLOURS = {"green": "#2e7d32", "amber": "#f2a900", "red": "#c62828"}


class LightDot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.light = "green"
        side = self.fontMetrics().height() * 2
        self.setFixedSize(side, side)

    def set_light(self, light: str) -> None:
        self.light = light
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor("#404040"), 1))
        p.setBrush(QColor(LIGHT_COLOURS.get(self.light, "#9e9e9e")))
        p.drawEllipse(QRectF(self.rect()).adjusted(2, 2, -2, -2))
        p.end()


class BarChart(QWidget):
    """Vertical bars with a label under each; `bar_clicked(index)` on a click."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, colour: str = "#1f4e79") -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.values: list[float] = []
        self.texts: list[str] = []
        self.colour = QColor(colour)
        self.setMouseTracking(True)
        self.setMinimumHeight(self.fontMetrics().height() * 9)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(320, self.fontMetrics().height() * 11)

    def set_data(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        fmt: Callable[[float], str] = lambda v: f"{v:,.0f}",
    ) -> None:
        self.labels = list(labels)
        self.values = [float(v) for v in values]
        self.texts = [fmt(v) for v in self.values]
        self.setAccessibleDescription(
            "; ".join(f"{lab}: {txt}" for lab, txt in zip(self.labels, self.texts, strict=True))
        )
        self.update()

    LABEL_FLAGS = (
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    )
    MAX_LABEL_LINES = 4

    def label_height(self) -> int:
        """The height the category labels need when wrapped to their slot (never elided:
        "In preparation" in Russian or Turkmen is longer than a bar), at most 4 lines."""
        fm = self.fontMetrics()
        slot = int(self.width() / max(len(self.values), 1)) - 4
        if not self.labels or slot <= 0:
            return fm.height()
        needed = max(
            fm.boundingRect(QRect(0, 0, slot, 10_000), int(self.LABEL_FLAGS), label).height()
            for label in self.labels
        )
        return min(max(needed, fm.height()), fm.height() * self.MAX_LABEL_LINES)

    def bar_rects(self) -> list[QRectF]:
        n = len(self.values)
        if n == 0:
            return []
        fm = self.fontMetrics()
        top, bottom = fm.height() + 4, self.label_height() + 6
        area_h = max(self.height() - top - bottom, 1)
        slot = self.width() / n
        peak = max(self.values) or 1.0
        rects = []
        for i, value in enumerate(self.values):
            h = area_h * max(value, 0) / peak
            x = i * slot + slot * 0.15
            rects.append(QRectF(x, top + area_h - h, slot * 0.7, max(h, 1)))
        return rects

    def index_at(self, x: float) -> int:
        if not self.values:
            return -1
        i = int(x // (self.width() / len(self.values)))
        return i if 0 <= i < len(self.values) else -1

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        palette_text = self.palette().color(self.foregroundRole())
        labels_h = self.label_height()
        base_y = self.height() - labels_h - 6
        p.setPen(QPen(palette_text.lighter(160), 1))
        p.drawLine(0, int(base_y), self.width(), int(base_y))
        slot = self.width() / max(len(self.values), 1)
        for i, rect in enumerate(self.bar_rects()):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(self.colour)
            p.drawRect(rect)
            p.setPen(palette_text)
            value_box = QRectF(i * slot, rect.top() - fm.height() - 2, slot, fm.height())
            p.drawText(value_box, Qt.AlignmentFlag.AlignCenter, self._short(self.texts[i], slot))
            label_box = QRectF(i * slot + 2, base_y + 3, slot - 4, labels_h)
            p.drawText(label_box, int(self.LABEL_FLAGS), self.labels[i])
        p.end()

    def _short(self, text: str, width: float) -> str:
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(width))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        i = self.index_at(event.position().x())
        if i >= 0:
            QToolTip.showText(
                event.globalPosition().toPoint(), f"{self.labels[i]}: {self.texts[i]}", self
            )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            i = self.index_at(event.position().x())
            if i >= 0:
                self.bar_clicked.emit(i)
