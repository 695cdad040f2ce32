"""The in-app user guide: F1 on every screen and dialog opens its page, links and pictures
work in the browser, the search box finds pages in Russian, and the browser speaks the
interface language."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from desktop_app import i18n
from desktop_app.domain.kinds import KINDS
from desktop_app.services import help_pages
from desktop_app.services.help_pages import HELP_LANGUAGES
from desktop_app.ui import dialogs
from desktop_app.ui.help_browser import HelpBrowser
from desktop_app.ui.help_topics import declared_topic, form_topic, section_topic
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings

from ._forms_support import type_text


@pytest.fixture
def english():
    yield
    i18n.install("en")


def dialog_classes() -> list[type]:
    found = []
    for info in pkgutil.iter_modules(dialogs.__path__):
        module = importlib.import_module(f"{dialogs.__name__}.{info.name}")
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QWizard)):
                found.append(cls)
    return found


def test_every_page_dialog_and_form_names_a_topic_in_every_language() -> None:
    topics = {sec.id: section_topic(sec.id) for sec in SECTIONS}
    classes = dialog_classes()
    assert len(classes) >= 10
    topics |= {cls.__name__: declared_topic(cls) for cls in classes}
    topics |= {f"form:{kind}": form_topic(kind) for kind in KINDS}
    topics["DeadlinesPage"] = declared_topic(
        importlib.import_module("desktop_app.ui.pages.deadlines_page").DeadlinesPage
    )
    for where, topic in topics.items():
        assert topic, f"{where} names no help topic"
        for lang in HELP_LANGUAGES:
            assert help_pages.has_page(lang, topic), (where, lang, topic)
    # the screens have pages of their own, not the contents
    assert topics["signatories"] == "signatories" and topics["DeadlinesPage"] == "deadlines"
    assert topics["form:financial_support"] == "finance"
    assert topics["ImportWizard"] == "importing" and topics["BackupWindow"] == "backups"


@pytest.fixture
def window(qtbot, sqlite_database, tmp_path: Path):
    win = MainWindow(Settings(tmp_path / "settings.ini"), sqlite_database)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitActive(win):
        win.activateWindow()
    yield win
    browser = getattr(win, "_help_browser", None)
    if browser is not None:
        browser.close()


def activate(qtbot, widget) -> None:
    """As a window manager does for a new window (offscreen, Qt leaves the focus where
    it was while the main window is active)."""
    from PySide6.QtGui import QGuiApplication

    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle())


def press_f1(qtbot, widget) -> None:
    qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_F1)


def test_f1_on_every_screen_opens_its_page(qtbot, window) -> None:
    seen = []
    for sec in SECTIONS:
        page = window.show_section(sec.id)
        page.setFocus()
        qtbot.waitUntil(lambda p=page: QApplication.focusWidget() is not None)
        press_f1(qtbot, window)
        browser = window._help_browser
        assert browser.isVisible()
        expected = declared_topic(type(page))
        assert browser.current_topic == expected, sec.id
        assert browser.page_title() == help_pages.load_page("en", expected).title
        seen.append(browser.current_topic)
        with qtbot.waitActive(window):
            window.activateWindow()
    assert len(set(seen)) >= len(SECTIONS) - 1  # the start page may share the contents
    # the Dashboard's Deadlines tab, focus on its tab bar: the Deadlines page
    dashboard = window.show_section("dashboard")
    dashboard.tabs.setCurrentWidget(dashboard.deadlines)
    dashboard.tabs.tabBar().setFocus()
    press_f1(qtbot, window)
    assert window._help_browser.current_topic == "deadlines"
    # Help > User guide is the same, with F1 shown beside it
    assert window.help_action.shortcut().toString() == "F1"
    window._help_browser.close()
    window.show_section("finance")
    window.help_action.trigger()
    assert window._help_browser.current_topic == "finance"


def test_f1_in_a_modal_dialog_and_in_a_form(qtbot, window) -> None:
    from desktop_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    dialog.open()  # modal: the main window's F1 is blocked, the dialog has its own
    activate(qtbot, dialog)
    press_f1(qtbot, dialog)
    browser = dialog._help_browser
    assert browser.current_topic == "preferences"
    assert browser.parent() is dialog  # or the dialog's modality would block the guide
    assert not QApplication.activeModalWidget() or browser.isVisible()
    browser.close()
    dialog.reject()

    # Tools > Backup and restore: window-modal (open()), F1 there is the backups page
    window.backup_action.trigger()
    backups = window.backup_window
    activate(qtbot, backups)
    press_f1(qtbot, backups)
    assert backups._help_browser.current_topic == "backups"
    assert backups._help_browser.isVisible()
    backups._help_browser.close()
    backups.close()

    form = window.forms.open("exchange_rate")
    activate(qtbot, form)
    form.bindings["currency"].widget.setFocus()
    press_f1(qtbot, form)
    assert window._help_browser.current_topic == "exchange-rates"
    form._closing_ok = True
    form.close()


def test_links_and_pictures_work_in_the_browser(qtbot) -> None:
    browser = HelpBrowser(lang="en")
    qtbot.addWidget(browser)
    browser.show()
    browser.show_topic("finance")
    assert browser.current_topic == "finance"
    html = browser.page.toHtml()
    assert "finance-form.png" in html
    image = browser.page.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("../images/en/finance-form.png")
    )
    assert image is not None and not image.isNull() and image.width() > 400
    # a screenshot wider than the page shrinks to fit, never grows
    browser.resize(700, 500)
    qtbot.waitUntil(lambda: _image_widths(browser) and max(_image_widths(browser)) < 600)
    browser.resize(1600, 900)
    qtbot.waitUntil(lambda: _image_widths(browser) == [image.width()])
    # following a link, as a click does, opens the other page; Back comes back
    browser.page.setSource(QUrl("exchange-rates.md"))
    assert browser.current_topic == "exchange-rates"
    assert browser.page_title() == "Exchange rates"
    assert browser.back_button.isEnabled()
    qtbot.mouseClick(browser.back_button, Qt.MouseButton.LeftButton)
    assert browser.current_topic == "finance"
    activate(qtbot, browser)
    qtbot.keyClick(browser.search_box, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert browser.current_topic == "exchange-rates"  # Alt+Right from anywhere in the window
    qtbot.keyClick(browser.contents, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert browser.current_topic == "finance"
    # the contents list opens a page with Enter
    browser.contents.setFocus()
    row = browser.found_topics().index("backups")
    browser.contents.setCurrentRow(row)
    qtbot.keyClick(browser.contents, Qt.Key.Key_Return)
    assert browser.current_topic == "backups"
    # an unknown topic falls back to the contents
    browser.show_topic("no-such-page")
    assert browser.current_topic == help_pages.INDEX_TOPIC


def _russian_pages_found(n: int) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return f"Найдена {n} страница"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return f"Найдены {n} страницы"
    return f"Найдено {n} страниц"


def _image_widths(browser) -> list[float]:
    widths = []
    block = browser.page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                widths.append(fmt.toImageFormat().width())
            it += 1
        block = block.next()
    return widths


def test_search_box_finds_a_russian_word_and_says_when_nothing_matches(qtbot, english) -> None:
    i18n.install("ru")
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.show()
    assert browser.lang == "ru"
    browser.show_topic("index")
    assert browser.page_title() == "Руководство пользователя Coordinator Desk"
    browser.show_topic("finance")
    assert browser.windowTitle() == "Финансирование — руководство пользователя Coordinator Desk"
    assert len(browser.found_topics()) == len(help_pages.topics("ru"))
    type_text(qtbot, browser.search_box, "ШИФРОВАН")
    found = browser.found_topics()
    assert found and found[0] == "backups"
    assert all("шифрован" in help_pages.fold(help_pages.load_page("ru", t).plain())
               for t in found)  # fmt: skip
    assert browser.result_label.text() == _russian_pages_found(len(found))
    assert browser.result_label.isVisibleTo(browser)
    assert "шифрован" in browser.contents.item(0).toolTip().casefold()
    qtbot.keyClick(browser.search_box, Qt.Key.Key_Return)
    assert browser.current_topic == "backups"
    assert browser.page.textCursor().selectedText().casefold() == "шифрован"
    browser.search_box.clear()
    type_text(qtbot, browser.search_box, "абракадабра")
    assert browser.found_topics() == []
    assert "абракадабра" in browser.result_label.text()
    assert browser.result_label.text() != "No page contains “абракадабра”."
    browser.search_box.clear()
    assert len(browser.found_topics()) == len(help_pages.topics("ru"))


@pytest.mark.parametrize("lang", ["ru", "tk"])
def test_the_browser_speaks_the_interface_language(qtbot, english, lang: str) -> None:
    i18n.install("en")
    english_texts = _texts(qtbot)
    i18n.install(lang)
    theirs = _texts(qtbot)
    for key, text in english_texts.items():
        assert theirs[key] and theirs[key] != text, (lang, key, text)


def _texts(qtbot) -> dict[str, str]:
    browser = HelpBrowser()
    qtbot.addWidget(browser)
    browser.search_box.setText("zzzz")
    return {
        "title": browser.windowTitle(),
        "search": browser.search_box.placeholderText(),
        "back": browser.back_button.text(),
        "forward": browser.forward_button.text(),
        "contents": browser.home_button.text(),
        "nothing": browser.result_label.text(),
        "contents-name": browser.contents.accessibleName(),
        "page-name": browser.page.accessibleName(),
    }


def test_a_missing_guide_is_said_not_a_crash(qtbot, window, monkeypatch) -> None:
    """An installation that lost resources/help (a bundle built without it) answers F1 with
    a sentence."""
    said = []

    def missing() -> Path:
        raise FileNotFoundError("resources/help/en/index.md")

    monkeypatch.setattr(help_pages, "help_dir", missing)
    monkeypatch.setattr(
        "PySide6.QtWidgets.QMessageBox.warning", lambda *args: said.append(args[2])
    )
    window.show_section("trash").setFocus()
    press_f1(qtbot, window)
    assert said == ["The user guide is not installed with this copy of the program."]
    assert getattr(window, "_help_browser", None) is None
