"""Running a slow call off the GUI thread and getting its result back on it.

The window must never freeze while a large list loads; Qt delivers a signal emitted in the
worker thread to the receiver's thread, so callbacks run safely on the GUI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception:  # reported on the GUI thread, where the crash handler lives
            self.signals.failed.emit(traceback.format_exc())
            return
        self.signals.done.emit(result)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None] | None = None,
) -> Job:
    job = Job(fn)
    job.setAutoDelete(False)  # the caller may keep it to wait on; Python owns it
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed or _report_failure)
    QThreadPool.globalInstance().start(job)
    return job


def _report_failure(details: str) -> None:
    from . import crash

    crash.report(details)
