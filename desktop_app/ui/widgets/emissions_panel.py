"""The territory's emissions on the dashboard: baseline and latest totals, per capita, the
signatories whose latest inventory is too old, and a chart of emissions by sector,
baseline beside latest (where a reader would rather look than read a table)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...domain.enums import CONSUMPTION_SECTORS
from ...i18n import label, locale, tr
from ...number_text import format_decimal, format_int

BASELINE = QColor("#90a4ae")
LATEST = QColor("#1f4e79")


def _t(value: Decimal | None, places: int = 0) -> str:
    if value is None:
        return "\u2014"
    return format_decimal(value, places, locale())


class SectorChart(QWidget):
    """Two bars per sector (baseline, latest), t CO2."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, float, float]] = []
        self.setMinimumHeight(self.fontMetrics().height() * 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(640, self.fontMetrics().height() * 14)

    def set_data(self, rows: list[tuple[str, float, float]], description: str) -> None:
        self.rows = rows
        self.setAccessibleDescription(description)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        line = fm.height()
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             tr("Dashboard", "No emission inventories yet"))  # fmt: skip
            return
        legend_y = 0
        for i, (colour, text) in enumerate(
            ((BASELINE, tr("Dashboard", "Baseline")), (LATEST, tr("Dashboard", "Latest")))
        ):
            x = 8 + i * 140
            painter.fillRect(QRectF(x, legend_y + 3, line - 6, line - 6), colour)
            painter.drawText(QRectF(x + line, legend_y, 120, line), Qt.AlignmentFlag.AlignLeft,
                             text)  # fmt: skip
        top = line * 1.5
        label_h = line * 3
        height = self.height() - top - label_h
        peak = max(max(b, lt) for _l, b, lt in self.rows) or 1.0
        slot = self.width() / len(self.rows)
        bar = max(4.0, slot * 0.32)
        for i, (text, base, latest) in enumerate(self.rows):
            x0 = i * slot + (slot - 2 * bar) / 2
            for j, (value, colour) in enumerate(((base, BASELINE), (latest, LATEST))):
                h = height * value / peak
                painter.fillRect(QRectF(x0 + j * bar, top + height - h, bar - 1, h), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(i * slot, top + height + 2, slot, label_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                             text)  # fmt: skip


class EmissionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("emissionsSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title = QLabel(tr("Dashboard", "Emissions by sector, baseline vs latest, t"), self)
        title.setWordWrap(True)
        self.chart = SectorChart(self)
        self.chart.setObjectName("emissionsChart")
        self.chart.setAccessibleName(title.text())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.summary)
        box.addWidget(title)
        box.addWidget(self.chart, 1)

    def show_emissions(self, e: Any) -> None:
        if e is None:
            return
        lines = [
            tr(
                "Dashboard",
                "Territory's emissions: baseline {baseline} t, latest {latest} t "
                "({change}); {count} signatories with inventories.",
            ).format(  # fmt: skip
                baseline=_t(e.baseline_total),
                latest=_t(e.latest_total),
                change="\u2014"
                if e.change_percent is None
                else ("+" if e.change_percent > 0 else "") + _t(e.change_percent, 1) + " %",
                count=format_int(e.signatories, locale()),
            ),
            tr("Dashboard", "Per inhabitant: baseline {baseline} t, latest {latest} t.").format(
                baseline=_t(e.baseline_per_capita, 2), latest=_t(e.latest_per_capita, 2)
            ),
            tr(
                "Dashboard", "Latest inventory older than {year}: {count} signatories{names}."
            ).format(
                year=e.stale_before,
                count=format_int(len(e.stale), locale()),
                names=""
                if not e.stale
                else " ("
                + ", ".join(n for _i, n, _y in e.stale[:8])
                + (", \u2026" if len(e.stale) > 8 else "")
                + ")",
            ),
            tr("Dashboard", "Emission factors: table {version}.").format(version=e.version),
        ]
        self.summary.setText("\n".join(lines))
        rows = []
        for sector in CONSUMPTION_SECTORS:
            base = e.baseline_by_sector.get(sector.value, Decimal(0))
            latest = e.latest_by_sector.get(sector.value, Decimal(0))
            if base or latest:
                rows.append((label(sector), float(base), float(latest)))
        description = "; ".join(
            f"{name}: {_t(Decimal(str(b)))} / {_t(Decimal(str(lt)))}" for name, b, lt in rows
        )
        self.chart.set_data(rows, description)
