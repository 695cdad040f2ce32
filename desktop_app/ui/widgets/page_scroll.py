"""A page whose content may be taller than the window scrolls instead of growing it.

The main window's page stack is as tall as its tallest page: the Reports page's three
boxes and the coordinator profile (steps, form, services) asked for more height than a
1366x768 laptop has at 150 % (512 pixels), pushing the window, its status bar and the
form's Save button off the screen. Such a page lays its content out in a scroll area.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget


def scroll_page(page: QWidget, content: QLayout) -> QScrollArea:
    """Put `content` (the page's layout, not yet set on any widget) in a scroll area
    that fills `page`."""
    body = QWidget()
    body.setObjectName(f"{page.objectName() or 'page'}Body")
    body.setLayout(content)
    scroll = QScrollArea(page)
    scroll.setObjectName(f"{page.objectName() or 'page'}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
