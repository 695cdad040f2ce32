"""Moving an older settings file forward, one numbered step at a time.

MusicBrainz Picard's config_upgrade.py shape: when a key is renamed or its meaning changes,
the declaration in options.py changes and a step here carries what users had stored. The
file records the last step it went through (`settings/version`); at start-up (GUI and CLI,
through options.user_settings) the steps after it run once, in order, after a copy of the
file is kept beside it. A file from a newer build (a higher version) is left alone.

To add a step: write `def _vN_what_changed(settings)` below, decorated `@step(N)` with the
next number, using `settings.move(old, new)` or the raw `keys()`; then a test in
tests/unit/test_config_upgrade.py that writes an INI file as the old build did.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path

from .config import Settings
from .options import SETTINGS_VERSION

log = logging.getLogger(__name__)

Step = Callable[[Settings], None]
STEPS: dict[int, Step] = {}


def step(number: int) -> Callable[[Step], Step]:
    def register(function: Step) -> Step:
        if number in STEPS or number != len(STEPS) + 1:
            raise ValueError(f"settings upgrade step {number} out of sequence")
        STEPS[number] = function
        return function

    return register


@step(1)
def _v1_reporting_period_is_not_the_dashboards(settings: Settings) -> None:
    """The period is read by reports, the deadlines and the CLI too, not only the dashboard."""
    settings.move("dashboard/period_start_month", "period/start_month")
    settings.move("dashboard/period_months", "period/months")


def latest(steps: Mapping[int, Step] = STEPS) -> int:
    return max(steps, default=0)


def upgrade(settings: Settings, steps: Mapping[int, Step] = STEPS) -> list[int]:
    """Run the steps this file has not been through; returns their numbers.

    A file with nothing in it (a first start) is only stamped with the latest version.
    Each step is recorded as soon as it is done, so an interrupted upgrade resumes.
    """
    done = settings.get(SETTINGS_VERSION)
    target = latest(steps)
    if done >= target:
        return []
    if not settings.keys():
        settings.set(SETTINGS_VERSION, target)
        settings.sync()
        return []
    _keep_copy(settings, done)
    ran = []
    for number in sorted(n for n in steps if n > done):
        steps[number](settings)
        settings.set(SETTINGS_VERSION, number)
        settings.sync()
        ran.append(number)
    log.info("settings %s upgraded from version %d to %d", settings.file_name, done, target)
    return ran


def _keep_copy(settings: Settings, version: int) -> None:
    """`<file>.v<N>.bak`, the file as it was before the steps (once per version)."""
    settings.sync()
    path = Path(settings.file_name)
    copy = path.with_name(f"{path.name}.v{version}.bak")
    if path.is_file() and not copy.exists():
        try:
            shutil.copy2(path, copy)
        except OSError as exc:  # a read-only folder must not stop the application
            log.warning("could not keep a copy of %s: %s", path, exc)
