"""Every upcoming and overdue deadline in a table: days left, filters, open, export.

The rules run over the whole database on a worker thread (services/deadlines.py); filters
then only re-select rows already in memory, so they answer at once.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_date
from ...domain.rules.deadlines import (
    KIND_LABELS,
    STATUS_LABELS,
    TABLE_HEADERS,
    DeadlineKind,
    DeadlineStatus,
)
from ...i18n import country_name, tr
from ..dashboard_settings import rule_settings
from ..models.table_base import TableModel
from ..operations import tasks
from ..sections import PageContext
from ..widgets.button_row import ButtonRow
from ..widgets.own_keys import ENTER_KEYS, claims_key

OVERDUE_BRUSH = QBrush(QColor("#c62828"))
SOON_BRUSH = QBrush(QColor("#8a6100"))


class DeadlineTableModel(TableModel):
    """The same columns, in the same order, as the deadlines export (services.deadlines)."""

    HEADERS = TABLE_HEADERS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__([tr(context, text) for context, text in self.HEADERS], parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def cell(self, row_number: int, col: int, role: int) -> Any:
        row = self.rows[row_number]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return format_date(row.due)
            if col == 1:
                return days_text(row.days_left, row.due)
            if col == 2:
                return tr("Deadline", STATUS_LABELS[row.status])
            if col == 3:
                return tr("Deadline", KIND_LABELS[row.kind])
            if col == 4:
                return row.subject
            return country_name(row.country) if row.country else ""
        if role == Qt.ItemDataRole.ForegroundRole and col in (1, 2):
            if row.status == DeadlineStatus.OVERDUE:
                return OVERDUE_BRUSH
            if row.status == DeadlineStatus.DUE_SOON:
                return SOON_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return format_date(row.due)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


LONG_OVERDUE_DAYS = 365
"""Beyond a year, "5381 days overdue" is a number nobody reads: the year says it."""


def days_text(days: int, due: date) -> str:
    """Days left in words with the right sign: "in 12 days", "today", "3 days overdue",
    and "overdue since 2012" once it is more than a year late."""
    if days == 0:
        return tr("DeadlinesPage", "today")
    if days > 0:
        return tr("DeadlinesPage", "in %n days", None, days)
    late = -days
    if late > LONG_OVERDUE_DAYS:
        return tr("DeadlinesPage", "overdue since {year}").format(year=due.year)
    return tr("DeadlinesPage", "%n days overdue", None, late)


class DeadlinesPage(QWidget):
    help_topic = "deadlines"
    open_record = Signal(str, object)
    open_requested = Signal(str, object)
    """The same as `open_record`, under the name the main window connects to the forms."""
    loaded = Signal(int)

    WINDOWS = (None, 7, 30, 90, 365)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.all_rows: list[Any] = []
        self.loading = False
        self.kind = QComboBox(self)
        self.kind.setObjectName("deadlineKind")
        self.kind.setAccessibleName(tr("DeadlinesPage", "Deadline filter"))
        self.kind.addItem(tr("DeadlinesPage", "All deadlines"), None)
        for kind in DeadlineKind:
            self.kind.addItem(tr("Deadline", KIND_LABELS[kind]), kind.value)
        self.status = QComboBox(self)
        self.status.setObjectName("deadlineStatus")
        self.status.setAccessibleName(tr("DeadlinesPage", "Status filter"))
        self.status.addItem(tr("DeadlinesPage", "All statuses"), None)
        for st in DeadlineStatus:
            self.status.addItem(tr("Deadline", STATUS_LABELS[st]), st.value)
        self.within = QComboBox(self)
        self.within.setObjectName("deadlineWithin")
        self.within.setAccessibleName(tr("DeadlinesPage", "Time window"))
        self.within.addItem(tr("DeadlinesPage", "Any date"), None)
        for days in self.WINDOWS[1:]:
            self.within.addItem(
                tr("DeadlinesPage", "Overdue or due within %n days", None, days), days
            )
        self.search = QLineEdit(self)
        self.search.setObjectName("deadlineSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("DeadlinesPage", "Search signatory"))
        for combo in (self.kind, self.status, self.within):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.export_xlsx = QPushButton(tr("DeadlinesPage", "Export .xlsx..."), self)
        self.export_ics = QPushButton(tr("DeadlinesPage", "Export calendar (.ics)..."), self)
        self.export_xlsx.clicked.connect(lambda: self.export("xlsx"))
        self.export_ics.clicked.connect(lambda: self.export("ics"))
        # Combos shrink to a few characters so the page never widens the window.
        for combo in (self.kind, self.status, self.within):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        bar = QHBoxLayout()
        for w in (self.search, self.kind, self.status, self.within):
            bar.addWidget(w, 2 if w is self.search else 1)
        exports = ButtonRow((self.export_xlsx, self.export_ics))  # stacked when narrow

        self.model = DeadlineTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("deadlinesTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.size_columns()
        self.view.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.view.installEventFilter(self)
        self.count = QLabel(tr("DeadlinesPage", "Computing deadlines..."), self)
        self.count.setObjectName("deadlineCount")
        self.count.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(exports)
        layout.addLayout(bottom)
        self.loading = True
        # Read once the event loop runs, after the page has painted: building the Dashboard
        # (the screen a user lands on) starts no worker competing with its first paint.
        QTimer.singleShot(0, self, self.reload)

    def reload(self) -> None:
        self.loading = True
        db, today = self.context.db, date.today()
        rules = rule_settings(self.context.settings)

        def load() -> list[Any]:
            from ...services import deadlines  # on the worker: the ORM stays off the GUI

            return deadlines.load(db, today, rules)

        tasks().run(  # a newer load (a change, a Refresh) supersedes an older one
            load,
            self._arrived,
            key=("deadlines", id(self)),
            parent=self,
        )

    def _arrived(self, rows: list[Any]) -> None:
        self.loading = False
        self.all_rows = rows
        self.apply_filters()
        self.size_columns()
        self.loaded.emit(len(rows))

    def size_columns(self) -> None:
        """Every column but the subject as wide as its header and its widest text (the
        distinct texts only: a few hundred dates, not every row), so no year is cut."""
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        pad = metrics.averageCharWidth() * 3
        samples: dict[int, set[str]] = {0: {format_date(date(2025, 12, 31))}, 1: set()}
        samples[1] |= {days_text(d, date(2000, 1, 1)) for d in (-400, -300, -30, 0, 30, 300)}
        for row in self.model.rows:
            samples[0].add(format_date(row.due))
            samples[1].add(days_text(row.days_left, row.due))
        samples[2] = {tr("Deadline", text) for text in STATUS_LABELS.values()}
        samples[3] = {tr("Deadline", text) for text in KIND_LABELS.values()}
        samples[5] = {country_name(row.country) for row in self.model.rows if row.country}
        head = header.fontMetrics()
        for col, texts in samples.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            widest = max([metrics.horizontalAdvance(t) for t in texts] or [0])
            self.view.setColumnWidth(col, max(widest, head.horizontalAdvance(title)) + pad)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        """Enter opens the record behind the current row, as a double click does."""
        from PySide6.QtCore import QEvent

        if watched is self.view and claims_key(event, ENTER_KEYS):
            return True
        if watched is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_row(self.view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def set_filters(self, kind: str | None = None, status: str | None = None) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.status.setCurrentIndex(max(self.status.findData(status), 0))

    def shown_rows(self) -> list[Any]:
        from ...services import deadlines

        kind, status = self.kind.currentData(), self.status.currentData()
        return deadlines.select_rows(
            self.all_rows,
            within=self.within.currentData(),
            kinds=[kind] if kind else None,
            statuses=[status] if status else None,
            text=self.search.text(),
        )

    def apply_filters(self, *_: Any) -> None:
        rows = self.shown_rows()
        self.model.set_rows(rows)
        if not self.loading:
            total = len(self.all_rows)
            text = tr("DeadlinesPage", "{shown} of %n deadlines", None, total)
            self.count.setText(text.format(shown=len(rows)))

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            item = self.model.rows[row]
            if item.record_kind and item.record_id is not None:
                self.open_record.emit(item.record_kind, item.record_id)
                self.open_requested.emit(item.record_kind, item.record_id)

    def export(self, fmt: str, path: str | None = None) -> Path | None:
        """Ask for a file (unless given), then write what the table shows."""
        if path is None:
            caption = tr("DeadlinesPage", "Export deadlines")
            pattern = (
                tr("DeadlinesPage", "Excel workbook (*.xlsx)")
                if fmt == "xlsx"
                else tr("DeadlinesPage", "Calendar (*.ics)")
            )
            path, _ = QFileDialog.getSaveFileName(self, caption, f"deadlines.{fmt}", pattern)
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != f".{fmt}":
            target = target.with_name(target.name + f".{fmt}")
        rows = list(self.model.rows)

        def translate(context: str, text: str) -> str:
            return tr(context, text)

        try:
            if fmt == "xlsx":
                from ...services.deadlines import write_xlsx

                write_xlsx(rows, target, translate)
            else:
                from ...services.atomic import write_atomically
                from ...services.deadlines_ics import render

                write_atomically(target, render(rows, translate=translate))
        except OSError as exc:
            QMessageBox.warning(
                self,
                tr("DeadlinesPage", "Export deadlines"),
                tr("DeadlinesPage", "Could not write {path}: {error}").format(
                    path=target, error=exc.strerror or exc
                ),
            )
            return None
        n = len(rows)
        self.count.setText(
            tr("DeadlinesPage", "%n deadlines exported to {path}", None, n).format(path=target)
        )
        from ..dialogs.saved_notice import show_saved

        show_saved(target, tr("DeadlinesPage", "Export deadlines"), self.window())
        return target
