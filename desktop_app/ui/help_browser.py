"""The user guide window: contents, search and the page, in the interface language.

A QTextBrowser shows the Markdown pages of resources/help/<lang>/ as they are (links to
other pages, anchors and screenshots resolve relative to the page's file); no web engine.
The contents list doubles as the search result list: typing in the search box narrows it
to the pages holding every word typed (services/help_pages.search, any script, any case)
and opening a result highlights the first occurrence.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from ..i18n import tr
from ..services import help_pages

TOPIC_ROLE = Qt.ItemDataRole.UserRole
_SOURCE = 0x100100
"""QTextFormat user property: the picture's own name, kept while it is shown scaled."""


class PageView(QTextBrowser):
    """A QTextBrowser whose screenshots shrink to the width of the window (never grow), so
    a page reads without a sideways scroll bar on a small screen."""

    def fit_images(self) -> None:
        doc = self.document()
        room = self.viewport().width() - 2 * doc.documentMargin() - 8
        found: list[tuple[int, int, QTextImageFormat]] = []
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    found.append((fragment.position(), fragment.length(), image))
                it += 1
            block = block.next()
        cursor = QTextCursor(doc)
        for position, length, image in found:
            source = image.property(_SOURCE) or image.name()
            picture = self._original(str(source))
            if picture is None or room <= 0:
                continue
            width = min(picture.width(), int(room))
            if abs(image.width() - width) < 1:
                continue
            # Qt draws a sized image without smoothing; a smoothly scaled copy reads better
            name = source if width == picture.width() else f"{source}?width={width}"
            if name != source:
                scaled = picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
                doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), scaled)
            image.setName(name)
            image.setProperty(_SOURCE, source)
            image.setWidth(width)
            image.setHeight(picture.height() * width / picture.width())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(image)

    def _original(self, source: str) -> QImage | None:
        """The picture as the page names it, at its own size (read once per page)."""
        doc = self.document()
        picture = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(source))
        if picture is None or picture.isNull():
            return None
        return picture if isinstance(picture, QImage) else picture.toImage()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_images()


class HelpBrowser(QWidget):
    """One window; `show_topic(topic)` brings a page to the front."""

    help_topic = help_pages.INDEX_TOPIC

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setObjectName("helpBrowser")
        self.lang = lang or i18n.current_language()
        if self.lang not in help_pages.HELP_LANGUAGES:
            self.lang = "en"
        self.setWindowTitle(tr("HelpBrowser", "Coordinator Desk user guide"))

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("helpSearch")
        self.search_box.setPlaceholderText(tr("HelpBrowser", "Search the guide"))
        self.search_box.setAccessibleName(tr("HelpBrowser", "Search the guide"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._search)
        self.search_box.returnPressed.connect(self._open_first)
        self.contents = QListWidget(self)
        self.contents.setObjectName("helpContents")
        self.contents.setAccessibleName(tr("HelpBrowser", "Contents"))
        self.contents.itemActivated.connect(self._open_item)
        self.contents.itemClicked.connect(self._open_item)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("helpResults")
        self.result_label.setWordWrap(True)

        self.page = PageView(self)
        self.page.setObjectName("helpPage")
        self.page.setAccessibleName(tr("HelpBrowser", "Help page"))
        self.page.setOpenExternalLinks(True)
        self.page.sourceChanged.connect(self._on_source_changed)

        self.back_button = QPushButton(tr("HelpBrowser", "&Back"), self)
        self.back_button.setToolTip(tr("HelpBrowser", "Back (Alt+Left)"))
        self.back_button.clicked.connect(self.page.backward)
        self.page.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button = QPushButton(tr("HelpBrowser", "&Forward"), self)
        self.forward_button.setToolTip(tr("HelpBrowser", "Forward (Alt+Right)"))
        self.forward_button.clicked.connect(self.page.forward)
        self.page.forwardAvailable.connect(self.forward_button.setEnabled)
        self.forward_button.setEnabled(False)
        self.home_button = QPushButton(tr("HelpBrowser", "&Contents"), self)
        self.home_button.clicked.connect(lambda: self.show_topic(help_pages.INDEX_TOPIC))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.result_label)
        left_layout.addWidget(self.contents, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.page, 1)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([240, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        for keys, slot in (
            (QKeySequence.StandardKey.Find, self.focus_search),
            (QKeySequence.StandardKey.Close, self.close),
            (QKeySequence.StandardKey.Cancel, self.close),
            (QKeySequence.StandardKey.Back, self.page.backward),
            (QKeySequence.StandardKey.Forward, self.page.forward),
        ):
            from PySide6.QtGui import QShortcut

            QShortcut(QKeySequence(keys), self, slot)
        self._search("")
        self.resize(1180, 780)
        self.current_topic = ""

    # -- pages -----------------------------------------------------------------------------

    def show_topic(self, topic: str) -> None:
        if not help_pages.has_page(self.lang, topic):
            topic = help_pages.INDEX_TOPIC
        self.page.setSource(QUrl.fromLocalFile(str(help_pages.page_path(self.lang, topic))))

    def _on_source_changed(self, url: QUrl) -> None:
        self.page.fit_images()
        name = url.fileName()
        self.current_topic = name.removesuffix(".md")
        self.setWindowTitle(
            tr("HelpBrowser", "{page} — Coordinator Desk user guide").format(page=self.page_title())
        )
        for row in range(self.contents.count()):
            item = self.contents.item(row)
            if item.data(TOPIC_ROLE) == self.current_topic:
                self.contents.blockSignals(True)
                self.contents.setCurrentItem(item)
                self.contents.blockSignals(False)
                break

    def _open_item(self, item: QListWidgetItem) -> None:
        self.show_topic(str(item.data(TOPIC_ROLE)))
        words = self.search_box.text().split()
        if words:  # a search result: show where the first word is
            self.page.moveCursor(self.page.textCursor().MoveOperation.Start)
            self.page.find(words[0])

    def _open_first(self) -> None:
        if self.contents.count():
            self.contents.setCurrentRow(0)
            self._open_item(self.contents.item(0))

    # -- search ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _search(self, text: str) -> None:
        self.contents.clear()
        if text.strip():
            matches = help_pages.search(self.lang, text)
            pages = [m.page for m in matches]
            snippets = {m.page.topic: m.snippet for m in matches}
            count = len(pages)
            if pages:
                found = tr("HelpBrowser", "%n pages found", None, count)
            else:
                found = tr("HelpBrowser", "No page contains “{text}”.").format(text=text.strip())
            self.result_label.setText(found)
            self.result_label.show()
        else:
            pages = help_pages.contents(self.lang)
            snippets = {}
            self.result_label.hide()
        for page in pages:
            item = QListWidgetItem(page.title or page.topic)
            item.setData(TOPIC_ROLE, page.topic)
            item.setToolTip(snippets.get(page.topic) or page.title)
            self.contents.addItem(item)
            if page.topic == getattr(self, "current_topic", ""):
                self.contents.setCurrentItem(item)

    def found_topics(self) -> list[str]:
        """The topics the list shows now (the contents, or the search's results)."""
        return [str(self.contents.item(i).data(TOPIC_ROLE)) for i in range(self.contents.count())]

    def page_title(self) -> str:
        """The heading the reader sees at the top of the page."""
        return self.page.document().firstBlock().text()
