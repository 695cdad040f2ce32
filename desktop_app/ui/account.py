"""Who is signed in to an office server, shown and obeyed by the window (no rules here).

The server enforces the rights (services/server_accounts.py); the window only stops
offering what the signed-in role may not do: the status bar names the login and its role,
a viewer's forms are read-only and lose Save and Move to Trash, New record, Import and
Export are hidden from viewers, and so is the Trash's Restore (an editor's, as moving to
the Trash is); restoring a backup is an admin's (dialogs/backup_window.py). On SQLite, or a
PostgreSQL database not prepared as an office server, nothing changes.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel

from ..i18n import tr

if TYPE_CHECKING:
    from ..db.session import Database
    from ..services.server_accounts import SignedIn
    from .pages.page import Page

_WHO: weakref.WeakKeyDictionary[Any, SignedIn | None] = weakref.WeakKeyDictionary()
"""The account of each open database, by engine (read once when the window gets it)."""


def signed_in(db: Database | None) -> SignedIn | None:
    if db is None or db.is_sqlite:
        return None
    key = db.engine  # a Database is a dataclass (not hashable); its engine lives as long
    if key not in _WHO:
        from ..services.server_accounts import signed_in as read

        try:
            _WHO[key] = read(db)
        except Exception:  # noqa: BLE001 - the window still opens; the server still decides
            _WHO[key] = None
    return _WHO[key]


def may(db: Database | None, role: str) -> bool:
    """Whether the window should offer what `role` may do (True off an office server)."""
    who = signed_in(db)
    return who is None or who.may(role)


def role_label(role: str | None) -> str:
    labels = {
        "viewer": tr("Roles", "viewer"),
        "editor": tr("Roles", "editor"),
        "admin": tr("Roles", "admin"),
    }
    return labels.get(role or "", tr("Roles", "no role"))


def follow(window: Any) -> None:
    """After the window got a database: the status bar's account label and its actions."""
    label = getattr(window, "account_label", None)
    if label is None:
        label = window.account_label = QLabel(window)
        label.setObjectName("account")
        window.statusBar().addPermanentWidget(label)
        window.menus["file"].aboutToShow.connect(lambda: _actions(window))
    who = signed_in(window.db)
    label.setVisible(who is not None)
    if who is not None:
        label.setText(
            tr("Account", "Signed in as {login} ({role})").format(
                login=who.login, role=role_label(who.role)
            )
        )
        label.setToolTip(tr("Account", "Your account on the office server and its role"))
    _actions(window)


def _actions(window: Any) -> None:
    editor = may(window.db, "editor")
    for name in ("new_record_action", "excel_import_action", "excel_export_action"):
        action = getattr(window, name, None)
        if action is not None:
            action.setVisible(editor)
    for page in window.pages.values():
        restrict_page(page, window.db)


def restrict_page(page: Page, db: Database | None) -> None:
    page.apply_role(may(db, "editor"))


def restrict_form(form: Any, db: Database | None) -> None:
    """A viewer's form shows the record and changes nothing: fields read-only, no Save,
    no Move to Trash, and the keys for them do nothing."""
    if may(db, "editor"):
        return
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    for binding in getattr(form, "bindings", {}).values():
        for widget in [binding.widget, *binding.widget.findChildren(QLineEdit)]:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
                widget.setReadOnly(True)
            elif isinstance(widget, (QComboBox, QAbstractButton)):
                widget.setEnabled(False)
            elif not isinstance(widget, QLineEdit):
                widget.setEnabled(False)  # pickers and lists: shown, not changed
    for name in ("save_button", "trash_button"):
        button = getattr(form, name, None)
        if button is not None:
            button.setVisible(False)
    for name in ("save_action", "trash_action", "new_action"):
        action = getattr(form, name, None)
        if action is not None:
            action.setEnabled(False)
    status = getattr(form, "status_label", None)
    if status is not None:
        who = signed_in(db)
        status.setText(
            tr("Account", "Read only: {login} is a viewer.").format(login=who.login if who else "")
        )
