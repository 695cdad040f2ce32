#!/usr/bin/env python3
"""Fill translations into translations/*.ts from JSON files (one per feature area).

    uv run python scripts/apply_translations.py scripts/translations/*.json
    uv run python scripts/update_translations.py      # normalise the .ts, build the .qm

A JSON file maps language -> context -> English source -> translation; a plural message
takes a list with one entry per plural form (Russian 3, Turkmen 2). Only unfinished
messages are filled unless --force, so a translator's later edits in Linguist win.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def apply(ts: Path, table: dict[str, dict[str, str | list[str]]], *, force: bool) -> int:
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        entries = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if source not in entries or translation is None:
                continue
            if translation.get("type") != "unfinished" and not force:
                continue
            value = entries[source]
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                values = value if isinstance(value, list) else [value] * len(forms)
                if len(values) != len(forms):
                    raise SystemExit(f"{ts.name}: {source!r} needs {len(forms)} plural forms")
                for form, text in zip(forms, values, strict=True):
                    form.text = text
            else:
                if isinstance(value, list):
                    raise SystemExit(f"{ts.name}: {source!r} is not a plural message")
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    part = ts.with_name(ts.name + ".part")
    part.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    part.replace(ts)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--force", action="store_true", help="overwrite finished messages too")
    args = parser.parse_args(argv)
    merged: dict[str, dict[str, dict[str, str | list[str]]]] = {}
    for path in args.files:
        for lang, contexts in json.loads(path.read_text(encoding="utf-8")).items():
            for context, entries in contexts.items():
                merged.setdefault(lang, {}).setdefault(context, {}).update(entries)
    for lang, table in merged.items():
        ts = ROOT / "translations" / f"desktop_app_{lang}.ts"
        print(f"{ts.name}: {apply(ts, table, force=args.force)} message(s) filled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
