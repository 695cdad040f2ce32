"""Every threshold and cycle the rules use, in one object the Preferences page can edit.

Scalar fields only (no dicts), so the object stays hashable and each value maps to one
widget and one settings key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from ..enums import Framework


@dataclass(frozen=True)
class RuleSettings:
    # cycles
    plan_due_years_2020: int = 1
    plan_due_years_2030: int = 2
    plan_due_years_2050: int = 2
    monitoring_interval_years: int = 2
    full_inventory_interval_years: int = 4
    coordinator_report_interval_months: int = 12
    due_soon_days: int = 30
    assessment_overdue_months: int = 6
    # thresholds
    min_target_2020: Decimal = Decimal("20")
    min_target_2030: Decimal = Decimal("30")
    min_target_2050: Decimal = Decimal("40")
    eusew_min_participants: int = 10
    baseline_year_min: int = 1990
    min_key_sectors: int = 3
    min_action_sectors: int = 2
    population_year_min: int = 1950
    target_year_max: int = 2100
    # commitment health (dashboard lights); see rules/commitments.py
    health_window_months: int = 12
    energy_day_amber_months: int = 9
    assistance_amber_months: int = 6
    finance_red_months: int = 24
    on_hold_amber_percent: int = 10
    on_hold_red_percent: int = 25
    overdue_signatories_red: int = 10
    coordinator_report_warning_days: int = 60

    def plan_due_years(self, framework: Framework | str | None) -> int:
        code = _code(framework) or Framework.F2030.value
        return int(getattr(self, f"plan_due_years_{code}", self.plan_due_years_2030))

    def min_target(self, framework: Framework | str | None) -> Decimal | None:
        code = _code(framework)
        value = getattr(self, f"min_target_{code}", None) if code else None
        return value if isinstance(value, Decimal) else None

    def to_dict(self) -> dict[str, int | str]:
        """JSON- and QSettings-friendly: Decimals become strings so nothing is rounded."""
        out: dict[str, int | str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value) if isinstance(value, Decimal) else int(value)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, strict: bool = False) -> RuleSettings:
        """Read stored preferences; unknown keys are ignored.

        A value that is not a number, or is negative, keeps its default unless `strict`,
        in which case ValueError names the key: a damaged settings file must not stop the
        application from starting, but the Preferences page wants to say what is wrong.
        """
        base = cls()
        changes: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data:
                continue
            raw = data[f.name]
            default = getattr(base, f.name)
            try:
                value: Any
                if isinstance(default, Decimal):
                    value = Decimal(str(raw).strip())
                    if not value.is_finite() or value < 0 or value > 100:
                        raise ValueError
                else:
                    if isinstance(raw, bool):
                        raise ValueError
                    text = str(raw).strip()
                    value = int(text)
                    if value < 0:
                        raise ValueError
            except (ValueError, InvalidOperation, TypeError):
                if strict:
                    raise ValueError(f"{f.name}: invalid value {raw!r}") from None
                continue
            changes[f.name] = value
        return replace(base, **changes)


DEFAULT_SETTINGS = RuleSettings()


def _code(value: StrEnum | str | None) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, StrEnum) else str(value)
