"""English plural forms say one and many differently (the dashboard said "116 decision of
financial support"): where the source puts a plural noun right after %n, the singular and
plural forms of the English catalogue must differ and the plural one must be the source."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parents[2] / "translations" / "desktop_app_en.ts"


def test_a_plural_noun_after_the_count_has_its_two_forms() -> None:
    wrong = []
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):
        for message in ctx.iter("message"):
            if message.get("numerus") != "yes":
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
            if re.search(r"%n [a-z]+s\b", source) and (len(set(forms)) < 2 or forms[-1] != source):
                wrong.append(f"{ctx.findtext('name')} | {source} | {forms}")
    assert not wrong, "\n".join(wrong)
