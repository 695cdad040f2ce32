#!/usr/bin/env python3
"""List the messages a translator still has to do, as JSON, for one language.

    uv run python scripts/unfinished_translations.py ru > /tmp/todo-ru.json

Output: {"ru": {context: {source: {"plural": bool, "where": "file:line", "comment": ...}}}}
Fill it (replace each entry by the translation, or a list of plural forms), save it under
scripts/translations/, then run scripts/apply_translations.py on it.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(lang: str) -> int:
    tree = ET.parse(ROOT / "translations" / f"desktop_app_{lang}.ts")
    todo: dict[str, dict[str, dict[str, object]]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            loc = message.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            todo.setdefault(name, {})[message.findtext("source") or ""] = {
                "plural": message.get("numerus") == "yes",
                "where": where,
                "comment": message.findtext("comment") or message.findtext("extracomment") or "",
            }
    json.dump({lang: todo}, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
