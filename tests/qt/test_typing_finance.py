"""Issue 10 item 4: a finance amount shows its EUR equivalent as typed, with the rate and
its date, and warns (offering to add the rate) when no rate exists on or before the day.

The expected euros are literals worked out by hand: 1,500,000 / 3.85 = 389,610.3896...
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.domain.enums import FundingSource, Instrument
from desktop_app.services import records
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


def fill_finance(qtbot, form, amount: str, currency: str, day: str) -> None:
    picker = form.bindings["signatory_id"].focus[0]
    picker.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, picker, "Ashgabat")
    qtbot.keyClick(picker, Qt.Key.Key_Tab)
    pick(qtbot, form, "instrument", i18n.label(Instrument.GRANT))
    pick(qtbot, form, "source", i18n.label(FundingSource.DONOR))
    retype(qtbot, form.bindings["amount"].focus[0], amount)
    pick(qtbot, form, "currency", currency)
    retype(qtbot, form.bindings["decision_date"].focus[0], day)


@pytest.mark.parametrize(
    ("lang", "amount", "missing", "shown"),
    [
        ("en", "1500000", "No exchange rate for TMT on or before 02/05/2024",
         "= 389,610.39 EUR at 3.85 TMT per euro (rate of 01/05/2024)"),
        ("ru", "1 500 000", "TMT|02.05.2024",
         "389\u00a0610,39"),
        ("tk", "1500000", "TMT|02.05.2024",
         "389\u00a0610,39"),
    ],
)  # fmt: skip
def test_missing_rate_warns_offers_to_add_it_then_shows_the_euros(
    qtbot, office, lang, amount, missing, shown
) -> None:
    assert i18n.install(lang)
    db, _ids, opener = office
    form = show(qtbot, opener.open("financial_support"))
    fill_finance(qtbot, form, amount, "TMT", "2024-05-02")
    line = form.eur
    assert line.isVisible() and line.add_rate.isVisible()
    assert all(part in line.text.text() for part in missing.split("|")), line.text.text()
    assert "2024" in line.text.text()
    line.add_rate.click()  # opens a new exchange rate for TMT on the decision date
    rate_form = next(f for f in opener.open_forms() if f.KIND == "exchange_rate")
    show(qtbot, rate_form)
    assert rate_form.bindings["currency"].get() == "TMT"
    assert str(rate_form.bindings["rate_date"].get()) == "2024-05-02"
    retype(qtbot, rate_form.bindings["rate_date"].focus[0], "2024-05-01")
    retype(qtbot, rate_form.bindings["units_per_eur"].focus[0], "3,85" if lang != "en" else "3.85")
    save(qtbot, rate_form)
    # the finance form follows the new rate without being touched
    assert not line.add_rate.isVisible()
    assert shown in line.text.text(), line.text.text()
    assert "3,85" in line.text.text() or "3.85" in line.text.text()
    save(qtbot, form)
    with db.engine.connect() as conn:
        stored = conn.execute(text("SELECT amount, currency FROM financial_support")).one()
    assert (Decimal(str(stored.amount)), stored.currency) == (Decimal("1500000"), "TMT")


def test_the_rate_before_the_day_is_used_never_a_later_one(qtbot, office) -> None:
    db, _ids, opener = office
    for day, rate in (("2024-01-01", "4"), ("2024-06-01", "5")):
        records.save(db, "exchange_rate", {"currency": "USD", "rate_date": day,
                                           "units_per_eur": Decimal(rate)})  # fmt: skip
    form = show(qtbot, opener.open("financial_support"))
    fill_finance(qtbot, form, "1000", "USD", "2024-05-31")
    assert "= 250.00 EUR at 4 USD per euro (rate of 01/01/2024)" in form.eur.text.text()
    retype(qtbot, form.bindings["decision_date"].focus[0], "2024-06-01")
    assert "= 200.00 EUR at 5 USD per euro (rate of 01/06/2024)" in form.eur.text.text()
    retype(qtbot, form.bindings["decision_date"].focus[0], "2023-12-31")
    assert form.eur.add_rate.isVisible()
    retype(qtbot, form.bindings["decision_date"].focus[0], "")
    assert "decision date" in form.eur.text.text() and not form.eur.add_rate.isVisible()
    pick(qtbot, form, "currency", "EUR")
    assert not form.eur.isVisible()  # euros need no conversion
