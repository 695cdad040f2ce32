"""The main window's desktop conventions: toolbar, File > Save, recent databases, title,
status-bar news, the demo office and restarting in another language.

Kept out of main_window.py so the window stays a list of parts (Edit > Copy, Find and
Delete are in edit_actions.py). Every action here acts through the window's `Page` in
front (save) or through the window's own methods; nothing heavy is imported until an
action is used.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from .. import options as opts
from ..i18n import tr
from .icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow

TITLE_SEPARATOR = " — "
STATUS_MS = 8000
"""How long a status-bar message ("Saved ...", "Imported ...") stays."""


# Status-bar news -------------------------------------------------------------------------
class StatusNews(QObject):
    """One signal every part of the GUI can announce a finished save, import or export on;
    the main window shows it in its status bar."""

    message = Signal(str)


_NEWS: list[StatusNews] = []


def news() -> StatusNews:
    if not _NEWS:
        _NEWS.append(StatusNews())
    return _NEWS[0]


def announce(text: str) -> None:
    news().message.emit(text)


def change_message(initiator: object) -> str | None:
    """What the status bar says after a write, from who made it (ui/operations changes)."""
    from .forms.base_form import RecordForm

    if isinstance(initiator, RecordForm):
        return tr("MainWindow", "Saved: {record}").format(record=initiator.windowTitle())
    text = getattr(initiator, "text", None)
    if callable(text) and hasattr(initiator, "redo"):  # an undo command: its whole phrase
        return tr("MainWindow", "Done: {action}").format(action=text())
    return None


# Actions ---------------------------------------------------------------------------------
def make_action(
    window: MainWindow, name: str, text: str, icon_name: str, slot: Any, keys: Any = None
) -> QAction:
    action = QAction(icon(icon_name), text, window)
    action.setObjectName(name)
    if keys is not None:
        action.setShortcuts(keys)
    action.triggered.connect(lambda _checked=False: slot())
    setattr(window, name, action)
    return action


def build_file_actions(window: MainWindow, file_menu: QMenu, before: QAction) -> None:
    """File > Save and File > Recent databases, placed before `before` (New record)."""
    window.open_action.setIcon(icon("open"))
    window.new_record_action.setIcon(icon("new"))
    save = make_action(
        window, "save_action", tr("MainWindow", "&Save"), "save", lambda: save_current(window)
    )
    save.setToolTip(tr("MainWindow", "Save the record being edited (Ctrl+S in a form)"))
    window.recent_menu = QMenu(tr("MainWindow", "Recent &databases"), file_menu)
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.setIcon(icon("recent"))
    window.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(window))
    file_menu.insertMenu(window.new_record_action, window.recent_menu)
    file_menu.insertSeparator(window.new_record_action)
    file_menu.insertAction(before, save)


def save_current(window: MainWindow) -> bool:
    """The page's own form (the profile), else the record form used last."""
    page = window.pages.get(window.current_section())
    if page is not None and page.save_current():
        return True
    forms = window._forms.open_forms() if window._forms is not None else []
    if not forms:
        window.statusBar().showMessage(
            tr("MainWindow", "No record is open for editing."), STATUS_MS
        )
        return False
    active = next((f for f in forms if f.isActiveWindow()), forms[-1])
    return bool(active.save())


def build_toolbar(window: MainWindow) -> QToolBar:
    """The frequent actions, with icons; each tooltip names its key."""
    bar = QToolBar(tr("MainWindow", "Main toolbar"), window)
    bar.setObjectName("mainToolbar")
    bar.setAccessibleName(tr("MainWindow", "Main toolbar"))
    bar.setMovable(False)
    imports = make_action(
        window,
        "toolbar_import_action",
        tr("MainWindow", "Import from Excel"),
        "import",
        lambda: file_action(window, "excel_import_action"),
    )
    exports = make_action(
        window,
        "toolbar_export_action",
        tr("MainWindow", "Export to Excel"),
        "export",
        lambda: file_action(window, "excel_export_action"),
    )
    report = make_action(
        window,
        "toolbar_report_action",
        tr("MainWindow", "Report to the Commission (PDF)"),
        "report",
        lambda: file_action(window, "report_pdf_action"),
    )
    window.backup_action.setIcon(icon("backup"))
    window.quit_action.setIcon(icon("quit"))
    groups = (
        (window.new_record_action, window.save_action, window.delete_action),
        (window.undo_action, window.redo_action),
        (imports, exports, report, window.backup_action),
    )
    for i, group in enumerate(groups):
        if i:
            bar.addSeparator()
        for action in group:
            bar.addAction(action)
    for action in bar.actions():
        if action.isSeparator():
            continue
        tip = action.toolTip() or action.text().replace("&", "")
        key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if key and key not in tip:
            tip = f"{tip} ({key})"
        widget = bar.widgetForAction(action)
        if widget is not None:
            widget.setToolTip(tip)
            widget.setAccessibleName(action.text().replace("&", "").rstrip("."))
    window.addToolBar(bar)
    window.toolbar = bar
    return bar


def file_action(window: MainWindow, name: str) -> None:
    """Import, export and the report live in the File menu, built when it first opens."""
    if not hasattr(window, name):
        window._add_excel_actions()
    getattr(window, name).trigger()


# Recent databases ------------------------------------------------------------------------
def recent_databases(window: MainWindow) -> list[str]:
    text = window.settings.get(opts.RECENT_DATABASES)
    return [line for line in text.splitlines() if line.strip()]


def remember_database(window: MainWindow) -> None:
    """The open database file goes to the top of File > Recent databases."""
    path = window.db.path if window.db is not None else None
    if path is None:
        return
    entry = str(Path(path).resolve())
    entries = [entry, *(e for e in recent_databases(window) if e != entry)]
    window.settings.set(opts.RECENT_DATABASES, "\n".join(entries[: opts.RECENT_LIMIT]))


def forget_database(window: MainWindow, entry: str) -> None:
    entries = [e for e in recent_databases(window) if e != entry]
    window.settings.set(opts.RECENT_DATABASES, "\n".join(entries))


def fill_recent_menu(window: MainWindow) -> None:
    menu = window.recent_menu
    menu.clear()
    current = str(Path(window.db.path).resolve()) if window.db and window.db.path else ""
    entries = recent_databases(window)
    for number, entry in enumerate(entries, start=1):
        label = f"&{number} {Path(entry).name}" if number < 10 else Path(entry).name
        action = menu.addAction(label)
        action.setToolTip(entry)
        action.setStatusTip(entry)
        action.setData(entry)
        action.setCheckable(True)
        action.setChecked(entry == current)
        action.triggered.connect(lambda _c=False, e=entry: open_recent(window, e))
    if not entries:
        empty = menu.addAction(tr("MainWindow", "No database opened yet"))
        empty.setEnabled(False)
    menu.setToolTipsVisible(True)


def open_recent(window: MainWindow, entry: str) -> bool:
    """Switch to it live (forms asked about unsaved changes first); a file that is gone is
    said so and leaves the list, and the open database stays open."""
    if window.db is not None and window.db.path and Path(window.db.path).resolve() == Path(entry):
        return True
    if not Path(entry).exists():
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            window,
            tr("MainWindow", "Recent databases"),
            tr("MainWindow", "{path} is no longer there; it was taken off the list.").format(
                path=entry
            ),
        )
        forget_database(window, entry)
        return False
    return window.open_database(entry)


# Title -----------------------------------------------------------------------------------
def window_title(office: str, db: Any) -> str:
    """ "Office — file — Coordinator Desk": the office (profile name) and the database."""
    parts = [office] if office else []
    if db is not None:
        path = getattr(db, "path", None)
        if path is not None:
            parts.append(Path(path).name)
        else:
            from .errors import database_location

            parts.append(database_location(db))
    parts.append(tr("MainWindow", "Coordinator Desk"))
    return TITLE_SEPARATOR.join(parts)


def read_office(window: MainWindow, guide: bool = False) -> None:
    """Office name (and, at a first start, whether the database is empty) off the GUI
    thread; from the event loop, so the smoke test's "ready" imports no ORM."""
    db = window.db
    if db is None:
        return

    def read() -> tuple[str, Any]:
        from ..services.first_run import office_name, steps

        return office_name(db), steps(db) if guide else None

    def done(result: tuple[str, Any]) -> None:
        if window.db is not db:
            return  # another database was opened meanwhile
        window.office_name, found = result
        window.setWindowTitle(window_title(window.office_name, db))
        if found is not None and found.empty and window.current_section() == window.start_section:
            window.show_section("start")  # a new office lands where it can start

    from .operations import tasks

    QTimer.singleShot(
        0, window, lambda: tasks().run(read, done, key=("window-title", id(window)), parent=window)
    )


# The demo office -------------------------------------------------------------------------
def explore_demo(window: MainWindow, folder: Path | None = None) -> Any:
    """Create (once) and open the demo office's own file; the office's database stays as
    it was and is one entry away in File > Recent databases."""
    from ..db.location import data_dir
    from ..services.first_run import demo_database_path, prepare_demo_database
    from .operations import tasks

    path = demo_database_path(folder or data_dir())
    window.statusBar().showMessage(tr("MainWindow", "Preparing the demo office..."))
    office = window.db

    def opened(target: Path) -> None:
        window.statusBar().clearMessage()
        if window.open_database(str(target)):
            announce(
                tr(
                    "MainWindow",
                    "Demo office opened. Your office's database is in File > Recent databases.",
                )
            )
            window.show_section("dashboard")

    return tasks().run(lambda: prepare_demo_database(path, office), opened, parent=window)


# Language --------------------------------------------------------------------------------
def restart_arguments(argv: list[str], database: str | None) -> list[str]:
    """The same command line without --lang (the new preference must win) and on the
    database now open."""
    out: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--lang", "--database"):
            skip = True
            continue
        if arg.startswith(("--lang=", "--database=")):
            continue
        out.append(arg)
    if database:
        out += ["--database", database]
    return out


def restart(window: MainWindow) -> bool:
    """Start a new process of the app (on the open database) and close this window."""
    from PySide6.QtCore import QProcess

    if window._forms is not None and not window._forms.close_all():
        return False  # a form with unsaved changes said Cancel: no second instance
    database = str(window.db.path) if window.db is not None and window.db.path else None
    frozen = getattr(sys, "frozen", False)  # the bundle's executable is the program
    prefix = [] if frozen else ["-m", "desktop_app"]
    rest = restart_arguments(sys.argv[1:], database)
    program = sys.executable
    env_lang = os.environ.pop("COORDINATOR_DESK_LANG", None)  # the preference must win
    started = QProcess.startDetached(program, [*prefix, *rest])
    if env_lang is not None:
        os.environ["COORDINATOR_DESK_LANG"] = env_lang
    ok = bool(started[0] if isinstance(started, tuple) else started)
    if ok:
        window.close()
    return ok
