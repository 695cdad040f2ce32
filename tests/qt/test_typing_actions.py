"""A mitigation action typed as a clerk types it, in each language, and read back from the
database: the signatory by type-ahead, the plan of that signatory, official codes chosen
by their translated labels, dates and decimals in the language's own forms; then a
completed action without its achieved figures warns, and an end before the start blocks
Save with the message under the field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.domain.plan_codes import ActionSector, ActionStatus, AreaOfIntervention
from desktop_app.ui import undo

from ._forms_support import Dialogs, close_forms, make_opener, seed, show, type_text
from .test_typing_fields import pick, retype, save


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


@pytest.mark.parametrize(
    ("lang", "start", "end", "cost", "co2"),
    [
        ("en", "01/04/2024", "30/09/2025", "1,250,000.50", "1234.56"),
        ("ru", "01.04.2024", "30.09.2025", "1 250 000,50", "1 234,56"),
        ("tk", "01.04.2024", "30.09.2025", "1250000,50", "1234,56"),
    ],
)
def test_an_action_typed_in_each_language_is_stored_as_typed(
    qtbot, office, lang, start, end, cost, co2
) -> None:
    assert i18n.install(lang)
    db, ids, opener = office
    form = show(qtbot, opener.open("mitigation_action"))
    picker = form.bindings["signatory_id"].focus[0]
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, picker, "Ashgabat")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    retype(qtbot, form.bindings["action_code"].focus[0], "M-07")
    retype(qtbot, form.bindings["title"].focus[0], "Heat meters in apartment blocks")
    pick(qtbot, form, "sector", i18n.label(ActionSector.RESIDENTIAL))
    pick(
        qtbot,
        form,
        "area",
        i18n.label(AreaOfIntervention.ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER),
    )
    pick(qtbot, form, "status", i18n.label(ActionStatus.ONGOING))
    retype(qtbot, form.bindings["start_date"].focus[0], start)
    retype(qtbot, form.bindings["end_date"].focus[0], end)
    retype(qtbot, form.bindings["cost"].focus[0], cost)
    pick(qtbot, form, "currency", "TMT")
    retype(qtbot, form.bindings["co2_reduction_t"].focus[0], co2)
    save(qtbot, form)
    with db.engine.connect() as conn:
        row = conn.execute(text(
            "SELECT a.action_code, a.sector, a.area, a.status, a.start_date, a.end_date, "
            "a.cost, a.currency, a.co2_reduction_t, s.name, p.title FROM mitigation_action a "
            "JOIN signatory s ON s.id = a.signatory_id "
            "LEFT JOIN action_plan p ON p.id = a.plan_id")).one()  # fmt: skip
    assert row.action_code == "M-07" and row.name == "Ashgabat"
    assert (row.sector, row.area, row.status) == (
        "RESIDENTIAL_BUILDINGS", "ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER", "ONGOING"
    )  # fmt: skip
    assert (str(row.start_date), str(row.end_date)) == ("2024-04-01", "2025-09-30")
    assert Decimal(str(row.cost)) == Decimal("1250000.50") and row.currency == "TMT"
    assert Decimal(str(row.co2_reduction_t)) == Decimal("1234.56")


def test_completed_without_achieved_warns_and_end_before_start_blocks(qtbot, office) -> None:
    _db, _ids, opener = office
    form = show(qtbot, opener.open("mitigation_action"))
    picker = form.bindings["signatory_id"].focus[0]
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, picker, "Almaty")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    retype(qtbot, form.bindings["title"].focus[0], "Street lighting")
    pick(qtbot, form, "sector", i18n.label(ActionSector.PUBLIC_LIGHTING))
    pick(qtbot, form, "status", i18n.label(ActionStatus.COMPLETED))
    issue = form.issue_labels["achieved_co2_reduction_t"]
    assert "monitoring" in issue.message() and form.save_button.isEnabled()
    retype(qtbot, form.bindings["start_date"].focus[0], "01/06/2024")
    retype(qtbot, form.bindings["end_date"].focus[0], "01/05/2024")
    assert not form.save_button.isEnabled()
    assert "Start" in form.issue_labels["end_date"].message()
    retype(qtbot, form.bindings["achieved_co2_reduction_t"].focus[0], "12.5")
    assert form.issue_labels["achieved_co2_reduction_t"].message() == ""


def test_finance_names_the_action_it_pays_for(qtbot, office) -> None:
    """The Finance form offers the chosen signatory's actions; the one picked is stored and
    the territory's finance-per-tonne figure counts it."""
    from desktop_app.services import records
    from desktop_app.services.action_figures import action_figures

    db, ids, opener = office
    action = records.save(
        db,
        "mitigation_action",
        {"signatory_id": ids["ashgabat"], "action_code": "M-01", "title": "LED street lighting",
         "sector": "PUBLIC_LIGHTING", "co2_reduction_t": Decimal("250")},
    )  # fmt: skip
    form = show(qtbot, opener.open("financial_support"))
    combo = form.bindings["action_id"].focus[0]
    picker = form.bindings["signatory_id"].focus[0]
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, picker, "Almaty")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    assert combo.count() == 1  # Almaty has no actions: only "(no action)"
    retype(qtbot, picker, "Ashgabat")
    assert [combo.itemText(i) for i in range(combo.count())][1:] == [
        "M-01 \u2014 LED street lighting"
    ]
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    pick(qtbot, form, "instrument", "Grant")
    pick(qtbot, form, "source", "Donor")
    retype(qtbot, form.bindings["amount"].focus[0], "5000")
    pick(qtbot, form, "currency", "EUR")
    pick(qtbot, form, "status", "Approved")
    retype(qtbot, form.bindings["decision_date"].focus[0], "01/03/2025")
    save(qtbot, form)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT action_id FROM financial_support")).scalar_one()
    assert str(stored).replace("-", "") == action.id.hex
    af = action_figures(db)
    assert (af.finance_eur, af.eur_per_tonne) == (Decimal("5000.00"), Decimal("20.00"))
