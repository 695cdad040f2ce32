"""The conflict dialog, the duplicate warning and the unsaved-changes prompt, driven through
real forms; QMessageBox and dialog exec() are replaced so nothing blocks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QRadioButton

from desktop_app.services import records
from desktop_app.ui import undo
from desktop_app.ui.dialogs.conflict_dialog import MINE, THEIRS, ConflictDialog

from ._forms_support import Dialogs, close_forms, enter, make_opener, press, seed, show, stored


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    return Dialogs().install(monkeypatch)


@pytest.fixture
def office(sqlite_database, tmp_path):
    undo.session_stack().clear()
    yield sqlite_database, seed(sqlite_database), make_opener(sqlite_database, tmp_path)
    close_forms()
    undo.session_stack().clear()


def test_conflict_shows_both_versions_and_saves_the_choice(qtbot, office, monkeypatch) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["ashgabat"]))
    enter(qtbot, form, "region", "Ahal")
    enter(qtbot, form, "phone", "+993 12 000000")
    # meanwhile another window saves the same record
    theirs = records.save(
        db, "signatory", {"region": "Ashgabat city", "email": "info@ashgabat.tm"},
        id=ids["ashgabat"], user="olga",
    )  # fmt: skip
    seen: dict[str, object] = {}

    def decide(dialog: ConflictDialog) -> int:
        seen["fields"] = list(dialog.fields)
        seen["defaults"] = {f: dialog.choice(f) for f in dialog.fields}
        seen["text"] = [b.text() for g in dialog.groups.values() for b in g.buttons()]
        dialog.show()
        qtbot.waitExposed(dialog)
        theirs = dialog.findChild(QRadioButton, "region_theirs")
        at = QPoint(theirs.height() // 2, theirs.height() // 2)  # on the round indicator
        qtbot.mouseClick(theirs, Qt.MouseButton.LeftButton, pos=at)
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", decide)
    press(qtbot, form, "Ctrl+S")
    assert set(seen["fields"]) == {"region", "phone", "email"}
    # what I edited starts on "mine", what only they changed on "theirs"
    assert seen["defaults"] == {"region": MINE, "phone": MINE, "email": THEIRS}
    assert "Ahal" in seen["text"] and "Ashgabat city" in seen["text"]
    after = stored(db, "signatory", ids["ashgabat"])
    assert after.values["region"] == "Ashgabat city"  # theirs, chosen per field
    assert after.values["phone"] == "+993 12 000000"  # mine
    assert after.values["email"] == "info@ashgabat.tm"  # theirs, untouched
    assert after.version == theirs.version + 1
    assert not form.is_dirty() and form.version == after.version


def test_cancelled_conflict_writes_nothing(qtbot, office, monkeypatch) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["ashgabat"]))
    enter(qtbot, form, "region", "Ahal")
    theirs = records.save(db, "signatory", {"region": "Balkan"}, id=ids["ashgabat"])
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert not form.save()
    assert stored(db, "signatory", ids["ashgabat"]).version == theirs.version
    assert stored(db, "signatory", ids["ashgabat"]).values["region"] == "Balkan"
    assert form.is_dirty()  # my edit is still on screen


def test_keep_all_mine_button(qtbot, office, monkeypatch) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["ashgabat"]))
    enter(qtbot, form, "region", "Ahal")
    records.save(db, "signatory", {"region": "Balkan", "phone": "1"}, id=ids["ashgabat"])

    def all_mine(dialog: ConflictDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.mouseClick(dialog.all_mine, Qt.MouseButton.LeftButton)
        dialog.hide()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictDialog, "exec", all_mine)
    assert form.save()
    values = stored(db, "signatory", ids["ashgabat"]).values
    assert values["region"] == "Ahal"
    assert values["phone"] == ""  # "mine" for every field: the phone I saw (empty) wins


def _answer_duplicate(monkeypatch, caption: str) -> list[str]:
    texts: list[str] = []

    def exec_(box: QMessageBox) -> int:
        texts.append(box.text())
        button = next(b for b in box.buttons() if caption in b.text().replace("&", ""))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return texts


def test_duplicate_signatory_across_scripts_offers_the_existing_one(
    qtbot, office, monkeypatch
) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory"))
    enter(qtbot, form, "name", "Ashkhabad")  # the Russian spelling, in Latin letters
    enter(qtbot, form, "country", "Turkm")
    texts = _answer_duplicate(monkeypatch, "Open the existing one")
    press(qtbot, form, "Ctrl+S")
    assert texts and "Ashgabat" in texts[0] and "Turkmenistan" in texts[0]
    assert len([r for r in records.trash_rows(db)]) == 0
    opened = opener.forms.get(("signatory", ids["ashgabat"]))
    assert opened is not None and opened.isVisible()  # the existing record is open instead
    names = [c.name for c in opener.directory().choices]
    assert names.count("Ashgabat") == 1 and "Ashkhabad" not in names


def test_duplicate_can_still_be_saved_as_new(qtbot, office, monkeypatch) -> None:
    db, _ids, opener = office
    form = show(qtbot, opener.open("signatory"))
    enter(qtbot, form, "name", "Ashgabat")
    enter(qtbot, form, "local_name", "Ашгабат")
    enter(qtbot, form, "country", "Turkm")
    _answer_duplicate(monkeypatch, "Save as a new signatory")
    assert form.save()
    assert form.record_id is not None


def test_same_name_in_another_country_is_no_duplicate(qtbot, office, monkeypatch) -> None:
    _db, _ids, opener = office
    form = show(qtbot, opener.open("signatory"))
    enter(qtbot, form, "name", "Ashgabat")
    enter(qtbot, form, "country", "Kazak")
    texts = _answer_duplicate(monkeypatch, "Cancel")
    assert form.save()
    assert texts == []


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_leaving_a_changed_form_asks(qtbot, office, dialogs, answer, closed, saved) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    press(qtbot, form, "Esc")  # unchanged: closes without asking
    assert dialogs.shown == []
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    enter(qtbot, form, "region", "Almaty region")
    dialogs.answer = answer
    form.save_button.setFocus()
    press(qtbot, form, "Esc")
    assert [t for t, _ in dialogs.shown] == ["Unsaved changes"]
    assert (("signatory", ids["almaty"]) not in opener.forms) == closed
    region = stored(db, "signatory", ids["almaty"]).values["region"]
    assert region == ("Almaty region" if saved else "")


def test_trash_needs_confirmation(qtbot, office, dialogs) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    dialogs.answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(form.trash_button, Qt.MouseButton.LeftButton)
    assert stored(db, "signatory", ids["almaty"]).deleted_at is None
    assert form.isVisible()


def test_undo_is_refused_when_someone_changed_the_record_since(qtbot, office, dialogs) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    enter(qtbot, form, "region", "South")
    assert form.save()
    records.save(db, "signatory", {"region": "North"}, id=ids["almaty"], user="olga")
    undo.session_stack().undo()
    assert stored(db, "signatory", ids["almaty"]).values["region"] == "North"
    assert any("olga" in text for _t, text in dialogs.shown)


def test_date_cleared_with_delete(qtbot, office) -> None:
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    assert form.bindings["adhesion_date"].get() == date(2016, 1, 1)
    enter(qtbot, form, "adhesion_date", None)
    assert "adhesion_date_missing" in [i.code for i in form.issues]  # a warning: Save allowed
    assert form.save_button.isEnabled()
    assert form.save()
    assert stored(db, "signatory", ids["almaty"]).values["adhesion_date"] is None
