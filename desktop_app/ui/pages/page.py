"""What every page of the main window is to the window: one protocol, no `getattr` wiring.

The window knows a page only through `Page`: which record kinds it shows, how to refresh,
what Ctrl+N and Ctrl+F mean on it, and its `open_requested(kind, id)` signal. Changes come
from the task manager's one `changes_applied(changes, initiator)` signal
(ui/operations.py), which every page listens to (`listen_for_changes`, also outside the
window); `on_changes` refreshes a visible page at once and marks a hidden one stale, so it
reads again when it is next shown and costs nothing until then (Anki's
`operation_did_execute` with its "refresh when shown").

`Page` is a mixin: put it before the Qt base (`class ListPanel(Page, QWidget)`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ...services.changes import Changes

ALL_KINDS: frozenset[str] = frozenset({"*"})
"""`shown_kinds()` of a page that shows figures over every kind (Dashboard, Trash)."""

COPY, DELETE, FIND = "copy", "delete", "find"
"""What `Page.edit_actions()` names: Edit > Copy, Edit > Delete, Edit > Find."""
ROWS_ACTIONS = frozenset({COPY, DELETE, FIND})
"""A list of records: copy and delete its selected rows, find in its search box."""


def nothing_selected() -> bool:
    """Edit > Copy or Delete with no row selected: said in the status bar (never silent)."""
    from ...i18n import tr
    from ..window_chrome import announce

    announce(tr("MainWindow", "No row is selected: select one or more rows first."))
    return False


def copy_view_rows(view: Any) -> bool:
    """Edit > Copy on a page's table: its selected rows to the clipboard, said in the
    status bar (ui/widgets/copy_rows.py)."""
    from ...i18n import tr
    from ..widgets.copy_rows import copy_rows
    from ..window_chrome import announce

    count = copy_rows(view)
    if not count:
        return nothing_selected()
    announce(tr("ListPanel", "Copied %n rows", None, count))
    return True


class Page:
    """The protocol every page implements; the defaults suit a page that shows nothing."""

    help_topic = ""
    """The user guide page F1 opens on this page (resources/help/<lang>/<topic>.md;
    ui/help_topics.py). Every section's page names one; a test checks it exists."""
    stale = False
    """A change it shows happened while it was hidden: refresh when next shown."""
    refresh_count = 0
    """How many times `refresh` ran through `on_changes` or a show (tests read it)."""
    open_form: Callable[[str, Any, Any], Any] | None = None
    """Set by the window: open(kind, record id or None, preset values) a record form."""
    edit_actions_changed: Callable[[], None] | None = None
    """Set by the window: call it when `edit_actions()` changed (another tab in front)."""
    go_to_section: Callable[[str], Page | None] | None = None
    """Set by the window: bring a section to the front and return its page (a dashboard
    figure opens the records it counts there)."""

    # -- what the page shows ---------------------------------------------------------------
    def shown_kinds(self) -> frozenset[str]:
        """Record kinds whose changes this page must show (ALL_KINDS for every kind)."""
        return frozenset()

    def shows(self, changes: Changes) -> bool:
        kinds = self.shown_kinds()
        return bool(kinds) and (kinds is ALL_KINDS or changes.touches(*kinds))

    # -- changes ---------------------------------------------------------------------------
    def listen_for_changes(self) -> None:
        """Called at the end of a page's __init__: from now on it hears every change (a
        bound method of a QObject, so Qt disconnects it when the page is deleted)."""
        from ..operations import tasks

        tasks().changes_applied.connect(self.on_changes)

    def refresh(self) -> None:
        """Read again what the page shows (cheap, or off the GUI thread)."""

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """A write finished somewhere; `initiator` is whoever made it."""
        if not self.shows(changes):
            return
        if self._visible():
            self._refresh_now()
        else:
            self.stale = True

    def refresh_if_stale(self) -> None:
        """Called from showEvent: a page hidden during a change reads it now."""
        if self.stale:
            self._refresh_now()

    def _refresh_now(self) -> None:
        self.stale = False
        self.refresh_count += 1
        self.refresh()

    def _visible(self) -> bool:
        widget: Any = self
        return bool(widget.isVisible())

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # type: ignore[misc]
        self.refresh_if_stale()

    # -- the window's actions --------------------------------------------------------------
    def new_record_kind(self) -> str | None:
        """The kind Ctrl+N creates on this page, if any."""
        return None

    def new_record(self) -> None:
        """Ctrl+N: a blank form of `new_record_kind()`, through the window's forms."""
        kind = self.new_record_kind()
        if kind is not None and self.open_form is not None:
            self.open_form(kind, None, None)

    def focus_search(self, kind: str | None = None) -> None:
        """Ctrl+F from a form of `kind`: put the cursor in this page's search box."""

    def show_kind(self, kind: str) -> None:
        """Bring the part of the page listing `kind` to the front (a tab)."""

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Narrow the page to what a dashboard figure counts, where it can."""

    def set_scope(self, ids: list[Any], text: str, kind: str | None = None) -> None:
        """List exactly `ids` (of `kind`, on a page with a tab per kind), saying `text`."""

    def open_section(self, section: str) -> Page | None:
        """Another section's page, brought to the front (None outside a window)."""
        return self.go_to_section(section) if self.go_to_section is not None else None

    def edit_actions(self) -> frozenset[str]:
        """Which of Edit > Copy, Delete and Find act on this page as it is now (COPY,
        DELETE, FIND): the window enables those and disables the others, so no entry is
        ever enabled and doing nothing. A page that offers one implements its method."""
        return frozenset()

    def copy_selection(self) -> bool:
        """Edit > Copy: the selected rows to the clipboard, as tab-separated text."""
        return False

    def delete_selection(self) -> bool:
        """Edit > Delete: move the selected records to the Trash (asking first)."""
        return False

    def notify_edit_actions(self) -> None:
        """Tell the window that `edit_actions()` changed (a tab with other actions)."""
        if self.edit_actions_changed is not None:
            self.edit_actions_changed()

    def apply_role(self, may_edit: bool) -> None:
        """The signed-in role may (not) change records: hide what it may not do here, and
        make its keys do nothing (the server refuses anyway; the page should not offer)."""

    def save_current(self) -> bool:
        """File > Save on this page: a page with a form of its own saves it."""
        return False
