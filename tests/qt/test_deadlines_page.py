"""The Deadlines tab as a clerk uses it: rows open their record, dates are whole, days read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.demo import DemoOptions, generate
from desktop_app.ui import dashboard_settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import dashboard_page
from desktop_app.ui.pages.deadlines_page import days_text
from desktop_app.ui.settings import Settings


@pytest.fixture
def window(qtbot, sqlite_database, tmp_path: Path, monkeypatch):  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=60, seed=3))
    settings = Settings(tmp_path / "settings.ini")
    dashboard_settings.dismiss_reminders(settings, date.today())
    monkeypatch.setattr(dashboard_page, "_REMINDED", True)
    win = MainWindow(settings, sqlite_database)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    page = win.page("dashboard")
    page.show_deadlines()
    qtbot.waitUntil(
        lambda: not page.deadlines.loading and bool(page.deadlines.model.rows), timeout=30000
    )
    return win


def _opened(window) -> set:  # noqa: ANN001
    forms = window._forms
    return set() if forms is None else set(forms.forms)


def _first_openable(view) -> int:  # noqa: ANN001
    return next(i for i, r in enumerate(view.model.rows) if r.record_kind and r.record_id)


def test_double_click_and_enter_open_the_record_behind_a_row(qtbot, window) -> None:  # noqa: ANN001
    view = window.page("dashboard").deadlines
    row = _first_openable(view)
    item = view.model.rows[row]
    rect = view.view.visualRect(view.model.index(row, 3))
    # A real double click: the first click, then the second arriving as a double click.
    qtbot.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: (item.record_kind, item.record_id) in _opened(window), timeout=5000)

    other = next(
        i
        for i, r in enumerate(view.model.rows)
        if r.record_kind and r.record_id and (r.record_kind, r.record_id) not in _opened(window)
    )
    target = view.model.rows[other]
    view.view.setFocus()
    view.view.setCurrentIndex(view.model.index(other, 0))
    qtbot.keyClick(view.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (target.record_kind, target.record_id) in _opened(window), timeout=5000)


@pytest.mark.parametrize("language", ["en", "ru", "tk"])
def test_due_dates_are_whole_and_days_left_read_as_words(qtbot, window, language) -> None:  # noqa: ANN001
    from desktop_app import i18n

    view = window.page("dashboard").deadlines
    i18n.install(language)
    try:
        view.size_columns()
        metrics = view.view.fontMetrics()
        model = view.model
        assert any(r.days_left < 0 for r in model.rows)  # overdue rows are there to read
        for r in range(model.rowCount()):
            due = str(model.data(model.index(r, 0)))
            assert str(model.rows[r].due.year) in due
            assert metrics.horizontalAdvance(due) <= view.view.columnWidth(0), due
            days = str(model.data(model.index(r, 1)))
            assert metrics.horizontalAdvance(days) <= view.view.columnWidth(1), days
            assert "−" not in days and not days.lstrip().startswith("-"), days
    finally:
        i18n.install("en")


def test_days_left_wording_and_sign() -> None:
    from desktop_app import i18n

    i18n.install("en")  # English plural forms come from its catalogue
    assert days_text(0, date(2026, 1, 1)) == "today"
    assert days_text(12, date(2026, 1, 1)) == "in 12 days"
    assert days_text(1, date(2026, 1, 1)) == "in 1 day"
    assert days_text(-1, date(2026, 1, 1)) == "1 day overdue"
    assert days_text(-5, date(2026, 1, 1)) == "5 days overdue"
    assert days_text(-365, date(2025, 1, 1)) == "365 days overdue"
    assert days_text(-5381, date(2012, 3, 1)) == "overdue since 2012"


def test_export_ends_with_saved_to_and_open_or_show_folder(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    from desktop_app.ui.dialogs import saved_notice

    opened: list = []
    monkeypatch.setattr(saved_notice.QDesktopServices, "openUrl", opened.append)
    view = window.page("dashboard").deadlines
    target = view.export("ics", str(tmp_path / "due"))
    notice = saved_notice.last_notice()
    assert notice is not None and notice.isVisible()
    assert notice.message.text() == f"Saved to {target}"
    notice.folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path)]
    view.export("xlsx", str(tmp_path / "due.xlsx"))
    saved_notice.last_notice().open_button.click()
    assert opened[-1].toLocalFile() == str(tmp_path / "due.xlsx")
