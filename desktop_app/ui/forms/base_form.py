"""What every record form shares: field bindings, validation as you type, dirty tracking,
saving with conflict resolution, the Trash, undo, the history panel and the keyboard.

A per-kind form only declares its fields, in visual order, in `build()`; everything else
lives here so the ten forms behave alike. Values go to and from services.records; this class
never touches SQL and holds no business rule beyond "errors block Save".
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...db.session import Database
from ...domain.rules.issues import Issue
from ...domain.rules.validation import ValidationContext, validate
from ...i18n import tr
from ...services import records
from ...services.changes import Changes
from .. import undo
from ..operations import tasks
from ..settings import Settings
from ..widgets.button_row import ButtonRow
from ..widgets.history_panel import HistoryPanel
from ..widgets.issue_label import IssueLabel
from ..widgets.signatory_picker import SignatoryDirectory
from . import bindings as b
from .form_fields import FieldsMixin
from .form_host import FormHost
from .form_saving import SaveFlow
from .form_settings import geometry_option, splitter_option
from .registry import KIND_TITLES
from .values import display, same


@dataclass
class FormContext:
    db: Database
    settings: Settings
    directory: Callable[[], SignatoryDirectory] = field(default=lambda: SignatoryDirectory([]))
    open_record: Callable[[str, uuid.UUID | None, dict[str, Any] | None], Any] | None = None
    """Opens another form (kind, id or None for new, preset values); None when standalone."""
    focus_search: Callable[[str], None] | None = None


class RecordForm(FieldsMixin, QWidget):
    KIND = ""

    @property
    def help_topic(self) -> str:
        """F1 in a form: the guide's page of the section that lists its kind."""
        from ..help_topics import form_topic

        return form_topic(self.KIND)

    DEFAULT_SIZE = (1100, 720, 420)
    """Window width, height and side panel width until the user's own are saved."""
    saved = Signal(str, object)
    trashed = Signal(str, object)
    values_changed = Signal()
    closed = Signal()
    """The window closed (it is deleted soon after): forget it now."""

    def __init__(
        self,
        context: FormContext,
        record_id: uuid.UUID | None = None,
        preset: dict[str, Any] | None = None,
        parent: QWidget | None = None,
        embedded: bool = False,
    ) -> None:
        super().__init__(parent)
        if not embedded:
            self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName(f"{self.KIND}Form")
        self.context = context
        self.db = context.db
        self.embedded = embedded
        self.record_id = record_id
        self.version: int | None = None
        self.preset = dict(preset or {})
        self.bindings: dict[str, b.Binding] = {}
        self.issue_labels: dict[str, IssueLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self.issues: list[Issue] = []
        self._loaded: dict[str, Any] = {}
        self._loading = False
        self._closing_ok = False
        self._directory: SignatoryDirectory | None = None
        self._attempted = False
        """A save was tried: from then on empty required fields say so even if untouched."""

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)  # a long office or town name wraps
        self.status_label = QLabel(self)
        self.status_label.setObjectName("formStatus")
        self.status_label.setWordWrap(True)  # beside the buttons: wraps on a narrow form
        self.general_issues = IssueLabel(self)

        self.host = FormHost(self)
        self.form_layout = QFormLayout()
        self.host.rows = self.form_layout
        host_layout = QVBoxLayout(self.host)
        host_layout.addLayout(self.form_layout)
        host_layout.addStretch(1)  # spare height below the fields, not between them
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.build()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.side = QTabWidget(self)
        self.side.setUsesScrollButtons(True)  # many or long tabs scroll, never widen the window
        self.side.setObjectName("sideTabs")
        self.history = HistoryPanel(self.db, self.KIND, self.name_of, self.side)
        self.history.may_revert = self._may_revert
        self.history.reverted.connect(self._after_revert)
        for title, widget in self.side_tabs():
            self.side.addTab(widget, title)
        self.side.addTab(self.history, tr("Form", "History"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("formSplitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        self.save_button = QPushButton(tr("Form", "&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(tr("Form", "Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.trash_button = QPushButton(tr("Form", "Move to &Trash"), self)
        self.trash_button.setObjectName("trash")
        self.trash_button.setToolTip(tr("Form", "Move to the Trash (Del)"))
        self.trash_button.clicked.connect(self.move_to_trash)
        self.close_button = QPushButton(
            tr("Form", "&Discard changes") if embedded else tr("Form", "&Close"), self
        )
        self.close_button.setObjectName("close")
        self.close_button.setToolTip(tr("Form", "Esc"))
        self.close_button.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        # stacked under each other on a narrow form (the profile page beside a wide
        # Turkmen sidebar at 150 %)
        buttons.addWidget(ButtonRow((self.save_button, self.trash_button, self.close_button)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.general_issues)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)

        self.flow = SaveFlow(self)
        self._add_actions()
        self._set_tab_order()
        for binding in self.bindings.values():
            binding.on_change(self._on_change)
        tasks().changes_applied.connect(self._changed_elsewhere)
        self.reload()
        self._restore_layout()

    # -- declaring fields (per-kind forms) -------------------------------------------------
    def build(self) -> None:
        """The kind's fields in spec order; a form overrides build_field for an odd one."""
        self.build_from_spec()

    def side_tabs(self) -> Iterable[tuple[str, QWidget]]:
        return ()

    def directory(self) -> SignatoryDirectory:
        if self._directory is None:
            self._directory = self.context.directory()
        return self._directory

    def name_of(self, signatory_id: uuid.UUID) -> str:
        return self.directory().name(signatory_id)

    # -- values ----------------------------------------------------------------------------
    def current_values(self) -> dict[str, Any]:
        values = dict(self._loaded)
        values.update({name: binding.get() for name, binding in self.bindings.items()})
        return values

    def dirty_fields(self) -> list[str]:
        return [
            name
            for name, binding in self.bindings.items()
            if not same(binding.get(), self._loaded.get(name))
        ]

    def is_dirty(self) -> bool:
        return bool(self.dirty_fields())

    def show_values(self, values: dict[str, Any]) -> None:
        self._loading = True
        try:
            self._loaded = dict(values)
            for name, binding in self.bindings.items():
                binding.set(values.get(name))
            self.values_loaded(values)
            # widgets may normalise what they were given (a code list re-orders): start clean
            self._loaded.update({n: bd.get() for n, bd in self.bindings.items()
                                 if same(bd.get(), values.get(n))})  # fmt: skip
        finally:
            self._loading = False
        self._on_change()

    def values_loaded(self, values: dict[str, Any]) -> None:
        """Hook: fill dependent choices (plans of the signatory...) before the check."""

    def reload(self) -> None:
        if self.record_id is None:
            self.version = None
            self.show_values({**records.new_values(self.KIND), **self.preset})
            self.status_label.setText(tr("Form", "New record, not saved yet."))
            self.history.set_record(None, None)
        else:
            self.show_snapshot(records.load(self.db, self.KIND, self.record_id))

    def show_snapshot(self, snap: records.Snapshot) -> None:
        self.record_id = snap.id
        self.version = snap.version
        self.show_values(snap.values)
        when = display(self.KIND, "", snap.updated_at) if snap.updated_at else "\u2014"
        status = tr("Form", "Last saved {when} by {user}.").format(
            when=when, user=snap.updated_by or "\u2014"
        )
        if snap.deleted_at is not None:
            status = tr("Form", "This record is in the Trash.") + " " + status
        self.status_label.setText(status)
        self.history.set_record(self.record_id, self.version)

    # -- validation as you type ------------------------------------------------------------
    def extra_issues(self, values: dict[str, Any]) -> list[Issue]:
        return []

    def before_create(self, values: dict[str, Any]) -> bool:
        """Hook run before a new record is first saved; False stops the save."""
        return True

    def check(self) -> list[Issue]:
        values = self.current_values()
        parsed = [i for bd in self.bindings.values() if (i := bd.parse_issue(self.KIND))]
        bad = {i.field for i in parsed}
        issues = parsed + [
            i
            for i in validate(self.KIND, values, ValidationContext()) + self.extra_issues(values)
            if i.field not in bad
        ]
        self.show_issues(issues)
        return issues

    def show_issues(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        by_field: dict[str, list[Issue]] = {}
        general: list[Issue] = []
        touched = set(self.dirty_fields())
        for issue in issues:
            if issue.code == "required" and not (self._attempted or issue.field in touched):
                continue  # a blank form is not a list of complaints; Save stays disabled
            if issue.field in self.issue_labels:
                by_field.setdefault(issue.field, []).append(issue)
            else:
                general.append(issue)
        for name, label in self.issue_labels.items():
            label.show_issues(by_field.get(name, []))
            for widget in self.bindings[name].focus:
                widget.setAccessibleDescription(label.message())
        self.general_issues.show_issues(general)
        self._update_buttons()

    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    def _on_change(self) -> None:
        if self._loading:
            return
        self.check()
        self._update_title()
        self.values_changed.emit()

    def _update_buttons(self) -> None:
        dirty = self.record_id is None or self.is_dirty()
        self.save_button.setEnabled(dirty and not self.errors())
        self.trash_button.setEnabled(self.record_id is not None and not self.embedded)

    def record_title(self) -> str:
        title_field = records.KINDS[self.KIND].title_field
        values = self.current_values()
        if title_field and values.get(title_field):
            return str(values[title_field])
        return tr("Form", "New") if self.record_id is None else ""

    def _update_title(self) -> None:
        kind_title = tr("RecordKind", KIND_TITLES[self.KIND])
        title = self.record_title()
        text = f"{kind_title}: {title}" if title else kind_title
        if self.is_dirty():
            text += " *"
        self.title_label.setText(text)
        self.setWindowTitle(text)

    def focus_field(self, name: str) -> None:
        binding = self.bindings.get(name)
        if binding is not None:
            binding.focus[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ---------------------------------------------------------------------------
    def save(self) -> bool:
        self._attempted = True
        return self.flow.save()

    def move_to_trash(self) -> bool:
        return self.flow.move_to_trash()

    def cancel(self) -> None:
        """Esc: a window closes (asking about unsaved changes); an embedded form reverts."""
        if not self.embedded:
            self.close()
        elif self.is_dirty() and self.flow.ask_unsaved(discard_only=True):
            self.reload()

    def new_record(self) -> None:
        if self.context.open_record is not None:
            self.context.open_record(self.KIND, None, None)

    def _add_actions(self) -> None:
        def action(text: str, keys: list[QKeySequence], slot: Callable[[], Any]) -> QAction:
            act = QAction(text, self)
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(lambda _c=False: slot())
            self.addAction(act)
            return act

        self.save_action = action(tr("Form", "Save"), [QKeySequence.StandardKey.Save], self.save)
        self.cancel_action = action(tr("Form", "Cancel"), [QKeySequence("Esc")], self.cancel)
        if self.embedded:
            return  # the main window has New, Find, Undo and Redo on the same keys
        self.trash_action = action(
            tr("Form", "Move to Trash"), [QKeySequence("Del")], self.move_to_trash
        )
        self.new_action = action(tr("Form", "New"), [QKeySequence.StandardKey.New], self.new_record)
        if self.context.focus_search is not None:
            search = self.context.focus_search
            action(tr("Form", "Search"), [QKeySequence.StandardKey.Find], lambda: search(self.KIND))
        stack = undo.session_stack()
        for act, keys in (
            (undo.undo_action(self, stack), [QKeySequence("Ctrl+Z")]),
            (
                undo.undo_action(self, stack, redo=True),
                [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
            ),
        ):
            act.setShortcuts(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.undo_action, self.redo_action = self.actions()[-2:]

    def _set_tab_order(self) -> None:
        chain = [w for bd in self.bindings.values() for w in bd.focus]
        chain += [self.save_button, self.trash_button, self.close_button, self.side]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if chain:
            self.setFocusProxy(chain[0])

    # -- changes made elsewhere ------------------------------------------------------------
    def _changed_elsewhere(self, changes: Changes, initiator: object) -> None:
        if initiator is self or self.record_id is None:
            return  # its own save already shows
        if not changes.has(self.KIND, self.record_id):
            return
        try:
            snap = records.load(self.db, self.KIND, self.record_id)
        except records.RecordNotFound:
            return
        if snap.version == self.version and snap.deleted_at is None:
            return
        if self.is_dirty():
            self.status_label.setText(
                tr("Form", "Changed elsewhere since you opened it; saving will show both.")
            )
        else:
            self.show_snapshot(snap)

    def _may_revert(self) -> bool:
        return not self.is_dirty() or self.flow.ask_unsaved(discard_only=False, leaving=False)

    def _after_revert(self) -> None:
        self.reload()
        if self.record_id is not None:
            tasks().apply(Changes.of(self.KIND, [self.record_id]), self)

    # -- window ----------------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.context.settings
        state = settings.get(splitter_option(self.KIND))
        width, height, side = self.DEFAULT_SIZE
        if not state or not self.splitter.restoreState(QByteArray(state)):
            self.splitter.setSizes([width - side, side])
        if not self.embedded:
            geometry = settings.get(geometry_option(self.KIND))
            if not geometry or not self.restoreGeometry(QByteArray(geometry)):
                self.resize(width, height)
            self._fit_on_screen()  # and again once shown: the window manager has its say

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self.embedded:
            self._fit_on_screen()

    def _fit_on_screen(self) -> None:
        """Never larger than the screen it opens on, nor partly off it: at 150 % scaling
        (or with a size saved on a bigger monitor) the form opened taller than the screen,
        with Save out of reach. The fields scroll, so a smaller window loses nothing."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame_w = self.frameGeometry().width() - self.width()
        frame_h = self.frameGeometry().height() - self.height()
        width = min(self.width(), room.width() - frame_w - 8)
        height = min(self.height(), room.height() - frame_h - 8)
        if (width, height) != (self.width(), self.height()):
            self.resize(max(width, 200), max(height, 200))
        x = min(max(self.x(), room.left()), room.right() - self.frameGeometry().width())
        y = min(max(self.y(), room.top()), room.bottom() - self.frameGeometry().height())
        if (x, y) != (self.x(), self.y()):
            self.move(max(x, room.left()), max(y, room.top()))

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.set(splitter_option(self.KIND), bytes(self.splitter.saveState().data()))
        if not self.embedded:
            settings.set(geometry_option(self.KIND), bytes(self.saveGeometry().data()))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._closing_ok and self.is_dirty() and not self.flow.ask_unsaved():
            event.ignore()
            return
        self.save_layout()
        event.accept()
        super().closeEvent(event)
        self.closed.emit()
