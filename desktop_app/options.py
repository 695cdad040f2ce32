"""Every user setting, declared once here: its key, its type (the default's) and its default.

The one place to look for what the INI file may hold (MusicBrainz Picard's options.py
shape; the mechanism is in config.py). A key that changes gets a numbered step in
config_upgrade.py, which moves old files forward at start-up; `settings/version` records
how far a file has been moved.

The GUI and the headless commands read these and hand the services plain values
(`rule_settings`, `period_settings`, `backup_settings`): no service reads the file.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .config import REGISTRY, SETTINGS_ENV, Settings

if TYPE_CHECKING:
    from .domain.rules.settings import RuleSettings
    from .services.backup import BackupSettings

option = REGISTRY.option
family = REGISTRY.family
group = REGISTRY.group

SETTINGS_VERSION = option("settings/version", 0)
"""The last upgrade step (config_upgrade.py) this file has been through; 0 before any."""

# The window --------------------------------------------------------------------------------
LANGUAGE = option("ui/language", "")
"""'en', 'ru', 'tk', or '' for "follow the system"; applied at the next start."""
WINDOW_GEOMETRY = option("window/geometry", b"")
WINDOW_STATE = option("window/state", b"")
SPLITTER_STATE = option("window/splitter", b"")
RECENT_DATABASES = option("files/recent_databases", "")
"""File > Recent databases: database files opened in the window, newest first, one per
line, at most RECENT_LIMIT (ui/window_chrome.py). Server URLs are not kept: a URL may
carry a password."""
RECENT_LIMIT = 8

LIST_HEADER = family("lists/{}/header", b"")
"""Per list (services.lists ids, and "trash"): column order, widths, hidden columns, sort."""
FORM_GEOMETRY = family("forms/{}/geometry", b"")
"""Per record kind: the form window's size and place."""
FORM_SPLITTER = family("forms/{}/splitter", b"")
"""Per record kind: the form's fields / side panel split."""
PAGE_SPLITTER = family("pages/{}/splitter", b"")
"""Per page with a splitter (the coordinator profile)."""

# Dashboard, deadlines and reports ------------------------------------------------------------
PERIOD_START_MONTH = option("period/start_month", 1)
"""The month the office's reporting period starts in (1-12); was dashboard/period_start_month."""
PERIOD_MONTHS = option("period/months", 12)
"""How long the reporting period is (1-24 months); was dashboard/period_months."""
REMINDERS_DISMISSED_ON = option("reminders/dismissed_on", "")
"""ISO date of the day the start-up notice was dismissed; it stays away until the next day."""


def _rule_defaults() -> Mapping[str, Any]:
    from .domain.rules.settings import DEFAULT_SETTINGS

    return DEFAULT_SETTINGS.to_dict()  # Decimals as text, so nothing is rounded


RULES = group("rules", _rule_defaults)
"""`rules/<field>`, one per RuleSettings field: the deadline cycles and commitment thresholds."""


def _backup_defaults() -> Mapping[str, Any]:
    from dataclasses import fields

    from .services.backup import BackupSettings

    defaults = BackupSettings()
    return {
        f.name: "" if getattr(defaults, f.name) is None else getattr(defaults, f.name)
        for f in fields(BackupSettings)
    }


BACKUP = group("backup", _backup_defaults)
"""`backup/keep_daily` ... `backup/keep_last` (counts), `backup/folder`, `backup/second_folder`
(paths; empty: beside the database, none)."""


# Values for the services -----------------------------------------------------------------------
def rule_settings(settings: Settings) -> RuleSettings:
    from .domain.rules.settings import RuleSettings

    return RuleSettings.from_dict(RULES.read(settings))


def save_rule_settings(settings: Settings, rules: RuleSettings) -> None:
    for name, value in rules.to_dict().items():
        settings.set(RULES.options[name], value)


def period_settings(settings: Settings) -> dict[str, int]:
    return {
        "report_period_start_month": min(max(settings.get(PERIOD_START_MONTH), 1), 12),
        "report_period_months": min(max(settings.get(PERIOD_MONTHS), 1), 24),
    }


def backup_settings(settings: Settings) -> BackupSettings:
    """Counts below zero count as zero; a folder is a path (`~` expanded) or None."""
    from pathlib import Path

    from .services.backup import BackupSettings

    def value(stored: Any) -> Any:
        if isinstance(stored, str):
            return Path(stored).expanduser() if stored else None
        if type(stored) is int:
            return max(0, stored)
        return stored

    return BackupSettings(**{name: value(v) for name, v in BACKUP.read(settings).items()})


def user_settings() -> Settings:
    """The INI file the GUI and the CLI use (or the one COORDINATOR_DESK_SETTINGS names),
    moved forward by any upgrade step it has not been through."""
    from .config_upgrade import upgrade

    path = os.environ.get(SETTINGS_ENV)
    settings = Settings(path) if path else Settings()
    upgrade(settings)
    return settings
