"""Rule settings: defaults from the Covenant texts, and a safe round trip through Preferences."""

from __future__ import annotations

import json
from dataclasses import fields
from decimal import Decimal

import pytest

from desktop_app.domain.enums import Framework
from desktop_app.domain.rules import DEFAULT_SETTINGS, RuleSettings


# fmt: off
@pytest.mark.parametrize(("framework", "years", "minimum"), [
    (Framework.F2020, 1, Decimal("20")),
    ("2030", 2, Decimal("30")),
    (Framework.F2050, 2, Decimal("40")),
    (None, 2, None),
    ("2040", 2, None),
])
# fmt: on
def test_framework_defaults(framework, years, minimum) -> None:
    assert DEFAULT_SETTINGS.plan_due_years(framework) == years
    assert DEFAULT_SETTINGS.min_target(framework) == minimum


def test_other_defaults() -> None:
    s = DEFAULT_SETTINGS
    assert (s.monitoring_interval_years, s.full_inventory_interval_years) == (2, 4)
    assert (s.coordinator_report_interval_months, s.due_soon_days) == (12, 30)
    assert (s.assessment_overdue_months, s.eusew_min_participants) == (6, 10)
    assert (s.baseline_year_min, s.min_key_sectors, s.min_action_sectors) == (1990, 3, 2)


def test_round_trip_through_json() -> None:
    changed = RuleSettings(due_soon_days=14, min_target_2030=Decimal("32.5"))
    stored = json.loads(json.dumps(changed.to_dict()))
    assert RuleSettings.from_dict(stored) == changed
    assert stored["min_target_2030"] == "32.5"
    assert set(stored) == {f.name for f in fields(RuleSettings)}


def test_settings_strings_as_qsettings_returns_them() -> None:
    data = {k: str(v) for k, v in RuleSettings(eusew_min_participants=12).to_dict().items()}
    assert RuleSettings.from_dict(data).eusew_min_participants == 12


# fmt: off
@pytest.mark.parametrize(("key", "value"), [
    ("due_soon_days", "soon"),
    ("due_soon_days", -1),
    ("due_soon_days", True),
    ("due_soon_days", "2.5"),
    ("min_target_2020", "abc"),
    ("min_target_2020", "-5"),
    ("min_target_2020", "101"),
    ("min_target_2020", "NaN"),
    ("monitoring_interval_years", None),
])
# fmt: on
def test_bad_stored_value_keeps_default_or_names_key(key: str, value: object) -> None:
    assert RuleSettings.from_dict({key: value}) == DEFAULT_SETTINGS
    with pytest.raises(ValueError, match=key):
        RuleSettings.from_dict({key: value}, strict=True)


def test_unknown_keys_are_ignored() -> None:
    assert RuleSettings.from_dict({"colour": "green", "due_soon_days": 7}).due_soon_days == 7


def test_settings_are_hashable_for_caching() -> None:
    assert hash(RuleSettings()) == hash(RuleSettings())
