#!/usr/bin/env python3
"""Refresh translations/*.ts from the code with pyside6-lupdate, then build the .qm files.

    uv run python scripts/update_translations.py            # update .ts, then build .qm
    uv run python scripts/update_translations.py --release  # only build .qm from the .ts

Existing translations are kept; strings no longer in the code are dropped (-no-obsolete).

Which calls are extracted. pyside6-lupdate's Python parser keys on the function's name and
reads `tr(a, b)` as Qt's QObject.tr(source, disambiguation), so our module-level helper
`desktop_app.i18n.tr("Context", "text")` would be filed under an empty context with the
context name as its text. This script therefore runs lupdate over a temporary copy of the
sources in which every free `tr(` call (and `module.tr(`) is renamed `translate(`, the
spelling lupdate reads as (context, text, disambiguation, n); `self.tr(` / `cls.tr(` are
left alone (QObject.tr, context = the class name). Line numbers are unchanged, so the
locations written in the .ts point at the real files. `N_` is declared to lupdate as an
alias of QT_TRANSLATE_NOOP. Extracted forms, all with literal strings, positional:

    tr("Context", "text")                      desktop_app.i18n.tr
    tr("Context", "%n rows", None, count)      plural (keyword n= is NOT extracted)
    QT_TRANSLATE_NOOP("Context", "text")       desktop_app.domain.i18n_markers
    N_("Context", "text")                      the same, imported as N_
    QCoreApplication.translate("Context", "text"[, None, n])
    self.tr("text")                            in a QObject subclass; context = class name
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "desktop_app"
TS_DIR = "translations"
LANGUAGES = ("ru", "tk")
PLURAL_ONLY = ("en",)
"""English needs a catalogue for its plural forms only ("1 record", "2 records")."""
QT_CATALOGUES = ("qtbase_tk",)
"""Qt's own strings (standard buttons, text boxes' context menus, the file dialog...) for a
language Qt ships no catalogue for: translations/qtbase_tk.ts, written by hand in qtbase's
contexts (QPlatformTheme, QLineEdit...), never extracted from our code; only released."""
FUNCTION_ALIASES = "QT_TRANSLATE_NOOP+=N_"
QT_METHOD_OWNERS = {"self", "cls"}


def ts_path(root: Path, lang: str) -> Path:
    return root / TS_DIR / f"desktop_app_{lang}.ts"


def qm_path(root: Path, lang: str) -> Path:
    return root / TS_DIR / f"desktop_app_{lang}.qm"


def tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the project venv), else on PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; run this script with `uv run python`.")
    return found


def source_files(root: Path) -> list[Path]:
    return sorted(p for p in (root / PACKAGE).rglob("*.py") if "__pycache__" not in p.parts)


def rewrite_tr_calls(source: str) -> str:
    """Rename free `tr(` calls to `translate(` so lupdate reads (context, text)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return source
    significant = [t for t in tokens if t.type not in (tokenize.NL, tokenize.COMMENT)]
    edits: list[tuple[int, int]] = []
    for i, tok in enumerate(significant):
        if tok.type != tokenize.NAME or tok.string != "tr":
            continue
        following = significant[i + 1] if i + 1 < len(significant) else None
        if following is None or following.string != "(":
            continue
        previous = significant[i - 1] if i > 0 else None
        if previous is not None and previous.string in ("def", "class"):
            continue
        if previous is not None and previous.string == ".":
            owner = significant[i - 2] if i > 1 else None
            if owner is not None and owner.string in QT_METHOD_OWNERS:
                continue
        edits.append(tok.start)
    if not edits:
        return source
    lines = source.splitlines(keepends=True)
    for row, col in reversed(edits):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + "translate" + line[col + 2 :]
    return "".join(lines)


def mirror_sources(root: Path, dest: Path) -> list[Path]:
    """Rewritten copies under dest/, same relative paths (so .ts locations stay right)."""
    copies = []
    for path in source_files(root):
        target = dest / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(rewrite_tr_calls(path.read_text(encoding="utf-8")), encoding="utf-8")
        copies.append(target)
    return copies


def run_lupdate(sources: list[Path], ts_files: list[Path], *, cwd: Path) -> None:
    """lupdate needs a list file: the command line is too short for every source on Windows."""
    listing = cwd / "lupdate-sources.txt"
    listing.write_text("\n".join(str(p) for p in sources) + "\n", encoding="utf-8")
    for ts in ts_files:
        lang = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-tr-function-alias",
                FUNCTION_ALIASES,
                "-source-language",
                "en",
                "-target-language",
                lang,
                f"@{listing}",
                "-ts",
                str(ts),
            ],
            check=True,
            cwd=cwd,
        )


def extract(root: Path, work: Path, langs: tuple[str, ...] = LANGUAGES) -> dict[str, Path]:
    """Run the extraction in `work`, starting from root's current .ts files; return them."""
    sources = mirror_sources(root, work)
    (work / TS_DIR).mkdir(parents=True, exist_ok=True)
    result = {}
    for lang in langs:
        target = ts_path(work, lang)
        if ts_path(root, lang).exists():
            shutil.copyfile(ts_path(root, lang), target)
        result[lang] = target
    run_lupdate(sources, list(result.values()), cwd=work)
    return result


def release(ts: Path, qm: Path) -> None:
    """Build a .qm beside a temporary name, then rename (never a half-written catalogue)."""
    tmp = qm.with_name(qm.name + ".part")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
    tmp.replace(qm)


PLURAL_FORMS = {"en": 2, "ru": 3, "tk": 2}
"""Qt's plural forms per language (what lupdate writes for a numerus message)."""


def mark_plurals(ts: Path, lang: str) -> int:
    """Make every message whose source has %n a plural (numerus) message.

    lupdate's Python parser only marks `self.tr(text, disambiguation, n)` as plural; our
    `tr(context, text, None, n)` comes out singular, and Qt then shows English for every
    count but one. An existing single translation becomes every form: the translators
    write these with number-neutral wording ("Записей: %n", Turkmen nouns do not change
    after a numeral), and a translator can still refine the forms in Linguist.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if "%n" not in source or translation is None:
            continue
        if message.get("numerus") == "yes":
            # lupdate sees a singular call in the code and flags our plural as unfinished
            # on every run; forms all filled in mean it is done.
            forms = translation.findall("numerusform")
            if forms and all((f.text or "").strip() for f in forms):
                if translation.get("type") == "unfinished":
                    translation.attrib.pop("type")
                    changed += 1
            continue
        text = translation.text or ""
        translation.text = None
        for _ in range(PLURAL_FORMS.get(lang, 2)):
            ET.SubElement(translation, "numerusform").text = text
        if not text:
            translation.set("type", "unfinished")
        message.set("numerus", "yes")
        changed += 1
    if changed:
        header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")
    return changed


def keep_only_plurals(ts: Path) -> None:
    """Drop every message without %n (and contexts left empty) from a plural-only catalogue."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root = tree.getroot()
    for context in list(root.iter("context")):
        for message in list(context.iter("message")):
            if "%n" not in (message.findtext("source") or ""):
                context.remove(message)
        if context.find("message") is None:
            root.remove(context)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + ET.tostring(root, encoding="unicode") + "\n", "utf-8")


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in a catalogue, by (context, source)."""
    import xml.etree.ElementTree as ET

    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = [f.text or "" for f in message.iter("numerusform")]
            if message.get("numerus") == "yes" and forms and all(f.strip() for f in forms):
                found[(name, message.findtext("source") or "")] = forms
    return found


def restore_plural_forms(ts: Path, saved: dict[tuple[str, str], list[str]]) -> None:
    """lupdate folds the forms of plurals it thinks are singular into one; put them back.

    The source text is unchanged (same context and source), so the translator's forms
    still apply.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            forms = saved.get((name, message.findtext("source") or ""))
            translation = message.find("translation")
            if not forms or translation is None or message.get("numerus") != "yes":
                continue
            elements = translation.findall("numerusform")
            if len(elements) != len(forms):
                continue
            for element, text in zip(elements, forms, strict=True):
                element.text = text
            translation.attrib.pop("type", None)
    header = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
    ts.write_text(header + ET.tostring(tree.getroot(), encoding="unicode") + "\n", "utf-8")


def update(root: Path = ROOT, langs: tuple[str, ...] = LANGUAGES + PLURAL_ONLY) -> None:
    saved = {lang: plural_forms(ts_path(root, lang)) for lang in langs}
    with tempfile.TemporaryDirectory(prefix="cdesk-lupdate-") as tmp:
        updated = extract(root, Path(tmp), langs)
        for lang, ts in updated.items():
            if lang in PLURAL_ONLY:
                keep_only_plurals(ts)
            mark_plurals(ts, lang)
            restore_plural_forms(ts, saved[lang])
            dest = ts_path(root, lang)
            dest.parent.mkdir(parents=True, exist_ok=True)
            part = dest.with_name(dest.name + ".part")
            shutil.copyfile(ts, part)
            part.replace(dest)


def release_all(root: Path = ROOT, langs: tuple[str, ...] = LANGUAGES + PLURAL_ONLY) -> None:
    for lang in langs:
        release(ts_path(root, lang), qm_path(root, lang))
    for name in QT_CATALOGUES:
        ts = root / TS_DIR / f"{name}.ts"
        if ts.exists():
            release(ts, ts.with_suffix(".qm"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--release", action="store_true", help="only build .qm from .ts")
    args = parser.parse_args(argv)
    if not args.release:
        update()
    release_all()
    for lang in LANGUAGES + PLURAL_ONLY:
        print(f"{ts_path(ROOT, lang).relative_to(ROOT)} -> {qm_path(ROOT, lang).relative_to(ROOT)}")
    for name in QT_CATALOGUES:
        print(f"{TS_DIR}/{name}.ts -> {TS_DIR}/{name}.qm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
