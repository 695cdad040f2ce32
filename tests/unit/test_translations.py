"""The catalogues are complete, keep every placeholder, match the code and the .qm files.

These fail whenever a developer adds a string and nobody has translated it yet: that is the
point. Run `uv run python scripts/update_translations.py`, translate, run it again.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.ci import in_ci

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("ru", "tk")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
NEEDS_TOOLS = pytest.mark.skipif(
    not in_ci()  # under CI the test runs, and fails without the tool (tests/ci.py)
    and shutil.which("pyside6-lupdate") is None
    and not (Path(sys.executable).parent / "pyside6-lupdate").exists(),
    reason="pyside6-lupdate is not installed",
)


def _load_script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str  # "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    translation.get("type", ""),
                    forms,
                    numerus,
                )
            )
    return messages


def keys(messages: list[Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages if m.kind not in ("vanished", "obsolete")}


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_exists_and_names_its_language(lang: str) -> None:
    path = script.ts_path(ROOT, lang)
    assert path.exists(), f"{path} is missing; run scripts/update_translations.py"
    assert ET.parse(path).getroot().get("language") == lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang: str) -> None:
    problems = []
    for m in read_ts(script.ts_path(ROOT, lang)):
        if m.kind in ("vanished", "obsolete"):
            problems.append(f"[{m.context}] {m.source!r}: obsolete (run the update script)")
        elif m.kind == "unfinished":
            problems.append(f"[{m.context}] {m.source!r}: unfinished")
        elif not m.forms or any(not f.strip() for f in m.forms):
            problems.append(f"[{m.context}] {m.source!r}: empty translation")
    assert not problems, f"{len(problems)} problem(s) in {lang}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_placeholders(lang: str) -> None:
    problems = []
    for m in read_ts(script.ts_path(ROOT, lang)):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if not form:
                continue  # reported as unfinished/empty above
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: placeholders differ")
            if m.numerus and "%n" in m.source and "%n" not in form:
                problems.append(f"[{m.context}] {m.source!r} -> {form!r}: %n dropped")
    assert not problems, "\n".join(problems)


@NEEDS_TOOLS
@pytest.mark.parametrize("lang", LANGS)
def test_qm_is_built_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    committed = script.qm_path(ROOT, lang)
    assert committed.exists(), f"{committed} missing; run scripts/update_translations.py"
    rebuilt = tmp_path / committed.name
    script.release(script.ts_path(ROOT, lang), rebuilt)
    assert rebuilt.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale; run: uv run python scripts/update_translations.py --release"
    )


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """What lupdate finds in the code now, merged into copies of the committed .ts."""
    return script.extract(ROOT, tmp_path_factory.mktemp("lupdate"))


@NEEDS_TOOLS
@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_matches_the_code(lang: str, extracted: dict[str, Path]) -> None:
    in_code = keys(read_ts(extracted[lang]))
    in_ts = keys(read_ts(script.ts_path(ROOT, lang)))
    missing = sorted(in_code - in_ts)
    stale = sorted(in_ts - in_code)
    assert not missing and not stale, (
        "run: uv run python scripts/update_translations.py\n"
        f"missing from {lang}.ts: {missing[:20]}\nno longer in the code: {stale[:20]}"
    )


# Calls lupdate would silently skip ------------------------------------------------------

TRANSLATE_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "N_"}


def literal_calls(path: Path) -> tuple[set[tuple[str, str]], list[str]]:
    """(context, text) of every translation call with literal strings, and the calls
    written in a form lupdate does not extract (keyword arguments, 3 positional)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[tuple[str, str]] = set()
    bad: list[str] = []

    def visit(node: ast.AST, cls: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            visit(child, child.name if isinstance(child, ast.ClassDef) else cls)
        if not isinstance(node, ast.Call):
            return
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in TRANSLATE_NAMES:
            return
        owner = func.value if isinstance(func, ast.Attribute) else None
        args = node.args
        strings = [a.value if isinstance(a, ast.Constant) else None for a in args]
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if isinstance(owner, ast.Name) and owner.id in ("self", "cls") and name == "tr":
            if strings and isinstance(strings[0], str) and cls:
                found.add((cls, strings[0]))
            return
        if len(strings) < 2 or not all(isinstance(s, str) for s in strings[:2]):
            return  # translating a string marked elsewhere, e.g. tr("Enum", LABELS[...])
        if node.keywords or len(args) == 3:
            bad.append(f"{where}: write tr(ctx, text, None, n) positionally")
        found.add((strings[0], strings[1]))

    visit(tree, None)
    return found, bad


@NEEDS_TOOLS
def test_lupdate_extracts_every_literal_translation_call(extracted: dict[str, Path]) -> None:
    in_code: set[tuple[str, str]] = set()
    bad: list[str] = []
    for path in script.source_files(ROOT):
        calls, wrong = literal_calls(path)
        in_code |= calls
        bad += wrong
    lupdate = keys(read_ts(extracted["ru"]))
    skipped = sorted(in_code - lupdate)
    assert not bad, "\n".join(bad)
    assert not skipped, (
        "lupdate does not extract these (a tr() call inside an f-string is invisible to it: "
        f"translate into a variable first): {skipped[:20]}"
    )


def test_rewrite_renames_only_free_tr_calls() -> None:
    source = (
        "from x import tr\n"
        "def tr(a, b):\n"
        "    return tr('C', 'one') + i18n.tr('C', 'two')\n"
        "class W:\n"
        "    def f(self):\n"
        "        return self.tr('three') + cls.tr('four') + tr  # tr(\n"
    )
    out = script.rewrite_tr_calls(source)
    assert out.splitlines() == [
        "from x import tr",
        "def tr(a, b):",
        "    return translate('C', 'one') + i18n.translate('C', 'two')",
        "class W:",
        "    def f(self):",
        "        return self.tr('three') + cls.tr('four') + tr  # tr(",
    ]
