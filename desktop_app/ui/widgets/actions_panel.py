"""The territory's figures from the plans' contents on the dashboard: planned and achieved
CO2 reduction against the targets, actions by status, finance per tonne, plans without an
energy poverty part. The rows are services.action_figures.figure_rows, as in the workbook's
Summary and the PDF report."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ...i18n import label, locale, tr
from ...number_text import format_decimal, format_int


def value_text(value: Decimal | int | None, unit: str) -> str:
    if value is None:
        return "\u2014"
    if unit == "n":
        return format_int(int(value), locale())
    if unit == "pct":
        return format_decimal(Decimal(value), 1, locale()) + " %"
    return format_decimal(Decimal(value), 2, locale())


class ActionsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # The title as a literal (the same message as services.action_figures.TITLE): the
        # panel is built with the Dashboard, before the first screen is ready, and importing
        # the figures' module there would load the ORM on the GUI thread at start-up.
        title = tr("PlanFigures", "What the plans contain: actions, targets, energy poverty")
        self.title = QLabel(f"<b>{title}</b>", self)
        self.title.setWordWrap(True)
        self.grid.addWidget(self.title, 0, 0, 1, 2)
        self.values: dict[str, QLabel] = {}
        """English label -> the label showing its value (tests read them)."""

    def show_actions(self, af: Any) -> None:
        if af is None:
            return
        from ...services.action_figures import CTX, STATUS_SHARE, figure_rows, status_rows

        rows = [(text, value_text(value, unit)) for text, value, unit in figure_rows(af)]
        rows += [
            (STATUS_SHARE.format(status=st.value), value_text(share, "pct"))
            for st, _n, share in status_rows(af)
        ]
        names = [tr(CTX, t) for t, _v, _u in figure_rows(af)] + [
            tr(CTX, STATUS_SHARE).format(status=label(st)) for st, _n, _s in status_rows(af)
        ]
        for i, ((key, text), name) in enumerate(zip(rows, names, strict=True), start=1):
            shown = self.values.get(key)
            if shown is None:
                caption = QLabel(name, self)
                caption.setWordWrap(True)
                shown = QLabel(self)
                shown.setObjectName(f"actionFigure{i}")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.grid.addWidget(caption, i, 0)
                self.grid.addWidget(shown, i, 1)
                self.values[key] = shown
            shown.setText(text)
            shown.setAccessibleName(name)
