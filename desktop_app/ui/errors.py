"""Telling the user why a database cannot be used, in their language."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from ..db.errors import DatabaseError
from ..i18n import tr


def database_error_text(exc: DatabaseError | OSError) -> str:
    if isinstance(exc, DatabaseError):
        from ..messages import format_message  # pulls in the domain rules: not at start-up

        return format_message(exc.code, exc.params)
    return tr("DatabaseErrorDialog", "The database cannot be opened: {detail}").format(
        detail=exc.strerror or str(exc)
    )


def show_database_error(parent: QWidget | None, exc: DatabaseError | OSError) -> None:
    QMessageBox.critical(
        parent, tr("DatabaseErrorDialog", "Cannot open the database"), database_error_text(exc)
    )


def database_location(db: object) -> str:
    """A file path, or the server URL without its password."""
    path = getattr(db, "path", None)
    if path is not None:
        return str(path)
    from ..db.secrets import safe_url

    return safe_url(db.url)  # type: ignore[attr-defined]
