"""Loading translation catalogues and translating strings made outside widgets.

QtCore only, so the CLI can translate without a display. The catalogues are the .qm
files built from translations/*.ts; the UI, the CLI and the reports share them.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES: dict[str, str] = {"en": "English", "ru": "Русский", "tk": "Türkmençe"}
DEFAULT_LANGUAGE = "en"

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def catalogue_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [here.parent / "translations", here / "translations"]


def catalogue_path(lang: str) -> Path | None:
    for folder in catalogue_dirs():
        candidate = folder / f"desktop_app_{lang}.qm"
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
        return _install_catalogue(app, _current) or True  # English: plural forms only
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(QLocale(_locale_name(_current)), "qtbase", "_", qt_dir):
        QCoreApplication.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return _install_catalogue(app, _current)


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


def locale() -> QLocale:
    return QLocale(_locale_name(_current))


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
