"""Qt's own buttons and menus speak Turkmen in the Turkmen interface (issue 16).

Qt ships no Turkmen catalogue, so OK/Cancel, Yes/No, a text box's Undo/Copy/Paste menu and
the file dialog were English in a Turkmen window. translations/qtbase_tk.ts gives them in
qtbase's own contexts, and desktop_app.i18n loads it where Qt has no catalogue. The widgets
below are real ones, as the app shows them; a recording translator then checks that every
string these widgets ask Qt for is in the catalogue, so a Qt upgrade that rewords one fails
here instead of showing English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QTimer, QTranslator
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWizard,
    QWizardPage,
)

from desktop_app import i18n
from tests.qt.test_menu_accelerators import clashes

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "translations" / "qtbase_tk.ts"
B = QDialogButtonBox.StandardButton
STANDARD = {
    B.Ok: "Bolýar",
    B.Cancel: "Ýatyr",
    B.Save: "Ýatda sakla",
    B.Discard: "Ýatda saklama",
    B.Yes: "&Hawa",
    B.No: "&Ýok",
    B.Close: "Ýap",
    B.Apply: "Ulan",
    B.Reset: "Başlangyç ýagdaýa getir",
    B.RestoreDefaults: "Adaty sazlamalary dikelt",
    B.Help: "Kömek",
    B.Open: "Aç",
    B.Abort: "Togtat",
    B.Retry: "Gaýtadan synan",
    B.Ignore: "Geç",
    B.SaveAll: "Hemmesini ýatda sakla",
    B.YesToAll: "Hemmesine h&awa",
    B.NoToAll: "Hemmesine ý&ok",
}


@pytest.fixture
def turkmen(qapp) -> Iterator[None]:  # noqa: ANN001
    assert i18n.install("tk")
    try:
        yield
    finally:
        i18n.install("en")


def open_menu(qtbot, widget) -> list[str]:  # noqa: ANN001
    """Ask `widget` for its context menu as the keyboard's menu key does; the entries'
    words, the menu then closed (a spin box runs its menu modally: read while it runs)."""
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    seen: list[list[str]] = []

    def read() -> None:
        for menu in QApplication.topLevelWidgets():
            if isinstance(menu, QMenu) and menu.isVisible():
                seen.append(texts(menu))
                menu.close()

    timer = QTimer()  # inside a modal menu's own event loop
    timer.setSingleShot(True)
    timer.timeout.connect(read)
    timer.start(50)
    pos = QPoint(5, 5)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)
    timer.stop()  # not to read the next test's menu
    read()  # a menu that popped up without a loop of its own
    qtbot.wait(1)  # the closed menu gone before the next one opens
    assert len(seen) == 1, seen
    return seen[0]


def texts(menu: QMenu) -> list[str]:
    """The entries' words, without the key Qt writes after a tab ("&Göçür\tCtrl+C")."""
    return [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]


def test_standard_buttons_are_turkmen(qtbot, turkmen) -> None:  # noqa: ANN001
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    for button, text in STANDARD.items():
        assert box.addButton(button).text() == text, button
    box.show()
    cancel = box.button(B.Cancel)
    assert cancel.text() == "Ýatyr" and cancel.isVisible()


def test_a_line_edits_context_menu_is_turkmen(qtbot, turkmen) -> None:  # noqa: ANN001
    edit = QLineEdit("Daşoguz")
    qtbot.addWidget(edit)
    edit.selectAll()
    entries = open_menu(qtbot, edit)
    assert entries == [
        "&Yzyna al", "Gaý&tala", "&Kes", "&Göçür", "G&oý", "Poz", "Hemmesini saýla",
    ]  # fmt: skip
    edit.selectAll()
    menu = edit.createStandardContextMenu()  # the same entries, used
    try:
        assert not clashes("line edit menu", menu.actions())  # one letter, one entry
        next(a for a in menu.actions() if a.text().startswith("&Göçür")).trigger()
        assert QApplication.clipboard().text() == "Daşoguz"  # the entries still work
    finally:
        menu.deleteLater()


def test_a_text_boxs_and_a_spin_boxs_menus_are_turkmen(qtbot, turkmen) -> None:  # noqa: ANN001
    notes = QPlainTextEdit("Bellik")
    qtbot.addWidget(notes)
    assert {"&Yzyna al", "&Göçür", "G&oý", "Hemmesini saýla"} <= set(open_menu(qtbot, notes))
    spin = QSpinBox()
    qtbot.addWidget(spin)
    entries = open_menu(qtbot, spin)
    assert entries[-3:] == ["&Hemmesini saýla", "Bir ädim ý&okary", "Bir ädim &aşak"]


def test_a_message_box_asks_in_turkmen(qtbot, turkmen) -> None:  # noqa: ANN001
    box = QMessageBox(QMessageBox.Icon.Question, "Sebet", "Pozulsynmy?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("Jikme-jiklikler")
    qtbot.addWidget(box)
    box.show()
    buttons = {b.text() for b in box.buttons()}
    assert {"&Hawa", "&Ýok", "Jikme-jiklikleri görkez..."} <= buttons


def test_the_file_dialog_and_a_wizard_are_turkmen(qtbot, turkmen) -> None:  # noqa: ANN001
    dialog = QFileDialog(None, "", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Papka:", "Faýlyň a&dy:", "Faýllaryň &görnüşi:"} <= labels
    buttons = {w.text() for w in dialog.findChildren(QPushButton)}
    assert {"Ýatda &sakla", "Ýatyr"} <= buttons
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Indiki >"
    assert wizard.buttonText(QWizard.WizardButton.BackButton) == "< &Yza"
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Ýatyr"


def test_other_languages_keep_their_own_catalogues(qtbot) -> None:  # noqa: ANN001
    try:
        assert i18n.install("ru")  # Qt's own qtbase_ru
        assert QDialogButtonBox().addButton(B.Cancel).text() == "Отмена"
        assert i18n.install("en")
        assert QDialogButtonBox().addButton(B.Cancel).text() == "Cancel"
    finally:
        i18n.install("en")


class Recorder(QTranslator):
    """Answers nothing; notes every (context, source) Qt asks for."""

    def __init__(self, parent) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        self.asked.add((context, source))
        return ""


def catalogue() -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in context.iter("message"):
            found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


def test_every_string_those_widgets_ask_qt_for_is_in_the_catalogue(qtbot) -> None:  # noqa: ANN001
    recorder = Recorder(QCoreApplication.instance())
    QCoreApplication.installTranslator(recorder)
    try:
        box = QDialogButtonBox()
        qtbot.addWidget(box)
        for button in STANDARD:
            box.addButton(button)
        for widget in (QLineEdit("x"), QPlainTextEdit("x"), QSpinBox()):
            qtbot.addWidget(widget)
            open_menu(qtbot, widget)
        message = QMessageBox()
        message.setDetailedText("x")
        qtbot.addWidget(message)
        message.show()
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        wizard = QWizard()
        wizard.addPage(QWizardPage())
        qtbot.addWidget(wizard)
        wizard.show()
    finally:
        QCoreApplication.removeTranslator(recorder)
    ours = {"QPlatformTheme", "QDialogButtonBox", "QLineEdit", "QWidgetTextControl"}
    ours |= {"QAbstractSpinBox", "QMessageBox", "QFileDialog", "QFileSystemModel", "QWizard"}
    asked = {(c, s) for c, s in recorder.asked if c in ours}
    assert len(asked) > 60
    missing = sorted(asked - catalogue())
    assert not missing, missing
