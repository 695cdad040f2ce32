"""Menu entries for what used to be reachable only from one page, or not at all.

File > Report to the Commission, Signatory fact sheets and Prepare submission pack act
through the Reports page (its period and report language), so a menu and the page's
buttons can never make different documents. Tools > Backup and restore opens the backup
window. Nothing heavy is imported here: the dialogs load when chosen, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..i18n import tr

REPORT_ACTIONS: tuple[tuple[str, Callable[[Any], Any]], ...] = (
    ("report_pdf_action", lambda page: page.make_report()),
    ("factsheets_action", lambda page: page.make_factsheets()),
    ("submission_action", lambda page: page.prepare_submission()),
)
"""File menu entries run on the Reports page (ReportsPage's methods, imported with it)."""


def add_report_actions(window: Any, menu: QMenu) -> list[QAction]:
    """File menu: the three Commission documents, each ending in "Saved to ..."."""
    menu.addSeparator()
    titles = {
        "report_pdf_action": tr("MainWindow", "&Report to the Commission (PDF)..."),
        "factsheets_action": tr("MainWindow", "Signatory fact s&heets (PDF)..."),
        "submission_action": tr("MainWindow", "Prepare submission &pack..."),
    }
    actions = []
    for name, run in REPORT_ACTIONS:
        action = menu.addAction(titles[name])
        action.setObjectName(name)
        action.triggered.connect(lambda _c=False, r=run: run_on_reports_page(window, r))
        setattr(window, name, action)
        actions.append(action)
    return actions


def run_on_reports_page(window: Any, run: Callable[[Any], Any]) -> None:
    if window.db is None:
        return
    from .pages.reports_page import ReportsPage

    page = window.show_section("reports")
    if isinstance(page, ReportsPage):
        run(page)


def add_tools_actions(window: Any, menu: QMenu) -> QAction:
    """Tools menu: Backup and restore (ui/dialogs/backup_window.py)."""
    action = menu.addAction(tr("MainWindow", "&Backup and restore..."))
    action.setObjectName("backup_action")
    action.triggered.connect(lambda _c=False: show_backup_window(window))
    window.backup_action = action
    return action


def show_backup_window(window: Any) -> Any:
    """Modal: a restore replaces the data every page shows, so nothing else may be edited
    meanwhile; after a restore the window applies "everything changed" (Changes.all), so
    the visible page reads the database again and the others when next shown."""
    if window.db is None:
        return None
    from .dialogs.backup_window import BackupWindow

    dialog = BackupWindow(window.db, parent=window)
    window.backup_window = dialog
    dialog.open()
    return dialog
