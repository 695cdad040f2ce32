"""GUI start-up: options, QApplication, language, database, main window.

Only what the first window needs is imported on this path; exports, reports and Alembic
are imported by the features that use them, so the window appears quickly.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from .. import i18n
from ..command_line import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_UNUSABLE,
    LANG_ENV,
    base_parser,
    prescan_lang,
)
from ..i18n import LANGUAGES, tr
from . import settings as opts
from .settings import APPLICATION, ORGANIZATION, Settings

SMOKE_SECTION = "dashboard"
"""The section the smoke test opens on and times: the one a user lands on (START_SECTION)."""


def build_parser(list_commands: bool = False) -> argparse.ArgumentParser:
    """The GUI's options; with `list_commands` (for --help) the headless commands too.

    Listing them imports every command module, so only --help pays for it.
    """
    epilog = None
    if list_commands:
        import textwrap

        from ..cli import command_names

        text = tr("CLI", "Commands, run without a window: {commands}.").format(
            commands=", ".join(sorted(command_names()))
        )
        help_on_one = tr("CLI", "Help on one command: {example}").format(
            example="coordinator-desk COMMAND --help"
        )
        epilog = textwrap.fill(text, 78) + "\n" + help_on_one
    return base_parser(epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)


def open_settings() -> Settings:
    """The per-user INI file (or COORDINATOR_DESK_SETTINGS's), moved forward if older."""
    from ..options import user_settings

    return user_settings()


def choose_language(option: str | None, settings: Settings) -> str:
    """--lang, then the environment, then Preferences, then the system if we speak it."""
    for candidate in (option, os.environ.get(LANG_ENV), settings.get(opts.LANGUAGE)):
        if candidate in LANGUAGES:
            return str(candidate)
    system = QLocale.system().name().split("_")[0]
    return system if system in ("ru", "tk") else i18n.DEFAULT_LANGUAGE


def run_gui(argv: Sequence[str]) -> int:
    """The GUI, with Python's cyclic garbage collector paused until the first list is in.

    Start-up allocates tens of thousands of long-lived objects (SQLAlchemy, PySide6's
    enums, our modules) and the collector kept scanning them: counted on the smoke test, one
    full pass (~20 ms), eleven middle ones (~12 ms) and ~120 young ones (~10 ms) before the
    first list was in. `_startup_done()` resumes collection right after (any cycles made
    meanwhile are collected then).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_gui(argv)
    finally:
        if collecting:
            gc.enable()


_own_process = False
"""True when run_gui created the QApplication: the process is the app, not a test run."""


def _startup_done() -> None:
    """The first list is in: collect garbage again. In the app's own process the start-up
    objects are moved to the permanent generation first (`gc.freeze`), so later full
    collections do not scan the libraries' objects every time."""
    if _own_process:
        gc.freeze()
    gc.enable()


def _password_handled(args: argparse.Namespace) -> bool:
    """As the commands do: no password in --database (process list), --ask-password asks."""
    from ..db.secrets import password_in, safe_url

    if password_in(args.database):
        print(
            tr(
                "CLI",
                "A password in --database ({url}) is visible to every user of this computer "
                "in the process list; nothing was done. Give it with PGPASSWORD, a pgpass "
                "or service file, or --ask-password.",
            ).format(url=safe_url(args.database)),
            file=sys.stderr,
        )
        return False
    if getattr(args, "ask_password", False):
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            None,
            "Coordinator Desk",
            tr("CLI", "Password for the database server: "),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return False
        os.environ["PGPASSWORD"] = text  # for libpq, this process only; never saved
    return True


def _run_gui(argv: Sequence[str]) -> int:
    global _own_process
    argv = list(argv)
    app = QApplication.instance()
    if app is None:
        _own_process = True
        QApplication.setOrganizationName(ORGANIZATION)
        QApplication.setApplicationName(APPLICATION)
        QApplication.setApplicationDisplayName("Coordinator Desk")
        from .platform_check import refuses

        if refuses(argv, lambda: choose_language(prescan_lang(argv), open_settings())):
            return EXIT_UNUSABLE  # no window possible here: it has said which library or setting
        app = QApplication([sys.argv[0] if sys.argv else "coordinator-desk", *argv])
        argv = app.arguments()[1:]  # Qt has removed its own options (-platform, -style...)
    assert isinstance(app, QApplication)
    settings = open_settings()
    i18n.install(choose_language(prescan_lang(argv), settings))
    try:
        wants_help = any(a in ("-h", "--help") for a in argv)
        args = build_parser(list_commands=wants_help).parse_args(argv)
    except SystemExit as exc:  # --help, or a bad option (argparse has printed why)
        return int(exc.code or 0)
    if not _password_handled(args):
        return EXIT_INVALID

    from . import crash

    crash.install(interactive=not args.smoke_test)  # the log file is set up once shown
    from .main_window import MainWindow

    if args.smoke_test:  # the start a user gets: the window opens on the Dashboard
        return _smoke_test(app, MainWindow(settings, start_section=SMOKE_SECTION), args.database)
    window = MainWindow(settings, guide_first_run=True)  # an empty database: Getting started
    window.show()
    app.processEvents()  # paint the window before the database stack is even imported
    db = _open_database(
        args.database, window, offer_backup=True, check=False, create=_may_create(args.database)
    )
    if db is None:
        crash.setup_logging()
        window.hide()
        window.deleteLater()
        return EXIT_UNUSABLE
    window.set_database(db)
    # A rotating file handler costs ~10 ms of imports: once the first list is in. The crash
    # hook installed above keeps every error meanwhile, and stderr still gets them.
    crash.setup_logging()
    _startup_done()
    _check_in_background(window, args.database)
    try:
        return app.exec()
    finally:
        if window.db is not None:
            window.db.dispose()


def _may_create(option: str | None) -> bool:
    """Only the default database is made on first start; a --database (or the env var)
    naming a missing file is shown as an error, not turned into new folders and an empty
    database (issue 12; the CLI refuses the same way)."""
    from ..db.location import ENV_VAR

    return not option and not os.environ.get(ENV_VAR)


def _open_database(  # type: ignore[no-untyped-def]
    option: str | None,
    parent: QWidget | None,
    *,
    offer_backup: bool = False,
    check: bool = True,
    create: bool = True,
):
    """The database, or None after telling the user why it cannot be used.

    Nothing is written to a file that is refused (checked before any connection opens).
    A damaged SQLite file gets the recovery dialog (newest good backup) when `offer_backup`.
    """
    from ..db.errors import DatabaseError
    from ..services.database import open_database
    from .dialogs import sign_in
    from .errors import show_database_error

    sign_in.from_keyring(option)  # an office server's password, if the keyring holds it
    try:
        return open_database(option, check=check, create=create)
    except (DatabaseError, OSError) as exc:
        if sign_in.ask(parent, option, exc):  # the server wants a password: the sign-in dialog
            return _open_database(option, parent, offer_backup=offer_backup, create=create)
        print(_plain_error(exc), file=sys.stderr)
        if offer_backup and isinstance(exc, DatabaseError) and _recovered(parent, exc, option):
            return _open_database(option, parent)
        show_database_error(parent, exc)
        return None


def _recovered(parent: QWidget | None, exc, option: str | None) -> bool:  # type: ignore[no-untyped-def]
    from ..db.location import resolve_database, sqlite_path
    from .dialogs.recovery_dialog import offer_recovery

    return offer_recovery(parent, exc, sqlite_path(resolve_database(option)))


def _check_in_background(window, option: str | None) -> None:  # type: ignore[no-untyped-def]
    """SQLite's quick check reads the whole file, so it runs beside the first list, not before.

    Header, schema revision and a first query have already succeeded by now; a damaged
    page found here still ends in the recovery dialog, a second or so after the window
    shows, and only then does the daily backup run (never copying a damaged file).
    """
    import logging

    from ..db.errors import DatabaseError
    from ..db.session import connect
    from ..services.recovery import quick_check
    from .operations import tasks

    db = window.db
    log = logging.getLogger(__name__)

    def check() -> DatabaseError | None:
        probe = connect(db.url, create=False)
        try:
            quick_check(probe)
        except DatabaseError as exc:
            return exc
        finally:
            probe.dispose()
        return None

    def done(problem: DatabaseError | None) -> None:
        if problem is None:
            _start_daily_backup(db)
            return
        window.db = None
        db.dispose()
        print(_plain_error(problem), file=sys.stderr)
        if _recovered(window, problem, option):
            fresh = _open_database(option, window)
            if fresh is not None:
                window.set_database(fresh)
                _start_daily_backup(fresh)
                return
        else:
            from .errors import show_database_error

            show_database_error(window, problem)
        window.close()
        QApplication.exit(EXIT_UNUSABLE)

    tasks().run(check, done, lambda failure: log.warning("quick check: %s", failure.details))


def _start_daily_backup(db) -> None:  # type: ignore[no-untyped-def]
    """The first start of the day takes a backup, off the GUI thread; a failure only logs."""
    import logging

    from ..options import backup_settings
    from ..services.backup import daily_backup_if_due
    from .operations import tasks

    settings = backup_settings(open_settings())
    log = logging.getLogger(__name__)
    tasks().run(
        lambda: daily_backup_if_due(db, settings),
        None,
        lambda failure: log.warning("daily backup failed: %s", failure.details),
    )


def _plain_error(exc: Exception) -> str:
    from .errors import database_error_text

    return database_error_text(exc)  # type: ignore[arg-type]


# Smoke test --------------------------------------------------------------------------------


def process_age_ms() -> float | None:
    """Milliseconds since this process started (Linux; 10 ms resolution), else None."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time in ticks
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _fallback_origin() -> float:
    for name in ("desktop_app.__main__", "__main__"):
        started = getattr(sys.modules.get(name), "STARTED", None)
        if isinstance(started, float):
            return started
    return time.perf_counter()


def _smoke_test(app: QApplication, window, database: str | None) -> int:  # type: ignore[no-untyped-def]
    """Show the window on the Dashboard, as a user's start does; print the two timings.

    "shown": the window is exposed and painted. "ready": the database is open and the
    Dashboard is painted (its lights and figures say "Computing"); the time until its
    figures and deadlines are in goes to stderr, with the signatories they count.
    Leaves no trace (no saved layout).
    """
    age = process_age_ms()
    origin = time.perf_counter() - age / 1000 if age is not None else _fallback_origin()

    def elapsed() -> float:
        return (time.perf_counter() - origin) * 1000

    window.show()
    handle = window.windowHandle()
    deadline = time.perf_counter() + 10
    while not (handle and handle.isExposed()) and time.perf_counter() < deadline:
        app.processEvents()
    app.processEvents()
    shown = elapsed()
    from . import crash

    db = _open_database(database, window, check=False)  # checked after "ready", as in real use
    if db is None:
        crash.setup_logging()
        window.hide()
        return EXIT_UNUSABLE
    window.set_database(db)
    page = window.show_section(SMOKE_SECTION)
    window.repaint()  # painted now; its computation starts from the event loop, as in use
    ready = elapsed()
    print(f"shown in {shown:.0f} ms; ready in {ready:.0f} ms", flush=True)
    crash.setup_logging()  # as in a normal start: once the first screen is up
    _startup_done()

    def computing() -> bool:
        return page.board is None or page.loading or page.deadlines.loading  # type: ignore[union-attr]

    while computing() and not crash.errors and time.perf_counter() < deadline + 60:
        app.processEvents()
        time.sleep(0.001)
    board = page.board  # type: ignore[union-attr]
    counted = sum(n for _status, n in board.plan_status) if board is not None else 0
    from ..db.errors import DatabaseError
    from ..services.recovery import quick_check

    try:
        quick_check(db)
    except DatabaseError as exc:
        print(_plain_error(exc), file=sys.stderr)
        window.hide()
        return EXIT_UNUSABLE
    print(
        tr("CLI", "Dashboard computed in {ms} ms: %n signatories.", None, counted).format(
            ms=round(elapsed())
        ),
        file=sys.stderr,
    )
    window.hide()  # not close(): a smoke test must not overwrite the saved window layout
    db.dispose()
    window.deleteLater()
    return EXIT_INTERNAL if crash.errors else EXIT_OK
