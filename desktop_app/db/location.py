"""Where the database lives when nobody says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "COORDINATOR_DESK_DATABASE"
DB_FILE_NAME = "coordinator-desk.sqlite3"
ORGANIZATION = "CoordinatorDesk"
APPLICATION = "coordinator-desk"


def data_dir() -> Path:
    """The per-user application data folder (QStandardPaths), created on demand.

    QtCore only: the storage layer needs the platform's path rules, not any widget.
    The names are set every time: a QCoreApplication made from sys.argv takes its name
    from the script, so `python -m desktop_app` used to look for the default database
    in a folder named `__main__.py` instead of the one the installed command uses.
    """
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.organizationName() != ORGANIZATION:
        QCoreApplication.setOrganizationName(ORGANIZATION)
    if QCoreApplication.applicationName() != APPLICATION:
        QCoreApplication.setApplicationName(APPLICATION)
    path = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    from .private_files import private_folder

    return private_folder(path)


def resolve_database(option: str | None) -> str:
    """Return an SQLAlchemy URL from --database, the env var, or the default file.

    Anything containing "://" is already a URL; anything else is a SQLite file path.
    """
    value = option or os.environ.get(ENV_VAR) or str(data_dir() / DB_FILE_NAME)
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another engine or an in-memory database."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split(":///", 1)[1] if ":///" in url else ""
    if not rest or rest == ":memory:":
        return None
    return Path(rest.split("?", 1)[0])
