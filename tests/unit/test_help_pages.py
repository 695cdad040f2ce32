"""The user guide's pages as files: every topic in every language, titled, links and images
that resolve, the glossary's terms, and a search that finds Russian and Turkmen words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop_app.services import help_pages
from desktop_app.services.help_pages import HELP_LANGUAGES, INDEX_TOPIC

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "translations" / "glossary.json").read_text(encoding="utf-8"))


def test_the_guide_is_found_in_the_source_tree() -> None:
    assert help_pages.help_dir() == ROOT / "resources" / "help"


def test_every_topic_exists_in_every_language_with_a_title() -> None:
    english = help_pages.topics("en")
    assert english[0] == INDEX_TOPIC and len(english) >= 20
    for lang in HELP_LANGUAGES:
        assert help_pages.topics(lang) == english, lang
        for topic in english:
            page = help_pages.load_page(lang, topic)
            assert page.text.startswith("# "), (lang, topic)
            assert len(page.title) > 3, (lang, topic)
    # the titles are translated, not copied
    for topic in english:
        titles = {lang: help_pages.load_page(lang, topic).title for lang in HELP_LANGUAGES}
        assert len(set(titles.values())) == 3, titles


def test_the_index_links_every_page() -> None:
    for lang in HELP_LANGUAGES:
        linked = {
            link.target.split("#")[0].removesuffix(".md")
            for link in help_pages.load_page(lang, INDEX_TOPIC).links()
            if not link.image
        }
        assert set(help_pages.topics(lang)) - {INDEX_TOPIC} <= linked, lang
        assert [p.topic for p in help_pages.contents(lang)][:3] == [
            INDEX_TOPIC,
            "getting-started",
            "dashboard",
        ]


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_every_link_and_image_resolves(lang: str) -> None:
    checked = 0
    for topic in help_pages.topics(lang):
        page = help_pages.load_page(lang, topic)
        for link in page.links():
            assert not link.external, (topic, link.target)  # the guide works offline
            target, _, anchor = link.target.partition("#")
            path = (page.path.parent / target).resolve() if target else page.path
            assert path.is_file(), (lang, topic, link.target)
            if link.image:
                assert path.suffix == ".png"
                # each language shows its own interface
                assert path.parent == help_pages.help_dir() / "images" / lang, link.target
                assert path.stat().st_size < 120_000, (link.target, path.stat().st_size)
            else:
                assert path.suffix == ".md" and path.parent == page.path.parent
                if anchor:
                    other = help_pages.load_page(lang, path.stem)
                    assert anchor in other.anchors(), (topic, link.target)
            checked += 1
    assert checked > 60


def test_every_screen_has_its_picture_in_every_language() -> None:
    pictures = {
        p.name for p in (help_pages.help_dir() / "images" / "en").glob("*.png")
    }
    assert len(pictures) >= 14
    for lang in HELP_LANGUAGES:
        theirs = {p.name for p in (help_pages.help_dir() / "images" / lang).glob("*.png")}
        assert theirs == pictures, lang
        used = {
            Path(link.target).name
            for topic in help_pages.topics(lang)
            for link in help_pages.load_page(lang, topic).links()
            if link.image
        }
        assert used == pictures, (lang, pictures - used)


def test_the_pages_use_the_glossary_terms() -> None:
    """A page whose English speaks of a glossary term says it in the settled words."""
    for topic in help_pages.topics("en"):
        english = help_pages.load_page("en", topic).plain()
        for term in GLOSSARY["terms"]:
            if not re.search(term["en"], english, re.IGNORECASE):
                continue
            for lang in ("ru", "tk"):
                text = help_pages.load_page(lang, topic).plain()
                assert re.search(term[lang], text), (topic, lang, term["en"])
    for lang in ("ru", "tk"):
        for topic in help_pages.topics(lang):
            text = help_pages.load_page(lang, topic).plain()
            for rule in GLOSSARY["forbidden"][lang]:
                prose = re.sub(r"`[^`]*`", "", text)  # what is to be typed stays as typed
                assert not re.search(rule["pattern"], prose), (lang, topic, rule["why"])


def test_search_is_case_insensitive_in_every_script() -> None:
    russian = [m.page.topic for m in help_pages.search("ru", "РЕЗЕРВНАЯ копия")]
    assert russian and russian[0] == "backups"
    assert "backups" in [m.page.topic for m in help_pages.search("ru", "резервн")]
    assert [m.page.topic for m in help_pages.search("ru", "абракадабра")] == []
    # ё is е, as Russians type it; a phrase across a line break is found
    assert "deadlines" in [m.page.topic for m in help_pages.search("ru", "еще не подан")]
    assert "reports" in [m.page.topic for m in help_pages.search("ru", "пакет для отправки")]
    turkmen = [m.page.topic for m in help_pages.search("tk", "ÄTIÝAÇLYK")]
    assert turkmen[0] == "backups"
    # every word must be on the page; the title's page comes first
    both = help_pages.search("en", "exchange rate")
    assert both[0].page.topic == "exchange-rates" and both[0].in_title
    assert all("exchange" in help_pages.fold(m.page.plain()) for m in both)
    assert help_pages.search("en", "   ") == []
    # each match shows where the word is, as the page writes it
    found = help_pages.search("ru", "шифрован")[0]
    assert "зашифрован" in found.snippet.casefold() and len(found.snippet) <= 92
    # link targets are not words of the page
    assert "entering-records" not in help_pages.fold(
        " ".join(m.page.plain() for m in help_pages.search("en", "entering-records"))
    )


def test_a_page_in_a_language_without_a_guide_is_the_english_one() -> None:
    assert help_pages.page_path("de", "dashboard") == help_pages.page_path("en", "dashboard")


# Bold words that are not labels of the interface: key names and the guide's own emphasis.
NOT_LABELS = {
    "en": {"Warnings", "Errors", "all", "office server", "viewer", "editor", "admin"},
    "ru": {"Вверх", "Вниз", "Предупреждения", "Ошибки", "все", "Пробел", "Alt+Вниз"},
    "tk": {"Ýokary", "Aşak", "Alt+Aşak", "Duýduryşlar", "Ýalňyşlyklary", "ähli", "Boşluk"},
}


KEYS = r"((Ctrl|Shift|Alt)\+)*(\w|Tab|Enter|Esc|Del|Delete|Up|Down|Left|Right|F\d+)( / .*)?"


def _catalogue_texts(lang: str) -> str:
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "translations" / f"desktop_app_{'ru' if lang == 'en' else lang}.ts")
    texts = []
    for message in root.getroot().iter("message"):
        if lang == "en":
            texts.append(message.findtext("source") or "")
            continue
        translation = message.find("translation")
        if translation is not None:
            forms = [n.text or "" for n in translation.iter("numerusform")]
            texts += [translation.text or "", *forms]
    return "\n".join(_label(t) for t in texts)


def _label(text: str) -> str:
    return " ".join(text.replace("&", "").replace("…", "...").split()).casefold()


@pytest.mark.parametrize("lang", HELP_LANGUAGES)
def test_buttons_fields_and_menus_are_named_as_the_interface_names_them(lang: str) -> None:
    """A bold phrase is a button, field, tab or menu the clerk will look for: it must be
    the interface's own words in that language (menus: each step of `File > Export...`)."""
    labels = _catalogue_texts(lang)
    wrong = []
    for topic in help_pages.topics(lang):
        for phrase in re.findall(r"\*\*([^*]+)\*\*", help_pages.load_page(lang, topic).text):
            for part in phrase.split(" > "):
                words = " ".join(part.split())
                if words in NOT_LABELS[lang] or re.fullmatch(KEYS, words):
                    continue  # a key (Ctrl+S, Del, Enter, F1) or the guide's emphasis
                if _label(words) not in labels:
                    wrong.append((topic, words))
    assert not wrong, wrong
