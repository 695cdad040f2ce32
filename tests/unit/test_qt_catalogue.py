"""translations/qtbase_tk.ts, Qt's own strings in Turkmen: complete, faithful, built.

Qt ships no Turkmen catalogue; this one is written by hand in qtbase's contexts (see
tests/qt/test_qt_turkmen.py for the widgets that show it). Every message is translated,
keeps its placeholders and line breaks, has an accelerator where the English has one, and
the committed .qm is built from the current .ts (so the bundle carries what was written).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.unit.test_translations import NEEDS_TOOLS, script

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "qtbase_tk.ts"
PLACEHOLDER = re.compile(r"%\d|%p")


def messages() -> list[tuple[str, str, str, str | None]]:
    tree = ET.parse(TS)
    out = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = translation.text if translation is not None else None
            out.append((name, message.findtext("source") or "", kind or "", text))
    return out


def accelerators(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def test_it_is_released_with_the_others() -> None:
    assert "qtbase_tk" in script.QT_CATALOGUES
    root = ET.parse(TS).getroot()
    assert root.get("language") == "tk_TM"


def test_every_message_is_translated_faithfully() -> None:
    problems = []
    found = messages()
    assert len(found) > 100
    contexts = {c for c, *_ in found}
    assert {"QPlatformTheme", "QDialogButtonBox", "QLineEdit", "QWidgetTextControl"} <= contexts
    assert {"QMessageBox", "QFileDialog", "QGnomeTheme"} <= contexts
    for context, source, kind, text in found:
        where = f"[{context}] {source!r} -> {text!r}"
        if kind or not text:
            problems.append(f"{where}: not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ")
        if source.count("\n") != text.count("\n"):
            problems.append(f"{where}: line breaks differ")
        if accelerators(source) != accelerators(text):
            problems.append(f"{where}: accelerators differ")
        if text == source and not source.startswith("Alt+"):
            problems.append(f"{where}: left in English")
    assert not problems, "\n".join(problems)


@NEEDS_TOOLS
def test_qm_is_built_from_the_current_ts(tmp_path: Path) -> None:
    committed = TS.with_suffix(".qm")
    assert committed.exists(), f"{committed} missing; run scripts/update_translations.py"
    rebuilt = tmp_path / committed.name
    script.release(TS, rebuilt)
    assert rebuilt.read_bytes() == committed.read_bytes(), (
        f"{committed.name} is stale; run: uv run python scripts/update_translations.py --release"
    )


def test_a_wheel_puts_the_catalogues_where_i18n_looks_for_them() -> None:
    """Found: the wheel put translations/ in desktop_app/translations_src, where nothing
    looks, so an installed package ran in English whatever the language (and it carried
    resources/help only: no fonts for the PDF, no icons)."""
    import tomllib

    from desktop_app import i18n

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    package = Path(i18n.__file__).resolve().parent
    installed = [d.relative_to(package.parent).as_posix() for d in i18n.catalogue_dirs()[1:]]
    assert included["translations"] in installed
    assert included["resources"] == "desktop_app/resources"  # fonts, icons, help, tables
