"""The settings registry: one module declares every key, a key once, and bad values fall back.

INI files are written by hand here, as a clerk (or an older build) would leave them, and read
back through the same Settings the GUI and the CLI use.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop_app import options
from desktop_app.config import REGISTRY, Registry, Settings
from desktop_app.services.backup import BackupSettings

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app"


def _calls_and_names(path: Path) -> tuple[list[str], set[str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    calls = [  # REGISTRY.option(...), or `option = REGISTRY.option` then option(...)
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "REGISTRY"
        and node.attr in ("option", "family", "group")
    ]
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names |= {alias.name for alias in node.names}
    return calls, names


def test_options_are_declared_in_one_module_and_qsettings_is_used_in_one() -> None:
    declaring, using_qsettings = [], []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        calls, names = _calls_and_names(path)
        if rel != "config.py" and ({"option", "family", "group"} & set(calls)):
            declaring.append(rel)
        if "_declare" in names:
            declaring.append(rel)
        if "QSettings" in names and rel != "config.py":
            using_qsettings.append(rel)
    assert declaring == ["options.py"]
    assert using_qsettings == []


def test_a_key_is_declared_once_and_families_and_groups_do_not_overlap() -> None:
    r = Registry()
    r.option("ui/language", "")
    with pytest.raises(ValueError, match="declared twice"):
        r.option("ui/language", "en")
    headers = r.family("lists/{}/header", b"")
    with pytest.raises(ValueError, match="declared twice"):
        r.option("lists/plans/header", b"")  # an instance of the family, spelt by hand
    with pytest.raises(ValueError, match="overlaps"):
        r.family("lists/{}/header", b"x")
    r.group("rules", lambda: {"due_soon_days": 30})
    with pytest.raises(ValueError, match="declared twice"):
        r.option("rules/due_soon_days", 30)
    with pytest.raises(ValueError):
        r.group("rules", dict)
    with pytest.raises(ValueError):
        r.option("NoSlash", 1)  # keys are section/name, lower case
    with pytest.raises(ValueError):
        headers["a/b"]  # an id cannot add a level to the key
    assert headers["plans"] is headers["plans"]
    assert headers["energy-days"].key == "lists/energy-days/header"


def test_the_real_registry_resolves_every_shape_and_declares_each_key_once() -> None:
    keys = [o.key for o in REGISTRY.declared()]
    assert len(keys) == len(set(keys))
    assert "rules/due_soon_days" in keys and "backup/keep_daily" in keys
    assert REGISTRY.find("lists/plans/header") == options.LIST_HEADER["plans"]
    assert REGISTRY.find("forms/energy_day/geometry") == options.FORM_GEOMETRY["energy_day"]
    assert REGISTRY.find("rules/due_soon_days").default == 30
    assert REGISTRY.find("period/months") is options.PERIOD_MONTHS
    assert REGISTRY.find("dashboard/period_months") is None  # moved by upgrade step 1
    assert REGISTRY.find("lists/plans/footer") is None


def test_values_of_the_wrong_type_fall_back_to_their_defaults(tmp_path: Path) -> None:
    ini = tmp_path / "hand.ini"
    ini.write_text(
        "[ui]\nlanguage=@ByteArray(ru)\n"
        "[window]\ngeometry=not bytes\n"
        "[period]\nstart_month=seven\nmonths=6\n"
        "[rules]\ndue_soon_days=soon\nplan_due_years_2030=3\nmin_target_2030=35.5\n"
        "[backup]\nkeep_daily=-3\nkeep_weekly=4.5\nkeep_last=2\nfolder=~/copies\n",
        encoding="utf-8",
    )
    s = Settings(ini)
    assert s.get(options.LANGUAGE) == ""
    assert s.get(options.WINDOW_GEOMETRY) == b""
    assert options.period_settings(s) == {"report_period_start_month": 1, "report_period_months": 6}
    rules = options.rule_settings(s)
    assert (rules.due_soon_days, rules.plan_due_years_2030) == (30, 3)
    assert str(rules.min_target_2030) == "35.5"
    assert options.backup_settings(s) == BackupSettings(
        keep_daily=0,
        keep_weekly=4,
        keep_monthly=12,
        keep_last=2,
        folder=Path("~/copies").expanduser(),
        second_folder=None,
    )


def test_set_refuses_the_wrong_type_and_round_trips_bytes(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    with pytest.raises(TypeError):
        s.set(options.PERIOD_MONTHS, "12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        s.set(options.PERIOD_MONTHS, True)
    s.set(options.LIST_HEADER["plans"], b"\x00\xffstate")
    s.sync()
    assert Settings(tmp_path / "s.ini").get(options.LIST_HEADER["plans"]) == b"\x00\xffstate"
    assert Settings(tmp_path / "s.ini").get(options.LIST_HEADER["finance"]) == b""


def test_rule_settings_saved_are_read_back_by_the_cli_path(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "prefs.ini"
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(ini))
    s = Settings(ini)
    changed = options.rule_settings(s).__class__.from_dict({"due_soon_days": 12})
    options.save_rule_settings(s, changed)
    s.sync()
    assert "due_soon_days=12" in ini.read_text(encoding="utf-8")
    assert options.rule_settings(options.user_settings()).due_soon_days == 12
