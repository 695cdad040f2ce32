"""The window on an office server: who is signed in, a viewer's read-only forms, hidden
actions, and the sign-in dialog (real PostgreSQL server, offscreen Qt)."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop_app.db.errors import DatabaseError
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.ui.dialogs import sign_in
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings
from tests.db.office_server_support import Office, admin_sql, office
from tests.qt._forms_support import close_forms, enter, press, show


@pytest.fixture(scope="module")
def server() -> Office:  # type: ignore[misc]
    with office() as found:
        db = open_database(found.url())
        try:
            rate = {"currency": "USD", "rate_date": date(2026, 1, 5), "source": "ECB"}
            records.save(db, "exchange_rate", rate | {"units_per_eur": Decimal("1.08")})
        finally:
            db.dispose()
        yield found


def _window(qtbot, server: Office, role: str, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    db = open_database(server.as_role(role), create=False)
    win = MainWindow(Settings(tmp_path / "settings.ini"), db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The window's background reads end (and are delivered) before its database closes."""
    from desktop_app.ui.operations import tasks

    assert tasks().wait_idle(20_000)
    qtbot.wait(50)


def _rid(server: Office):  # type: ignore[no-untyped-def]
    import uuid

    rows = admin_sql("SELECT id FROM exchange_rate", server.name)
    return uuid.UUID(str(rows[0][0]))


def test_a_viewer_sees_who_and_reads_but_cannot_change(
    qtbot, server: Office, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, server, "viewer", tmp_path)
    try:
        login = server.users["viewer"]
        assert win.account_label.isVisible()
        assert win.account_label.text() == f"Signed in as {login} (viewer)"
        assert not win.new_record_action.isVisible()
        win.menus["file"].aboutToShow.emit()  # the Excel actions arrive with the menu
        assert not win.excel_import_action.isVisible()
        assert not win.excel_export_action.isVisible()
        trash = win.show_section("trash")
        assert trash is not None and not trash.restore_button.isVisible()
        reports = win.show_section("reports")  # makes and checks reports, signs nothing
        assert reports is not None and reports.pdf_button.isVisibleTo(reports)
        assert reports.verify_button.isVisibleTo(reports)
        assert not reports.submit_button.isVisibleTo(reports)
        assert not reports.record_button.isVisibleTo(reports)
        form = show(qtbot, win.forms.open("exchange_rate", _rid(server)))
        source = form.bindings["source"].focus[0]
        assert isinstance(source, QLineEdit) and source.isReadOnly()
        source.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClicks(source, "Forged")
        assert source.text() == "ECB"
        assert not form.save_button.isVisible() and not form.trash_button.isVisible()
        press(qtbot, form, "Ctrl+S")
        press(qtbot, form, "Del")
        assert "viewer" in form.status_label.text()
        rows = admin_sql("SELECT source, deleted_at IS NULL FROM exchange_rate", server.name)
        assert rows == [("ECB", True)]
    finally:
        close_forms()
        _settle(qtbot)
        win.db.dispose()


def test_an_editor_edits_under_their_login(qtbot, server: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, server, "editor", tmp_path)
    try:
        login = server.users["editor"]
        assert win.account_label.text() == f"Signed in as {login} (editor)"
        assert win.new_record_action.isVisible()
        trash = win.show_section("trash")
        assert trash is not None and trash.restore_button.isVisibleTo(trash)  # editors restore
        reports = win.show_section("reports")
        assert reports is not None and reports.submit_button.isVisibleTo(reports)
        assert reports.record_button.isVisibleTo(reports)
        form = show(qtbot, win.forms.open("exchange_rate", _rid(server)))
        assert form.save_button.isVisible()
        enter(qtbot, form, "source", "Central bank")
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not form.is_dirty(), timeout=10_000)
        rows = admin_sql(
            "SELECT r.source, r.updated_by, a.changed_by FROM exchange_rate r JOIN audit_entry a "
            "ON a.record_id = r.id AND a.field = 'source'",
            server.name,
        )
        assert rows == [("Central bank", login, login)]
    finally:
        close_forms()
        _settle(qtbot)
        win.db.dispose()


def test_an_admin_may_restore_from_the_trash(qtbot, server: Office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = _window(qtbot, server, "admin", tmp_path)
    try:
        assert win.account_label.text().endswith("(admin)")
        trash = win.show_section("trash")
        assert trash is not None and trash.restore_button.isVisibleTo(trash)
    finally:
        _settle(qtbot)
        win.db.dispose()


def test_sqlite_shows_no_account(qtbot, sqlite_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    assert not win.account_label.isVisible() and win.new_record_action.isVisible()


def test_sign_in_dialog_asks_masked_and_keeps_the_password_out_of_settings(
    qtbot, server: Office, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """With trust authentication the server never asks, so the refusal libpq gives is made
    here; the dialog, the retry and where the password goes are the real ones."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    url = server.as_role("editor")
    asked = DatabaseError("unreachable", url=url, detail="fe_sendauth: no password supplied")
    assert sign_in.needs_password(asked)
    assert not sign_in.needs_password(DatabaseError("unreachable", url=url, detail="timeout"))
    seen: list[sign_in.SignInDialog] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, sign_in.SignInDialog)
        seen.append(dialog)
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
        qtbot.keyClicks(dialog.password, "Ed1tor-secret")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_password)
    assert sign_in.ask(None, url, asked)
    assert os.environ["PGPASSWORD"] == "Ed1tor-secret"
    dialog = seen[0]
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert server.users["editor"] in labels and f"127.0.0.1:5432 / {server.name}" in labels
    assert (dialog.remember is None) == (sign_in._keyring() is None)  # only with a keyring
    db = open_database(url, create=False)  # the retry the window makes: it connects
    db.dispose()
    for folder in (os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"], tmp_path):
        for path in Path(folder).rglob("*"):
            if path.is_file():
                assert b"Ed1tor-secret" not in path.read_bytes(), path
    monkeypatch.delenv("PGPASSWORD")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())  # type: ignore[union-attr]
    assert not sign_in.ask(None, url, asked)  # cancelled: nothing set, the error is shown
    assert "PGPASSWORD" not in os.environ


def _restore_in_the_trash(qtbot, trash) -> None:  # type: ignore[no-untyped-def]
    """Refresh the Trash, click its one row, click Restore, as a clerk would."""
    qtbot.mouseClick(trash.refresh_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 1
    rect = trash.view.visualRect(trash.model.index(0, 0))
    qtbot.mouseClick(trash.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert trash.restore_button.isEnabled()
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)


def test_an_editor_restores_from_the_trash_what_was_trashed(
    qtbot, server: Office, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Moving to the Trash is an editor's, and so is bringing back from it: by Undo and by
    the Trash's Restore, under their login. On a server prepared before this rule (not
    prepared again since), the server refuses and the window says so in words."""
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.ui import undo
    from tests.db.office_server_support import trash_kept_to_admins

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    deleted = "SELECT deleted_at IS NOT NULL FROM exchange_rate"
    win = _window(qtbot, server, "editor", tmp_path)
    login = server.users["editor"]
    try:
        rid = _rid(server)
        undo.trash(win.db, "exchange_rate", [rid], ["USD"])
        assert admin_sql(deleted, server.name) == [(True,)]
        undo.session_stack().undo()
        assert said == [] and admin_sql(deleted, server.name) == [(False,)]
        undo.trash(win.db, "exchange_rate", [rid], ["USD"])
        trash = win.show_section("trash")
        _restore_in_the_trash(qtbot, trash)
        assert said == [] and admin_sql(deleted, server.name) == [(False,)]
        assert trash.result_label.text().startswith("1 record")  # what came back is said
        restores = admin_sql(
            f"SELECT changed_by FROM audit_entry WHERE record_id = '{rid}' AND action = 'restore'",
            server.name,
        )
        assert restores == [(login,), (login,)]
        with trash_kept_to_admins(server):
            undo.trash(win.db, "exchange_rate", [rid], ["USD"])
            _restore_in_the_trash(qtbot, trash)
            assert len(said) == 1 and "may not make it" in said[0] and "admin role" in said[0]
            assert admin_sql(deleted, server.name) == [(True,)]
    finally:
        admin_sql("UPDATE exchange_rate SET deleted_at = NULL", server.name)
        _settle(qtbot)
        win.db.dispose()


@pytest.mark.parametrize("role", ["viewer", "editor", "admin"])
def test_backup_window_offers_restore_to_admins_only(
    qtbot, server: Office, tmp_path: Path, role: str
) -> None:  # type: ignore[no-untyped-def]
    """Everyone may back up; restoring a backup is an admin's (the server refuses it to the
    others), so the others see no Restore button and a line naming the role it needs."""
    from desktop_app.services import backup
    from desktop_app.ui.dialogs.backup_window import BackupWindow

    db = open_database(server.as_role(role), create=False)
    try:
        window = BackupWindow(db, backup.BackupSettings(folder=tmp_path / "backups"))
        qtbot.addWidget(window)
        window.show()
        qtbot.mouseClick(window.backup_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.job is None and window.table.rowCount() == 1, timeout=30_000)
        assert len(list((tmp_path / "backups").rglob("*.sqlite3"))) == 1  # the copy is written
        window.table.selectRow(0)
        admin = role == "admin"
        assert window.restore_button.isVisibleTo(window) is admin
        assert window.file_button.isVisibleTo(window) is admin
        assert window.rights.isVisibleTo(window) is not admin
        if admin:
            assert window.restore_button.isEnabled()
        else:
            text = window.rights.text()
            assert f"{server.users[role]} is signed in as {role}" in text
            assert "needs the admin role" in text
    finally:
        _settle(qtbot)
        db.dispose()
