"""The settled terms (translations/glossary.json) are used in every message of the catalogues.

A message whose English source contains a term must carry the term's Russian and Turkmen
stems; forbidden forms (invented acronyms, a bare "Topar", straight quotes in Russian, ...)
appear nowhere. The failure lists every offending message, so a translator fixes them in one
round.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = json.loads((ROOT / "translations" / "glossary.json").read_text(encoding="utf-8"))


def _messages(lang: str) -> list[tuple[str, str, list[str]]]:
    tree = ET.parse(ROOT / "translations" / f"desktop_app_{lang}.ts")
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")] or [
                translation.text or ""
            ]
            out.append((name, message.findtext("source") or "", forms))
    return out


@pytest.mark.parametrize("lang", ["ru", "tk"])
def test_every_term_is_translated_as_the_glossary_says(lang: str) -> None:
    wrong = []
    for term in GLOSSARY["terms"]:
        english = re.compile(term["en"], re.IGNORECASE)
        wanted = re.compile(term[lang])
        for context, source, forms in _messages(lang):
            if english.search(source) and not all(wanted.search(f) for f in forms if f):
                wrong.append(f"{context} | {source} | {forms[0]}  (needs {term[lang]})")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("lang", ["ru", "tk"])
def test_no_forbidden_form_is_used(lang: str) -> None:
    wrong = []
    for rule in GLOSSARY["forbidden"].get(lang, []):
        pattern = re.compile(rule["pattern"])
        unless = rule.get("unless")
        for context, source, forms in _messages(lang):
            if unless and unless in source:
                continue  # e.g. a command line to type keeps its shell quotes
            if any(pattern.search(f) for f in forms):
                wrong.append(f"{context} | {source} | {forms[0]}  ({rule['why']})")
    assert not wrong, "\n".join(wrong)


def test_the_glossary_agrees_with_the_domain_glossary() -> None:
    """The Commission and the Covenant as ../shared/DOMAIN.md names them."""
    by_en = {t["en"]: t for t in GLOSSARY["terms"]}
    assert re.search(by_en[r"\b(European )?Commission\b"]["tk"], "Ýewropa Topary")
    assert re.search(by_en[r"\bCovenant of Mayors\b"]["ru"], "Соглашение мэров")
    assert re.search(by_en[r"\bCovenant of Mayors\b"]["tk"], "Şäher häkimleriniň bileleşigi")
