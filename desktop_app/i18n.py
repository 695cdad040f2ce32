"""Loading translation catalogues and translating strings made outside widgets.

QtCore only, so the CLI can translate without a display. The catalogues are the .qm
files built from translations/*.ts; the UI, the CLI and the reports share them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .pyside_imports import restore_plain_import

restore_plain_import()  # the first PySide import of the GUI and the CLI alike: see that module

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE

PSEUDO_ENV = "COORDINATOR_DESK_PSEUDO"
"""A stretch factor such as 1.4: every translated string comes out that much longer (a
translator's layout check, after Vorta's TRANS_SCALE); unset or 1 for normal use."""


def catalogue_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [here.parent / "translations", here / "translations"]


def catalogue_path(lang: str, name: str = "desktop_app") -> Path | None:
    """Our catalogue `name`_`lang`.qm: the app's own, or "qtbase" for Qt's strings in a
    language Qt ships none for (Turkmen: translations/qtbase_tk.ts)."""
    for folder in catalogue_dirs():
        candidate = folder / f"{name}_{lang}.qm"
        if candidate.exists():
            return candidate
    return None


def install(lang: str) -> bool:
    """Switch the process to `lang`; returns False if no catalogue exists for it.

    Needs a Q(Core)Application instance: Qt installs translators on the application.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create a QCoreApplication before installing translators")
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    _current = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_locale_name(_current)))
    if _current == DEFAULT_LANGUAGE:
        found = _install_catalogue(app, _current) or True  # English: plural forms only
    else:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_translator = QTranslator(app)
        loaded = qt_translator.load(QLocale(_locale_name(_current)), "qtbase", "_", qt_dir)
        if not loaded:  # Qt's own buttons and menus in a language Qt has no catalogue for
            own = catalogue_path(_current, "qtbase")
            loaded = own is not None and qt_translator.load(str(own))
        if loaded:
            QCoreApplication.installTranslator(qt_translator)
            _installed.append(qt_translator)
        found = _install_catalogue(app, _current)
    _install_pseudo(app)
    return found


def pseudo_scale() -> float:
    """The stretch factor asked for in the environment (PSEUDO_ENV), 1.0 when none."""
    import os

    try:
        scale = float(os.environ.get(PSEUDO_ENV, "") or 1.0)
    except ValueError:
        return 1.0
    return min(max(scale, 1.0), 3.0)


def stretch(text: str, scale: float) -> str:
    """`text` made `scale` times longer, line by line, between brackets: a clipped string
    then shows at once (its closing bracket is missing). Placeholders, accelerators and
    markup are left as they are, since only filler is added at each line's end."""
    if scale <= 1.0 or not text:
        return text
    lines = text.split("\n")
    out = []
    for line in lines:
        if not line.strip():
            out.append(line)
            continue
        pad = max(1, round(len(line) * (scale - 1.0)) - 2)
        out.append(f"[{line}{_filler(pad)}]")
    return "\n".join(out)


def _filler(length: int) -> str:
    """`length` characters of filler in words of five: real translations are longer in
    words, not in one unbreakable run, so a label that may wrap still can."""
    return "".join(" " if i % 6 == 5 and i < length - 1 else "~" for i in range(length))


class _PseudoTranslator(QTranslator):
    """Asks the real catalogues first, then stretches their answer (or the source)."""

    def __init__(self, parent: QCoreApplication, below: list[QTranslator], scale: float) -> None:
        super().__init__(parent)
        self._below, self._scale = list(below), scale

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        for translator in reversed(self._below):  # Qt asks the newest translator first
            found = translator.translate(context, source, disambiguation, n)
            if found:
                return stretch(found, self._scale)
        return stretch(source, self._scale)


def _install_pseudo(app: QCoreApplication) -> None:
    scale = pseudo_scale()
    if scale <= 1.0:
        return
    pseudo = _PseudoTranslator(app, _installed, scale)
    QCoreApplication.installTranslator(pseudo)
    _installed.append(pseudo)


def _install_catalogue(app: QCoreApplication, lang: str) -> bool:
    path = catalogue_path(lang)
    if path is None:
        return False
    ours = QTranslator(app)
    if not ours.load(str(path)):
        return False
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    return True


def current_language() -> str:
    return _current


def _locale_name(lang: str) -> str:
    return {"en": "en_GB", "ru": "ru_RU", "tk": "tk_TM"}.get(lang, "en_GB")


_locales: dict[str, QLocale] = {}


def locale() -> QLocale:
    """The interface language's QLocale: one object per language, shared (number_text asks
    Qt for a locale's marks once per object; nothing changes a shared locale)."""
    found = _locales.get(_current)
    if found is None:
        found = _locales[_current] = QLocale(_locale_name(_current))
    return found


def tr(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` in `context`; the same signature as QCoreApplication.translate.

    pyside6-lupdate only sees calls written with literal strings, positionally:
    `tr("Context", "text")` or, with a plural, `tr("Context", "%n rows", None, count)`.
    scripts/update_translations.py explains how these calls are extracted.
    """
    return QCoreApplication.translate(context, text, disambiguation, n)


_enums: ModuleType | None = None


def _enum_tables() -> ModuleType:
    """domain.enums (about 3 ms of StrEnum classes) on first use: the main window is shown
    before any label is needed (docs/gui.md, Start-up)."""
    global _enums
    if _enums is None:
        from .domain import enums

        _enums = enums
    return _enums


def label(value: StrEnum) -> str:
    """The translated label of an enum member."""
    return tr("Enum", _enum_tables().LABELS[(type(value), value.value)])


def country_name(code: str) -> str:
    """The country's CLDR name in the interface language; an unknown code as it is."""
    from .domain import reference

    return reference.country_name(code, current_language())
