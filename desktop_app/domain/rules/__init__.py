"""Business rules without Qt or a database: validation, deadlines, money conversion."""

from .dates import add_months, add_years
from .deadlines import (
    Deadline,
    DeadlineKind,
    DeadlineStatus,
    coordinator_report_due,
    days_left,
    signatory_deadlines,
    status,
    within,
)
from .fields import FIELD_LABELS, field_label
from .issues import MESSAGES, Issue, Severity, errors, warnings
from .money import MissingRateError, RateTable
from .settings import DEFAULT_SETTINGS, RuleSettings
from .validation import KINDS, ValidationContext, validate

__all__ = [
    "DEFAULT_SETTINGS",
    "FIELD_LABELS",
    "KINDS",
    "MESSAGES",
    "Deadline",
    "DeadlineKind",
    "DeadlineStatus",
    "Issue",
    "MissingRateError",
    "RateTable",
    "RuleSettings",
    "Severity",
    "ValidationContext",
    "add_months",
    "add_years",
    "coordinator_report_due",
    "days_left",
    "errors",
    "field_label",
    "signatory_deadlines",
    "status",
    "validate",
    "warnings",
    "within",
]
