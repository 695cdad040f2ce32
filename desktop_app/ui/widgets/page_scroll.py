"""A page whose content may be taller than the window scrolls instead of growing it.

The main window's page stack is as tall as its tallest page: the Reports page's three
boxes and the coordinator profile (steps, form, services) asked for more height than a
1366x768 laptop has at 150 % (512 pixels), pushing the window, its status bar and the
form's Save button off the screen. Such a page lays its content out in a scroll area.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QScrollArea, QVBoxLayout, QWidget


def scroll_page(page: QWidget, content: QLayout | QWidget, name: str = "page") -> QScrollArea:
    """Put `content` (the page's layout, not yet set on any widget, or its body widget)
    in a scroll area that fills `page`; the area is named `<name>Scroll`."""
    if isinstance(content, QWidget):
        body = content
    else:
        body = QWidget()
        body.setObjectName(f"{name}Body")
        body.setLayout(content)
    scroll = QScrollArea(page)
    scroll.setObjectName(f"{name}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
