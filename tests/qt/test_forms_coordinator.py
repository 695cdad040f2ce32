"""The coordinator profile page: the application path follows the dates as they are typed;
services offered are added, removed (Del) and brought back (undo)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.services import records
from desktop_app.services.form_lookups import own_office, service_offers
from desktop_app.ui import undo
from desktop_app.ui.pages.coordinator_page import CoordinatorPage, path_steps
from desktop_app.ui.sections import PageContext
from desktop_app.ui.settings import Settings

from ._forms_support import Dialogs, close_forms, enter, press, seed


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs().install(monkeypatch)


@pytest.fixture
def context(sqlite_database, tmp_path):
    undo.session_stack().clear()
    yield PageContext(sqlite_database, Settings(tmp_path / "settings.ini"))
    close_forms()
    undo.session_stack().clear()


def page_for(qtbot, context) -> CoordinatorPage:
    page = CoordinatorPage(context)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    return page


def test_path_steps_follow_dates_and_status() -> None:
    steps, note = path_steps(
        {"status": "commitment_signed", "expression_of_interest_date": date(2020, 1, 5)}
    )
    assert [s.reached for s in steps] == [True, True, True, False]
    assert [s.current for s in steps] == [False, False, True, False]
    assert steps[0].day == date(2020, 1, 5) and note == ""
    steps, note = path_steps({"status": "on_hold", "active_date": date(2021, 3, 1),
                              "on_hold_date": date(2024, 2, 1)})  # fmt: skip
    assert steps[3].reached and note.startswith("On hold")


def test_empty_database_starts_a_new_profile(qtbot, context) -> None:
    page = page_for(qtbot, context)
    assert page.coordinator_id is None
    enter(qtbot, page.form, "name", "Ahal Welayat")
    enter(qtbot, page.form, "kind", "Territorial")
    enter(qtbot, page.form, "country", "Turkm")
    enter(qtbot, page.form, "expression_of_interest_date", date(2019, 5, 2))
    assert page.steps.steps[0].day == date(2019, 5, 2)  # drawn while typing
    assert "Expression of interest" in page.steps.accessibleDescription()
    press(qtbot, page.form, "Ctrl+S")
    assert page.coordinator_id == own_office(context.db)
    assert records.load(context.db, "coordinator", page.coordinator_id).values["is_own_office"]


def test_services_are_added_removed_and_restored(qtbot, context) -> None:
    seed(context.db)
    page = page_for(qtbot, context)
    assert page.coordinator_id is not None
    assert page.services.topLevelItemCount() == 0
    page.new_record()  # Ctrl+N on this page adds a service
    opener = page._opener()
    service = opener.new_forms[-1]
    assert service.KIND == "service_offer"
    enter(qtbot, service, "service", "Financial")
    enter(qtbot, service, "description", "Helps apply for grants")
    assert service.save()
    assert page.services.topLevelItemCount() == 1
    assert page.services.topLevelItem(0).text(0) == "Financial support"
    page.services.setCurrentItem(page.services.topLevelItem(0))
    page.services.setFocus()
    qtbot.keyClick(page.services, Qt.Key.Key_Delete)
    assert service_offers(context.db, page.coordinator_id) == []
    assert page.services.topLevelItemCount() == 0
    undo.session_stack().undo()
    assert page.services.topLevelItemCount() == 1


def test_embedded_profile_esc_discards_after_asking(qtbot, context, dialogs) -> None:
    from PySide6.QtWidgets import QMessageBox

    ids = seed(context.db)
    page = page_for(qtbot, context)
    enter(qtbot, page.form, "region", "Mary")
    dialogs.answer = QMessageBox.StandardButton.Discard
    page.form.save_button.setFocus()
    press(qtbot, page.form, "Esc")
    assert page.form.bindings["region"].get() == ""
    assert not page.form.is_dirty()
    assert records.load(context.db, "coordinator", ids["coordinator"]).values["region"] == ""


def test_form_window_size_and_splitter_are_remembered(qtbot, context, tmp_path) -> None:
    from ._forms_support import make_opener

    ids = seed(context.db)
    opener = make_opener(context.db, tmp_path)
    form = opener.open("signatory", ids["almaty"])
    qtbot.waitExposed(form)
    form.resize(700, 500)  # the offscreen screen is small: stay inside it
    form.splitter.setSizes([500, 300])
    sizes = form.splitter.sizes()
    form.close()
    again = opener.open("signatory", ids["almaty"])
    qtbot.waitExposed(again)
    assert again is not form
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes() == sizes
    again.close()


def test_lookups_on_both_engines(database) -> None:
    """The reads behind pickers and the profile page, on SQLite and PostgreSQL."""
    from desktop_app.services.form_lookups import plan_choices, signatory_choices

    ids = seed(database)
    assert [c.name for c in signatory_choices(database)] == ["Almaty", "Ashgabat"]
    plans = plan_choices(database, ids["ashgabat"])
    assert [(p.id, p.plan_type, p.title) for p in plans] == [(ids["plan"], "secap", "SECAP 2030")]
    assert plan_choices(database, ids["almaty"]) == []
    assert own_office(database) == ids["coordinator"]
    records.save(database, "service_offer",
                 {"coordinator_id": ids["coordinator"], "service": "promotion"})  # fmt: skip
    records.trash(database, "signatory", [ids["almaty"]])
    assert [c.name for c in signatory_choices(database)] == ["Ashgabat"]
    assert [s.service for s in service_offers(database, ids["coordinator"])] == ["promotion"]


def test_closing_the_main_window_asks_for_each_changed_form(qtbot, sqlite_database, tmp_path,
                                                            dialogs) -> None:  # fmt: skip
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui.main_window import MainWindow

    ids = seed(sqlite_database)
    win = MainWindow(Settings(tmp_path / "win.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    form = win.forms.open("signatory", ids["almaty"])
    enter(qtbot, form, "region", "South")
    dialogs.answer = QMessageBox.StandardButton.Cancel
    assert not win.close()
    assert win.isVisible() and form.isVisible()
    dialogs.answer = QMessageBox.StandardButton.Save
    assert win.close()
    assert records.load(sqlite_database, "signatory", ids["almaty"]).values["region"] == "South"
