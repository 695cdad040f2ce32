"""The inventory's energy grid typed and pasted like a spreadsheet, read back from the
database: Tab moves right, Enter down, totals follow each key, a block copied from Excel
with the language's decimal mark lands cell by cell (a decimal comma never thousands)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.services import inventories
from desktop_app.ui import undo

from ._forms_support import Dialogs, close_forms, make_opener, press, seed, show, type_text

GAS, DIESEL, ELEC = "NATURAL_GAS", "DIESEL", "ELECTRICITY"
MUNI = "MUNICIPAL_BUILDINGS_EQUIPMENT_FACILITIES"
TERT = "TERTIARY_BUILDINGS_EQUIPMENT_FACILITIES"
RES = "RESIDENTIAL_BUILDINGS"


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs().install(monkeypatch)


@pytest.fixture
def office(qtbot, sqlite_database, tmp_path):
    undo.session_stack().clear()
    yield sqlite_database, seed(sqlite_database), make_opener(sqlite_database, tmp_path)
    close_forms()
    undo.session_stack().clear()
    i18n.install("en")


def cells_in_db(db, inventory_id) -> dict[tuple[str, str], Decimal]:
    with db.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT sector, carrier, mwh FROM emission_inventory_cell "
                 "WHERE inventory_id = :i AND deleted_at IS NULL"),
            {"i": inventory_id.hex if db.engine.dialect.name == "sqlite" else inventory_id},
        ).all()  # fmt: skip
    return {(s, c): Decimal(str(m)) for s, c, m in rows}


def open_form(qtbot, office):
    db, ids, opener = office
    form = show(qtbot, opener.open("emission_inventory", None, {"signatory_id": ids["ashgabat"]}))
    year = form.bindings["inventory_year"].focus[0]
    year.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, year, "2015")
    qtbot.keyClick(year, Qt.Key.Key_Tab)
    return db, form


def key(qtbot, widget, k) -> None:
    qtbot.keyClick(widget, k)


def keys(qtbot, typed: str) -> None:
    """Each key to whatever has the focus, as a keyboard does (the first digit opens the
    cell's editor, the next ones go into it)."""
    for ch in typed:
        qtbot.keyClicks(QApplication.focusWidget(), ch)


def test_typing_tab_and_enter_move_like_a_spreadsheet_and_totals_follow(qtbot, office):
    db, form = open_form(qtbot, office)
    grid = form.grid
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentCell(0, 0)  # municipal x electricity
    keys(qtbot, "1200")
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> municipal x heat
    assert (grid.currentRow(), grid.currentColumn()) == (0, 1)
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Tab)  # -> municipal x natural gas
    keys(qtbot, "800.5")
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)  # -> tertiary x natural gas
    assert (grid.currentRow(), grid.currentColumn()) == (1, 2)
    keys(qtbot, "300")
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)  # -> residential x gas
    keys(qtbot, "5000")
    key(qtbot, QApplication.focusWidget(), Qt.Key.Key_Return)
    # live totals: natural gas column, municipal row, the grand total
    assert grid.total_text(column=2) == "6100.5"
    assert grid.total_text(row=0) == "2000.5"
    assert grid.total_text() == "7300.5"
    assert grid.cell_text(TERT, GAS) == "300"
    press(qtbot, form, "Ctrl+S")
    assert form.record_id is not None, [(i.field, i.code) for i in form.issues]
    assert cells_in_db(db, form.record_id) == {
        (MUNI, ELEC): Decimal("1200"), (MUNI, GAS): Decimal("800.5"),
        (TERT, GAS): Decimal("300"), (RES, GAS): Decimal("5000"),
    }  # fmt: skip
    # the factors each figure used: Turkmenistan's electricity, natural gas default
    result = inventories.emissions_of(form.current_values(), "TM")
    gas = result.factors[GAS]
    assert (gas.value, gas.source, gas.version) == (Decimal("0.202"), "com_2010", "2026.1")
    hand = Decimal("1200") * result.factors[ELEC].value + Decimal("6100.5") * Decimal("0.202")
    assert result.total == hand
    assert form.factor_table.rowCount() == 2
    assert "0.202" in form.factor_table.item(1, 1).text() or "0.202" in form.factor_table.item(
        0, 1
    ).text()


def test_pasting_an_excel_block_in_russian_keeps_decimal_commas(qtbot, office):
    assert i18n.install("ru")
    db, form = open_form(qtbot, office)
    grid = form.grid
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentCell(0, 0)
    # three rows x three carriers as Excel copies them (Russian decimal comma, a grouped
    # thousand with a non-breaking space, an empty cell, CRLF line ends)
    QApplication.clipboard().setText(
        "1234,5\t\t2\u00a0500\r\n10,2\t0\t7,5\r\n\t\t900\r\n"
    )
    press(qtbot, form, "Ctrl+V")
    assert grid.cell_text(MUNI, ELEC) == "1234,5"
    assert grid.total_text(row=0) == "3734,5"
    assert grid.total_text() == "4652,2"
    # the grid's own Delete empties a cell; the totals follow
    grid.setCurrentCell(2, 2)
    key(qtbot, grid, Qt.Key.Key_Delete)
    assert grid.total_text() == "3752,2"
    press(qtbot, form, "Ctrl+S")
    assert form.record_id is not None, [(i.field, i.code) for i in form.issues]
    assert cells_in_db(db, form.record_id) == {
        (MUNI, ELEC): Decimal("1234.5"), (MUNI, GAS): Decimal("2500"),
        (TERT, ELEC): Decimal("10.2"), (TERT, GAS): Decimal("7.5"),
    }  # fmt: skip


def test_an_unreadable_pasted_cell_blocks_saving_and_names_its_place(qtbot, office):
    db, form = open_form(qtbot, office)
    grid = form.grid
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    grid.setCurrentCell(5, 5)  # transport x diesel
    grid.paste("12 t\n")
    codes = [(i.field, i.code) for i in form.errors()]
    assert ("cells", "inventory_cell_invalid") in codes
    assert not form.save_button.isEnabled()
    message = form.issue_labels["cells"].message()
    assert "Transport" in message and "Diesel" in message and "12 t" in message
    grid.paste("10,25\n")  # MWh keep one decimal: more is refused, not rounded silently
    assert ("cells", "inventory_cell_invalid") in [(i.field, i.code) for i in form.errors()]
    grid.paste("12\n")
    assert not form.errors()
    press(qtbot, form, "Ctrl+S")
    assert cells_in_db(db, form.record_id) == {("TRANSPORT", DIESEL): Decimal("12")}
