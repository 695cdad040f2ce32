"""Text for error codes raised below the UI (storage, services), in every language.

Services and the storage layer raise codes with parameters; this table turns them into
sentences through the catalogue, so the CLI and the GUI say the same thing.
"""

from __future__ import annotations

from typing import Any

from .domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from .i18n import tr

TEMPLATES: dict[str, str] = {
    "not_a_database": N_("Messages", "{path} is not a Coordinator Desk database file."),
    "missing_file": N_("Messages", "The database file {path} does not exist."),
    "foreign_database": N_(
        "Messages",
        "{location} is a database of another program; Coordinator Desk left it as it was.",
    ),
    "newer_schema": N_(
        "Messages",
        "{location} was written by a newer version of Coordinator Desk (schema {revision}). "
        "Install the newer version to open it; nothing was changed.",
    ),
    "unreachable": N_("Messages", "Cannot reach the database server {url}: {detail}"),
    "integrity_failed": N_("Messages", "The database {path} failed its integrity check: {detail}"),
}


def format_message(code: str, params: dict[str, Any] | None = None) -> str:
    template = TEMPLATES.get(code)
    params = params or {}
    if template is None:
        return f"{code}: {params}"
    try:
        return tr("Messages", template).format(**params)
    except (KeyError, IndexError):
        return template.format(**params)
