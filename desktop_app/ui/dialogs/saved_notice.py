"""The one ending of every export: "Saved to <path>" with Open and Show folder.

A clerk who has just written a report, a workbook, fact sheets, a submission pack or a
deadline calendar wants to know where it went and to open it or find it. Opening it
unasked (the old behaviour) hid the path; a bare status line hid the folder. The notice is
not modal, so it never blocks the window (and tests can press its buttons), and only the
latest one is kept open.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import tr

_LAST: list[SavedNotice] = []


class SavedNotice(QDialog):
    help_topic = "reports"

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setObjectName("savedNotice")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message = QLabel(tr("SavedNotice", "Saved to {path}").format(path=self.path), self)
        self.message.setObjectName("savedPath")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(tr("SavedNotice", "&Open"), self)
        self.folder_button = QPushButton(tr("SavedNotice", "Show &folder"), self)
        self.close_button = QPushButton(tr("SavedNotice", "&Close"), self)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.open_button, self.folder_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(min(720, max(420, self.message.sizeHint().width() + 40)))

    def folder(self) -> Path:
        return self.path if self.path.is_dir() else self.path.parent

    def open_file(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        self.close()

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))
        self.close()


def show_saved(path: Path, title: str, parent: QWidget | None = None) -> SavedNotice:
    """Show the notice for `path` (replacing an earlier one still open) and return it."""
    while _LAST:
        old = _LAST.pop()
        try:
            old.close()
        except RuntimeError:  # already deleted by Qt
            pass
    notice = SavedNotice(path, title, parent)
    _LAST.append(notice)
    from ..window_chrome import announce

    announce(notice.message.text())  # the status bar says it too, after the notice is closed
    notice.destroyed.connect(lambda *_: _LAST.remove(notice) if notice in _LAST else None)
    notice.show()
    notice.raise_()
    return notice


def last_notice() -> SavedNotice | None:
    """The notice on screen, if any (for the window and the tests)."""
    return _LAST[-1] if _LAST else None
