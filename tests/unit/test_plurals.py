"""Plural messages: every %n source is a plural message in every catalogue, and Qt picks forms.

lupdate marks none of our `tr(context, text, None, n)` calls as plural, so the update
script does; without that, every count but one showed in English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop_app import i18n

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
FORMS = {"en": 2, "ru": 3, "tk": 2}


def plural_sources(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(TRANSLATIONS / f"desktop_app_{lang}.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if "%n" in source:
                found[(context.findtext("name") or "", source)] = message
    return found


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_every_count_message_is_a_complete_plural(lang: str) -> None:
    messages = plural_sources(lang)
    assert messages, "no %n messages found at all"
    for (context, source), message in messages.items():
        assert message.get("numerus") == "yes", (lang, context, source)
        forms = message.find("translation").findall("numerusform")
        assert len(forms) == FORMS[lang], (lang, context, source)
        assert all((f.text or "").strip() for f in forms), (lang, context, source)
        assert all("%n" in (f.text or "") for f in forms), (lang, context, source)


def test_english_catalogue_covers_every_count_message() -> None:
    assert set(plural_sources("en")) == set(plural_sources("ru")) == set(plural_sources("tk"))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", ["1 record", "2 records", "5 records"]),
        ("tk", ["1 ýazgy", "2 ýazgy", "5 ýazgy"]),
    ],
)
def test_qt_chooses_the_plural_form_at_run_time(lang: str, expected: list[str]) -> None:
    try:
        i18n.install(lang)
        assert [i18n.tr("ListPanel", "%n records", None, n) for n in (1, 2, 5)] == expected
    finally:
        i18n.install("en")
