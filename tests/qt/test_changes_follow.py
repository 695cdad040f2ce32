"""Changes made anywhere reach the pages (issue 10 items 8 and 9, issue 13 item 3).

A save in a form updates the visible Dashboard without Refresh; a hidden Dashboard or list
is not recomputed until it is shown; Undo/Redo work by keyboard from a list page with the
cursor in its search box, and their menu text names the record in en, ru and tk.
Oracles are plain SQL counts on the test database.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.services import records
from desktop_app.ui import dashboard_settings, undo
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages import dashboard_page
from desktop_app.ui.settings import Settings

from ._forms_support import enter, seed

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def live_signatories(db) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as c:
        return int(
            c.execute(text("SELECT count(*) FROM signatory WHERE deleted_at IS NULL")).scalar_one()
        )


def live_finance(db) -> int:  # type: ignore[no-untyped-def]
    with db.engine.connect() as c:
        return int(
            c.execute(
                text("SELECT count(*) FROM financial_support WHERE deleted_at IS NULL")
            ).scalar_one()
        )


def deleted_at(db, name: str):  # type: ignore[no-untyped-def]
    with db.engine.connect() as c:
        return c.execute(
            text("SELECT deleted_at FROM signatory WHERE name = :n"), {"n": name}
        ).scalar_one()


@pytest.fixture(autouse=True)
def _clean_stack():  # type: ignore[no-untyped-def]
    undo.session_stack().clear()
    yield
    undo.session_stack().clear()


@pytest.fixture
def window(qtbot, sqlite_database, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    seed(sqlite_database)
    records.save(
        sqlite_database,
        "financial_support",
        {"signatory_id": _id(sqlite_database, "Almaty"), "instrument": "grant",
         "source": "donor", "amount": "1000", "currency": "EUR", "status": "approved",
         "decision_date": date(2025, 3, 1)},
    )  # fmt: skip
    settings = Settings(tmp_path / "settings.ini")
    dashboard_settings.dismiss_reminders(settings, date.today())
    monkeypatch.setattr(dashboard_page, "_REMINDED", True)
    win = MainWindow(settings, sqlite_database)
    qtbot.addWidget(win)
    win.show()
    page = win.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None and not page.loading, timeout=30000)
    yield win
    for form in win.forms.open_forms():
        form._closing_ok = True  # noqa: SLF001
        form.close()


def _id(db, name: str):  # type: ignore[no-untyped-def]
    import uuid

    with db.engine.connect() as c:
        value = c.execute(
            text("SELECT id FROM signatory WHERE name = :n"), {"n": name}
        ).scalar_one()
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def chart_total(page) -> int:  # type: ignore[no-untyped-def]
    """Signatories by plan status: every live signatory is in one bar."""
    return int(sum(page.plan_chart.values))


def new_signatory_in_form(qtbot, win, name: str):  # type: ignore[no-untyped-def]
    form = win.forms.open("signatory")
    qtbot.waitExposed(form)
    if not form.isActiveWindow():
        with qtbot.waitActive(form):
            form.activateWindow()
    enter(qtbot, form, "name", name)
    enter(qtbot, form, "country", "Turkm")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.record_id is not None, form.status_label.text()
    return form


def test_visible_dashboard_follows_a_save_in_a_form_without_refresh(qtbot, window) -> None:
    db = window.db
    page = window.page("dashboard")
    assert chart_total(page) == live_signatories(db) == 2
    before = page.computations
    new_signatory_in_form(qtbot, window, "Tejen")
    assert live_signatories(db) == 3
    qtbot.waitUntil(lambda: not page.loading and chart_total(page) == 3, timeout=30000)
    assert page.computations == before + 1  # once, for the one save; nobody pressed Refresh
    figure = page.figure_buttons["signatories"].text().splitlines()[1]
    assert figure.replace(",", "").replace("\u00a0", "") == str(
        int(page.board.figure("signatories").current)
    )


def test_hidden_dashboard_recomputes_only_when_shown(qtbot, window) -> None:
    db = window.db
    page = window.page("dashboard")
    window.show_section("signatories")
    assert not page.isVisible()
    before = page.computations
    new_signatory_in_form(qtbot, window, "Tejen")
    qtbot.wait(200)
    assert page.computations == before, "a hidden dashboard was recomputed"
    assert page.stale and chart_total(page) == 2
    window.show_section("dashboard")
    qtbot.waitUntil(lambda: not page.loading and chart_total(page) == 3, timeout=30000)
    assert page.computations == before + 1 and not page.stale
    assert live_signatories(db) == 3


def test_change_reaches_the_visible_list_now_and_the_hidden_one_when_shown(
    qtbot, window, monkeypatch
) -> None:
    db = window.db
    finance = window.show_section("finance")
    qtbot.waitUntil(lambda: not finance.loading, timeout=10000)
    assert finance.model.total_count() == live_finance(db) == 1
    signatories = window.show_section("signatories")
    qtbot.waitUntil(lambda: not signatories.loading, timeout=10000)
    finance_refreshes = finance.refresh_count
    monkeypatch.setattr(signatories, "confirm_trash", lambda *_: True)
    qtbot.keyClicks(signatories.search, "Almaty")
    assert signatories.model.rowCount() == 1
    signatories.view.setFocus()
    signatories.view.selectRow(0)
    qtbot.keyClick(signatories.view, Qt.Key.Key_Delete)
    assert deleted_at(db, "Almaty") is not None and live_finance(db) == 0  # went with it
    assert finance.refresh_count == finance_refreshes and finance.stale  # hidden: not read
    assert finance.model.total_count() == 1
    window.show_section("finance")
    qtbot.waitUntil(lambda: not finance.loading, timeout=10000)
    assert finance.refresh_count == finance_refreshes + 1 and not finance.stale
    assert finance.model.total_count() == live_finance(db) == 0


def test_undo_and_redo_by_keyboard_from_a_list_search_box(qtbot, window, monkeypatch) -> None:
    db = window.db
    page = window.show_section("signatories")
    qtbot.waitUntil(lambda: not page.loading, timeout=10000)
    monkeypatch.setattr(page, "confirm_trash", lambda *_: True)
    qtbot.keyClicks(page.search, "Ashgabat")
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert deleted_at(db, "Ashgabat") is not None
    assert window.undo_action.text() == "&Undo: Move “Ashgabat” to the Trash"

    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL)
    assert deleted_at(db, "Ashgabat") is None, "Ctrl+Z in the search box did not undo"
    assert page.search.text() == "Ashgabat"  # the search text was not what got undone
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.loading, timeout=10000)
    assert window.redo_action.text() == "&Redo: Move “Ashgabat” to the Trash"
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL_SHIFT)
    assert deleted_at(db, "Ashgabat") is not None, "Ctrl+Shift+Z in the search box did not redo"


def test_undo_offered_on_another_page_names_the_record(qtbot, window) -> None:
    form = new_signatory_in_form(qtbot, window, "Tejen")
    enter(qtbot, form, "name", "Tejen city")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitActive(window):
        window.activateWindow()
    page = window.show_section("finance")
    assert window.undo_action.text() == "&Undo: Edit “Tejen city”"
    page.focus_search()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL)
    with window.db.engine.connect() as c:
        names = sorted(c.execute(text("SELECT name FROM signatory")).scalars())
    assert "Tejen" in names and "Tejen city" not in names
    assert window.undo_action.text() == "&Undo: Create “Tejen”"


@pytest.mark.parametrize(
    ("lang", "undo_text", "redo_text"),
    [
        ("ru", "&Отменить: Переместить «Ashgabat» в корзину",
         "&Повторить: Переместить «Ashgabat» в корзину"),
        ("tk", "&Yzyna al: «Ashgabat» sebede geçir", "&Gaýtala: «Ashgabat» sebede geçir"),
    ],
)  # fmt: skip
def test_undo_menu_text_is_one_whole_phrase_in_russian_and_turkmen(
    qtbot, sqlite_database, lang: str, undo_text: str, redo_text: str
) -> None:
    ids = seed(sqlite_database)
    assert i18n.install(lang)
    try:
        records.trash(sqlite_database, "signatory", [ids["ashgabat"]])
        stack = undo.session_stack()
        stack.push(undo.TrashCommand(sqlite_database, "signatory", [ids["ashgabat"]],
                                     names=["Ashgabat"]))  # fmt: skip
        action = undo.undo_action(stack, stack)
        redo = undo.undo_action(stack, stack, redo=True)
        assert action.text() == undo_text
        stack.undo()
        assert redo.text() == redo_text
        assert deleted_at(sqlite_database, "Ashgabat") is None
    finally:
        i18n.install("en")
