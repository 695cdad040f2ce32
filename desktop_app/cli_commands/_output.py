"""The CLI's side of services.output_guard: a refused output path is bad input (exit 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..cli import UsageError
from ..i18n import tr


def guard_output(db: Any, out: Path | str, *, backup: bool = False) -> None:
    """Raise UsageError (translated) if `out` is the open database or any database file."""
    from ..services.output_guard import OutputRefused, check_output

    own = None
    if backup:
        from ..services.database import database_identity

        found = database_identity(db)
        own = found.uuid if found is not None else None
    try:
        check_output(out, getattr(db, "path", None), own_identity=own, backup=backup)
    except OutputRefused as exc:
        raise UsageError(refusal_message(exc)) from None


def refusal_message(exc: Any) -> str:
    path = exc.path
    if exc.code == "open_database":
        return tr(
            "CLI", "{path} is the open database; refusing to overwrite it. Nothing was written."
        ).format(path=path)
    if exc.code == "companion":
        return tr(
            "CLI",
            "{path} belongs to the database {database} (its journal); refusing to overwrite "
            "it. Nothing was written.",
        ).format(path=path, database=exc.params.get("database", ""))
    if exc.code == "foreign_backup":
        return tr(
            "CLI",
            "{path} is a database or backup of another office ({office}); refusing to "
            "overwrite it. Nothing was written.",
        ).format(path=path, office=exc.params.get("office", "?"))
    return tr(
        "CLI", "{path} is a database file; refusing to overwrite it. Nothing was written."
    ).format(path=path)
