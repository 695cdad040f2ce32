"""Every record kind through its form, by keyboard: create, a blocking error, edit, undo and
redo of the edit, delete to the Trash, undo of the delete, restore from the Trash page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.services import records
from desktop_app.ui import undo
from desktop_app.ui.pages.trash_page import TrashPage
from desktop_app.ui.sections import PageContext
from desktop_app.ui.settings import Settings

from ._forms_support import Dialogs, close_forms, enter, make_opener, press, seed, show, stored


@dataclass
class Case:
    fill: list[tuple[str, Any]]
    """Typed in this order into a blank form; enough for a valid record."""
    expect: dict[str, Any]
    """Stored values after the first save."""
    bad: tuple[str, Any, str]
    """(field, typed value, error code) that must block saving."""
    edit: tuple[str, Any, Any]
    """(field, typed value, stored value) of the edit that is then undone."""
    preset: dict[str, str] = field(default_factory=dict)
    """Values given to the blank form by the caller (ids from `seed`)."""


CASES: dict[str, Case] = {
    "coordinator": Case(
        fill=[("name", "Lebap Welayat"), ("kind", "Territorial"), ("country", "Turkm")],
        expect={"name": "Lebap Welayat", "kind": "territorial", "country": "TM"},
        bad=("email", "not-an-address", "email_format"),
        edit=("region", "Lebap", "Lebap"),
    ),
    "service_offer": Case(
        preset={"coordinator_id": "coordinator"},
        fill=[("service", "Technical"), ("valid_from", date(2024, 1, 1))],
        expect={"service": "technical", "valid_from": date(2024, 1, 1)},
        bad=("valid_to", date(2023, 1, 1), "date_order"),
        edit=("description", "Inventory help", "Inventory help"),
    ),
    "signatory": Case(
        fill=[("name", "Turkmenabat"), ("country", "Turkm"), ("adhesion_date", date(2016, 3, 15))],
        expect={"name": "Turkmenabat", "country": "TM", "adhesion_date": date(2016, 3, 15)},
        bad=("email", "nobody-at-example", "email_format"),
        edit=("population", "253000", 253000),
    ),
    "action_plan": Case(
        fill=[
            ("signatory_id", "Almaty"),
            ("plan_type", "SECAP"),
            ("title", "Almaty SECAP"),
            ("sectors", ["municipal", "tertiary", "residential", "transport"]),
        ],  # fmt: skip
        expect={"plan_type": "secap", "title": "Almaty SECAP"},
        bad=("baseline_year", "1850", "year_out_of_range"),
        edit=("baseline_year", "2010", 2010),
    ),
    "monitoring_report": Case(
        fill=[("signatory_id", "Ashgabat"), ("reporting_type", "Action")],
        expect={"reporting_type": "action"},
        bad=("inventory_year", "1700", "year_out_of_range"),
        edit=("due_date", date(2024, 12, 31), date(2024, 12, 31)),
    ),
    "deadline_extension": Case(
        fill=[("signatory_id", "Алматы"), ("request_date", date(2024, 2, 1))],
        expect={"request_date": date(2024, 2, 1)},
        bad=("granted_until", date(2024, 1, 1), "date_order"),
        edit=("document", "Letter 12", "Letter 12"),
    ),
    "support_activity": Case(
        fill=[
            ("activity_type", "Training"),
            ("activity_date", date(2024, 5, 20)),
            ("reaches_all", True),
        ],  # fmt: skip
        expect={"activity_type": "training", "activity_date": date(2024, 5, 20)},
        bad=("participants", "-3", "must_not_be_negative"),
        edit=("staff_days", "2.5", Decimal("2.5")),
    ),
    "financial_support": Case(
        fill=[
            ("signatory_id", "Ashgabat"),
            ("instrument", "Grant"),
            ("source", "Donor"),
            ("amount", "125000.50"),
            ("currency", "TMT"),
        ],  # fmt: skip
        expect={"amount": Decimal("125000.50"), "currency": "TMT", "instrument": "grant"},
        bad=("disbursed_amount", "200000", "disbursed_exceeds_amount"),
        edit=("funder_name", "UNDP", "UNDP"),
    ),
    "energy_day": Case(
        fill=[
            ("title", "Energy Day 2024"),
            ("start_date", date(2024, 6, 10)),
            ("audiences", ["schoolchildren", "public"]),
        ],  # fmt: skip
        expect={"title": "Energy Day 2024", "audiences": ["schoolchildren", "public"]},
        bad=("end_date", date(2024, 6, 1), "date_order"),
        edit=("participants", "120", 120),
    ),
    "exchange_rate": Case(
        fill=[
            ("currency", "TMT"),
            ("rate_date", date(2024, 1, 31)),
            ("units_per_eur", "3.81234567"),
        ],  # fmt: skip
        expect={"currency": "TMT", "units_per_eur": Decimal("3.81234567")},
        bad=("units_per_eur", "0", "must_be_positive"),
        edit=("source", "Central bank", "Central bank"),
    ),
}


@pytest.fixture
def office(sqlite_database, tmp_path):
    return sqlite_database, seed(sqlite_database), make_opener(sqlite_database, tmp_path)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs().install(monkeypatch)


@pytest.fixture(autouse=True)
def _fresh_undo_stack():
    undo.session_stack().clear()
    yield
    close_forms()
    undo.session_stack().clear()


@pytest.mark.parametrize("kind", list(CASES))
def test_record_lifecycle_by_keyboard(qtbot, office, tmp_path, dialogs, kind) -> None:
    db, ids, opener = office
    case = CASES[kind]
    preset = {k: ids[v] for k, v in case.preset.items()}
    form = show(qtbot, opener.open(kind, None, preset))
    assert not form.save_button.isEnabled()  # a blank form has required fields empty

    for name, value in case.fill:
        enter(qtbot, form, name, value)
    assert not form.errors(), [i.code for i in form.errors()]

    # an error blocks saving and is shown next to its field
    bad_field, bad_value, bad_code = case.bad
    enter(qtbot, form, bad_field, bad_value)
    assert bad_code in [i.code for i in form.errors()]
    assert form.issue_labels[bad_field].isVisible()
    assert not form.save_button.isEnabled()
    press(qtbot, form, "Ctrl+S")
    assert form.record_id is None
    good = dict(case.fill).get(bad_field, None if isinstance(bad_value, date) else "")
    enter(qtbot, form, bad_field, good)
    assert not form.errors(), [(i.field, i.code) for i in form.errors()]

    # create
    press(qtbot, form, "Ctrl+S")
    assert form.record_id is not None, [(i.field, i.code) for i in form.issues]
    record_id = form.record_id
    snap = stored(db, kind, record_id)
    for name, value in case.expect.items():
        assert snap.values[name] == value, name
    assert not form.is_dirty()

    # edit, then undo and redo the edit
    name, typed, value = case.edit
    before = snap.values[name]
    enter(qtbot, form, name, typed)
    assert form.is_dirty()
    form.save_button.setFocus()
    press(qtbot, form, "Ctrl+S")
    assert stored(db, kind, record_id).values[name] == value
    press(qtbot, form, "Ctrl+Z")
    assert stored(db, kind, record_id).values[name] == before
    assert form.bindings[name].get() in (before, None, "")  # the form shows the undo
    press(qtbot, form, "Ctrl+Shift+Z")
    assert stored(db, kind, record_id).values[name] == value

    # delete to the Trash (Del with the focus off any text field), then undo the delete
    dialogs.answer = QMessageBox.StandardButton.Yes
    form.save_button.setFocus()
    press(qtbot, form, "Del")
    assert stored(db, kind, record_id).deleted_at is not None
    assert not form.isVisible()
    undo.session_stack().undo()
    assert stored(db, kind, record_id).deleted_at is None

    # delete again and restore from the Trash page with the keyboard
    undo.session_stack().redo()
    assert stored(db, kind, record_id).deleted_at is not None
    trash = TrashPage(PageContext(db, Settings(tmp_path / "trash.ini")))
    qtbot.addWidget(trash)
    row = next(r for r in range(trash.model.rowCount()) if trash.model.row_at(r).id == record_id)
    trash.view.selectRow(row)
    qtbot.keyClick(trash.view, Qt.Key.Key_Return)
    assert stored(db, kind, record_id).deleted_at is None
    assert records.load(db, kind, record_id).values[name] == value
