"""History "Revert field to this" on the newest change used to do nothing, silently.

Decision: on a change that is still the field's value, "Revert field to this" is off and
says why, and "Undo this change" gives the field back the value it had before; on an older
change it is the other way round. Tested with the mouse, read back from the database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.services import history

from ._forms_support import enter, show, stored
from .test_forms_keyboard import dialogs, office  # noqa: F401 - fixtures


def test_newest_change_offers_undo_not_a_revert_that_does_nothing(qtbot, office) -> None:  # noqa: F811
    db, ids, opener = office
    form = show(qtbot, opener.open("signatory", ids["almaty"]))
    enter(qtbot, form, "region", "South")
    assert form.save()
    enter(qtbot, form, "region", "North")
    assert form.save()
    panel = form.history
    newest = panel.tree.topLevelItem(0)
    assert [newest.text(c) for c in (2, 3, 4)] == ["Region", "South", "North"]
    panel.tree.setCurrentItem(newest)
    assert not panel.revert_field_button.isEnabled()
    assert "nothing to revert" in panel.revert_field_button.toolTip()
    assert panel.undo_change_button.isEnabled()
    qtbot.mouseClick(panel.undo_change_button, Qt.MouseButton.LeftButton)
    assert stored(db, "signatory", ids["almaty"]).values["region"] == "South"
    assert form.bindings["region"].get() == "South"

    # Now "South" came back: the first change (— to South) is current again, the
    # change to North is not, and each row offers the one button that does something.
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))  # the undo: North -> South
    assert panel.undo_change_button.isEnabled() and not panel.revert_field_button.isEnabled()
    to_north = next(
        panel.tree.topLevelItem(r)
        for r in range(panel.tree.topLevelItemCount())
        if panel.tree.topLevelItem(r).text(4) == "North"
    )
    panel.tree.setCurrentItem(to_north)
    assert panel.revert_field_button.isEnabled() and not panel.undo_change_button.isEnabled()
    assert "changed again since" in panel.undo_change_button.toolTip()
    qtbot.mouseClick(panel.revert_field_button, Qt.MouseButton.LeftButton)
    assert stored(db, "signatory", ids["almaty"]).values["region"] == "North"


def test_field_is_current_follows_the_trail(sqlite_database) -> None:
    from desktop_app.services import records

    first = records.save(
        sqlite_database, "signatory", {"name": "Mary", "country": "TM", "region": "A"}
    )
    rid = first.id
    records.save(sqlite_database, "signatory", {"region": "B"}, rid, first.version)
    entries = history.record_history(sqlite_database, "signatory", rid)
    change = next(e for e in entries if e.field == "region")
    assert history.field_is_current(entries, change)
    assert not history.field_is_current(entries, entries[0])  # the insert is no field change
