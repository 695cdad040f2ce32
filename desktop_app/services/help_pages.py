"""The user guide's pages on disk: where they are, their titles, links, images and search.

The guide is plain Markdown, one file per screen or task and language:
`resources/help/<lang>/<topic>.md`, screenshots in `resources/help/images/<lang>/`. A page's
title is its first `# ` line. The in-app browser (ui/help_browser.py) shows the files as they
are; this module only reads them, so the tests and the browser agree on what a page, a link
and an image are, and the search works without Qt (docs/help.md).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

HELP_LANGUAGES = ("en", "ru", "tk")
INDEX_TOPIC = "index"

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
_MARKUP = re.compile(r"[*_`#>|]+")


def help_dir() -> Path:
    """resources/help in a checkout; inside the package when installed from a wheel
    (pyproject force-include); beside the package in a frozen (PyInstaller) build."""
    here = Path(__file__).resolve()
    candidates = [here.parents[2] / "resources" / "help", here.parents[1] / "resources" / "help"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "resources" / "help")
    for candidate in candidates:
        if (candidate / "en" / f"{INDEX_TOPIC}.md").exists():
            return candidate
    raise FileNotFoundError("resources/help/en/index.md")


def language_dir(lang: str) -> Path:
    return help_dir() / (lang if lang in HELP_LANGUAGES else "en")


@dataclass(frozen=True)
class Link:
    target: str
    """As written: `signatories.md`, `backups.md#restore`, `../images/en/x.png`, a URL."""
    text: str
    image: bool

    @property
    def external(self) -> bool:
        return "://" in self.target or self.target.startswith("mailto:")


@dataclass(frozen=True)
class HelpPage:
    lang: str
    topic: str
    path: Path
    title: str
    text: str

    def links(self) -> list[Link]:
        return [Link(m.group(3), m.group(2), bool(m.group(1))) for m in _LINK.finditer(self.text)]

    def anchors(self) -> set[str]:
        """Heading anchors as Markdown renderers make them: `## Restore a backup` is
        `#restore-a-backup`."""
        return {slug(line.lstrip("#").strip()) for line in self.text.splitlines()
                if line.startswith("#")}  # fmt: skip

    def plain(self) -> str:
        """The words a reader sees: link targets and markup dropped, link texts kept."""
        return self._plain

    @cached_property
    def _plain(self) -> str:
        text = _LINK.sub(lambda m: m.group(2), self.text)
        return " ".join(_MARKUP.sub(" ", text).split())  # a phrase may span a line break

    @cached_property
    def folded(self) -> str:
        """`plain()` as the search compares it (read once per page, not per keystroke)."""
        return fold(self._plain)


def slug(heading: str) -> str:
    words = re.sub(r"[^\w\s-]", "", heading.casefold())
    return re.sub(r"\s+", "-", words.strip())


def topics(lang: str) -> list[str]:
    """The topics of a language: the index first, then the others by file name."""
    folder = language_dir(lang)
    names = sorted(p.stem for p in folder.glob("*.md") if p.stem != INDEX_TOPIC)
    return [INDEX_TOPIC, *names] if (folder / f"{INDEX_TOPIC}.md").exists() else names


def page_path(lang: str, topic: str) -> Path:
    return language_dir(lang) / f"{topic}.md"


def has_page(lang: str, topic: str) -> bool:
    return page_path(lang, topic).is_file()


def load_page(lang: str, topic: str) -> HelpPage:
    path = page_path(lang, topic)
    return _load(path, lang, topic, path.stat().st_mtime_ns)


@cache
def _load(path: Path, lang: str, topic: str, _mtime: int) -> HelpPage:
    text = path.read_text(encoding="utf-8")
    title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
    return HelpPage(lang, topic, path, title, text)


def contents(lang: str) -> list[HelpPage]:
    """The pages in reading order: the order of the index's links, then any page the
    index does not link to."""
    pages = {t: load_page(lang, t) for t in topics(lang)}
    order = [INDEX_TOPIC] if INDEX_TOPIC in pages else []
    if INDEX_TOPIC in pages:
        for link in pages[INDEX_TOPIC].links():
            topic = link.target.split("#")[0].removesuffix(".md")
            if not link.image and topic in pages and topic not in order:
                order.append(topic)
    order += [t for t in pages if t not in order]
    return [pages[t] for t in order]


def fold(text: str) -> str:
    """Case-insensitive, in any script: `Резервная` matches `резервная`; `ё` is `е`,
    as Russian readers type it."""
    return unicodedata.normalize("NFC", text).casefold().replace("ё", "е")


@dataclass(frozen=True)
class Match:
    page: HelpPage
    hits: int
    in_title: bool
    snippet: str = ""
    """The words around the first hit, as the page writes them."""


def snippet(text: str, word: str, width: int = 90) -> str:
    """`text` around the first occurrence of `word` (any case; е matches ё)."""
    pattern = "".join("[её]" if ch in "её" else re.escape(ch) for ch in fold(word))
    found = re.search(pattern, text, re.IGNORECASE)
    if found is None:
        return ""
    start = max(0, found.start() - width // 3)
    end = min(len(text), start + width)
    return ("…" if start else "") + text[start:end].strip() + ("…" if end < len(text) else "")


def search(lang: str, query: str) -> list[Match]:
    """Pages of `lang` holding every word of `query` (as a part of a word, so `резерв`
    finds `резервная копия`), most hits first, title matches before the others."""
    words = fold(query).split()
    if not words:
        return []
    found = []
    for page in contents(lang):
        body = page.folded
        title = fold(page.title)
        if all(w in body for w in words):
            hits = sum(body.count(w) for w in words)
            first = snippet(page.plain(), words[0])
            found.append(Match(page, hits, all(w in title for w in words), first))
    found.sort(key=lambda m: (not m.in_title, -m.hits))
    return found
