"""Start-up builds only the page it shows; the Dashboard computes once it is seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.services.demo import DemoOptions, generate
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import dashboard_page
from desktop_app.ui.settings import Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def test_start_section_builds_only_that_page_even_after_focus(
    qtbot, sqlite_database, settings
) -> None:  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=5, seed=3))
    win = MainWindow(settings, start_section="signatories")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.navigation.setFocus()  # a list's first focus-in used to make row 0 (Dashboard) current
    qtbot.wait(10)
    win.set_database(sqlite_database)
    assert win.current_section() == "signatories"
    assert set(win.pages) == {"signatories"}
    assert win.stack.currentWidget() is win.page("signatories")
    qtbot.waitUntil(lambda: win.page("signatories").model.rowCount() == 5, timeout=10000)
    assert win.section_actions["signatories"].isChecked()


def test_default_start_is_still_the_dashboard(qtbot, sqlite_database, settings) -> None:  # noqa: ANN001
    win = MainWindow(settings, sqlite_database)
    qtbot.addWidget(win)
    assert win.current_section() == "dashboard"
    assert set(win.pages) == {"dashboard"}


def test_unknown_start_section_is_refused(settings) -> None:  # noqa: ANN001
    with pytest.raises(KeyError):
        MainWindow(settings, start_section="nowhere")


def test_dashboard_computes_only_once_shown(qtbot, sqlite_database, settings, monkeypatch) -> None:  # noqa: ANN001
    generate(sqlite_database, DemoOptions(signatories=5, seed=3))
    monkeypatch.setattr(dashboard_page, "_REMINDED", True)
    win = MainWindow(settings, sqlite_database)  # built on the Dashboard, window not shown
    qtbot.addWidget(win)
    page = win.page("dashboard")
    qtbot.wait(50)
    assert page.board is None and not page.loading  # nothing computing behind a hidden page
    win.show()
    qtbot.waitUntil(lambda: page.board is not None, timeout=30000)
