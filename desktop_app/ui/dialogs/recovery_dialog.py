"""The database file is damaged: say so plainly and offer the newest good backup.

Start-up calls `offer_recovery` when open_database raises one of recovery.RECOVERABLE for
a SQLite file; if it returns True the caller opens the database again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...date_text import format_datetime
from ...db.errors import DatabaseError
from ...i18n import locale
from ...messages import format_message
from ...services import recovery
from ...services.backup import BackupInfo, describe


class RecoveryDialog(QDialog):
    help_topic = "backups"

    def __init__(self, error: DatabaseError, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.result_info: recovery.RecoveryResult | None = None
        self.choice: BackupInfo | None = recovery.newest_good_backup(db_path)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setMinimumWidth(560)
        problem = QLabel(
            self.tr(
                "The database {path} is damaged ({detail}); it cannot be opened safely."
            ).format(path=db_path, detail=error.params.get("detail", ""))
        )
        problem.setWordWrap(True)
        self.offer = QLabel()
        self.offer.setWordWrap(True)
        note = QLabel(
            self.tr(
                "The damaged file is not deleted: it is renamed and kept beside the database "
                "so that it can still be examined."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.other_button = QPushButton(self.tr("Choose another backup..."))
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self.recover)
        self.other_button.clicked.connect(self.choose)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (problem, self.offer, note, self.buttons):
            layout.addWidget(w)
        self._show_choice()

    def _show_choice(self) -> None:
        if self.choice is None:
            self.offer.setText(self.tr("No usable backup was found. Choose a backup file."))
            self.restore_button.setEnabled(False)
            return
        loc = locale()
        self.offer.setText(
            self.tr("Newest good backup: {name}, taken {date}, {records} records.").format(
                name=self.choice.path.name,
                date=format_datetime(self.choice.created, loc),
                records=describe(self.choice.path).total_records,
            )
        )
        self.restore_button.setEnabled(True)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self.db_path.parent),
            self.tr("Backups (*.sqlite3);;All files (*)"),
        )
        if name:
            self.choice = describe(Path(name))
            self._show_choice()

    def recover(self) -> None:
        if self.choice is None or not self.confirm_other_office(self.choice.path):
            return
        try:
            self.result_info = recovery.recover_from(self.choice, self.db_path)
        except DatabaseError as exc:
            QMessageBox.warning(self, self.windowTitle(), format_message(exc.code, exc.params))
            return
        QMessageBox.information(
            self,
            self.windowTitle(),
            self.tr("Restored from {backup}. The damaged file was kept as {aside}.").format(
                backup=self.choice.path.name,
                aside=self.result_info.moved_aside or "-",
            ),
        )
        self.accept()

    def confirm_other_office(self, path: Path) -> bool:
        """True unless `path` is another office's backup and the user, warned with both
        offices' names, declines. A damaged file whose identity cannot be read is asked
        about only if the backup names an office."""
        ours = recovery.file_identity(self.db_path)
        theirs = recovery.file_identity(path)
        if theirs is None or (ours is not None and ours.uuid == theirs.uuid):
            return True
        if ours is None:
            text = self.tr(
                "{name} is a backup of {theirs}. The damaged database cannot tell which office "
                "it belongs to. Put that office's records in its place?"
            ).format(name=path.name, theirs=theirs.label)
        else:
            text = self.tr(
                "{name} is a backup of another office's database: {theirs}. The damaged "
                "database is {ours}. Put the other office's records in its place?"
            ).format(name=path.name, theirs=theirs.label, ours=ours.label)
        answer = QMessageBox.warning(
            self,
            self.tr("Another office's backup"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def offer_recovery(parent: QWidget | None, error: DatabaseError, db_path: Path | None) -> bool:
    """True if the user restored a backup in place of the damaged file."""
    if db_path is None or error.code not in recovery.RECOVERABLE:
        return False
    dialog = RecoveryDialog(error, db_path, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
