"""Opens record forms as windows: one window per record, raised if already open.

The main window owns one FormOpener; pages' `open_requested` signals and the New action
come here. The signatory names behind every picker are read once and read
again only after a signatory is saved, trashed or restored.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from ...db.session import Database
from ...services import records
from ...services.changes import Changes
from ...services.form_lookups import SignatoryChoice, signatory_choices
from ..operations import tasks
from ..settings import Settings
from ..widgets.signatory_picker import SignatoryDirectory
from .base_form import FormContext, RecordForm
from .registry import FORMS, form_class


class FormOpener(QObject):
    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QObject | None = None,
        focus_search: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.forms: dict[tuple[str, uuid.UUID], RecordForm] = {}
        self.new_forms: list[RecordForm] = []
        self._directory: SignatoryDirectory | None = None
        self.context = FormContext(db, settings, self.directory, self.open, focus_search)
        tasks().changes_applied.connect(self._record_changed)

    def directory(self) -> SignatoryDirectory:
        if self._directory is None:
            directory = self._directory = SignatoryDirectory(signatory_choices(self.db))
            if not directory.has_keys:
                tasks().run(directory.compute_keys)
        return self._directory

    def _record_changed(self, changes: Changes, _initiator: object) -> None:
        """A signatory saved, trashed or restored anywhere: the pickers' names follow."""
        if self._directory is None or not changes.touches("signatory"):
            return
        if changes.everything or not changes.ids_of("signatory"):
            self._directory = None  # read again on next use
            return
        for record_id in changes.ids_of("signatory"):
            self._put_signatory(record_id)

    def _put_signatory(self, record_id: uuid.UUID) -> None:
        assert self._directory is not None
        try:
            snap = records.load(self.db, "signatory", record_id)
        except records.RecordNotFound:
            snap = None
        live = snap is not None and snap.deleted_at is None
        choice = (
            SignatoryChoice(
                record_id, snap.values["name"], snap.values["local_name"], snap.values["country"]
            )  # fmt: skip
            if live and snap is not None
            else None
        )
        self._directory.put(choice, record_id)

    def open(
        self,
        kind: str,
        record_id: uuid.UUID | None = None,
        preset: dict[str, Any] | None = None,
    ) -> RecordForm | None:
        if kind not in FORMS:
            return None
        if record_id is not None and (kind, record_id) in self.forms:
            form = self.forms[(kind, record_id)]
        else:
            form = form_class(kind)(self.context, record_id, preset)
            form.setParent(self._window(), form.windowFlags())
            self._track(form)
            from ..account import restrict_form

            restrict_form(form, self.db)  # a viewer's forms are read-only
        form.show()
        form.raise_()
        form.activateWindow()
        form.setFocus()
        return form

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def _track(self, form: RecordForm) -> None:
        if form.record_id is None:
            self.new_forms.append(form)
        else:
            self.forms[(form.KIND, form.record_id)] = form
        form.saved.connect(lambda kind, rid, f=form: self._saved(f, kind, rid))
        form.closed.connect(lambda f=form: self._forget(f))
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)

    def _saved(self, form: RecordForm, kind: str, record_id: uuid.UUID) -> None:
        if form in self.new_forms:
            self.new_forms.remove(form)
            self.forms[(kind, record_id)] = form

    def _forget(self, form: RecordForm) -> None:
        if form in self.new_forms:
            self.new_forms.remove(form)
        for key, value in list(self.forms.items()):
            if value is form:
                del self.forms[key]

    def open_forms(self) -> list[RecordForm]:
        return [*self.forms.values(), *self.new_forms]

    def close_all(self) -> bool:
        """Close every form, each asking about unsaved changes; False if one stayed open."""
        return all(form.close() for form in self.open_forms())
