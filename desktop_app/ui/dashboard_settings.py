"""The rule thresholds, the reporting period and the reminder state, for the dashboard pages.

Declared in desktop_app/options.py with every other setting (one key per RuleSettings
field, e.g. `rules/due_soon_days`), so a clerk can read them in the INI file and a damaged
value falls back to its default. This module keeps the dashboard's own small uses.
"""

from __future__ import annotations

from datetime import date

from ..config import Settings
from ..options import (
    PERIOD_MONTHS,
    PERIOD_START_MONTH,
    REMINDERS_DISMISSED_ON,
    RULES,
    period_settings,
    rule_settings,
    save_rule_settings,
    user_settings,
)

__all__ = [
    "PERIOD_MONTHS",
    "PERIOD_START_MONTH",
    "REMINDERS_DISMISSED_ON",
    "RULES",
    "dismiss_reminders",
    "period_settings",
    "reminders_dismissed_today",
    "rule_settings",
    "save_rule_settings",
    "user_settings",
]


def reminders_dismissed_today(settings: Settings, today: date) -> bool:
    return settings.get(REMINDERS_DISMISSED_ON) == today.isoformat()


def dismiss_reminders(settings: Settings, today: date) -> None:
    settings.set(REMINDERS_DISMISSED_ON, today.isoformat())
    settings.sync()
