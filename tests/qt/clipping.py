"""Text that does not fit its widget, found by walking a window's widgets (issue 10).

Used under the stretched pseudo-translation (desktop_app.i18n.stretch): a label, button,
group title, list item or column header whose text needs more room than it has is listed
with both widths. Widgets inside a view that scrolls sideways are not counted (scrolling is
not clipping); Qt's own size hints are the measure wherever Qt has one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from desktop_app.ui.widgets.code_list import CodeList


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _shown(w: QWidget) -> bool:
    return w.isVisible() and w.width() > 0 and w.height() > 0


def _scrolled(w: QWidget) -> bool:
    """Inside a scroll area that may scroll sideways: clipping there is scrolling."""
    p = w.parentWidget()
    while p is not None:
        if isinstance(p, QAbstractScrollArea) and not isinstance(p, QComboBox):
            return p.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff and (
                p.horizontalScrollBar().isVisible()
            )
        p = p.parentWidget()
    return False


def clipped(root: QWidget) -> list[str]:
    found: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if not _shown(w) or _scrolled(w):
            continue
        name = f"{type(w).__name__}({w.objectName() or ''})"
        if isinstance(w, QLabel) and w.text() and not w.wordWrap() and w.pixmap().isNull():
            lines = _plain(w.text()).replace("&", "").split("\n")
            need = max(w.fontMetrics().horizontalAdvance(line) for line in lines)
            room = w.contentsRect().width() - 2 * w.margin() - max(w.indent(), 0)
            if need > room + 1:
                found.append(f"{name} '{w.text()[:60]}' needs {need}px, has {room}px")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton, QToolButton)) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                need = w.sizeHint().width()
                found.append(f"{name} '{w.text()[:60]}' needs {need}px, has {w.width()}px")
        elif isinstance(w, QGroupBox) and w.title():
            need = w.fontMetrics().horizontalAdvance(w.title()) + 20
            if need > w.width():
                title = w.title()[:60]
                found.append(f"{name} title '{title}' needs {need}px, has {w.width()}px")
        elif isinstance(w, CodeList) and w.verticalScrollBar().isVisible():
            if w.count() <= w.VISIBLE_ROWS:  # a short choice list shows every choice
                found.append(f"{name} hides some of its {w.count()} choices behind a scroll bar")
        elif isinstance(w, QListView) and not isinstance(w, QComboBox) and w.model() is not None:
            model, width = w.model(), w.viewport().width()
            if w.horizontalScrollBar().isVisible() or w.wordWrap():
                continue  # scrolled, or wrapped by Qt (a long label takes two lines)
            for row in range(min(model.rowCount(), 50)):
                index = model.index(row, 0)
                text = str(index.data() or "")
                if not text or w.isRowHidden(row):
                    continue
                need = w.sizeHintForIndex(index).width()
                if need > width + 1:
                    found.append(f"{name} item '{text[:60]}' needs {need}px, has {width}px")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal:
            model = w.model()
            if model is None:
                continue
            for i in range(w.count()):
                if w.isSectionHidden(i) or w.sectionSize(i) == 0:
                    continue
                text = str(model.headerData(i, Qt.Orientation.Horizontal) or "")
                need = w.sectionSizeHint(i)  # Qt's own measure of the header text
                if need > w.sectionSize(i) + 1 and i != w.count() - 1:
                    has = w.sectionSize(i)
                    found.append(f"{name} column '{text[:60]}' needs {need}px, has {has}px")
    return found


def sideways(root: QWidget) -> list[str]:
    """Pages and forms (scroll areas, not tables) that scroll sideways: a page laid out
    for reading must wrap or narrow, not make the clerk scroll left and right."""
    return [
        f"{type(w.widget()).__name__ if w.widget() else ''} in {w.objectName() or 'a scroll area'}"
        f" scrolls sideways ({w.widget().width() if w.widget() else 0}px in"
        f" {w.viewport().width()}px)"
        for w in [root, *root.findChildren(QScrollArea)]
        if isinstance(w, QScrollArea) and _shown(w) and w.horizontalScrollBar().isVisible()
    ]
