"""The inventory form's "Fill from a template sheet…", as a clerk uses it: click, pick the
town's template workbook, look at the grid, type the year, save; the cells read back by
SQL are the sheet's figures added up by hand (tests/db/inventory_sheet_fixture). A sheet
with problems leaves the grid empty and says which row and cell to correct."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app import i18n
from desktop_app.ui import undo
from tests.db.inventory_sheet_fixture import expected_cells, write

from ._forms_support import Dialogs, close_forms, make_opener, press, seed, show, type_text
from .test_inventory_grid import cells_in_db


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


def _pick(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def _form(qtbot, office):
    db, ids, opener = office
    form = show(qtbot, opener.open("emission_inventory", None, {"signatory_id": ids["ashgabat"]}))
    year = form.bindings["inventory_year"].focus[0]
    year.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, year, "2015")
    return db, form


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_the_grid_comes_from_the_template_sheet_and_is_saved(
    qtbot, office, tmp_path, monkeypatch, dialogs, lang
) -> None:
    assert i18n.install(lang)
    db, form = _form(qtbot, office)
    _pick(monkeypatch, write(tmp_path / "town.xlsx", lang, as_text=lang == "ru"))
    qtbot.mouseClick(form.sheet_fill.button, Qt.MouseButton.LeftButton)
    assert dialogs.shown == []
    want = expected_cells()
    grid = form.grid
    mark = "," if lang == "ru" else "."
    assert grid.cell_text("TRANSPORT", "DIESEL") == f"33550{mark}5"
    assert grid.cell_text("TRANSPORT", "BIOFUELS") == "790"
    assert str(len(want)) in form.sheet_fill.note.text()  # the cells read
    press(qtbot, form, "Ctrl+S")
    assert form.record_id is not None, [(i.field, i.code) for i in form.issues]
    assert cells_in_db(db, form.record_id) == {tuple(k.split("/")): v for k, v in want.items()}


def test_a_sheet_with_problems_leaves_the_grid_and_names_them(
    qtbot, office, tmp_path, monkeypatch, dialogs
) -> None:
    db, form = _form(qtbot, office)
    sheet = write(tmp_path / "bad.xlsx", extra_rows=(("Street vendors", {"electricity": 12}),))
    _pick(monkeypatch, sheet)
    qtbot.mouseClick(form.sheet_fill.button, Qt.MouseButton.LeftButton)
    assert len(dialogs.shown) == 1
    _title, message = dialogs.shown[0]
    assert "bad.xlsx" in message and "row 21: 'Street vendors'" in message
    assert form.grid.value() == {}


def test_a_filled_grid_is_replaced_only_when_the_clerk_says_so(
    qtbot, office, tmp_path, monkeypatch, dialogs
) -> None:
    db, form = _form(qtbot, office)
    form.grid.set_value({"TRANSPORT/DIESEL": Decimal("5")})
    _pick(monkeypatch, write(tmp_path / "town.xlsx"))
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(form.sheet_fill.button, Qt.MouseButton.LeftButton)
    assert form.grid.value() == {"TRANSPORT/DIESEL": Decimal("5")}
    dialogs.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(form.sheet_fill.button, Qt.MouseButton.LeftButton)
    assert form.grid.value() == expected_cells()
