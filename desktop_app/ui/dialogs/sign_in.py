"""Signing in to an office server whose URL carries no password.

The server says it wants a password ("no password supplied", "password authentication
failed"): the window asks for it here, masked, and hands it to libpq through this process's
PGPASSWORD, as `--ask-password` does. It is remembered only in the system keyring, and only
where the `keyring` package is installed (it is not a dependency of ours); never in the
settings file, never in a log.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr

SERVICE = "Coordinator Desk"
"""The keyring's service name; the entry's user name is the URL without a password."""
_ASKS_PASSWORD = ("no password supplied", "password authentication failed")


def _keyring() -> Any | None:
    try:
        import keyring  # type: ignore[import-not-found]
    except Exception:  # noqa: BLE001 - absent, or no usable backend: nothing is remembered
        return None
    return keyring


def _url(option: str | None) -> str | None:
    from ...db.location import resolve_database

    try:
        url = resolve_database(option)
    except Exception:  # noqa: BLE001
        return None
    return url if url.startswith("postgresql") else None


def _key(url: str) -> str:
    from ...db.secrets import safe_url

    return safe_url(url)


def needs_password(exc: BaseException) -> bool:
    """The server refused the connection for want of the (right) password."""
    from ...db.errors import DatabaseError

    if not isinstance(exc, DatabaseError) or exc.code != "unreachable":
        return False
    detail = str(exc.params.get("detail", "")).lower()
    return any(text in detail for text in _ASKS_PASSWORD)


def from_keyring(option: str | None) -> None:
    """Before connecting: a password remembered for this URL, unless one is given already."""
    url = _url(option)
    if url is None or os.environ.get("PGPASSWORD"):
        return
    ring = _keyring()
    if ring is None:
        return
    try:
        found = ring.get_password(SERVICE, _key(url))
    except Exception:  # noqa: BLE001 - a locked or broken keyring: ask instead
        return
    if found:
        os.environ["PGPASSWORD"] = found


class SignInDialog(QDialog):
    help_topic = "team"

    def __init__(self, url: str, parent: QWidget | None = None, *, failed: bool = False) -> None:
        super().__init__(parent)
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        self.setWindowTitle(tr("SignIn", "Sign in to the office server"))
        self.setObjectName("signIn")
        layout = QVBoxLayout(self)
        if failed:
            note = QLabel(tr("SignIn", "The server did not accept the password; try again."), self)
            note.setObjectName("failed")
            layout.addWidget(note)
        form = QFormLayout()
        server = f"{parsed.host or 'localhost'}{f':{parsed.port}' if parsed.port else ''}"
        form.addRow(tr("SignIn", "Server:"), QLabel(f"{server} / {parsed.database or ''}", self))
        form.addRow(tr("SignIn", "User:"), QLabel(parsed.username or "", self))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(tr("SignIn", "&Password:"), self.password)
        layout.addLayout(form)
        self.remember: QCheckBox | None = None
        if _keyring() is not None:
            self.remember = QCheckBox(tr("SignIn", "&Remember in the system keyring"), self)
            self.remember.setObjectName("remember")
            layout.addWidget(self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.password.setFocus()


def ask(parent: QWidget | None, option: str | None, exc: BaseException) -> bool:
    """Show the dialog after `exc` said a password is wanted; True to connect again."""
    url = _url(option)
    if url is None or not needs_password(exc):
        return False
    failed = bool(os.environ.get("PGPASSWORD"))
    dialog = SignInDialog(url, parent, failed=failed)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return False
    password = dialog.password.text()
    os.environ["PGPASSWORD"] = password  # for libpq, this process only
    if dialog.remember is not None and dialog.remember.isChecked():
        ring = _keyring()
        try:
            if ring is not None:
                ring.set_password(SERVICE, _key(url), password)
        except Exception:  # noqa: BLE001 - not remembered; the sign-in still works
            pass
    return True
