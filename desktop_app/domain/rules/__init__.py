"""Business rules without Qt or a database: validation, deadlines, money conversion."""

from .issues import MESSAGES, Issue, Severity, errors, warnings
from .settings import DEFAULT_SETTINGS, RuleSettings
from .validation import KINDS, ValidationContext, validate

__all__ = [
    "DEFAULT_SETTINGS",
    "KINDS",
    "MESSAGES",
    "Issue",
    "RuleSettings",
    "Severity",
    "ValidationContext",
    "errors",
    "validate",
    "warnings",
]
