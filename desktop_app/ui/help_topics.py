"""F1: the guide's page for the screen or dialog in front.

Each page and dialog class names its page of the guide once, in a `help_topic` class
attribute (a record form takes the topic of the section that lists its kind). F1 looks for
it from the focused widget outwards, so a page inside a tab (the Dashboard's Deadlines)
wins over its container; the main window answers with its current page's topic.

The main window's Help > User guide action carries F1 for itself. Every other window (a
record form, a dialog, a modal dialog that blocks the main window) gets its own F1 shortcut
when the focus first enters it: QApplication.focusChanged fires only when the focus moves,
so nothing runs per event. While a modal dialog is open, the guide opens as its
child window, or the modality would block the guide too.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from ..i18n import tr

# services.help_pages (the guide's files, ~1 ms of imports) is imported by the functions
# below, which run when F1 is pressed: the window imports this module before its first paint.

_KEY_PROPERTY = "coordinatorDeskHelpKey"


def declared_topic(obj: Any) -> str:
    topic = getattr(obj, "help_topic", "")
    return topic if isinstance(topic, str) else ""


def section_topic(section_id: str) -> str:
    """The topic the page class of a main-window section declares."""
    from .sections import section

    sec = section(section_id)
    if sec.page is None:
        from ..services.help_pages import INDEX_TOPIC

        return INDEX_TOPIC
    module_name, class_name = sec.page.split(":")
    return declared_topic(getattr(importlib.import_module(module_name), class_name))


def form_topic(kind: str) -> str:
    """A record form is explained where its kind is listed."""
    from .forms.registry import section_for

    return section_topic(section_for(kind)[0])


def topic_for(widget: QWidget | None) -> str:
    """The innermost declared topic around `widget`; a tab widget on the way answers with
    its tab in front when that declares one (focus on the Dashboard's tab bar while its
    Deadlines tab is shown is the Deadlines page)."""
    from PySide6.QtWidgets import QTabWidget

    while widget is not None:
        topic = declared_topic(widget)
        if topic:
            return topic
        if isinstance(widget, QTabWidget):
            topic = declared_topic(widget.currentWidget())
            if topic:
                return topic
        widget = widget.parentWidget()
    from ..services.help_pages import INDEX_TOPIC

    return INDEX_TOPIC


def show_help(topic: str | None = None, near: QWidget | None = None) -> QWidget | None:
    """Open the guide on `topic` (default: the focused screen's) and return its window
    (None, after saying so, when the guide's files are missing from the installation)."""
    from .. import i18n
    from .help_browser import HelpBrowser

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    focus = QApplication.focusWidget()
    if topic is None:
        topic = topic_for(focus or near)
    modal = QApplication.activeModalWidget()
    owner: QWidget | None
    if modal is not None:
        owner = modal
    else:
        owner = near or focus or QApplication.activeWindow()
        while owner is not None and owner.parentWidget() is not None:
            owner = owner.parentWidget()
    browser = getattr(owner, "_help_browser", None) if owner is not None else None
    if browser is not None:
        try:
            stale = browser.lang != i18n.current_language()
        except RuntimeError:  # deleted by Qt meanwhile
            browser, stale = None, False
        if stale:
            browser.close()
            browser.deleteLater()
            browser = None
    if browser is None:
        from ..services import help_pages

        try:
            help_pages.help_dir()
        except FileNotFoundError:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(
                owner,
                tr("HelpBrowser", "Coordinator Desk user guide"),
                tr("HelpBrowser", "The user guide is not installed with this copy of the program."),
            )
            return None
        from PySide6.QtCore import Qt  # not at import: the window imports this module

        browser = HelpBrowser(owner)
        browser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        if owner is not None:
            owner._help_browser = browser  # type: ignore[attr-defined]
            browser.destroyed.connect(lambda _o=None, w=owner: _forget(w))
    browser.show_topic(topic)
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser


def _forget(owner: QWidget) -> None:
    try:
        owner._help_browser = None  # type: ignore[attr-defined]
    except RuntimeError:
        pass


class _HelpKeys(QObject):
    """Gives each window F1 the first time the focus enters it."""

    def on_focus(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        window = now.window()
        if window.property(_KEY_PROPERTY):
            return
        window.setProperty(_KEY_PROPERTY, True)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
        shortcut.setObjectName("helpShortcut")
        shortcut.activated.connect(lambda w=window: show_help(None, w))


def install_help_keys(main_window: QWidget) -> None:
    """Once per application; `main_window` has F1 on its Help > User guide action.

    QApplication.focusChanged fires when the focus moves, never per event, so windows get
    their key without an application-wide event filter."""
    main_window.setProperty(_KEY_PROPERTY, True)
    app = QApplication.instance()
    if app is None or app.property(_KEY_PROPERTY):
        return
    app.setProperty(_KEY_PROPERTY, True)
    keys = _HelpKeys(app)
    app.focusChanged.connect(keys.on_focus)  # type: ignore[attr-defined]
