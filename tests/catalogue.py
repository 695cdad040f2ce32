"""What the committed catalogues say, for tests that check the program's output in Russian
or Turkmen against them (not against `tr`, which the program itself calls)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


@cache
def finished(lang: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> the finished translation, for one language."""
    root = ET.parse(TRANSLATIONS / f"desktop_app_{lang}.ts").getroot()
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if (translation.text or "").strip():
                out[(name, message.findtext("source") or "")] = translation.text or ""
    return out


def said(lang: str, context: str, source: str) -> str:
    """`source` as the program says it in `lang`: itself in English, else its finished
    translation (a missing one fails the test that asks)."""
    if lang == "en":
        return source
    text = finished(lang).get((context, source))
    assert text, f"[{context}] {source!r} has no finished {lang} translation"
    return text
