"""A signatory (municipality), with everything recorded about it one click away.

Beside the fields, tabs list its plans, monitoring reports, extensions, assistance received,
finance and Energy Days. Before a new signatory is first saved, names that match an existing
one of the same country (across scripts and spellings) raise a warning that offers to open it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.kinds import KINDS
from ...i18n import country_name, tr
from ...services import records
from ...services.changes import Changes
from ..operations import tasks
from .base_form import RecordForm
from .related_panel import RelatedList

Button = QMessageBox.StandardButton

_RELATED: tuple[tuple[str, str], ...] = tuple(
    (k.plural, k.id) for k in KINDS.values() if k.related_title
)
"""(tab key, kind) of the records shown beside a signatory: every kind whose spec gives a
related tab title (and belongs to a signatory or links signatories)."""


class SignatoryForm(RecordForm):
    KIND = "signatory"
    DEFAULT_SIZE = (1320, 780, 720)  # room for the six related tabs and History

    def side_tabs(self) -> Iterable[tuple[str, QWidget]]:
        titles = {k.plural: tr("SignatoryForm", k.related_title or "") for k in KINDS.values()}
        self.related_lists: dict[str, RelatedList] = {}
        for key, kind in _RELATED:
            panel = RelatedList(kind, lambda k=kind: self._preset(k), self.context.open_record)
            self.related_lists[key] = panel
            yield titles[key], panel
        tasks().changes_applied.connect(self._related_changed)

    def _preset(self, kind: str) -> dict[str, Any] | None:
        if self.record_id is None:
            QMessageBox.information(
                self,
                tr("SignatoryForm", "Save first"),
                tr("SignatoryForm", "Save the signatory first, then add its records."),
            )
            return None
        spec = KINDS[kind]
        if spec.signatory_field:
            return {spec.signatory_field: self.record_id}
        preset: dict[str, Any] = {}
        for link in spec.links:
            preset[link.field] = [self.record_id]
            if link.lead_field:
                preset[link.lead_field] = self.record_id
        return preset

    def reload(self) -> None:
        super().reload()
        self.refresh_related()

    def refresh_related(self) -> None:
        if self.record_id is None:
            for panel in self.related_lists.values():
                panel.set_rows(())
            return
        related = records.related(self.db, self.record_id)
        for key, _kind in _RELATED:
            self.related_lists[key].set_rows(getattr(related, key))
        titles = [self.side.tabText(i).split(" (")[0] for i in range(len(_RELATED))]
        for i, (key, _kind) in enumerate(_RELATED):
            count = self.related_lists[key].count()
            self.side.setTabText(i, f"{titles[i]} ({count})" if count else titles[i])

    def _related_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(*(k for _key, k in _RELATED if k != self.KIND)):
            self.refresh_related()

    def before_create(self, values: dict[str, Any]) -> bool:
        matches = records.find_duplicates(
            self.db,
            str(values.get("name") or ""),
            str(values.get("local_name") or ""),
            str(values.get("country") or ""),
        )
        if not matches:
            return True
        names = "\n".join(
            f"\u2022 {m.name}" + (f" ({m.local_name})" if m.local_name else "") for m in matches[:5]
        )
        box = QMessageBox(self)
        box.setObjectName("duplicateWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("SignatoryForm", "Possible duplicate"))
        box.setText(
            tr(
                "SignatoryForm",
                "{country} already has a signatory with this name:\n{names}\n\n"
                "Open the existing record instead?",
            ).format(country=country_name(str(values.get("country") or "")), names=names)
        )
        open_button = box.addButton(
            tr("SignatoryForm", "&Open the existing one"), QMessageBox.ButtonRole.AcceptRole
        )
        save_button = box.addButton(
            tr("SignatoryForm", "&Save as a new signatory"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_button:
            return True
        if clicked is open_button:
            self.open_existing(matches[0].id)
        return False

    def open_existing(self, signatory_id: uuid.UUID) -> None:
        if self.context.open_record is not None:
            self.context.open_record(self.KIND, signatory_id, None)
        self._closing_ok = True  # the unsaved duplicate is what the user chose to drop
        if not self.embedded:
            self.close()
