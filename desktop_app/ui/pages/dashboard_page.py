"""The home screen: five commitment lights, key figures, small charts, and the deadlines tab.

Everything is computed on a worker thread (services/dashboard.py), so the window is shown
and usable at once and the numbers arrive a moment later. A click on a light, a figure or
a bar opens the section holding the records behind it, through the page protocol
(`Page.open_section`, then the section's `set_scope` or `set_filters`), and says so in the
`section_opened(section, filters)` signal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_date, format_period
from ...domain.enums import LABELS, PlanStatus
from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...domain.rules.commitments import COMMITMENT_LABELS, LIGHT_LABELS, Commitment, Health
from ...i18n import locale, tr
from ...number_text import format_int
from ..dashboard_settings import period_settings, rule_settings
from ..operations import Failure, tasks
from ..sections import PageContext
from ..widgets.actions_panel import ActionsPanel
from ..widgets.dashboard_charts import BarChart, LightDot
from ..widgets.emissions_panel import EmissionsPanel
from .deadlines_page import DeadlinesPage
from .page import ALL_KINDS, COPY, FIND, Page, copy_view_rows

FIGURE_TITLES = {
    "signatories": ("Dashboard", N_("Dashboard", "Signatories")),
    "new_adhesions": ("Dashboard", N_("Dashboard", "New signatories")),
    "activities": ("Dashboard", N_("Dashboard", "Assistance activities")),
    "finance_eur": ("Dashboard", N_("Dashboard", "Financial support provided (EUR)")),
    "energy_days": ("Dashboard", N_("Dashboard", "Energy Days")),
    "plans_submitted": ("Dashboard", N_("Dashboard", "Plans submitted")),
    "monitoring_submitted": ("Dashboard", N_("Dashboard", "Monitoring reports submitted")),
}
FIGURE_SECTIONS = {
    "signatories": "signatories",
    "new_adhesions": "signatories",
    "activities": "assistance",
    "finance_eur": "finance",
    "energy_days": "energy_days",
    "plans_submitted": "plans",
    "monitoring_submitted": "plans",
}
LIGHT_SECTIONS = {
    Commitment.PROMOTION: "signatories",
    Commitment.ASSISTANCE: "assistance",
    Commitment.FINANCE: "finance",
    Commitment.ENERGY_DAYS: "energy_days",
    Commitment.REPORTING: "reports",
}
# Reasons about signatories' own deadlines open the deadlines tab instead.
DEADLINE_REASONS = {
    "late_after_extension": "plan_due",
    "plans_overdue_secap": "plan_due",
    "plans_overdue_seap": "plan_due",
    "monitoring_overdue": "monitoring_due",
    "report_overdue": "coordinator_report_due",
    "report_due": "coordinator_report_due",
}


def _tr3(context: str, text: str, n: int) -> str:
    return tr(context, text, None, n)


class LightCard(QFrame):
    """One commitment: the light, its name, and its reasons; clickable and focusable."""

    clicked = Signal()

    def __init__(self, commitment: Commitment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commitment = commitment
        self.setObjectName(f"light_{commitment.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.dot = LightDot(self)
        self.title = QLabel(tr("Commitments", COMMITMENT_LABELS[commitment]), self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.reason = QLabel(self)
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        text = QVBoxLayout()
        self.title.setWordWrap(True)  # a long commitment name wraps in a narrow card
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        text.addLayout(head)
        text.addWidget(self.reason)
        text.addStretch(1)  # a card beside a taller one keeps its text at the top
        row = QHBoxLayout(self)
        row.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.health: Health | None = None

    def set_health(self, health: Health) -> None:
        self.health = health
        self.dot.set_light(health.light.value)
        self.state.setText("— " + tr("Commitments", LIGHT_LABELS[health.light]))
        lines = [r.text(_tr3, _show_param) for r in health.reasons]
        self.reason.setText("\n".join(lines))
        self.setAccessibleName(
            f"{self.title.text()}: {self.state.text().lstrip('— ')}. {lines[0] if lines else ''}"
        )

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class DashboardPage(Page, QWidget):
    """A `Page` over every kind: a change made anywhere recomputes the lights and figures
    while they are in front, and only when next shown while they are not (a hidden
    overview or Deadlines tab costs no worker time)."""

    help_topic = "dashboard"

    open_record = Signal(str, object)
    open_requested = Signal(str, object)
    """(kind, id): the window opens the record (Page protocol; open_record is the same)."""
    section_opened = Signal(str, object)
    """(section id, {filter field: value}): show that section, filtered when it can."""
    computed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.board: Any = None
        self.loading = False
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)  # many or long tabs scroll, never widen the window
        self.tabs.setObjectName("dashboardTabs")
        self.overview = QWidget()
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.overview)
        self.tabs.addTab(scroll, tr("Dashboard", "Overview"))
        self.deadlines = DeadlinesPage(context, self.tabs)
        self.deadlines.open_record.connect(self._open_record)
        self.deadlines.loaded.connect(self._maybe_remind)
        self.notice: Any = None
        self.tabs.addTab(self.deadlines, tr("Dashboard", "Deadlines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._build_overview()
        self._computed_once = False
        self.computations = 0
        """How many times the figures were computed (tests check a hidden page did not)."""
        self._deadlines_stale = False
        self.open_record.connect(self.open_requested)
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.tabs.currentChanged.connect(lambda _i: self.notify_edit_actions())
        self.listen_for_changes()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        """The numbers are computed when the page is first seen, after it has painted: a
        page built but never shown costs no worker time competing with the list in front."""
        super().showEvent(event)
        if not self._computed_once:
            self._computed_once = True
            QTimer.singleShot(0, self, self._first_reload)

    def _first_reload(self) -> None:
        if self.board is None and not self.loading:
            self.reload()

    # -- the Page protocol -----------------------------------------------------------------
    def shown_kinds(self) -> frozenset[str]:
        return ALL_KINDS

    def on_changes(self, changes: Any, initiator: object) -> None:
        if not self.shows(changes):
            return
        deadlines_in_front = self.isVisible() and self.tabs.currentWidget() is self.deadlines
        if deadlines_in_front:
            self.deadlines.reload()
        else:
            self._deadlines_stale = True
        overview_in_front = self.isVisible() and not deadlines_in_front
        if overview_in_front and self._computed_once:
            self._refresh_now()
        elif self._computed_once:
            self.stale = True  # recomputed when the overview is next in front

    def refresh(self) -> None:
        self.reload()

    def refresh_if_stale(self) -> None:
        self._tab_shown()

    def edit_actions(self) -> frozenset[str]:
        """The Deadlines tab's rows are copied and searched; the overview has no rows."""
        in_front = self.tabs.currentWidget() is self.deadlines
        return frozenset({COPY, FIND}) if in_front else frozenset()

    def copy_selection(self) -> bool:
        return copy_view_rows(self.deadlines.view)

    def focus_search(self, kind: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.deadlines)
        self.deadlines.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.deadlines.search.selectAll()

    def _tab_shown(self) -> None:
        if not self.isVisible():
            return
        if self.tabs.currentWidget() is self.deadlines:
            if self._deadlines_stale:
                self._deadlines_stale = False
                self.deadlines.reload()
        elif self.stale:
            self._refresh_now()

    # -- layout ----------------------------------------------------------------------------
    def _build_overview(self) -> None:
        self.status = QLabel(tr("Dashboard", "Computing the dashboard..."), self.overview)
        self.status.setObjectName("dashboardStatus")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(tr("Dashboard", "&Refresh"), self.overview)
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.refresh_button)

        self.cards: dict[Commitment, LightCard] = {}
        lights = self.lights_grid = QGridLayout()
        for i, commitment in enumerate(Commitment):
            card = LightCard(commitment, self.overview)
            card.clicked.connect(lambda c=commitment: self.light_clicked(c))
            self.cards[commitment] = card
            lights.addWidget(card, i // 2, i % 2)

        self.figure_buttons: dict[str, QPushButton] = {}
        figures = self.figures_grid = QGridLayout()
        for i, key in enumerate(FIGURE_TITLES):
            button = QPushButton(self.overview)
            button.setObjectName(f"figure_{key}")
            button.setAccessibleName(tr(*FIGURE_TITLES[key]))  # its text comes when computed
            button.setFlat(True)
            button.setMinimumHeight(self.fontMetrics().height() * 4)
            button.clicked.connect(lambda _c=False, k=key: self.figure_clicked(k))
            self.figure_buttons[key] = button
            figures.addWidget(button, 0, i)

        self.plan_chart = BarChart(self.overview, "#1f4e79")
        self.finance_chart = BarChart(self.overview, "#2e7d32")
        self.activity_chart = BarChart(self.overview, "#7b1fa2")
        self.plan_chart.bar_clicked.connect(self._plan_bar)
        self.finance_chart.bar_clicked.connect(self._finance_bar)
        self.activity_chart.bar_clicked.connect(self._activity_bar)
        charts = QGridLayout()
        for col, (title, chart) in enumerate(
            (
                (tr("Dashboard", "Signatories by plan status"), self.plan_chart),
                (tr("Dashboard", "Financial support by year, EUR"), self.finance_chart),
                (tr("Dashboard", "Assistance activities by month"), self.activity_chart),
            )
        ):
            label = QLabel(title, self.overview)
            label.setWordWrap(True)
            label.setBuddy(chart)
            chart.setAccessibleName(title)
            charts.addWidget(label, 0, col)
            charts.addWidget(chart, 1, col)

        self.figures_title = QLabel(self.overview)
        self.figures_title.setWordWrap(True)
        box = QVBoxLayout(self.overview)
        box.addLayout(top)
        box.addLayout(lights)
        box.addWidget(self.figures_title)
        box.addLayout(figures)
        box.addLayout(charts, 1)
        self.emissions = EmissionsPanel(self.overview)
        self.emissions.setObjectName("emissionsPanel")
        box.addWidget(self.emissions, 1)
        self.actions_panel = ActionsPanel(self.overview)
        self.actions_panel.setObjectName("actionsPanel")
        box.addWidget(self.actions_panel)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._reflow_figures()

    def _reflow_figures(self) -> None:
        """As many cards and key figures side by side as fit the width, else fewer per row:
        a commitment's name and a figure's title do not wrap, so in Russian or Turkmen (or
        the stretched pseudo-translation) they must not push the page past the window."""
        room = self.scroll.viewport().width() - 24  # what shows, not what the content asks
        for widget in (*self.cards.values(), *self.figure_buttons.values()):
            if widget.layout() is not None:
                widget.layout().activate()
        cards: list[QWidget] = list(self.cards.values())
        self._reflow(self.lights_grid, cards, (2, 1), room, "_light_columns", minimum=True)
        buttons: list[QWidget] = list(self.figure_buttons.values())
        self._reflow(self.figures_grid, buttons, (len(buttons), 2, 1), room, "_figure_columns")

    def _reflow(
        self, grid: QGridLayout, widgets: list[QWidget], choices: tuple[int, ...], room: int,
        memo: str, *, minimum: bool = False,
    ) -> None:  # fmt: skip
        """`minimum`: a widget that wraps its text (a card) needs its minimum width only."""
        if not widgets:
            return
        hint = (lambda w: w.minimumSizeHint()) if minimum else (lambda w: w.sizeHint())
        widest = max(hint(w).width() for w in widgets)
        spacing = max(grid.horizontalSpacing(), 6)
        columns = next((c for c in choices if c * (widest + spacing) <= room), choices[-1])
        if columns == getattr(self, memo, None):
            return
        setattr(self, memo, columns)
        for widget in widgets:
            grid.removeWidget(widget)
        for i, widget in enumerate(widgets):
            grid.addWidget(widget, i // columns, i % columns)

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self.loading = True
        self.computations += 1
        self.status.setText(tr("Dashboard", "Computing the dashboard..."))
        db, today = self.context.db, date.today()
        rules = rule_settings(self.context.settings)
        periods = period_settings(self.context.settings)

        def compute() -> Any:
            # Imported here, on the worker: the services and the ORM they load (about
            # 150 ms) stay off the GUI thread of the screen a user lands on.
            from ...services import dashboard

            period = dashboard.reporting_period(today, periods)
            return dashboard.compute(db, today, rules, period)

        tasks().run(
            compute,
            self._show,
            self._failed,
            key=("dashboard", id(self)),  # a newer computation supersedes an older one
            parent=self,
        )

    def _failed(self, failure: Failure) -> None:
        self.loading = False
        self.status.setText(tr("Dashboard", "The dashboard could not be computed."))
        from ..crash import log

        log.error("Dashboard failed\n%s", failure.details)

    def _show(self, board: Any) -> None:
        self.loading = False
        self.board = board
        loc = locale()
        self.status.setText(
            tr("Dashboard", "Reporting period {period}; computed in {ms} ms.").format(
                period=_period(board.period), ms=round(board.elapsed_ms)
            )
        )
        for health in board.health:
            self.cards[health.commitment].set_health(health)
        self.figures_title.setText(
            tr("Dashboard", "Key figures, {period} (change against {previous})").format(
                period=_period(board.period), previous=_period(board.previous)
            )
        )
        for fig in board.figures:
            context, title = FIGURE_TITLES[fig.key]
            change = fig.change
            sign = "+" if change > 0 else ("−" if change < 0 else "±")
            delta = sign + _number(abs(change), loc)
            self.figure_buttons[fig.key].setText(
                f"{tr(context, title)}\n{_number(fig.current, loc)}\n{delta}"
            )
            tip = tr("Dashboard", "Previous period: {value}").format(
                value=_number(fig.previous, loc)
            )
            if fig.key == "finance_eur":
                tip += "\n" + _finance_split(board.finance_split)
            self.figure_buttons[fig.key].setToolTip(tip)
        # after the new texts are laid out: size hints are only current then
        QTimer.singleShot(0, self, self._reflow_figures)
        self.plan_chart.set_data(
            [_plan_label(code) for code, _n in board.plan_status],
            [n for _c, n in board.plan_status],
            lambda v: _number(v, loc),
        )
        self.finance_chart.set_data(
            [str(y) for y, _v in board.finance_by_year],
            [float(v) for _y, v in board.finance_by_year],
            lambda v: _compact(v, loc),
        )
        self.activity_chart.set_data(
            [
                loc.standaloneMonthName(m.month, loc.FormatType.ShortFormat)
                for m, _n in board.activities_by_month
            ],
            [n for _m, n in board.activities_by_month],
            lambda v: _number(v, loc),
        )
        self.actions_panel.show_actions(board.actions)
        self.emissions.show_emissions(getattr(board, "emissions", None))
        self.computed.emit(board)

    # -- clicks ----------------------------------------------------------------------------
    def light_clicked(self, commitment: Commitment) -> None:
        card = self.cards[commitment]
        reason = card.health.reasons[0].code if card.health else ""
        if reason == "nothing_recorded":  # a new office: where to start, not a list
            self._go("start", {})
            return
        if reason in DEADLINE_REASONS:
            self.show_deadlines(kind=DEADLINE_REASONS[reason])
            return
        if commitment is Commitment.FINANCE and self.board is not None:
            from ...services import dashboard_scope

            rules = rule_settings(self.context.settings)
            scope = dashboard_scope.finance_light_scope(self.context.db, self.board.today, rules)
            n = len(scope.ids)
            text = tr(
                "Dashboard",
                "Financial support provided (approved or disbursed) in the last {months} "
                "months: %n records, as the light counts them",
                None,
                n,
            ).format(months=rules.health_window_months)
            self._open_scope(scope, text)
            return
        self._go(LIGHT_SECTIONS[commitment], {})

    def figure_clicked(self, key: str) -> None:
        """Opens exactly the records the figure counts (services/dashboard_scope.py)."""
        if self.board is None:
            self._go(FIGURE_SECTIONS[key], {})
            return
        from ...services import dashboard_scope

        scope = dashboard_scope.figure_scope(self.context.db, key, self.board.period)
        context, title = FIGURE_TITLES[key]
        n = len(scope.ids)
        text = tr("Dashboard", "{figure}, {period}: %n records", None, n).format(
            figure=tr(context, title), period=_period(self.board.period)
        )
        self._open_scope(scope, text)

    def _plan_bar(self, index: int) -> None:
        if self.board is not None:
            from ...services import dashboard_scope

            code = self.board.plan_status[index][0]
            scope = dashboard_scope.plan_status_scope(self.context.db, code)
            n = len(scope.ids)
            text = tr(
                "Dashboard", "Signatories whose most advanced plan is: {status} (%n)", None, n
            )
            self._open_scope(scope, text.format(status=_plan_label(code)))

    def _finance_bar(self, index: int) -> None:
        if self.board is not None:
            from ...services import dashboard_scope

            year = self.board.finance_by_year[index][0]
            scope = dashboard_scope.finance_year_scope(self.context.db, year, self.board.period)
            n = len(scope.ids)
            text = tr("Dashboard", "Financial support provided in {year}: %n records", None, n)
            self._open_scope(scope, text.format(year=year))

    def _activity_bar(self, index: int) -> None:
        if self.board is not None:
            from ...services import dashboard_scope

            month = self.board.activities_by_month[index][0]
            scope = dashboard_scope.activity_month_scope(self.context.db, month)
            n = len(scope.ids)
            name = locale().standaloneMonthName(month.month)
            text = tr("Dashboard", "Assistance activities in {month} {year}: %n", None, n)
            self._open_scope(scope, text.format(month=name, year=month.year))

    def _open_scope(self, scope: Any, text: str) -> None:
        """Show the section with only these records listed, saying what they are."""
        self.section_opened.emit(scope.section, {"ids": scope.ids})
        page = self.open_section(scope.section)
        if page is not None:
            page.set_scope(list(scope.ids), text, scope.kind)

    def show_deadlines(self, kind: str | None = None, status: str | None = None) -> None:
        self.tabs.setCurrentWidget(self.deadlines)
        self.deadlines.set_filters(kind=kind, status=status)

    def _go(self, section: str, filters: dict[str, Any]) -> None:
        self.section_opened.emit(section, filters)
        page = self.open_section(section)
        if page is not None:
            page.set_filters(filters)

    def _maybe_remind(self, _count: int) -> None:
        """Once per run of the program, the first time the deadlines are known."""
        global _REMINDED
        from ...services.deadlines import reminder_counts
        from ..widgets.reminder_notice import ReminderNotice

        if _REMINDED:
            return
        _REMINDED = True
        overdue, soon = reminder_counts(self.deadlines.all_rows)
        if not ReminderNotice.wanted(self.context.settings, overdue, soon, date.today()):
            return
        self.notice = ReminderNotice(overdue, soon, self.context.settings, self.window())
        self.notice.open_requested.connect(self._open_from_notice)
        self.notice.place(self.window())
        self.notice.show()

    def _open_from_notice(self) -> None:
        self.open_section("dashboard")
        self.show_deadlines()
        self.deadlines.within.setCurrentIndex(self.deadlines.within.findData(30))

    def _open_record(self, kind: str, record_id: object) -> None:
        """A deadline row asks for its record: `open_record` is connected to
        `open_requested`, which the main window connects to the forms."""
        self.open_record.emit(kind, record_id)


_REMINDED = False
"""The notice shows once per run; the settings keep it away for the rest of a dismissed day."""


def _plan_label(code: str) -> str:
    if code == "none":
        return tr("Dashboard", "No plan")
    return tr("Enum", LABELS[(PlanStatus, code)])


def _number(value: Any, loc: Any) -> str:
    return format_int(Decimal(value), loc)


def _show_param(value: Any) -> str:
    """Amounts and dates in a light's reason, in the one format of the interface language."""
    if isinstance(value, Decimal):
        return format_int(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


def _finance_split(split: Any) -> str:
    """What "provided" leaves out, as figures of their own (docs/rules.md)."""
    n_rejected, n_pending = split.rejected, split.pending  # lupdate reads plain names only
    rejected = tr("Dashboard", "Rejected in the period: %n, {amount} EUR", None, n_rejected)
    pending = tr("Dashboard", "Awaiting a decision: %n, {amount} EUR", None, n_pending)
    return "\n".join(
        (
            rejected.format(amount=format_int(split.rejected_eur)),
            pending.format(amount=format_int(split.pending_eur)),
        )
    )


def _compact(value: float, loc: Any) -> str:
    """Bar labels must fit: 7 810 104 934 EUR reads as 7.8 bn."""
    for size, text in (
        (1e9, tr("Dashboard", "{n} bn")),
        (1e6, tr("Dashboard", "{n} m")),
        (1e3, tr("Dashboard", "{n} k")),
    ):
        if abs(value) >= size:
            return text.format(n=loc.toString(value / size, "f", 1))
    return loc.toString(int(value))


def _period(period: Any) -> str:
    return format_period(period.start, period.end)
