"""List pages driven like a user: type to search, pick a filter, Del to trash, restore."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.models import Signatory
from desktop_app.services import records
from desktop_app.ui.pages.list_panel import FIRST_PAGE
from desktop_app.ui.sections import PageContext, create_page, section
from desktop_app.ui.settings import Settings

TODAY = date(2025, 6, 1)


@pytest.fixture
def context(sqlite_database, tmp_path) -> PageContext:
    for name, local, country in (
        ("Ashgabat", "Ашхабад", "TM"),
        ("Mary", "Мары", "TM"),
        ("Almaty", "Алматы", "KZ"),
        ("Kyiv", "Київ", "UA"),
    ):
        records.save(
            sqlite_database,
            "signatory",
            {
                "name": name,
                "local_name": local,
                "country": country,
                "adhesion_date": date(2015, 1, 1),
            },
            today=TODAY,
        )
    return PageContext(sqlite_database, Settings(tmp_path / "settings.ini"))


def page_for(qtbot, context, section_id: str):
    page = create_page(section(section_id), context)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    qtbot.waitExposed(page)
    return page


def shown_names(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, 0)) for r in range(m.rowCount())]


def test_typing_in_the_search_box_filters_across_scripts(qtbot, context) -> None:
    page = page_for(qtbot, context, "signatories")
    assert page.model.rowCount() == 4
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.search
    qtbot.keyClicks(page.search, "ashg")
    assert shown_names(page) == ["Ashgabat"]
    assert page.count_label.text() == "1 of 4 records"
    page.search.clear()
    page.search.insert("мары")  # as an input method commits it: QTest types ASCII only
    assert shown_names(page) == ["Mary"]


def test_quick_filter_combo(qtbot, context) -> None:
    page = page_for(qtbot, context, "signatories")
    combo = page.filters["country"]
    combo.setCurrentIndex(combo.findText("Turkmenistan"))
    assert sorted(shown_names(page)) == ["Ashgabat", "Mary"]
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_enter_and_double_click_ask_to_open(qtbot, context) -> None:
    page = page_for(qtbot, context, "signatories")
    page.view.setFocus()
    page.view.selectRow(1)
    expected = page.model.row_id(1)
    with qtbot.waitSignal(page.open_requested) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert blocker.args == ["signatory", expected]


def test_del_moves_the_selection_to_trash_and_trash_restores(qtbot, context, monkeypatch) -> None:
    page = page_for(qtbot, context, "signatories")
    asked: list[int] = []
    monkeypatch.setattr(page, "confirm_trash", lambda n, *_: asked.append(n) or True)
    qtbot.keyClicks(page.search, "turkmen")
    page.view.setFocus()
    page.view.selectAll()
    from desktop_app.ui.operations import tasks

    with qtbot.waitSignal(tasks().changes_applied) as blocker:
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked == [2]
    changes, initiator = blocker.args
    assert initiator is page and changes.kinds >= {"signatory"}
    trashed_ids = {
        r.id for r in records.trash_rows(context.db) if r.kind == "signatory"
    }  # fmt: skip
    assert changes.ids_of("signatory") == trashed_ids and len(trashed_ids) == 2
    assert page.model.rowCount() == 0
    assert page.model.total_count() == 2

    trash = page_for(qtbot, context, "trash")
    assert sorted(trash.model.row_at(r).name for r in range(trash.model.rowCount())) == [
        "Ashgabat \u2014 Ашхабад",
        "Mary \u2014 Мары",
    ]
    qtbot.keyClicks(trash.search, "ashg")
    assert trash.model.rowCount() == 1
    trash.view.selectRow(0)
    assert trash.restore_button.isEnabled()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.total_count() == 1
    page.reload()
    page.search.clear()
    assert sorted(shown_names(page)) == ["Almaty", "Ashgabat", "Kyiv"]


def test_declining_the_confirmation_trashes_nothing(qtbot, context, monkeypatch) -> None:
    page = page_for(qtbot, context, "signatories")
    monkeypatch.setattr(page, "confirm_trash", lambda n, *_: False)
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 4
    assert records.trash_rows(context.db) == []


def test_large_list_fills_first_screen_then_the_rest_in_background(qtbot, context) -> None:
    with context.db.transaction("test") as s:
        s.add_all(Signatory(name=f"Town {i:04d}", country="KZ") for i in range(FIRST_PAGE + 50))
    page = create_page(section("signatories"), context)
    qtbot.addWidget(page)
    assert page.loading
    assert page.model.rowCount() == FIRST_PAGE
    qtbot.keyClicks(page.search, "town 02")  # typed while the rest is still loading
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert not page.loading
    assert page.model.total_count() == FIRST_PAGE + 54
    expected = sum(1 for i in range(FIRST_PAGE + 50) if "02" in f"{i:04d}")
    assert page.model.rowCount() == expected, "the search applies to rows that arrived later"


def test_column_visibility_and_widths_are_remembered(qtbot, context) -> None:
    page = page_for(qtbot, context, "signatories")
    menu = page.column_menu()
    region = next(a for a in menu.actions() if a.text() == "Region")
    region.setChecked(False)
    page.view.setColumnWidth(0, 333)
    again = page_for(qtbot, context, "signatories")
    header = again.view.horizontalHeader()
    region_col = page.model.spec.index("region")
    assert header.isSectionHidden(region_col)
    assert again.view.columnWidth(0) == 333


def test_every_list_section_has_its_page(qtbot, context) -> None:
    sig = records.load(
        context.db, "signatory", records.find_duplicates(context.db, "Mary", country="TM")[0].id
    )
    records.save(
        context.db,
        "financial_support",
        {
            "signatory_id": sig.id,
            "instrument": "grant",
            "source": "eu",
            "amount": "10",
            "currency": "EUR",
        },
        today=TODAY,
    )
    for section_id in ("plans", "assistance", "energy_days", "finance", "exchange_rates"):
        page = page_for(qtbot, context, section_id)
        assert page.loading is False, section_id
    finance = page_for(qtbot, context, "finance")
    assert shown_names(finance) == ["Mary"]
    plans = page_for(qtbot, context, "plans")
    from desktop_app.domain.kinds import KINDS

    in_plans = {k.list_id for k in KINDS.values() if k.section == "plans"}
    assert set(plans.panels) == in_plans  # a tab per kind of the section (issue 15 added some)
    assert plans.tabs.count() == len(in_plans)
    assert not plans.panels["monitoring"].loaded_once, "hidden tabs read when first shown"
    plans.tabs.setCurrentIndex(1)
    assert plans.panels["monitoring"].loaded_once


def test_a_list_opened_for_the_first_time_is_in_a_to_z_order(qtbot, context) -> None:
    page = page_for(qtbot, context, "signatories")
    qtbot.waitUntil(lambda: not page.loading)
    assert shown_names(page) == ["Almaty", "Ashgabat", "Kyiv", "Mary"]
    header = page.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0,
        Qt.SortOrder.AscendingOrder,
    )
