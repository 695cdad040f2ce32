"""Preferences: settings the user may change, each page with load() and save().

The language is applied at the next start: retranslating every open widget in place is
error-prone, and a restart is what people expect from an office tool.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...i18n import LANGUAGES, tr
from .. import settings as opts
from ..settings import Settings


class PreferencesDialog(QDialog):
    help_topic = "preferences"

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("PreferencesDialog", "Preferences"))
        self.language = QComboBox(self)
        self.language.setObjectName("languageCombo")
        self.language.addItem(tr("PreferencesDialog", "System language"), "")
        for code, name in LANGUAGES.items():
            # Each language is named in itself, so anyone can find their own.
            self.language.addItem(name, code)
        language_label = QLabel(tr("PreferencesDialog", "&Language:"), self)
        language_label.setBuddy(self.language)
        self.language.setAccessibleName(tr("PreferencesDialog", "Language"))
        note = QLabel(
            tr("PreferencesDialog", "A new language is applied when the application restarts."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(language_label, self.language)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        from .preferences_dashboard import add_to

        self.dashboard_page = add_to(self, layout, settings)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.load()

    def load(self) -> None:
        index = self.language.findData(self.settings.get(opts.LANGUAGE))
        self.language.setCurrentIndex(max(index, 0))

    def save(self) -> None:
        self.settings.set(opts.LANGUAGE, str(self.language.currentData() or ""))
        self.dashboard_page.save()
        self.settings.sync()

    def accept(self) -> None:
        problem = self.dashboard_page.problem()
        if problem:  # a number typed as "1,5" is not saved as 15 (nor as anything else)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, self.windowTitle(), problem)
            return
        self.save()
        super().accept()
