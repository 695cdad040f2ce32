"""Business rules without Qt or a database: validation, deadlines, money conversion.

Validation needs the mapped models (the ORM), so it is loaded on first use: the list pages
import `rules.fields` at start-up and must not pay for the ORM (docs/gui.md, Start-up).
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .validation import KINDS, ValidationContext, validate

_LAZY = frozenset({"KINDS", "ValidationContext", "validate"})


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import validation

        return getattr(validation, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
