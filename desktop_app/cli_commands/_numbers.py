"""Whole-number options read the same way by every command: a value that is none, or out
of its range, is bad input (exit 1) said in the --lang language, naming the option."""

from __future__ import annotations

from ..cli import UsageError
from ..i18n import tr


def whole_number(value: str | None, option: str, low: int, high: int) -> int | None:
    """`value` as an int from `low` to `high`; None when the option was not given."""
    if value is None:
        return None
    try:
        number: int | None = int(value)
    except ValueError:
        number = None
    if number is None or not low <= number <= high:
        raise UsageError(
            tr(
                "CLI", "{option}: expected a whole number from {low} to {high}, got '{value}'."
            ).format(option=option, low=low, high=high, value=value)
        )
    return number
