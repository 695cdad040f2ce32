"""Where the rule thresholds, the reporting period and the reminder state are kept.

In the same INI file as every other preference (declared through ui/settings.py, one key
per RuleSettings field, e.g. `rules/due_soon_days`), so a clerk can read it and a damaged
value falls back to its default. QtCore only: the headless `deadlines` command reads the
same file.
"""

from __future__ import annotations

import os
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

from ..domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from .settings import OPTIONS, Option, Settings, _declare

SETTINGS_ENV = "COORDINATOR_DESK_SETTINGS"

RULE_OPTIONS: dict[str, Option[Any]] = {}
for _f in fields(RuleSettings):
    _default = getattr(DEFAULT_SETTINGS, _f.name)
    _key = f"rules/{_f.name}"
    RULE_OPTIONS[_f.name] = OPTIONS.get(_key) or _declare(
        _key, str(_default) if isinstance(_default, Decimal) else int(_default)
    )

PERIOD_START_MONTH = OPTIONS.get("dashboard/period_start_month") or _declare(
    "dashboard/period_start_month", 1
)
PERIOD_MONTHS = OPTIONS.get("dashboard/period_months") or _declare("dashboard/period_months", 12)
REMINDERS_DISMISSED_ON = OPTIONS.get("reminders/dismissed_on") or _declare(
    "reminders/dismissed_on", ""
)
"""ISO date of the day the start-up notice was dismissed; it stays away until the next day."""


def rule_settings(settings: Settings) -> RuleSettings:
    return RuleSettings.from_dict({name: settings.get(opt) for name, opt in RULE_OPTIONS.items()})


def save_rule_settings(settings: Settings, rules: RuleSettings) -> None:
    for name, value in rules.to_dict().items():
        settings.set(RULE_OPTIONS[name], value)


def period_settings(settings: Settings) -> dict[str, int]:
    return {
        "report_period_start_month": min(max(settings.get(PERIOD_START_MONTH), 1), 12),
        "report_period_months": min(max(settings.get(PERIOD_MONTHS), 1), 24),
    }


def reminders_dismissed_today(settings: Settings, today: date) -> bool:
    return settings.get(REMINDERS_DISMISSED_ON) == today.isoformat()


def dismiss_reminders(settings: Settings, today: date) -> None:
    settings.set(REMINDERS_DISMISSED_ON, today.isoformat())
    settings.sync()


def user_settings() -> Settings:
    """The INI file the GUI uses (or the one named by COORDINATOR_DESK_SETTINGS)."""
    path = os.environ.get(SETTINGS_ENV)
    return Settings(path) if path else Settings()


def rule_settings_from_environment() -> RuleSettings:
    return rule_settings(user_settings())
