"""Backup & Restore: every backup with its date, reason, size and record counts.

Thin over services.backup / services.restore: the work runs off the GUI thread; after a
restore every page hears "everything changed" (Changes.all, through the task manager) and
`restored` says that a restore finished.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_datetime
from ...db.errors import DatabaseError
from ...db.session import Database
from ...domain.i18n_markers import QT_TRANSLATE_NOOP
from ...i18n import locale, tr
from ...messages import format_message
from ...services import backup

REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupWindow", "Manual"),
    "daily": QT_TRANSLATE_NOOP("BackupWindow", "Daily"),
    "before-import": QT_TRANSLATE_NOOP("BackupWindow", "Before an import"),
    "before-delete": QT_TRANSLATE_NOOP("BackupWindow", "Before a bulk delete"),
    "before-restore": QT_TRANSLATE_NOOP("BackupWindow", "Before a restore"),
    "before-migration": QT_TRANSLATE_NOOP("BackupWindow", "Before an upgrade"),
}


def reason_label(reason: str) -> str:
    source = REASONS.get(reason)
    return tr("BackupWindow", source) if source else reason


def size_text(size: int) -> str:
    return locale().formattedDataSize(size)


class BackupWindow(QDialog):
    help_topic = "backups"
    restored = Signal()

    def __init__(
        self,
        db: Database,
        settings: backup.BackupSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        if settings is None:
            from ...options import backup_settings, user_settings

            settings = backup_settings(user_settings())
        self.settings = settings
        self.infos: list[backup.BackupInfo] = []
        self.job: Any = None
        self.setWindowTitle(self.tr("Backup and restore"))
        self.resize(860, 420)
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Reason"),
                self.tr("Size"),
                self.tr("Records"),
                self.tr("File"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.rights = QLabel()
        self.rights.setObjectName("restoreRights")
        self.rights.setWordWrap(True)
        self.rights.hide()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected..."))
        self.file_button = QPushButton(self.tr("Restore from file..."))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button.clicked.connect(self.restore_from_file)
        buttons = QHBoxLayout()
        for b in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addWidget(self.rights)
        layout.addLayout(buttons)
        self._restrict()
        self.reload()

    def _restrict(self) -> None:
        """On an office server only admins restore a backup (the server refuses it to anyone
        else): as everywhere in the window, what the role may not do is not offered, and a
        line says which role it needs."""
        from ..account import may, role_label, signed_in

        who = signed_in(self.db)
        if who is None or may(self.db, "admin"):
            return
        self.restore_button.hide()
        self.file_button.hide()
        self.rights.setText(
            self.tr(
                "Restoring a backup needs the admin role; {login} is signed in as {role}. "
                "An admin of the office server can restore one, or give you that role."
            ).format(login=who.login, role=role_label(who.role))
        )
        self.rights.show()

    def reload(self) -> None:
        folders = backup.folders_for(self.db, self.settings)
        self.folder_label.setText(
            self.tr("Backups are kept in: {folders}").format(
                folders="; ".join(str(f) for f in folders)
            )
        )
        # Only this database's backups: a shared folder may hold other offices' too.
        self.infos = backup.own_backups(self.db, backup.list_backups(folders))
        self.table.setRowCount(len(self.infos))
        loc = locale()
        for row, info in enumerate(self.infos):
            cells = [
                format_datetime(info.created, loc),
                reason_label(info.reason),
                size_text(info.size),
                loc.toString(info.total_records) if not info.problems else self.tr("unreadable"),
                info.path.name,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(self._counts_tip(info) if col == 3 else str(info.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._update_buttons()

    def _counts_tip(self, info: backup.BackupInfo) -> str:
        """What the backup holds, by the records' names (not the tables': 'signatory',
        'support_activity_signatory' meant nothing to a clerk), then its history entries;
        the sync bookkeeping is left out."""
        from ...domain.kinds import table_titles

        names = {t: tr("RecordKind", title) for t, title in table_titles().items()}
        names["audit_entry"] = tr("BackupWindow", "History entries")
        return "\n".join(
            f"{names[table]}: {n}" for table, n in info.counts.items() if n and table in names
        )

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.restore_button.setEnabled(not busy and bool(self.table.selectedItems()))
        self.backup_button.setEnabled(not busy)
        self.file_button.setEnabled(not busy)

    def selected(self) -> backup.BackupInfo | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.infos[rows.pop()] if rows else None

    def back_up_now(self) -> None:
        self._run(
            lambda: backup.create_backup(self.db, settings=self.settings),
            lambda info: self.tr("Backup written: {path}").format(path=info.path),
        )

    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore(info.path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(backup.backup_folder(self.db, self.settings)),
            self.tr("Backups (*.sqlite3 *.cdenc);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def confirm_restore(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all records with those in {name}? The current data is backed up "
                "first, so this can be undone by restoring that backup."
            ).format(name=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_other_office(self, path: Path) -> bool | None:
        """None if `path` is this database's backup; else whether the user, warned with
        both offices' names, still wants another office's records in place of these."""
        from ...services.restore import offices

        ours, theirs = offices(self.db, path)
        if ours is None or theirs is None or ours.uuid == theirs.uuid or backup.is_empty(self.db):
            return None
        answer = QMessageBox.warning(
            self,
            self.tr("Another office's backup"),
            self.tr(
                "{name} is a backup of another office's database: {theirs}. This database "
                "is {ours}. Restoring it replaces all of this office's records with the "
                "other office's. Restore it anyway?"
            ).format(name=path.name, theirs=theirs.label, ours=ours.label),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def decrypted(self, path: Path) -> Path | None:
        """A `.cdenc` copy decrypted into a private temporary folder after asking for its
        passphrase (services.backup_crypto); None, with the reason shown, if that fails."""
        import tempfile

        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from ...services.backup_crypto import BackupCryptoError, decrypt_file, session_passphrase

        passphrase = session_passphrase()
        if not passphrase:
            passphrase, ok = QInputDialog.getText(
                self,
                self.tr("Encrypted backup"),
                tr("CLI", "Passphrase of the encrypted backup: "),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return None
        self._plain = tempfile.TemporaryDirectory(prefix="cdesk-dec-")  # removed with the window
        plain = Path(self._plain.name) / path.name.removesuffix(".cdenc")
        try:
            return decrypt_file(path, plain, passphrase)
        except BackupCryptoError as exc:
            if exc.code == "wrong_passphrase":
                text = tr("CLI", "Wrong passphrase for {path}; nothing was restored.")
            else:
                text = tr(
                    "CLI",
                    "The encrypted backup {path} is damaged or incomplete (changed, cut off); "
                    "nothing was restored.",
                )
            self.status.setText(text.format(path=path))
            return None

    def restore(self, path: Path) -> None:
        from ...services.backup_crypto import is_encrypted

        if is_encrypted(path):
            found = self.decrypted(path)
            if found is None:
                return
            path = found
        other = self.confirm_other_office(path)
        if other is False:
            return
        if other is None and not self.confirm_restore(path):
            return

        def done_text(result: Any) -> str:
            self.restored.emit()
            return self.tr(
                "Restored: {inserted} records added, {changed} changed, {removed} removed."
            ).format(inserted=result.inserted, changed=result.changed, removed=result.removed)

        self._run(
            lambda: backup.restore(self.db, path, self.settings, other_office=bool(other)),
            done_text,
            restore=True,
        )

    def _run(self, fn: Any, describe: Any, restore: bool = False) -> None:
        from ..operations import tasks

        def guarded() -> Any:
            try:
                return fn()
            except DatabaseError as exc:  # a bad file is an answer, not a crash
                return exc

        def done(result: Any) -> None:
            self.job = None
            self.setCursor(Qt.CursorShape.ArrowCursor)
            if isinstance(result, DatabaseError):
                self.status.setText(format_message(result.code, result.params))
            else:
                self.status.setText(describe(result))
                if restoring:
                    from ...services.changes import Changes

                    tasks().apply(Changes.all(), self)  # every page reads the restored data
            self.reload()

        self.status.setText(self.tr("Working..."))
        self.setCursor(Qt.CursorShape.BusyCursor)
        restoring = restore
        op = tasks().run(guarded, done)
        self.job = op if op.running else None  # synchronous in tests: already done
        self._update_buttons()
