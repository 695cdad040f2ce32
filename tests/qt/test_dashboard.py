"""The home screen with pytest-qt: computed off the GUI thread, clicks open the records behind."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt

from desktop_app.domain.rules.commitments import Commitment
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.ui import dashboard_settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import dashboard_page
from desktop_app.ui.settings import Settings
from desktop_app.ui.widgets.reminder_notice import ReminderNotice


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    s = Settings(tmp_path / "settings.ini")
    dashboard_settings.dismiss_reminders(s, date.today())
    return s


@pytest.fixture
def window(qtbot, sqlite_database, settings, monkeypatch):  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=80, seed=5))
    monkeypatch.setattr(dashboard_page, "_REMINDED", False)
    win = MainWindow(settings, sqlite_database)
    qtbot.addWidget(win)
    page = win.page("dashboard")
    assert page.board is None  # the window is built without waiting for the numbers
    win.show()
    qtbot.waitUntil(lambda: page.board is not None, timeout=30000)
    return win


def test_lights_figures_and_charts_are_filled(window) -> None:  # noqa: ANN001
    page = window.page("dashboard")
    assert isinstance(page, dashboard_page.DashboardPage)
    for commitment in Commitment:
        card = page.cards[commitment]
        health = next(h for h in page.board.health if h.commitment is commitment)
        assert card.dot.light == health.light.value  # the card shows the computed light
        assert (
            card.state.text()
            == "— "
            + {"green": "On track", "amber": "Needs attention", "red": "At risk"}[
                health.light.value
            ]
        )
        assert card.reason.text() and "%n" not in card.reason.text()
        assert card.state.text().startswith("— ")
    signatories = page.figure_buttons["signatories"].text().splitlines()
    assert signatories[0] == "Signatories"
    assert int(signatories[1].replace(",", "").replace("\u00a0", "")) == int(
        page.board.figure("signatories").current
    )
    assert len(page.plan_chart.values) == 6
    assert sum(page.plan_chart.values) == 80
    assert len(page.activity_chart.values) == 12
    assert "computed in" in page.status.text()


def _listed(qtbot, window, section: str, kind: str | None = None):  # noqa: ANN001, ANN202
    page = window.page(section)
    panel = page.panels[kind_tab(kind)] if hasattr(page, "panels") else page
    qtbot.waitUntil(lambda: not panel.loading, timeout=30000)
    return panel


def kind_tab(kind: str | None) -> str:
    return {"action_plan": "plans", "monitoring_report": "monitoring"}.get(kind or "", "plans")


def _provided_by_sql(db, start: date, end: date) -> int:  # noqa: ANN001
    from tests.db.finance_oracle import PROVIDED, records

    _rates, rows = records(db)
    return sum(1 for r in rows if r[4] in PROVIDED and r[3] is not None and start <= r[3] <= end)


def test_clicks_open_exactly_the_records_behind(qtbot, window) -> None:  # noqa: ANN001
    """Every light, figure and bar lists the records its number counts, no more."""
    from desktop_app.domain.rules.commitments import window_start

    page = window.page("dashboard")
    board = page.board
    db = window.db
    # The financial light: provided decisions of the last 12 months, by plain SQL too.
    with qtbot.waitSignal(page.section_opened) as sig:
        qtbot.mouseClick(page.cards[Commitment.FINANCE], Qt.MouseButton.LeftButton)
    assert sig.args[0] == "finance"
    panel = _listed(qtbot, window, "finance")
    expected = _provided_by_sql(db, window_start(board.today, 12), board.today)
    assert panel.model.rowCount() == board.facts.finance_decisions == expected > 0
    assert panel.model.rowCount() < panel.model.total_count()  # not "all finance records"
    assert panel.scope_label.isVisible() and "as the light counts them" in panel.scope_label.text()
    panel.scope_clear.click()
    assert panel.model.rowCount() == panel.model.total_count()

    for key, section in dashboard_page.FIGURE_SECTIONS.items():
        window.show_section("dashboard")
        page.figure_buttons[key].click()
        assert window.current_section() == section
        kind = {"plans_submitted": "action_plan", "monitoring_submitted": "monitoring_report"}
        panel = _listed(qtbot, window, section, kind.get(key))
        if key == "finance_eur":  # an amount: the records are its provided decisions
            wanted = _provided_by_sql(db, board.period.start, board.period.end)
        else:
            wanted = int(board.figure(key).current)
        assert panel.model.rowCount() == wanted, key

    window.show_section("dashboard")
    chart = page.plan_chart
    rect = chart.bar_rects()[-1]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.current_section() == "signatories"
    panel = _listed(qtbot, window, "signatories")
    assert panel.model.rowCount() == board.plan_status[-1][1] > 0

    window.show_section("dashboard")
    chart = page.finance_chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() - 3, 40))
    panel = _listed(qtbot, window, "finance")
    year = board.finance_by_year[-1][0]
    end = min(date(year, 12, 31), board.period.end)
    assert panel.model.rowCount() == _provided_by_sql(db, date(year, 1, 1), end)


def test_keyboard_opens_a_light(qtbot, window) -> None:  # noqa: ANN001
    page = window.page("dashboard")
    card = page.cards[Commitment.ENERGY_DAYS]
    card.setFocus()
    with qtbot.waitSignal(page.section_opened):
        qtbot.keyClick(card, Qt.Key.Key_Return)


def test_deadlines_tab_filters_opens_and_exports(qtbot, window, tmp_path: Path) -> None:  # noqa: ANN001
    page = window.page("dashboard")
    view = page.deadlines
    qtbot.waitUntil(lambda: not view.loading, timeout=30000)
    page.show_deadlines()
    total = view.model.rowCount()
    assert total == len(view.all_rows) > 0
    view.kind.setCurrentIndex(view.kind.findData("plan_due"))
    plan_rows = view.model.rowCount()
    assert 0 < plan_rows < total
    assert all(r.kind.value == "plan_due" for r in view.model.rows)
    view.within.setCurrentIndex(view.within.findData(30))
    assert all(r.days_left <= 30 for r in view.model.rows)
    view.within.setCurrentIndex(0)
    qtbot.keyClicks(view.search, view.model.rows[0].subject[:5])
    assert 0 < view.model.rowCount() <= plan_rows
    with qtbot.waitSignal(view.open_record) as sig:
        index = view.model.index(0, 4)
        view.view.doubleClicked.emit(index)
    kind, record_id = sig.args
    assert kind in ("signatory", "action_plan") and isinstance(record_id, uuid.UUID)
    target = view.export("ics", str(tmp_path / "plans"))
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert target.name == "plans.ics" and len(events) == view.model.rowCount()
    xlsx = view.export("xlsx", str(tmp_path / "plans.xlsx"))
    assert xlsx is not None and xlsx.stat().st_size > 0
    assert "exported" in view.count.text()


def test_reminder_notice_opens_or_stays_dismissed_until_tomorrow(qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path / "r.ini")
    today = date(2025, 3, 1)
    assert ReminderNotice.wanted(settings, 2, 0, today)
    assert not ReminderNotice.wanted(settings, 0, 0, today)
    notice = ReminderNotice(2, 5, settings)
    qtbot.addWidget(notice)
    assert notice.message.text() == "2 overdue\n5 due soon"
    assert not notice.isModal()
    notice.show()
    with qtbot.waitSignal(notice.dismissed):
        notice.dismiss(today)
    assert not notice.isVisible()
    assert not ReminderNotice.wanted(Settings(tmp_path / "r.ini"), 2, 0, today)
    assert ReminderNotice.wanted(settings, 2, 0, today + timedelta(days=1))
    other = ReminderNotice(1, 0, settings)
    qtbot.addWidget(other)
    with qtbot.waitSignal(other.open_requested):
        qtbot.mouseClick(other.open_button, Qt.MouseButton.LeftButton)


def test_start_up_notice_appears_and_opens_the_deadlines(
    qtbot, sqlite_database, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=40, seed=2))
    monkeypatch.setattr(dashboard_page, "_REMINDED", False)
    win = MainWindow(Settings(tmp_path / "fresh.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    page = win.page("dashboard")
    qtbot.waitUntil(lambda: page.notice is not None and page.notice.isVisible(), timeout=30000)
    assert page.notice.overdue > 0
    win.show_section("signatories")
    qtbot.mouseClick(page.notice.open_button, Qt.MouseButton.LeftButton)
    assert win.current_section() == "dashboard"
    assert page.tabs.currentWidget() is page.deadlines
    assert page.deadlines.within.currentData() == 30


def test_preferences_store_thresholds_and_period(qtbot, window, settings) -> None:  # noqa: ANN001
    from desktop_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    prefs = dialog.dashboard_page
    prefs.spins["due_soon_days"].setValue(45)
    prefs.spins["overdue_signatories_red"].setValue(3)
    prefs.start_month.setCurrentIndex(6)
    dialog.accept()
    rules = dashboard_settings.rule_settings(Settings(settings.file_name))
    assert (rules.due_soon_days, rules.overdue_signatories_red) == (45, 3)
    assert dashboard_settings.period_settings(settings)["report_period_start_month"] == 7
    page = window.page("dashboard")
    page.board = None
    page.reload()
    qtbot.waitUntil(lambda: page.board is not None, timeout=30000)
    assert page.board.period.start.month == 7
