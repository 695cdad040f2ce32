"""One place where the GUI runs work: reads and writes as operations on one task manager.

Shaped after Anki's `CollectionOp`/`QueryOp` (qt/aqt/operations): a page never starts a
thread or keeps a job alive itself. It hands a function to an operation, which runs it off
the GUI thread and calls back on the GUI thread with the result or the failure. The one
`TaskManager` then owns everything a page used to do by hand:

- lifetime: every running job is held until it has reported, so a page closed mid-load
  cannot delete the signals a worker is about to emit; a result for a deleted parent widget
  is dropped;
- progress and cancel: a job that asks for it gets a `progress(percent, step)` callback;
  after `cancel()` the next call raises `Cancelled`, and the result is never delivered;
- staleness: operations started with the same `key` (one list, one dashboard) supersede each
  other: only the newest result arrives, so a slow old read never paints over a new one;
- tests: `tasks().synchronous = True` runs every job at once in the calling thread.

Writes end in a `Changes` value (services/changes.py). `CollectionOp` (and `apply()` for a
write already made in the GUI thread, such as a form's save) sends it on the one
`changes_applied(changes, initiator)` signal; pages implement `pages.page.Page` and refresh
what they show, or, when hidden, when they are next shown.

Only QtCore here: the start-up path imports this module before the first paint.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, Signal

from ..services.changes import Changes

Progress = Callable[[int, str], None]


class Cancelled(Exception):
    """Raised inside a job by its progress callback once the operation was cancelled."""


@dataclass(frozen=True)
class Failure:
    """An exception from a job, with the traceback text for the crash dialog or log."""

    exception: BaseException
    details: str


class Operation:
    """One job on the task manager: the handle a caller may cancel or look at.

    A plain object, not a QObject: the worker thread reports through the manager's own
    long-lived signals, so no per-job Qt object can be deleted while a thread still uses it.
    """

    def __init__(
        self,
        manager: TaskManager,
        fn: Callable[..., Any],
        *,
        key: Hashable | None,
        with_progress: bool,
        parent_widget: QObject | None,
        on_done: Callable[[Any], None] | None,
        on_failed: Callable[[Failure], None] | None,
        on_cancelled: Callable[[], None] | None,
        on_progress: Callable[[int, str], None] | None,
    ) -> None:
        self.manager = manager
        self.fn = fn
        self.key = key
        self.with_progress = with_progress
        self.parent_widget = parent_widget
        self.on_done = on_done
        self.on_failed = on_failed
        self.on_cancelled = on_cancelled
        self.on_progress = on_progress
        self.cancelled = False
        self.running = True
        self.stale = False
        """Superseded by a newer operation with the same key: its result was dropped."""

    def cancel(self) -> None:
        """The job stops at its next progress call; nothing it returns is delivered."""
        self.cancelled = True

    def _progress(self, percent: int, step: str) -> None:
        if self.cancelled:
            raise Cancelled()
        self.manager._progressed.emit(self, percent, step)  # noqa: SLF001

    def execute(self) -> None:
        """Runs in the worker thread (or the calling one, in synchronous mode)."""
        arrived = self.manager._arrived  # noqa: SLF001
        try:
            result = self.fn(self._progress) if self.with_progress else self.fn()
        except Cancelled:
            self.cancelled = True
            arrived.emit(self, None, None)
            return
        except Exception as exc:  # reported on the GUI thread, where the crash handler lives
            arrived.emit(self, None, Failure(exc, traceback.format_exc()))
            return
        arrived.emit(self, result, None)

    def show_progress(self, percent: int, step: str) -> None:
        if self.on_progress is not None and not self.cancelled and not self.stale:
            if self.parent_widget is None or _alive(self.parent_widget):
                self.on_progress(percent, step)

    def deliver(self, result: Any, failure: Failure | None) -> None:
        self.running = False
        self.manager.forget(self)
        if self.stale:
            return
        if self.parent_widget is not None and not _alive(self.parent_widget):
            return  # the page that asked is gone
        if self.cancelled:
            if self.on_cancelled is not None:
                self.on_cancelled()
            return
        if failure is not None:
            (self.on_failed or _report_failure)(failure)
            return
        if self.on_done is not None:
            self.on_done(result)


class TaskManager(QObject):
    """Owns every job of the session and the one "changes applied" signal."""

    changes_applied = Signal(object, object)
    """(Changes, initiator): a write finished; `initiator` is whoever made it (a page, a
    form, the undo stack, an import), so a page can tell its own change from another's."""
    _arrived = Signal(object, object, object)
    """(Operation, result, Failure | None) from a worker thread, queued to the GUI thread."""
    _progressed = Signal(object, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = False
        """Tests set this: jobs run at once in the calling thread, callbacks before run()
        returns."""
        self.pool = QThreadPool.globalInstance()
        self._running: set[Operation] = set()
        self._latest: dict[Hashable, Operation] = {}
        # Bound methods, not lambdas: the receiver is this GUI-thread object, so Qt queues
        # a worker thread's emit to the GUI thread.
        self._arrived.connect(self._on_arrived)
        self._progressed.connect(self._on_progressed)

    def _on_arrived(self, op: Operation, result: Any, failure: Failure | None) -> None:
        op.deliver(result, failure)

    def _on_progressed(self, op: Operation, percent: int, step: str) -> None:
        op.show_progress(percent, step)

    # -- running ---------------------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Failure], None] | None = None,
        *,
        key: Hashable | None = None,
        with_progress: bool = False,
        parent: QObject | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[int, str], None] | None = None,
    ) -> Operation:
        """Run `fn()` (or `fn(progress)` with `with_progress`) off the GUI thread.

        `key`: a newer operation with the same key supersedes this one (its result is
        dropped, its progress raises Cancelled). `parent`: results are dropped once that
        widget is deleted. Without `on_failed`, a failure goes to the crash handler.
        """
        op = Operation(
            self,
            fn,
            key=key,
            with_progress=with_progress or on_progress is not None,
            parent_widget=parent,
            on_done=on_done,
            on_failed=on_failed,
            on_cancelled=on_cancelled,
            on_progress=on_progress,
        )
        if key is not None:
            self.supersede(key)
            self._latest[key] = op
        self._running.add(op)
        if self.synchronous:
            op.execute()  # a direct connection in this thread: delivered before we return
        else:
            self.pool.start(op.execute)
        return op

    def supersede(self, key: Hashable) -> None:
        """Drop the running operation for `key`, if any: its target was filled otherwise."""
        older = self._latest.pop(key, None)
        if older is not None and older.running:
            older.stale = True
            older.cancel()

    def forget(self, op: Operation) -> None:
        self._running.discard(op)
        if op.key is not None and self._latest.get(op.key) is op:
            del self._latest[op.key]

    def running(self) -> list[Operation]:
        return list(self._running)

    def cancel_all(self) -> None:
        for op in list(self._running):
            op.cancel()

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every job has reported (closing, tests); False on timeout."""
        from PySide6.QtCore import QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self._running:
            if deadline.hasExpired():
                return False
            self.pool.waitForDone(20)
            QCoreApplication.processEvents()
        return True

    # -- changes ---------------------------------------------------------------------------
    def apply(self, changes: Changes, initiator: object = None) -> None:
        """Tell every page what a finished write changed (no-op for an empty change)."""
        if changes:
            self.changes_applied.emit(changes, initiator)


_manager: TaskManager | None = None


def tasks() -> TaskManager:
    """The session's one task manager (created with the application, lives as long)."""
    global _manager
    if _manager is None:
        _manager = TaskManager(QCoreApplication.instance())
    return _manager


def changes_of(result: Any) -> Changes:
    """The Changes a write returned: itself, its `.changes`, or the second of a pair."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes):
        return result[1]
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else Changes()


class QueryOp:
    """A read off the GUI thread: `QueryOp(parent, read, success).run_in_background()`."""

    def __init__(
        self,
        parent: QObject | None,
        op: Callable[..., Any],
        success: Callable[[Any], None],
    ) -> None:
        self.parent = parent
        self.op = op
        self.success_fn = success
        self.failure_fn: Callable[[Failure], None] | None = None
        self.cancelled_fn: Callable[[], None] | None = None
        self.progress_fn: Callable[[int, str], None] | None = None
        self.key: Hashable | None = None

    def failure(self, fn: Callable[[Failure], None]) -> QueryOp:
        self.failure_fn = fn
        return self

    def cancelled(self, fn: Callable[[], None]) -> QueryOp:
        self.cancelled_fn = fn
        return self

    def with_progress(self, fn: Callable[[int, str], None]) -> QueryOp:
        """`op` is then called with a progress(percent, step) callback; `fn` shows it."""
        self.progress_fn = fn
        return self

    def superseding(self, key: Hashable) -> QueryOp:
        """A newer operation with the same key drops this one's result (one per target)."""
        self.key = key
        return self

    def _done(self, result: Any) -> None:
        self.success_fn(result)

    def _drop_for_gone_parent(self) -> QObject | None:
        return self.parent

    def run_in_background(self) -> Operation:
        return tasks().run(
            self.op,
            self._done,
            self.failure_fn,
            key=self.key,
            parent=self._drop_for_gone_parent(),
            on_cancelled=self.cancelled_fn,
            on_progress=self.progress_fn,
        )


class CollectionOp(QueryOp):
    """A write off the GUI thread; its Changes reach every page before `success` runs."""

    def __init__(
        self,
        parent: QObject | None,
        op: Callable[..., Any],
        success: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(parent, op, success or (lambda _result: None))
        self.initiator: object = parent

    def _drop_for_gone_parent(self) -> QObject | None:
        return None  # a write that happened is announced even if its dialog has closed

    def _done(self, result: Any) -> None:
        tasks().apply(changes_of(result), self.initiator)
        if self.parent is None or _alive(self.parent):
            self.success_fn(result)

    def run_in_background(self, initiator: object = None) -> Operation:
        if initiator is not None:
            self.initiator = initiator
        return super().run_in_background()


def _alive(obj: QObject) -> bool:
    import shiboken6

    return bool(shiboken6.isValid(obj))


def _report_failure(failure: Failure) -> None:
    from . import crash

    crash.report(failure.details)
