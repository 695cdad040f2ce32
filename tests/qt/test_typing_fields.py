"""Fields typed like a clerk, key by key, in English, Russian and Turkmen; then saved and read
back from the database with plain SQL (not through the service that wrote them).

Covers issue 10 items 1 (Tab trap in an empty date), 2 (ISO date re-read as another day,
select-all then typing), 3 (3,85 saved as 385 in English), and every accepted and a set of
refused forms of dates, decimals, money, whole numbers, text and the signatory picker.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from desktop_app import i18n
from desktop_app.domain.enums import FinanceStatus, FundingSource, Instrument
from desktop_app.ui import undo
from desktop_app.ui.pages.coordinator_page import CoordinatorPage
from desktop_app.ui.sections import PageContext
from desktop_app.ui.settings import Settings

from ._forms_support import Dialogs, close_forms, make_opener, press, seed, show, type_text

LANGS = ["en", "ru", "tk"]


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


@pytest.fixture(params=LANGS)
def lang(request, qapp) -> str:
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")


def focused():
    return QApplication.focusWidget()


def sql_row(db, query: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(query), params).one()


def sql_rows(db, query: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(query), params).all()


def as_decimal(value) -> Decimal:
    return Decimal(str(value))


def as_date(value) -> date | None:
    return None if value is None else date.fromisoformat(str(value)[:10])


def retype(qtbot, widget, typed: str) -> None:
    """Select everything in the field, then type over it, key by key; then Tab away."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if typed:
        type_text(qtbot, widget, typed)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def pick(qtbot, form, field: str, label_text: str) -> None:
    combo = form.bindings[field].focus[0]
    if combo.currentIndex() >= 0:  # a pause, as a person makes: type-ahead starts afresh
        qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    type_text(qtbot, combo, label_text)
    assert combo.currentText() == label_text, (field, combo.currentText())


def save(qtbot, form) -> None:
    if not form.isActiveWindow():
        with qtbot.waitActive(form):
            form.activateWindow()
    assert form.save_button.isEnabled(), [f"{i.field}:{i.code}" for i in form.errors()]
    press(qtbot, form, "Ctrl+S")
    assert not form.is_dirty() and form.record_id is not None


# -- item 1: Tab leaves an empty date ------------------------------------------------------


def test_tab_leaves_an_empty_date_and_the_phone_goes_to_the_phone(qtbot, sqlite_database,
                                                                  tmp_path) -> None:  # fmt: skip
    """Issue 10 item 1: on the coordinator profile, Tab from the empty "Eligibility confirmed
    date" never left it, and a phone number typed next was stored as 09/09/2026."""
    undo.session_stack().clear()
    page = CoordinatorPage(PageContext(sqlite_database, Settings(tmp_path / "settings.ini")))
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitActive(page):
        page.activateWindow()
    form = page.form
    type_text(qtbot, form.bindings["name"].focus[0], "Ahal Welayat")
    start = form.bindings["eligibility_confirmed_date"].focus[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [w for b in form.bindings.values() for w in b.focus]
    phone = form.bindings["phone"].focus[0]
    for _ in range(chain.index(phone) - chain.index(start)):
        before = focused()
        assert before is not None
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        assert focused() is not before, "focus stuck"
    assert focused() is phone
    type_text(qtbot, phone, "+993 12 345678")
    qtbot.keyClick(phone, Qt.Key.Key_Tab)
    for name in ("kind", "country"):
        form.bindings[name].set(form.bindings[name].get() or {"kind": "territorial",
                                                              "country": "TM"}[name])  # fmt: skip
    save(qtbot, form)
    row = sql_row(sqlite_database, "SELECT eligibility_confirmed_date, phone FROM coordinator")
    assert row.eligibility_confirmed_date is None
    assert row.phone == "+993 12 345678"
    close_forms()
    undo.session_stack().clear()


def test_a_phone_number_typed_into_a_date_is_an_error_not_a_date(qtbot, office, lang) -> None:
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    retype(qtbot, form.bindings["rate_date"].focus[0], "+99312345678")
    assert form.bindings["rate_date"].focus[0].text() == "+99312345678"  # nothing lost
    assert "+99312345678" in form.issue_labels["rate_date"].message()
    assert not form.save_button.isEnabled()


# -- item 2: dates as typed ----------------------------------------------------------------

DATE_FORMS = ["2023-03-15", "2023-3-15", "15.03.2023", "15/03/2023", "15-03-2023", "15 03 2023"]


@pytest.mark.parametrize("typed", DATE_FORMS)
def test_every_accepted_date_form_is_saved_as_that_day(qtbot, office, lang, typed) -> None:
    """Item 2: "2023-03-15" was read section by section as 20/02/2026."""
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "TMT")
    edit = form.bindings["rate_date"].focus[0]
    retype(qtbot, edit, typed)
    shown = {"en": "15/03/2023", "ru": "15.03.2023", "tk": "15.03.2023"}[lang]
    assert edit.text() == shown  # leaving the field writes it in the language's one format
    retype(qtbot, form.bindings["units_per_eur"].focus[0], "3")
    save(qtbot, form)
    row = sql_row(db, "SELECT rate_date FROM exchange_rate")
    assert as_date(row.rate_date) == date(2023, 3, 15)


@pytest.mark.parametrize("typed", ["5.3.2024", "5/3/2024", "05.03.2024", "05/03/2024", "2024-3-5"])
def test_dates_without_leading_zeros(qtbot, office, lang, typed) -> None:
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "TMT")
    retype(qtbot, form.bindings["rate_date"].focus[0], typed)
    retype(qtbot, form.bindings["units_per_eur"].focus[0], "3")
    save(qtbot, form)
    assert as_date(sql_row(db, "SELECT rate_date FROM exchange_rate").rate_date) == date(2024, 3, 5)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("31.02.2024", {"en": "no such day", "ru": "несуществующий день", "tk": "gün ýok"}),
        ("15.03", {"en": "not a whole date", "ru": "не полная дата", "tk": "doly sene däl"}),
        ("15/03/23", {"en": "four", "ru": "четырьмя", "tk": "dört"}),
        ("yesterday", {"en": "is not a date", "ru": "не дата", "tk": "sene däl"}),
    ],
)
def test_impossible_or_partial_dates_are_errors_at_the_field(qtbot, office, lang, typed,
                                                             words) -> None:  # fmt: skip
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "TMT")
    retype(qtbot, form.bindings["units_per_eur"].focus[0], "3")
    retype(qtbot, form.bindings["rate_date"].focus[0], typed)
    message = form.issue_labels["rate_date"].message()
    assert words[lang] in message, message
    assert not form.save_button.isEnabled()
    press(qtbot, form, "Ctrl+S")  # the shortcut does not save either
    assert sql_row(db, "SELECT count(*) AS n FROM exchange_rate").n == 0


def test_select_all_then_typing_replaces_a_filled_date(qtbot, office, lang) -> None:
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "TMT")
    edit = form.bindings["rate_date"].focus[0]
    retype(qtbot, edit, "01.01.2020")
    retype(qtbot, form.bindings["units_per_eur"].focus[0], "3")
    save(qtbot, form)
    retype(qtbot, edit, "2021-06-30")
    save(qtbot, form)
    row = sql_row(db, "SELECT rate_date FROM exchange_rate")
    assert as_date(row.rate_date) == date(2021, 6, 30)


def test_an_optional_date_stays_empty_and_can_be_cleared(qtbot, office, lang) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    edit = form.bindings["status_date"].focus[0]
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # in and out of an empty date: still no date
    assert form.bindings["status_date"].get() is None and not form.is_dirty()
    retype(qtbot, edit, "01.02.2024")
    save(qtbot, form)
    row = sql_row(db, "SELECT status_date FROM signatory WHERE name = 'Almaty'")
    assert as_date(row.status_date) == date(2024, 2, 1)
    retype(qtbot, edit, "")
    save(qtbot, form)
    row = sql_row(db, "SELECT status_date FROM signatory WHERE name = 'Almaty'")
    assert row.status_date is None


# -- item 3 and the number rule ------------------------------------------------------------


def test_a_decimal_comma_in_english_is_never_a_thousands_separator(qtbot, office) -> None:
    """Issue 10 item 3: in English an exchange rate typed 3,85 was saved as 385."""
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "USD")
    retype(qtbot, form.bindings["rate_date"].focus[0], "31/01/2024")
    retype(qtbot, form.bindings["units_per_eur"].focus[0], "3,85")
    if form.save_button.isEnabled():
        press(qtbot, form, "Ctrl+S")
    stored = [as_decimal(r[0]) for r in sql_rows(db, "SELECT units_per_eur FROM exchange_rate")]
    assert stored == [Decimal("3.85")]


# (language, typed, stored, echo shown next to the field)
RATES_OK = [
    ("en", "3.85", "3.85", ""),
    ("en", "3,85", "3.85", "= 3.85"),  # item 3: was 385
    ("en", "1,234.5", "1234.5", ""),
    ("en", "0.00000125", "0.00000125", ""),
    ("ru", "3,85", "3.85", ""),
    ("ru", "3.85", "3.85", "= 3,85"),
    ("ru", "1 234,5", "1234.5", ""),
    ("tk", "3,85", "3.85", ""),
    ("tk", "3.85", "3.85", "= 3,85"),
    ("tk", "1 234,5", "1234.5", ""),
]


@pytest.mark.parametrize(("lang", "typed", "stored", "echo"), RATES_OK, indirect=["lang"])
def test_exchange_rates_are_stored_as_meant(qtbot, office, lang, typed, stored, echo) -> None:
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "USD")
    retype(qtbot, form.bindings["rate_date"].focus[0], "2024-01-31")
    edit = form.bindings["units_per_eur"].focus[0]
    retype(qtbot, edit, typed)
    assert edit.text() == typed  # what was typed stays; nothing was dropped
    assert edit.echo_text() == echo
    assert edit.echo.isVisible() is bool(echo)
    save(qtbot, form)
    assert as_decimal(sql_row(db, "SELECT units_per_eur FROM exchange_rate").units_per_eur) == (
        Decimal(stored)
    )


# (language, typed, words in the message)
RATES_REFUSED = [
    ("ru", "1.234", "1,234"),  # could be 1,234 or 1234: both named
    ("ru", "1.234", "1234"),
    ("tk", "1.234", "1,234"),
    ("en", "1,2,3", "1234.56"),  # the expected form, in the language's marks
    ("ru", "abc", "1234,56"),
    ("tk", "1e5", "1234,56"),
    ("en", "3.85.1", "1234.56"),
]


@pytest.mark.parametrize(("lang", "typed", "words"), RATES_REFUSED, indirect=["lang"])
def test_numbers_that_cannot_be_read_one_way_are_refused(qtbot, office, lang, typed,
                                                         words) -> None:  # fmt: skip
    db, _ids, opener = office
    form = show(qtbot, opener.open("exchange_rate"))
    pick(qtbot, form, "currency", "USD")
    retype(qtbot, form.bindings["rate_date"].focus[0], "2024-01-31")
    retype(qtbot, form.bindings["units_per_eur"].focus[0], typed)
    message = form.issue_labels["units_per_eur"].message()
    assert words in message and typed in message, message
    assert not form.save_button.isEnabled()
    press(qtbot, form, "Ctrl+S")
    assert sql_row(db, "SELECT count(*) AS n FROM exchange_rate").n == 0


MONEY = {
    "en": [("1,500,000", "1500000"), ("1500000.5", "1500000.50"), ("12,5", "12.50")],
    "ru": [("1 500 000", "1500000"), ("1500000,5", "1500000.50"), ("12.5", "12.50")],
    "tk": [("1 500 000", "1500000"), ("1500000,5", "1500000.50"), ("12.5", "12.50")],
}


def test_money_picker_text_and_dates_on_the_finance_form(qtbot, office, lang) -> None:
    """Picker (typed name), combos (typed labels), money with its currency, dates, text."""
    db, _ids, opener = office
    for typed, stored in MONEY[lang]:
        form = show(qtbot, opener.open("financial_support"))
        picker = form.bindings["signatory_id"].focus[0]
        picker.setFocus(Qt.FocusReason.TabFocusReason)
        type_text(qtbot, picker, "Ашхабад")
        qtbot.keyClick(picker, Qt.Key.Key_Tab)
        pick(qtbot, form, "instrument", i18n.label(Instrument.GRANT))
        pick(qtbot, form, "source", i18n.label(FundingSource.DONOR))
        pick(qtbot, form, "status", i18n.label(FinanceStatus.APPROVED))
        retype(qtbot, form.bindings["funder_name"].focus[0], f"Fund {typed}")
        retype(qtbot, form.bindings["amount"].focus[0], typed)
        pick(qtbot, form, "currency", "EUR")
        retype(qtbot, form.bindings["decision_date"].focus[0], "2024-05-02")
        save(qtbot, form)
        row = sql_row(
            db,
            "SELECT f.amount, f.currency, f.decision_date, f.instrument, s.name "
            "FROM financial_support f JOIN signatory s ON s.id = f.signatory_id "
            "WHERE f.funder_name = :funder",
            funder=f"Fund {typed}",
        )
        assert as_decimal(row.amount) == Decimal(stored)
        assert (row.currency, row.name) == ("EUR", "Ashgabat")
        assert as_date(row.decision_date) == date(2024, 5, 2)
        assert row.instrument == "grant"
        form._closing_ok = True
        form.close()


WHOLE_OK = {"en": [("253000", 253000), ("253,000", 253000)],
            "ru": [("253000", 253000), ("253 000", 253000)],
            "tk": [("253000", 253000), ("253 000", 253000)]}  # fmt: skip
WHOLE_REFUSED = {"en": ["2.5", "2,5", "many"], "ru": ["2,5", "2.500", "много"],
                 "tk": ["2,5", "2.500", "köp"]}  # fmt: skip


def test_whole_numbers(qtbot, office, lang) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    edit = form.bindings["population"].focus[0]
    for typed, stored in WHOLE_OK[lang]:
        retype(qtbot, edit, typed)
        save(qtbot, form)
        row = sql_row(db, "SELECT population FROM signatory WHERE name = 'Almaty'")
        assert row.population == stored
        retype(qtbot, edit, "1")
        save(qtbot, form)
    for typed in WHOLE_REFUSED[lang]:
        retype(qtbot, edit, typed)
        assert edit.text() == typed
        assert form.issue_labels["population"].message(), typed
        assert not form.save_button.isEnabled(), typed
    assert sql_row(db, "SELECT population FROM signatory WHERE name = 'Almaty'").population == 1


def test_messages_at_the_field_show_dates_in_the_language_format(qtbot, office, lang) -> None:
    """Dates in messages were ISO while the field showed 01/06/2024."""
    _db, _ids, opener = office
    form = show(qtbot, opener.open("energy_day"))
    retype(qtbot, form.bindings["start_date"].focus[0], "10.06.2024")
    retype(qtbot, form.bindings["end_date"].focus[0], "2024-06-01")
    message = form.issue_labels["end_date"].message()
    shown = {"en": ("01/06/2024", "10/06/2024")}.get(lang, ("01.06.2024", "10.06.2024"))
    assert all(day in message for day in shown), message
    assert "2024-06" not in message


# -- spin boxes (Preferences) --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [("45", 45), ("1,5", None), ("1.5", None), ("12,34", None), ("abc", None), ("9999", None)],
)
def test_preferences_spin_boxes_never_read_another_number(qtbot, tmp_path, lang, typed,
                                                          stored, monkeypatch) -> None:  # fmt: skip
    """QSpinBox dropped the comma key: "1,5" typed was saved as 15 in every language."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import dashboard_settings
    from desktop_app.ui.dialogs.preferences import PreferencesDialog

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warned.append(text))
    settings = Settings(tmp_path / "settings.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dashboard_settings.rule_settings(settings).due_soon_days
    spin = dialog.dashboard_page.spins["due_soon_days"]
    spin.setFocus()
    spin.lineEdit().selectAll()
    type_text(qtbot, spin.lineEdit(), typed)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Tab)
    assert spin.lineEdit().text() == typed  # nothing dropped, nothing put back
    dialog.accept()
    saved = dashboard_settings.rule_settings(Settings(settings.file_name)).due_soon_days
    if stored is None:
        assert len(warned) == 1
        assert typed in warned[0] or str(spin.maximum()) in warned[0], warned
        assert saved == before and dialog.isVisible()
    else:
        assert not warned and saved == stored


def test_calendar_arrows_and_clear_button(qtbot, office) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    field = form.bindings["status_date"].widget
    edit = field.edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # the calendar
    calendar = field._calendar
    assert calendar is not None and calendar.isVisible()
    from PySide6.QtCore import QDate

    calendar.setSelectedDate(QDate(2024, 2, 29))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # the day grid has focus
    assert not calendar.isVisible() and QApplication.focusWidget() is edit
    assert field.value() == date(2024, 2, 29)
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # a day later
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert field.value() == date(2024, 3, 1)
    save(qtbot, form)
    row = sql_row(db, "SELECT status_date FROM signatory WHERE name = 'Almaty'")
    assert as_date(row.status_date) == date(2024, 3, 1)
    assert field.clear_button.isVisible()  # optional: the ✕ empties it
    field.clear_button.click()
    save(qtbot, form)
    row = sql_row(db, "SELECT status_date FROM signatory WHERE name = 'Almaty'")
    assert row.status_date is None
    required = opener.open("exchange_rate").bindings["rate_date"].widget
    assert not required.clear_button.isVisibleTo(required)  # a required date has none
