"""The one task manager (ui/operations.py): threads, sync mode, cancel, staleness, errors."""

from __future__ import annotations

import threading
import uuid

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.services.changes import Changes
from desktop_app.ui.operations import Cancelled, CollectionOp, QueryOp, TaskManager, tasks


@pytest.fixture
def manager(qapp):  # type: ignore[no-untyped-def]
    """A fresh manager per test, so one test's jobs never report into another."""
    m = TaskManager()
    yield m
    m.cancel_all()
    assert m.wait_idle(5000)


def test_result_arrives_on_the_gui_thread_from_a_worker(qtbot, manager) -> None:
    seen: list[tuple[int, bool, bool]] = []

    def job() -> int:
        on_gui = QThread.currentThread() is QApplication.instance().thread()
        return 42 if not on_gui else -1

    op = manager.run(
        job,
        lambda r: seen.append(
            (r, QThread.currentThread() is QApplication.instance().thread(), op.running)
        ),
    )
    assert op.running and manager.running() == [op]  # the manager holds it
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True, False)]
    assert manager.running() == []


def test_synchronous_mode_delivers_before_run_returns(qtbot, manager) -> None:
    manager.synchronous = True
    thread_of_job: list[object] = []
    results: list[str] = []
    op = manager.run(
        lambda: thread_of_job.append(QThread.currentThread()) or "done", results.append
    )
    assert results == ["done"] and not op.running
    assert thread_of_job == [QApplication.instance().thread()]


def test_progress_reaches_the_gui_and_cancel_stops_the_job(qtbot, manager) -> None:
    steps: list[tuple[int, str]] = []
    outcome: list[str] = []
    started = threading.Event()
    release = threading.Event()

    def long_job(progress) -> str:  # type: ignore[no-untyped-def]
        progress(10, "first")
        started.set()
        release.wait(5)
        for n in range(20, 101, 10):
            progress(n, "more")  # raises Cancelled once cancel() was called
        return "finished"

    op = manager.run(
        long_job,
        lambda r: outcome.append(f"done {r}"),
        lambda f: outcome.append(f"failed {f.exception!r}"),
        on_progress=lambda p, s: steps.append((p, s)),
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: steps == [(10, "first")], timeout=5000)
    op.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]
    assert steps == [(10, "first")]  # nothing after the cancel was shown
    assert manager.running() == []


def test_progress_runs_to_the_end_when_not_cancelled(qtbot, manager) -> None:
    steps: list[int] = []
    results: list[str] = []

    def job(progress) -> str:  # type: ignore[no-untyped-def]
        for n in (25, 50, 100):
            progress(n, "step")
        return "ok"

    manager.run(job, results.append, on_progress=lambda p, _s: steps.append(p))
    qtbot.waitUntil(lambda: results == ["ok"], timeout=5000)
    assert steps == [25, 50, 100]


def test_a_newer_query_for_the_same_target_drops_the_older_result(qtbot, manager) -> None:
    arrived: list[str] = []
    slow_may_finish = threading.Event()

    def slow() -> str:
        slow_may_finish.wait(5)
        return "old"

    old = manager.run(slow, arrived.append, key=("list", "finance"))
    new = manager.run(lambda: "new", arrived.append, key=("list", "finance"))
    other = manager.run(lambda: "other target", arrived.append, key=("list", "signatories"))
    qtbot.waitUntil(lambda: "new" in arrived and "other target" in arrived, timeout=5000)
    slow_may_finish.set()
    qtbot.waitUntil(lambda: not old.running, timeout=5000)
    assert sorted(arrived) == ["new", "other target"]
    assert old.stale and not new.stale and not other.stale


def test_a_failure_goes_to_the_callback_with_the_exception(qtbot, manager) -> None:
    failures: list[object] = []

    def broken() -> None:
        raise ValueError("bad period")

    manager.run(broken, lambda _r: failures.append("done?"), failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    failure = failures[0]
    assert isinstance(failure.exception, ValueError)  # type: ignore[attr-defined]
    assert "bad period" in failure.details and "Traceback" in failure.details  # type: ignore[attr-defined]


def test_an_unhandled_failure_reaches_the_crash_handler(qtbot, manager, monkeypatch) -> None:
    from desktop_app.ui import crash

    reported: list[str] = []
    monkeypatch.setattr(crash, "report", reported.append)

    def broken() -> None:
        raise RuntimeError("worker broke")

    manager.run(broken, lambda _r: None)
    qtbot.waitUntil(lambda: bool(reported), timeout=5000)
    assert "worker broke" in reported[0] and "RuntimeError" in reported[0]


def test_results_for_a_deleted_page_are_dropped(qtbot, manager) -> None:
    page = QWidget()
    arrived: list[str] = []
    may_finish = threading.Event()

    def job() -> str:
        may_finish.wait(5)
        return "late"

    op = manager.run(job, arrived.append, parent=page)
    page.deleteLater()
    qtbot.waitUntil(lambda: _deleted(page), timeout=5000)
    may_finish.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert arrived == []


def test_cancelled_job_that_never_asks_for_progress_is_not_delivered(qtbot, manager) -> None:
    arrived: list[str] = []
    may_finish = threading.Event()
    op = manager.run(lambda: may_finish.wait(5) and "x", arrived.append)
    op.cancel()
    may_finish.set()
    qtbot.waitUntil(lambda: not op.running, timeout=5000)
    assert arrived == []


def test_cancelled_exception_raised_by_the_job_counts_as_cancel(qtbot, manager) -> None:
    outcome: list[str] = []

    def job() -> None:
        raise Cancelled()

    manager.synchronous = True
    manager.run(job, lambda _r: outcome.append("done"), on_cancelled=lambda: outcome.append("c"))
    assert outcome == ["c"]


def test_collection_op_announces_its_changes_before_success(qtbot) -> None:
    record = uuid.uuid4()
    order: list[str] = []
    heard: list[tuple[Changes, object]] = []

    def listener(changes: Changes, initiator: object) -> None:
        heard.append((changes, initiator))
        order.append("changes")

    tasks().changes_applied.connect(listener)
    try:
        initiator = QWidget()
        CollectionOp(
            initiator,
            lambda: ("saved", Changes.of("signatory", [record])),
            lambda r: order.append(r[0]),
        ).run_in_background()
        qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    finally:
        tasks().changes_applied.disconnect(listener)
    assert order == ["changes", "saved"]
    changes, who = heard[0]
    assert who is initiator
    assert changes.has("signatory", record) and not changes.has("signatory", uuid.uuid4())
    assert not changes.touches("financial_support")


def test_query_op_with_progress_and_failure_in_synchronous_mode(qtbot) -> None:
    manager = tasks()
    manager.synchronous = True
    steps: list[int] = []
    failures: list[str] = []
    try:
        results: list[int] = []

        def job(progress) -> int:  # type: ignore[no-untyped-def]
            progress(50, "half")
            return 7

        QueryOp(None, job, results.append).with_progress(
            lambda p, _s: steps.append(p)
        ).run_in_background()
        QueryOp(None, lambda: 1 / 0, results.append).failure(
            lambda f: failures.append(type(f.exception).__name__)
        ).run_in_background()
    finally:
        manager.synchronous = False
    assert results == [7] and steps == [50] and failures == ["ZeroDivisionError"]


def _deleted(obj: QWidget) -> bool:
    import shiboken6

    return not shiboken6.isValid(obj)
