"""Saving a form: validation, the duplicate check, conflicts, undo; and leaving or trashing.

Split from base_form so the decisions a save involves read in one place: errors refuse the
save and put the cursor on the field; a conflict shows both versions and saves only what
the user chose, against the version they saw; every save and delete goes on the undo stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox

from ...db.errors import DatabaseError
from ...i18n import tr
from ...messages import format_message
from ...services import records
from .. import undo
from ..dialogs.conflict_dialog import ConflictDialog
from ..operations import tasks

if TYPE_CHECKING:
    from .base_form import RecordForm

Button = QMessageBox.StandardButton


class SaveFlow:
    def __init__(self, form: RecordForm) -> None:
        self.form = form

    def save(self) -> bool:
        form = self.form
        form.check()
        errors = form.errors()
        if errors:
            form.focus_field(errors[0].field)
            return False
        values = form.current_values()
        creating = form.record_id is None
        if creating and not form.before_create(values):
            return False
        fields = records.KINDS[form.KIND].value_fields()
        if creating:
            payload = {f: values[f] for f in fields if f in values}
        else:
            payload = {f: values[f] for f in form.dirty_fields()}
            if not payload:
                return True
        before: dict[str, Any] | None = (
            None if creating else {f: form._loaded.get(f) for f in payload}  # noqa: SLF001
        )
        expected = form.version
        while True:
            try:
                snap = records.save(
                    form.db, form.KIND, payload, id=form.record_id, expected_version=expected
                )
                break
            except records.ValidationFailed as exc:
                form.show_issues(list(exc.issues))
                if exc.errors:
                    form.focus_field(exc.errors[0].field)
                return False
            except records.Conflict as exc:
                if exc.theirs_deleted:
                    if not self._restore_deleted(exc):
                        return False
                    expected = records.load(form.db, form.KIND, exc.id).version
                    continue
                chosen = self.resolve(exc, values, set(payload))
                if chosen is None:
                    return False
                payload = {f: chosen[f] for f in chosen if f in fields}
                before = {f: exc.theirs.get(f) for f in payload}
                expected = exc.theirs_version
            except (records.RecordNotFound, DatabaseError) as exc:
                self._warn(_failure_text(exc))
                return False
        after = {f: snap.values.get(f) for f in payload}
        undo.session_stack().push(
            undo.SaveCommand(
                form.db, form.KIND, snap.id, before, after, snap.version, form.record_title()
            )
        )
        form.show_snapshot(snap)
        if snap.warnings:
            form.show_issues(list(snap.warnings))
        form.saved.emit(form.KIND, snap.id)
        tasks().apply(snap.changes, form)
        return True

    def resolve(
        self, exc: records.Conflict, mine: dict[str, Any], edited: set[str]
    ) -> dict[str, Any] | None:
        fields = records.KINDS[self.form.KIND].value_fields()
        dialog = ConflictDialog(
            self.form.KIND,
            {f: mine[f] for f in fields if f in mine},
            exc.theirs,
            edited,
            exc.theirs_by,
            self.form.name_of,
            self.form,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.resolution()

    def _restore_deleted(self, exc: records.Conflict) -> bool:
        answer = QMessageBox.question(
            self.form,
            tr("Form", "Record in the Trash"),
            tr(
                "Form",
                "{user} moved this record to the Trash after you opened it. "
                "Restore it and save your changes?",
            ).format(user=exc.theirs_by or tr("Form", "Someone")),
            Button.Yes | Button.No,
            Button.No,
        )
        if answer != Button.Yes:
            return False
        records.restore(self.form.db, self.form.KIND, [exc.id])
        undo.trashed(
            self.form.db,
            self.form.KIND,
            [exc.id],
            [self.form.record_title()],
            self.form,
            restore=True,
        )
        return True

    def move_to_trash(self) -> bool:
        form = self.form
        if form.record_id is None or form.embedded:
            return False
        from ..trash_words import trash_question

        along = records.moving_along(form.db, form.KIND, [form.record_id])
        answer = QMessageBox.question(
            form,
            tr("Form", "Move to Trash"),
            trash_question(1, along),  # and what goes with it: plans, finance, links
            Button.Yes | Button.No,
            Button.No,
        )
        if answer != Button.Yes:
            return False
        record_id = form.record_id
        try:
            records.trash(form.db, form.KIND, [record_id])
        except (records.RecordNotFound, DatabaseError) as exc:
            self._warn(_failure_text(exc))
            return False
        undo.trashed(form.db, form.KIND, [record_id], [form.record_title()], form)
        form.trashed.emit(form.KIND, record_id)
        form._closing_ok = True  # noqa: SLF001
        form.close()
        return True

    def ask_unsaved(self, discard_only: bool = False, leaving: bool = True) -> bool:
        """True when it is fine to go on: saved, or the user chose to discard."""
        form = self.form
        if discard_only:
            answer = QMessageBox.question(
                form,
                tr("Form", "Discard changes"),
                tr("Form", "Discard the changes you made to this record?"),
                Button.Discard | Button.Cancel,
                Button.Cancel,
            )
            return answer == Button.Discard
        text = (
            tr("Form", "This record has unsaved changes. Save them before closing?")
            if leaving
            else tr("Form", "This record has unsaved changes. Save them first?")
        )
        answer = QMessageBox.question(
            form,
            tr("Form", "Unsaved changes"),
            text,
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            if not leaving:
                form.reload()
            return True
        return False

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self.form, tr("Form", "Not saved"), text)


def _failure_text(exc: Exception) -> str:
    if isinstance(exc, DatabaseError):
        return format_message(exc.code, exc.params)
    return tr("Form", "This record no longer exists; it may have been deleted for good.")
