"""The old `run_in_background(fn, on_done, on_failed)` call, now an operation on the one task
manager (ui/operations.py), which owns the job until it reports.

Kept only for the callers not moved to `operations.tasks().run` yet; new code uses that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .operations import Failure, Operation, tasks

Job = Operation


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
) -> Operation:
    failed: Callable[[Failure], None] | None = None
    if on_failed is not None:
        report = on_failed

        def failed(failure: Failure) -> None:
            report(failure.details)

    return tasks().run(fn, on_done, failed)
