"""Last-resort handling of unexpected errors: log them, tell the user, keep running.

Without this, an exception raised in a slot is printed to a console nobody sees and the
window keeps going in an unknown state; a clerk must at least learn that something failed
and where the details were written.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from ..i18n import tr

log = logging.getLogger("desktop_app")

_showing = False
_interactive = True
errors: list[str] = []
"""Every unexpected error of this run, so a headless run (the smoke test) can fail on them."""


def log_file() -> Path:
    from ..db.location import data_dir

    return data_dir() / "logs" / "coordinator-desk.log"


_log_path: Path | None = None
"""The file setup_logging() opened: set up once; a second call is a no-op."""


def setup_logging() -> Path | None:
    """Log to a rotating file in the data folder (and to stderr); None if not writable.

    Start-up calls this once the first list is in (its imports cost ~10 ms); an error
    reported before that sets it up first, so its details still reach the file.
    """
    global _log_path
    if _log_path is not None:
        return _log_path
    from logging.handlers import RotatingFileHandler

    log.setLevel(logging.INFO)
    if not any(isinstance(h, logging.StreamHandler) for h in log.handlers):
        log.addHandler(logging.StreamHandler(sys.stderr))
    try:
        from ..db.private_files import private_file, private_folder

        path = log_file()
        private_folder(path.parent)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        private_file(path)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    _log_path = path
    return path


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report("".join(traceback.format_exception(exc_type, exc, tb)))


def report(details: str) -> None:
    """Log an unexpected error and, unless running headless, tell the user."""
    errors.append(details)
    setup_logging()
    log.error("Unexpected error\n%s", details)
    if _interactive:
        show_crash_dialog(details)


def show_crash_dialog(details: str) -> None:
    """A modal box with the traceback folded away; never two at once (a loop of errors)."""
    global _showing
    from PySide6.QtWidgets import QApplication, QMessageBox

    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QMessageBox.Icon.Critical, tr("CrashDialog", "Unexpected error"), "")
        box.setText(
            tr(
                "CrashDialog",
                "Something went wrong that Coordinator Desk did not expect. The last action may "
                "not have been completed; saved records are not affected.",
            )
        )
        box.setInformativeText(
            tr("CrashDialog", "The details were written to {path}.").format(path=log_file())
        )
        box.setDetailedText(details)
        box.exec()
    finally:
        _showing = False


_interactive = True
errors: list[str] = []
"""Every unexpected error of this run, so a headless run (the smoke test) can fail on them."""


def install(*, interactive: bool = True) -> None:
    """`interactive=False` logs without a dialog: nobody is there to close it."""
    global _interactive
    _interactive = interactive
    sys.excepthook = excepthook
