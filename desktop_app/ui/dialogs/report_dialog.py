"""Progress dialog for report, fact sheet and submission jobs, run off the GUI thread.

The job runs as an operation on the one task manager (ui/operations.py), which gives it a
`progress(percent, step)` callback; pressing Cancel makes the next call raise `Cancelled`,
and the services then leave no file behind. On success the result is opened in
the system viewer (the PDF) or file manager (the pack's folder).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ..operations import Cancelled, Failure, Operation, Progress, tasks

__all__ = ["Cancelled", "Progress", "ReportDialog", "explain"]


def explain(exc: Exception) -> str | None:
    """Words for the problems a clerk can fix (bad period, unknown name, unusable pack)."""
    from ...db.errors import DatabaseError
    from ...messages import format_message
    from ...services.period import PeriodError
    from ...services.reports.factsheet import SignatoryLookupError
    from ...services.reports.messages import message
    from ...services.reports.pack import PackError

    if isinstance(exc, PeriodError):
        from ...date_text import format_date

        return exc.message(format_date)
    if isinstance(exc, SignatoryLookupError):
        return exc.message()
    if isinstance(exc, PackError):
        return message(exc.code, exc.params)
    if isinstance(exc, DatabaseError):
        return format_message(exc.code, exc.params)
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}"
    return None


class ReportDialog(QDialog):
    """Shows one job's progress; `result` holds its return value after `exec()`."""

    help_topic = "reports"

    def __init__(
        self,
        title: str,
        fn: Callable[[Progress], Any],
        open_path: Callable[[Any], Path | None] = lambda r: getattr(r, "path", None),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.result_value: Any = None
        self.error: str | None = None
        self._open_path = open_path
        self._status = QLabel(self.tr("Preparing…"))
        self._bar = QProgressBar()
        self._bar.setRange(0, 100)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._buttons.rejected.connect(self._cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._bar)
        layout.addWidget(self._buttons)
        self._fn = fn
        self._op: Operation | None = None
        self.open_when_done = True
        """Show the \"Saved to\" notice when the job returns a path."""
        self.saved: Any = None

    def start(self) -> None:
        self._op = tasks().run(
            self._fn,
            self._on_done,
            self._on_failure,
            on_progress=self._on_progress,
            on_cancelled=self.reject,
        )

    def exec(self) -> int:  # type: ignore[override]
        self.start()
        return super().exec()

    def _steps(self) -> dict[str, str]:
        return {
            "figures": self.tr("Counting the key figures…"),
            "details": self.tr("Reading the records…"),
            "layout": self.tr("Laying out the pages…"),
            "report": self.tr("Writing the report…"),
            "workbook": self.tr("Writing the workbook…"),
            "manifest": self.tr("Writing the manifest…"),
            "done": self.tr("Done"),
        }

    def _on_progress(self, percent: int, step: str) -> None:
        self._bar.setValue(percent)
        self._status.setText(self._steps().get(step, step))

    def _cancel(self) -> None:
        if self._op is not None:
            self._op.cancel()
        self._status.setText(self.tr("Cancelling…"))

    def _on_done(self, result: Any) -> None:
        self.result_value = result
        self._bar.setValue(100)
        path = self._open_path(result)
        if self.open_when_done and path is not None:
            from .saved_notice import show_saved

            # "Saved to ..." with Open / Show folder, instead of opening it unasked.
            self.saved = show_saved(Path(path), self.windowTitle(), self.parentWidget())
        self.accept()

    def _on_failure(self, failure: Failure) -> None:
        """Worded problems are shown; anything else is a bug report."""
        exc = failure.exception
        text = explain(exc) if isinstance(exc, Exception) else None
        if text is not None:
            self._on_failed(text, True)
        else:
            self._on_failed(failure.details, False)

    def _on_failed(self, text: str, expected: bool) -> None:
        if not text:  # cancelled
            self.reject()
            return
        self.error = text
        if expected:
            QMessageBox.warning(self, self.windowTitle(), text)
            self.reject()
            return
        from ..crash import show_crash_dialog

        show_crash_dialog(text)
        self.reject()
