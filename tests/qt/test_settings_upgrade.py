"""Settings upgrade steps: an old INI file moves forward once, in order, with a copy kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import config_upgrade, options
from desktop_app.config import Settings


def test_an_old_file_gets_its_period_keys_moved_and_a_copy_kept(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ini = tmp_path / "prefs.ini"
    old = (
        "[dashboard]\nperiod_start_month=7\nperiod_months=6\n"
        "[rules]\ndue_soon_days=45\n[ui]\nlanguage=tk\n"
    )
    ini.write_text(old, encoding="utf-8")
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(ini))

    s = options.user_settings()  # what the GUI and every CLI command open

    assert options.period_settings(s) == {"report_period_start_month": 7, "report_period_months": 6}
    assert s.get(options.LANGUAGE) == "tk"
    assert options.rule_settings(s).due_soon_days == 45
    text = ini.read_text(encoding="utf-8")
    assert "[dashboard]" not in text
    assert "[period]" in text and "start_month=7" in text
    assert s.get(options.SETTINGS_VERSION) == config_upgrade.latest() >= 1
    assert (tmp_path / "prefs.ini.v0.bak").read_text(encoding="utf-8") == old
    assert config_upgrade.upgrade(Settings(ini)) == []  # once only


def test_a_value_already_under_the_new_key_wins(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[dashboard]\nperiod_months=6\n[period]\nmonths=3\n", encoding="utf-8")
    s = Settings(ini)
    assert config_upgrade.upgrade(s) == [1]
    assert s.get(options.PERIOD_MONTHS) == 3
    assert "dashboard/period_months" not in s.keys()


def test_steps_run_once_in_order_and_resume_after_a_failure(tmp_path: Path) -> None:
    ran: list[int] = []
    fail = {"on": 3}

    def make(n: int):  # type: ignore[no-untyped-def]
        def step(settings: Settings) -> None:
            if fail["on"] == n:
                raise RuntimeError("disk full")
            ran.append(n)

        return step

    steps = {n: make(n) for n in (3, 1, 2)}  # registered out of order: run by number
    s = Settings(tmp_path / "s.ini")
    s.set(options.LANGUAGE, "ru")
    with pytest.raises(RuntimeError):
        config_upgrade.upgrade(s, steps)
    assert ran == [1, 2]
    assert Settings(tmp_path / "s.ini").get(options.SETTINGS_VERSION) == 2

    fail["on"] = 0
    assert config_upgrade.upgrade(Settings(tmp_path / "s.ini"), steps) == [3]
    assert ran == [1, 2, 3]
    assert config_upgrade.upgrade(Settings(tmp_path / "s.ini"), steps) == []
    assert ran == [1, 2, 3]


def test_a_first_start_is_only_stamped_and_a_newer_file_left_alone(tmp_path: Path) -> None:
    ran: list[int] = []
    steps = {1: lambda s: ran.append(1), 2: lambda s: ran.append(2)}
    fresh = Settings(tmp_path / "new.ini")
    assert config_upgrade.upgrade(fresh, steps) == []
    assert ran == [] and fresh.get(options.SETTINGS_VERSION) == 2
    assert not list(tmp_path.glob("*.bak"))

    newer = tmp_path / "newer.ini"
    newer.write_text("[settings]\nversion=9\n[ui]\nlanguage=ru\n", encoding="utf-8")
    assert config_upgrade.upgrade(Settings(newer), steps) == []
    assert ran == [] and Settings(newer).get(options.SETTINGS_VERSION) == 9


def test_step_numbers_must_follow_on() -> None:
    with pytest.raises(ValueError, match="out of sequence"):
        config_upgrade.step(config_upgrade.latest() + 2)(lambda s: None)
    with pytest.raises(ValueError, match="out of sequence"):
        config_upgrade.step(1)(lambda s: None)


def test_the_cli_reads_an_old_files_reporting_period(sqlite_database, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A command run on a file an older build wrote: the period the clerk set still applies."""
    import os
    import subprocess
    import sys

    ini = tmp_path / "prefs.ini"
    ini.write_text("[dashboard]\nperiod_start_month=7\nperiod_months=12\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--database", str(sqlite_database.path),
         "report", "record", "--sent", "2025-03-10"],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "COORDINATOR_DESK_SETTINGS": str(ini)},
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2023-07-01 to 2024-06-30" in done.stdout  # July to June, not the calendar year
    assert "start_month=7" in ini.read_text(encoding="utf-8")


def test_the_gui_start_upgrades_the_file_it_opens(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.ui.app import open_settings

    ini = tmp_path / "gui.ini"
    ini.write_text("[dashboard]\nperiod_months=6\n", encoding="utf-8")
    monkeypatch.setenv("COORDINATOR_DESK_SETTINGS", str(ini))
    assert open_settings().get(options.PERIOD_MONTHS) == 6
    assert "[dashboard]" not in ini.read_text(encoding="utf-8")
