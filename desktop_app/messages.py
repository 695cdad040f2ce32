"""Text for error codes raised below the UI (storage, services), in every language.

Services and the storage layer raise codes with parameters; this table turns them into
sentences through the catalogue, so the CLI and the GUI say the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from .domain.enums import LABELS
from .domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from .domain.rules.fields import field_label
from .domain.rules.issues import MESSAGES, Issue
from .domain.rules.money import MISSING_RATE_TEMPLATE
from .i18n import tr

TEMPLATES: dict[str, str] = {
    "not_a_database": N_("Messages", "{path} is not a Coordinator Desk database file."),
    "missing_file": N_("Messages", "The database file {path} does not exist."),
    "no_database": N_(
        "Messages",
        "There is no database at {path}; nothing was created. Check --database, or create a "
        'new database there with: coordinator-desk --database "{path}" db upgrade',
    ),
    "disk_full": N_(
        "Messages",
        "The disk is full ({location}); nothing was written and the temporary files were "
        "removed. Free some space and try again.",
    ),
    "read_only": N_(
        "Messages",
        "Cannot write to {location}: the file or its folder is read-only (or you may not "
        "change it). Nothing was changed; the database is not damaged.",
    ),
    "not_allowed": N_(
        "Messages",
        "The database server refused this change: your account may not make it ({detail}). "
        "Nothing was changed; an admin of the office server can give you the role it needs.",
    ),
    "cannot_write": N_("Messages", "Cannot write to {location}: {detail}. Nothing was changed."),
    "cannot_open": N_(
        "Messages",
        "Cannot open {location}: the file or its folder cannot be read or written. "
        "Nothing was changed.",
    ),
    "io_error": N_(
        "Messages", "The disk reported an error while using {location}; nothing was changed."
    ),
    "locked": N_(
        "Messages",
        "The database {location} is locked by another program or session, which has held it "
        "too long; nothing was changed. Try again when the other work is finished.",
    ),
    "timed_out": N_(
        "Messages",
        "The database server took too long to answer ({location}); the command was "
        "stopped and nothing was changed.",
    ),
    "out_of_range": N_(
        "Messages",
        "A value is too large for the database ({detail}); nothing was changed.",
    ),
    "output_is_database": N_(
        "Messages",
        "{path} is a database file or belongs to one; it was not overwritten. Choose "
        "another file name.",
    ),
    "bad_url": N_("Messages", "{url} is not a valid database URL."),
    "unsupported_database": N_(
        "Messages",
        "{url}: {backend} databases are not supported; use a SQLite file or a PostgreSQL "
        "URL (postgresql+psycopg://user@host/database).",
    ),
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
    "not_a_backup": N_("Messages", "{path} is not a Coordinator Desk backup file."),
    "corrupt_backup": N_(
        "Messages", "The backup {path} is damaged and cannot be restored: {detail}"
    ),
    "no_good_backup": N_("Messages", "No usable backup of {path} was found."),
    "corrupt_database": N_(
        "Messages",
        "The database {path} is damaged ({detail}). The newest good backup is {backup}; "
        'restore it with: coordinator-desk --database "{path}" restore "{backup}" (the damaged '
        "file is kept aside).",
    ),
    "other_office": N_(
        "Messages",
        "{path} is a backup of another office's database: {theirs}. This database is "
        "{ours}. Restoring it would replace this office's records with the other's; "
        "nothing was changed. If that is really meant, run restore again with --other-office.",
    ),
    "history_conflict": N_(
        "Messages",
        "{table} record {record} was changed by {user} at {time} after you opened its "
        "history; nothing was reverted. Reopen the history and try again.",
    ),
    "history_unknown": N_(
        "Messages", "{table} record {record} has no such history entry or field: {detail}"
    ),
    "record_gone": N_(
        "Messages", "{table} record {record} no longer exists; it cannot be reverted."
    ),
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


# Exchange-rate lookups (domain.rules.money) raise this code; listed here so the CLI and the
# reports phrase it the same way.
TEMPLATES["missing_rate"] = MISSING_RATE_TEMPLATE


def format_issue(issue: Issue, date_text: Callable[[date], str] = date.isoformat) -> str:
    """A validation issue as one sentence in the interface language.

    Field names (the issue's own and any parameter named "..._field") become translated
    labels, enum members their translated labels, dates ISO 8601 unless `date_text` says
    otherwise (the GUI passes date_text.format_date: the language's one date format).
    """
    params = {
        key: date_text(value) if isinstance(value, date) else _issue_param(key, value, issue.kind)
        for key, value in issue.params.items()
    }
    params["field"] = tr("Field", field_label(issue.field, issue.kind))
    template = MESSAGES.get(issue.code)
    if template is None:
        return f"{params['field']}: {issue.code}"
    try:
        return tr("Validation", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def _issue_param(key: str, value: Any, kind: str) -> Any:
    if key.endswith("_field"):
        return tr("Field", field_label(str(value), kind))
    if isinstance(value, StrEnum):
        source = LABELS.get((type(value), value.value))
        return tr("Enum", source) if source else value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, list | tuple):
        return ", ".join(str(_issue_param("", item, kind)) for item in value)
    return value
