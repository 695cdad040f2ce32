"""The coordinator profile: the application path as steps, the profile form, the services.

The path (expression of interest, eligibility confirmed, commitment signed, active) follows
the dates typed in the form as they are typed; on hold and withdrawn show beside it. The
services offered to signatories are records of their own, added and edited in their forms.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import CoordinatorStatus
from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...i18n import label, tr
from ...services.form_lookups import own_office, service_offers
from .. import undo
from ..forms.coordinator_form import CoordinatorForm
from ..forms.form_settings import page_splitter_option
from ..forms.values import EMPTY, display
from ..sections import PageContext
from ..widgets.fit_columns import fit_columns
from ..widgets.own_keys import claims_key
from ..widgets.page_scroll import scroll_page
from ..widgets.step_indicator import Step, StepIndicator
from .page import COPY, DELETE, Page, copy_view_rows, nothing_selected

ID_ROLE = Qt.ItemDataRole.UserRole + 1

PATH = (
    ("expression_of_interest_date", QT_TRANSLATE_NOOP("CoordinatorPage", "Expression of interest")),
    ("eligibility_confirmed_date", QT_TRANSLATE_NOOP("CoordinatorPage", "Eligibility confirmed")),
    ("commitment_signed_date", QT_TRANSLATE_NOOP("CoordinatorPage", "Commitment signed")),
    ("active_date", QT_TRANSLATE_NOOP("CoordinatorPage", "Active")),
)


def path_steps(values: dict[str, Any]) -> tuple[list[Step], str]:
    """Steps reached are those with a date or at or before the current status."""
    order = [s.value for s in CoordinatorStatus][:4]
    status = str(values.get("status") or "")
    current = order.index(status) if status in order else -1
    steps = []
    for i, (field, title) in enumerate(PATH):
        day = values.get(field)
        steps.append(Step(tr("CoordinatorPage", title), day, day is not None or i <= current,
                          i == current))  # fmt: skip
    note = ""
    if status in (CoordinatorStatus.ON_HOLD, CoordinatorStatus.WITHDRAWN):
        member = CoordinatorStatus(status)
        day = values.get(f"{status}_date")
        note = label(member) + (f": {display('coordinator', f'{status}_date', day)}" if day else "")
    return steps, note


class CoordinatorPage(Page, QWidget):
    help_topic = "coordinator"
    open_requested = Signal(str, object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ..forms.base_form import FormContext

        self.context = context
        self.db = context.db
        self.steps = StepIndicator(self)
        self.steps.setObjectName("applicationPath")
        self.steps.setAccessibleName(tr("CoordinatorPage", "Application path"))
        self.steps.date_text = lambda d: display("coordinator", "active_date", d)
        coordinator_id = own_office(self.db)
        preset = {"is_own_office": True} if coordinator_id is None else None
        self.form = CoordinatorForm(
            FormContext(self.db, context.settings), coordinator_id, preset, self, embedded=True
        )
        self.form.values_changed.connect(self._update_steps)
        self.form.saved.connect(lambda *_: self.reload_services())

        self.services = QTreeWidget(self)
        self.services.setObjectName("services")
        self.services.setAccessibleName(tr("CoordinatorPage", "Services offered"))
        self.services.setRootIsDecorated(False)
        self.services.setAlternatingRowColors(True)
        self.services.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services.setHeaderLabels(
            [
                tr("Field", "Service"),
                tr("Field", "Description"),
                tr("Field", "Valid from"),
                tr("Field", "Valid to"),
            ]
        )
        self.services.itemActivated.connect(lambda item, _c: self.edit_service(item))
        self.services.installEventFilter(self)
        self.add_button = QPushButton(tr("CoordinatorPage", "&Add service..."), self)
        self.add_button.setObjectName("addService")
        self.add_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(tr("CoordinatorPage", "&Edit..."), self)
        self.edit_button.clicked.connect(lambda: self.edit_service(self.services.currentItem()))
        self.remove_button = QPushButton(tr("CoordinatorPage", "Re&move"), self)
        self.remove_button.setObjectName("removeService")
        self.remove_button.clicked.connect(self.remove_service)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QGroupBox(tr("CoordinatorPage", "Services offered to signatories"), self)
        row = QHBoxLayout(box)
        row.addWidget(self.services, 1)
        row.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("coordinatorSplitter")
        self.splitter.addWidget(self.form)
        self.splitter.addWidget(box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        state = context.settings.get(page_splitter_option("coordinator"))
        if not state or not self.splitter.restoreState(QByteArray(state)):
            self.splitter.setSizes([560, 220])
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())
        layout = QVBoxLayout()
        layout.addWidget(self.steps)
        layout.addWidget(self.splitter, 1)
        scroll_page(self, layout)  # taller than a small window: it scrolls
        self._update_steps()
        self.listen_for_changes()
        self.reload_services()

    def save_current(self) -> bool:
        """File > Save on this page saves the profile form."""
        return bool(self.form.save())

    def _save_splitter(self) -> None:
        state = bytes(self.splitter.saveState().data())
        self.context.settings.set(page_splitter_option("coordinator"), state)
        self.form.save_layout()

    @property
    def coordinator_id(self) -> uuid.UUID | None:
        return self.form.record_id

    def _update_steps(self) -> None:
        steps, note = path_steps(self.form.current_values())
        self.steps.set_steps(steps, note)

    def reload_services(self) -> None:
        self.services.clear()
        fit_columns(self.services)  # the headers fit even before there is a row
        if self.coordinator_id is None:
            return
        for row in service_offers(self.db, self.coordinator_id):
            item = QTreeWidgetItem(
                [
                    label(row.service),
                    row.description.splitlines()[0] if row.description else "",
                    display("service_offer", "valid_from", row.valid_from)
                    if row.valid_from
                    else EMPTY,
                    display("service_offer", "valid_to", row.valid_to) if row.valid_to else EMPTY,
                ]
            )
            item.setData(0, ID_ROLE, row.id)
            self.services.addTopLevelItem(item)
        self.services.resizeColumnToContents(0)
        fit_columns(self.services)

    # -- the Page protocol -----------------------------------------------------------------
    def shown_kinds(self) -> frozenset[str]:
        return frozenset({"coordinator", "service_offer"})

    def refresh(self) -> None:
        """The services list; the embedded form follows its own record's changes."""
        self.reload_services()

    def new_record_kind(self) -> str | None:
        return "service_offer"

    def edit_actions(self) -> frozenset[str]:
        """Copy and Delete act on the services list (the profile itself stays)."""
        return frozenset({COPY, DELETE})

    def copy_selection(self) -> bool:
        return copy_view_rows(self.services)

    def delete_selection(self) -> bool:
        if not self.services.selectedItems():
            return nothing_selected()
        return self.remove_service()

    def _open(self, kind: str, record_id: Any = None, preset: Any = None) -> None:
        """Through the window's forms (`Page.open_form`); shown on its own (tests,
        screenshots) the page keeps an opener of its own."""
        if self.open_form is not None:
            self.open_form(kind, record_id, preset)
            return
        self._opener().open(kind, record_id, preset)

    def _opener(self) -> Any:
        """The page's own FormOpener, used when no window opens its forms."""
        if getattr(self, "_own_opener", None) is None:
            from ..forms.opener import FormOpener

            self._own_opener = FormOpener(self.db, self.context.settings, self)
        return self._own_opener

    def new_record(self) -> None:
        """Ctrl+N on this page adds a service (the profile itself is always here)."""
        if self.coordinator_id is None:
            QMessageBox.information(
                self,
                tr("CoordinatorPage", "Save the profile first"),
                tr("CoordinatorPage", "Save the coordinator profile, then add its services."),
            )
            return
        self._open("service_offer", None, {"coordinator_id": self.coordinator_id})

    def edit_service(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self._open("service_offer", item.data(0, ID_ROLE))

    def remove_service(self) -> bool:
        item = self.services.currentItem()
        if item is None:
            return False
        record_id = item.data(0, ID_ROLE)
        undo.trash(self.db, "service_offer", [record_id], [item.text(0)], initiator=self)
        self.reload_services()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.services and claims_key(event, (Qt.Key.Key_Delete,)):
            return True
        if watched is self.services and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete:
                self.remove_service()
                return True
        return super().eventFilter(watched, event)
