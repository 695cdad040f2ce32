"""The main window: menus, the navigation list and one page per section.

The window owns no business logic: pages come from the registry in sections.py and get
the open database through a PageContext; opening another database rebuilds them. The window
knows a page only through the `pages.page.Page` protocol; pages hear "changes applied"
(ui/operations.py) themselves: shown ones refresh, hidden ones when shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ..i18n import tr
from . import settings as opts
from . import window_chrome as chrome
from .icons import icon
from .operations import tasks
from .sections import (
    SECTIONS,
    START_SECTION,
    PageContext,
    Section,
    create_page,
    section,
    section_shortcut,
)
from .settings import Settings
from .undo_actions import undo_action
from .widgets.elided_label import ElidedLabel

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent  # QEvent.Type's 179 members: not before the paint

    from ..db.session import Database
    from ..services.changes import Changes
    from .forms.opener import FormOpener
    from .pages.page import Page

SECTION_ROLE = 0x0100
"""Qt.ItemDataRole.UserRole. Naming `Qt` builds PySide6's Python enums for the whole Qt
namespace (93 classes, about 15 ms) which a bare window never pays: the window does not
touch `Qt` before it is shown (docs/gui.md, Start-up). Calls whose overloads take a `Qt`
enum build it too while PySide6 picks the overload: `QSplitter(parent)` and
`QAction.setShortcut()` do, hence `QSplitter()` and `setShortcuts([...])` below."""
_ALIGN_CENTER = 0x0084
"""Qt.AlignmentFlag.AlignCenter, set through the property system for the same reason."""
_NATIVE_TEXT = QKeySequence.SequenceFormat.NativeText


NAV_SHARE = 0.26
"""The largest share of the screen's width the sidebar starts with."""


class MainWindow(QMainWindow):
    section_changed = Signal(str)
    database_changed = Signal(object)
    copy_action: QAction
    find_action: QAction
    delete_action: QAction
    """Edit > Copy, Find, Delete (ui/edit_actions.py), enabled where the page offers them."""

    def __init__(
        self,
        settings: Settings,
        db: Database | None = None,
        parent: QWidget | None = None,
        *,
        start_section: str = START_SECTION,
        guide_first_run: bool = False,
    ) -> None:
        """Without `db` the window shows "opening" until set_database(): start-up shows the
        window first and imports the database stack after, so the user sees it sooner.

        Only the page of `start_section` is built when the database arrives; the others,
        the Dashboard's computation included, wait until they are first shown. With
        `guide_first_run` (a user's start) an empty database opens on Getting started.
        """
        super().__init__(parent)
        self.setObjectName("MainWindow")
        section(start_section)  # an unknown id fails here, not later in show_section
        self.start_section = start_section
        self.db = db
        self.settings = settings
        self.pages: dict[str, Page] = {}
        self.menus: dict[str, QMenu] = {}
        self.section_actions: dict[str, QAction] = {}
        self.undo_group = QUndoGroup(self)
        """Holds the session's undo stack (ui.undo) once the first write was made."""
        self._forms: FormOpener | None = None
        """Record forms (ui.forms), created on first use: not on the start-up path."""
        self.guide_first_run = guide_first_run
        self.office_name = ""
        """The coordinator profile's name, shown in the title (read off the GUI thread)."""
        self.setWindowTitle(tr("MainWindow", "Coordinator Desk"))

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(tr("MainWindow", "Sections"))
        row_height = self.navigation.fontMetrics().height() * 2
        for number, sec in enumerate(SECTIONS, start=1):
            item = QListWidgetItem(icon(f"section-{sec.id}"), tr("Section", sec.title))
            item.setData(SECTION_ROLE, sec.id)
            item.setSizeHint(QSize(0, row_height))  # roomy targets, scaled with the font
            key = QKeySequence(section_shortcut(number))
            item.setToolTip(f"{item.text()} ({key.toString(_NATIVE_TEXT)})")  # its key, found
            self.navigation.addItem(item)
        metrics = self.navigation.fontMetrics()
        nav_width = max(metrics.horizontalAdvance(tr("Section", s.title)) for s in SECTIONS)
        nav_width += 4 * metrics.averageCharWidth()  # frame, margins, a scroll bar's worth
        nav_width += max(self.navigation.iconSize().width(), 24) + 3 * metrics.averageCharWidth()
        self.navigation.setMinimumWidth(160)
        # As wide as its longest entry, but not more than a quarter of the screen: on a
        # laptop at 150 % the Turkmen sidebar took half the window; a longer entry wraps
        # onto the second line its row has room for.
        self.navigation.setWordWrap(True)
        nav_width = min(
            nav_width, max(180, int(self.screen().availableGeometry().width() * NAV_SHARE))
        )
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        self.splitter = QSplitter()  # horizontal by default; (self) would name Qt, see above
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([max(nav_width, 180), 900])
        self.setCentralWidget(self.splitter)
        self.opening_label = QLabel(tr("MainWindow", "Opening the database..."), self.stack)
        self.opening_label.setProperty("alignment", _ALIGN_CENTER)
        self.stack.addWidget(self.opening_label)

        self.location_label = ElidedLabel(self)  # made selectable with its first text
        self.statusBar().addPermanentWidget(self.location_label)  # messages get the rest
        chrome.news().message.connect(self.show_status)  # bound: gone with the window
        self._show_location()

        self._build_menus()
        chrome.build_toolbar(self)
        # Current before the signal is connected: otherwise the list's first focus-in makes
        # row 0 current, and the database would arrive on the Dashboard whatever we asked.
        self.navigation.setCurrentRow(
            next(i for i, s in enumerate(SECTIONS) if s.id == start_section)
        )
        self.navigation.currentRowChanged.connect(self._on_row_changed)
        tasks().changes_applied.connect(self._on_changes)
        available = self.screen().availableGeometry()  # a small screen: all of it fits
        self.resize(min(1180, available.width()), min(760, available.height() - 40))
        self.restore_state()
        if db is not None:
            self.set_database(db)

    # Menus -------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = self.menus["file"] = bar.addMenu(tr("MainWindow", "&File"))
        self.open_action = file_menu.addAction(tr("MainWindow", "&Open database..."))
        self.open_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Open))
        self.open_action.triggered.connect(self.choose_database)
        self.new_record_action = file_menu.addAction(tr("MainWindow", "&New record"))
        self.new_record_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
        self.new_record_action.triggered.connect(self.new_record)
        self._quit_separator = file_menu.addSeparator()
        chrome.build_file_actions(self, file_menu, self._quit_separator)
        file_menu.aboutToShow.connect(self._add_excel_actions)
        self.quit_action = file_menu.addAction(tr("MainWindow", "&Quit"))
        self.quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        edit_menu = self.menus["edit"] = bar.addMenu(tr("MainWindow", "&Edit"))
        # Worded "Undo: Move “Mary” to the Trash": one template, the command's whole phrase.
        self.undo_action = undo_action(self, self.undo_group)
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = undo_action(self, self.undo_group, redo=True)
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        from .edit_actions import build_edit_actions

        build_edit_actions(self, edit_menu)  # Copy, Find, Delete: enabled where they act

        view_menu = self.menus["view"] = bar.addMenu(tr("MainWindow", "&View"))
        self.section_group = QActionGroup(self)  # one section at a time: radio items
        self.section_group.setExclusive(True)
        for number, sec in enumerate(SECTIONS, start=1):
            action = view_menu.addAction(icon(f"section-{sec.id}"), tr("Section", sec.title))
            action.setCheckable(True)
            self.section_group.addAction(action)
            action.setShortcuts([QKeySequence(section_shortcut(number))])  # every section
            action.triggered.connect(lambda _checked=False, sid=sec.id: self.show_section(sid))
            self.section_actions[sec.id] = action

        tools_menu = self.menus["tools"] = bar.addMenu(tr("MainWindow", "&Tools"))
        self.preferences_action = tools_menu.addAction(tr("MainWindow", "&Preferences..."))
        self.preferences_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.setIcon(icon("preferences"))
        self.preferences_action.triggered.connect(self.show_preferences)
        from .menu_actions import add_tools_actions

        add_tools_actions(self, tools_menu)  # Backup and restore

        help_menu = self.menus["help"] = bar.addMenu(tr("MainWindow", "&Help"))
        self.help_action = help_menu.addAction(tr("MainWindow", "&User guide"))
        self.help_action.setObjectName("help_action")
        self.help_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
        )
        self.help_action.triggered.connect(self.show_help)
        from .help_topics import install_help_keys

        install_help_keys(self)  # F1 in forms and dialogs too (ui/help_topics.py)
        help_menu.addSeparator()
        self.about_action = help_menu.addAction(tr("MainWindow", "&About Coordinator Desk"))
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        about_qt = help_menu.addAction(tr("MainWindow", "About &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _add_excel_actions(self) -> None:
        """File > Import/Export to Excel, added when the menu first opens: they have no
        shortcut, and their module (~5 ms of imports) is not needed for the first paint."""
        self.menus["file"].aboutToShow.disconnect(self._add_excel_actions)
        from .dialogs.export_dialog import add_excel_actions
        from .menu_actions import add_report_actions

        holder = QMenu(self)  # owns the actions; they are shown in the File menu
        add_excel_actions(self, holder)
        add_report_actions(self, holder)  # report, fact sheets, submission pack
        self.excel_import_action.setIcon(icon("import"))
        self.excel_export_action.setIcon(icon("export"))
        self.report_pdf_action.setIcon(icon("report"))
        self.menus["file"].insertActions(self._quit_separator, holder.actions())

    # Sections ----------------------------------------------------------------------------

    def current_section(self) -> str:
        item = self.navigation.currentItem()
        return str(item.data(SECTION_ROLE)) if item else self.start_section

    def show_section(self, section_id: str) -> Page | None:
        """Bring a section to the front, building its page the first time (once a
        database is open)."""
        row = next(i for i, sec in enumerate(SECTIONS) if sec.id == section_id)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)  # re-enters through _on_row_changed
        else:
            self._activate(SECTIONS[row])
        return self.pages.get(section_id)

    def page(self, section_id: str) -> Page | None:
        return self.pages.get(section_id)

    def _on_row_changed(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self._activate(SECTIONS[row])

    def _activate(self, sec: Section) -> None:
        for sid, action in self.section_actions.items():
            action.setChecked(sid == sec.id)
        if self.db is None:
            self._update_edit_actions()  # no page yet: nothing to copy, find or delete
            return
        page = self.pages.get(sec.id)
        if page is None:
            page = create_page(sec, PageContext(self.db, self.settings), self.stack)
            page.setObjectName(f"page_{sec.id}")
            self.pages[sec.id] = page
            self._connect_page(page)
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_edit_actions()
        self.section_changed.emit(sec.id)

    def _update_edit_actions(self, *_: object) -> None:
        """Edit > Copy, Find and Delete enabled where the page in front offers them."""
        from .edit_actions import update_edit_actions

        update_edit_actions(self)

    # Record forms ------------------------------------------------------------------------

    @property
    def forms(self) -> FormOpener:
        if self._forms is None:
            from .forms.opener import FormOpener

            assert self.db is not None
            self._forms = FormOpener(self.db, self.settings, self, self.focus_search)
            self._ensure_undo()
        return self._forms

    def _ensure_undo(self) -> None:
        """Edit > Undo acts on the session's saves and deletes (ui.undo), from the first
        write on: ui.undo and the services it needs are not loaded before."""
        from . import undo

        stack = undo.session_stack()
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        if self.undo_group.activeStack() is None:
            self.undo_group.setActiveStack(stack)

    def show_status(self, text: str) -> None:
        """A save, import or export finished: said in the status bar for a while."""
        self.statusBar().showMessage(text, chrome.STATUS_MS)

    def _on_changes(self, changes: Changes, initiator: object) -> None:
        """A write finished: its undo command is on the session stack, now in Edit; the
        status bar says what was done, and a renamed office is renamed in the title."""
        self._ensure_undo()
        message = chrome.change_message(initiator)
        if message:
            self.statusBar().showMessage(message, chrome.STATUS_MS)
        if changes.touches("coordinator"):
            chrome.read_office(self)

    def _connect_page(self, page: Page) -> None:
        """Lambdas, so that the forms module loads on first use, not with the page."""
        page.open_requested.connect(lambda kind, rid: self.forms.open(kind, rid))  # type: ignore[attr-defined]
        page.open_form = lambda kind, rid, preset: self.forms.open(kind, rid, preset)
        page.edit_actions_changed = self._update_edit_actions  # a tab with other actions
        page.go_to_section = self.show_section
        from .account import restrict_page
        from .pages.start_page import StartPage

        restrict_page(page, self.db)  # an office server's role: what it may not do is hidden

        if isinstance(page, StartPage):  # its buttons ask the window for what it cannot do
            page.section_requested.connect(self.show_section)
            page.import_requested.connect(lambda: chrome.file_action(self, "excel_import_action"))
            page.demo_requested.connect(lambda: chrome.explore_demo(self))

    def new_record(self) -> None:
        """Ctrl+N: a blank form of the kind the page in front lists (the page decides)."""
        page = self.pages.get(self.current_section())
        if page is not None and self.db is not None:
            page.new_record()

    def focus_search(self, kind: str) -> None:
        """Ctrl+F in a form: back to the list of that kind, in its search box."""
        from .forms.registry import section_for

        section_id, _tab = section_for(kind)
        page = self.show_section(section_id)
        self.activateWindow()
        if page is not None:
            page.focus_search(kind)

    # Database ----------------------------------------------------------------------------

    def choose_database(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its 7 enum classes: not before the paint

        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("MainWindow", "Open database"),
            str(self.db.path.parent) if self.db and self.db.path else "",
            tr("MainWindow", "Coordinator Desk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def open_database(self, option: str) -> bool:
        """Switch to another database; on failure keep the current one and say why."""
        from ..db.errors import DatabaseError
        from ..services.database import open_database
        from .errors import database_location, show_database_error  # QMessageBox: not at start

        if self._forms is not None and not self._forms.close_all():
            return False  # a form with unsaved changes said Cancel: stay on this database
        try:
            new_db = open_database(option, create=False)
        except (DatabaseError, OSError) as exc:
            show_database_error(self, exc)
            return False
        self.set_database(new_db)
        # The file's name (its path is beside it); a server without its password.
        shown = Path(new_db.path).name if new_db.path else database_location(new_db)
        chrome.announce(tr("MainWindow", "Opened {location}").format(location=shown))
        return True

    def set_database(self, db: Database) -> None:
        if self._forms is not None:
            self._forms.close_all()
            self._forms.deleteLater()
            self._forms = None
        current = self.current_section()
        old = self.db
        self.db = db
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._show_location()
        from .account import follow

        follow(self)  # who is signed in to an office server, and what the window offers them
        self.setWindowTitle(chrome.window_title("", db))
        chrome.remember_database(self)
        guide, self.guide_first_run = self.guide_first_run, False  # the first database only
        chrome.read_office(self, guide=guide)
        self.show_section(current)
        if old is not None and old is not db:
            old.dispose()
        self.database_changed.emit(db)

    def _show_location(self) -> None:
        if self.db is None:
            self.location_label.set_full_text("")
            return
        from PySide6.QtCore import Qt

        from .errors import database_location

        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        location = database_location(self.db)
        self.location_label.set_full_text(
            tr("MainWindow", "Database: {location}").format(location=location)
        )

    # Dialogs -----------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from .dialogs.preferences import PreferencesDialog

        language = self.settings.get(opts.LANGUAGE)
        PreferencesDialog(self.settings, self).exec()
        if self.settings.get(opts.LANGUAGE) != language:
            self.offer_restart()

    def offer_restart(self) -> bool:
        """A new language needs a new start: offered at once, and done on Yes."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            tr("MainWindow", "Language"),
            tr(
                "MainWindow",
                "The new language is used from the next start. Restart Coordinator Desk "
                "now? Open forms are asked about unsaved changes first.",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes and chrome.restart(self)

    @property
    def help_topic(self) -> str:
        """F1 on the window: the guide's page of the section in front."""
        from .help_topics import declared_topic, section_topic

        page = self.pages.get(self.current_section())
        return declared_topic(page) or section_topic(self.current_section())

    def show_help(self) -> None:
        """Help > User guide (F1): the page for the screen or form that has the focus."""
        from .help_topics import show_help

        show_help(None, self)

    def show_about(self) -> None:
        from .dialogs.about import show_about
        from .errors import database_location

        show_about(self, database_location(self.db) if self.db else "")

    # Window state ------------------------------------------------------------------------

    def restore_state(self) -> None:
        geometry = self.settings.get(opts.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(QByteArray(geometry))
        state = self.settings.get(opts.WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        splitter = self.settings.get(opts.SPLITTER_STATE)
        if splitter:
            self.splitter.restoreState(QByteArray(splitter))

    def save_state(self) -> None:
        self.settings.set(opts.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.settings.set(opts.WINDOW_STATE, bytes(self.saveState().data()))
        self.settings.set(opts.SPLITTER_STATE, bytes(self.splitter.saveState().data()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._forms is not None and not self._forms.close_all():
            event.ignore()  # a form with unsaved changes said Cancel
            return
        self.save_state()
        super().closeEvent(event)
