"""Backup & Restore window, recovery dialog and History dialog, driven like a user would."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from desktop_app.domain.models import Signatory
from desktop_app.services import backup, recovery
from desktop_app.services.database import open_database
from desktop_app.ui.dialogs.backup_window import BackupWindow
from desktop_app.ui.dialogs.history_dialog import HistoryDialog
from desktop_app.ui.dialogs.recovery_dialog import RecoveryDialog
from tests.db._sample_data import fill

SHOTS = os.environ.get("COORDINATOR_DESK_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_back_up_now_then_restore_selected(qtbot, sqlite_database, tmp_path, monkeypatch) -> None:
    ids = fill(sqlite_database, 3)
    settings = backup.BackupSettings(folder=tmp_path / "b")
    window = BackupWindow(sqlite_database, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.table.rowCount() == 0
    qtbot.mouseClick(window.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.job is None and window.table.rowCount() == 1, timeout=20000)
    assert window.table.item(0, 1).text() == "Manual"
    assert window.table.item(0, 3).text() == "15"
    tip = window.table.item(0, 3).toolTip().splitlines()  # what it holds, by record names
    assert "Signatories: 3" in tip and "History entries: 15" in tip, tip
    assert not [line for line in tip if "_" in line or line[:1].islower()], tip
    with sqlite_database.transaction("gui") as s:
        s.get(Signatory, ids[0]).name = "Renamed"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.table.selectRow(0)
    with qtbot.waitSignal(window.restored, timeout=20000):
        qtbot.mouseClick(window.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert "1 changed" in window.status.text()
    assert window.table.rowCount() == 2  # plus the safety copy taken first
    reasons = {window.table.item(r, 1).text() for r in range(2)}
    assert reasons == {"Manual", "Before a restore"}
    _shot(window, "backup_window")
    with sqlite_database.session() as s:
        assert s.get(Signatory, ids[0]).name == "Town 0"


def test_restore_of_a_bad_file_is_a_message(qtbot, sqlite_database, tmp_path, monkeypatch):
    fill(sqlite_database, 1)
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("hello")
    window = BackupWindow(sqlite_database, backup.BackupSettings(folder=tmp_path / "b"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.restore(bad)
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert "is not a Coordinator Desk backup file" in window.status.text()


def test_recovery_dialog_restores_newest_good_backup(qtbot, tmp_path, monkeypatch) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    fill(db, 4)
    backup.create_backup(db, reason="daily")
    db.dispose()
    with path.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(8192))
    try:
        open_database(str(path))
    except Exception as exc:  # noqa: BLE001 - the error is what the dialog is built from
        error = exc
    assert error.code in recovery.RECOVERABLE
    dialog = RecoveryDialog(error, path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "19 records" in dialog.offer.text() and "daily" in dialog.offer.text()
    _shot(dialog, "recovery_dialog")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.result_info is not None and dialog.result_info.moved_aside.exists()
    open_database(str(path)).dispose()


def test_history_dialog_undo_and_conflict(qtbot, sqlite_database, monkeypatch) -> None:
    (sid,) = fill(sqlite_database, 1)
    with sqlite_database.transaction("gui", user="editor") as s:
        s.get(Signatory, sid).population = 5
    dialog = HistoryDialog(sqlite_database, "signatory", sid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 3).text() == "Population"
    assert (dialog.table.item(1, 4).text(), dialog.table.item(1, 5).text()) == ("1000", "5")
    _shot(dialog, "history_dialog")
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Reverted."
    assert dialog.table.rowCount() == 3 and dialog.table.item(2, 1).text()
    with sqlite_database.session() as s:
        assert s.scalar(select(Signatory.population)) == 1000
    # someone else edits while the dialog is open: returning to a moment is refused
    with sqlite_database.transaction("gui", user="colleague") as s:
        s.get(Signatory, sid).region = "Mary"
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert warnings and "colleague" in warnings[0]
    with sqlite_database.session() as s:
        assert s.scalar(select(Signatory.region)) == "Mary"


def test_start_up_offers_recovery_and_takes_the_daily_backup(qtbot, tmp_path, monkeypatch):
    from desktop_app.ui import app
    from desktop_app.ui.dialogs import recovery_dialog

    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    fill(db, 2)
    backup.create_backup(db)
    db.dispose()
    with path.open("r+b") as fh:
        fh.seek(4096 * 3)
        fh.write(os.urandom(8192))
    offered = []

    def accept(parent, error, db_path):  # the user clicks "Restore this backup"
        offered.append(error.code)
        recovery.recover_from(recovery.newest_good_backup(db_path), db_path)
        return True

    monkeypatch.setattr(recovery_dialog, "offer_recovery", accept)
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(tmp_path / "settings.ini"))
    db = app._open_database(str(path), None, offer_backup=True)
    assert db is not None and offered == ["corrupt_database"]
    try:
        app._start_daily_backup(db)
        qtbot.waitUntil(
            lambda: bool(list((tmp_path / "backups").glob("*-daily.sqlite3"))), timeout=20000
        )
    finally:
        from desktop_app.ui.operations import tasks  # the one task manager owns the job

        qtbot.waitUntil(lambda: not tasks().running(), timeout=20000)
        db.dispose()


def test_restoring_another_offices_backup_asks_naming_both(qtbot, tmp_path, monkeypatch):
    """The window lists only this database's backups; another office's file, chosen by
    hand, is restored only after a warning that names both offices."""
    ours = open_database(str(tmp_path / "ours.sqlite3"))
    theirs = open_database(str(tmp_path / "theirs.sqlite3"))
    try:
        fill(ours, 2)
        fill(theirs, 6)
        settings = backup.BackupSettings(folder=tmp_path / "shared")
        backup.create_backup(theirs, settings=settings)  # in the same folder as ours
        foreign = backup.create_backup(theirs, tmp_path / "usb.sqlite3").path
        window = BackupWindow(ours, settings)
        qtbot.addWidget(window)
        assert window.table.rowCount() == 0  # the other office's backup is not offered
        warnings: list[str] = []

        def answer(reply):  # type: ignore[no-untyped-def]
            def warning(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
                warnings.append(text)
                return reply

            return warning

        monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.No))
        window.restore(foreign)
        assert len(warnings) == 1 and "another office" in warnings[0]
        with ours.session() as s:
            assert len(s.scalars(select(Signatory)).all()) == 2  # declined: nothing changed
        monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Yes))
        with qtbot.waitSignal(window.restored, timeout=20000):
            window.restore(foreign)
        qtbot.waitUntil(lambda: window.job is None, timeout=20000)
        with ours.session() as s:
            assert len(s.scalars(select(Signatory)).all()) == 6
    finally:
        ours.dispose()
        theirs.dispose()


def test_restore_of_an_encrypted_copy_asks_for_its_passphrase(
    qtbot, sqlite_database, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.services import backup_crypto

    ids = fill(sqlite_database, 2)
    plain = backup.create_backup(sqlite_database, tmp_path / "saved.sqlite3").path
    enc = backup_crypto.encrypt_file(plain, tmp_path / "usb" / (plain.name + ".cdenc"), "s3cret")
    with sqlite_database.transaction("gui") as s:
        s.get(Signatory, ids[0]).name = "Renamed"
    monkeypatch.delenv(backup_crypto.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(backup_crypto, "_remembered", None)
    window = BackupWindow(sqlite_database, backup.BackupSettings(folder=tmp_path / "b"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    window.restore(enc)
    assert "Wrong passphrase" in window.status.text()
    with sqlite_database.session() as s:
        assert s.get(Signatory, ids[0]).name == "Renamed"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.restored, timeout=20000):
        window.restore(enc)
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    with sqlite_database.session() as s:
        assert s.get(Signatory, ids[0]).name == "Town 0"
