"""The stretched pseudo-translation (COORDINATOR_DESK_PSEUDO): a translator's layout check.

Every string, whichever way it is translated (i18n.tr, QObject.tr, Qt's own), comes out the
asked-for factor longer between brackets, with placeholders, accelerators and plural
numbers intact, so the real code paths format it as usual.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QObject

from desktop_app import i18n


def test_stretch_adds_filler_only() -> None:
    assert i18n.stretch("&Save {name}", 1.4) == "[&Save {name}~~~]"
    assert len(i18n.stretch("x" * 100, 1.4)) == 140
    assert i18n.stretch("one\ntwo lines", 1.4) == "[one~]\n[two lines~~]"
    assert i18n.stretch("", 1.4) == "" and i18n.stretch("same", 1.0) == "same"


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_every_translation_path_is_stretched(monkeypatch, lang: str) -> None:  # noqa: ANN001
    QCoreApplication.instance() or QCoreApplication([])
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1.4")
    try:
        assert i18n.install(lang)
        plain_file = {"en": "&File", "ru": "&Файл", "tk": "&Faýl"}[lang]
        assert i18n.tr("MainWindow", "&File") == i18n.stretch(plain_file, 1.4)
        assert QObject().tr("Untranslated words") == i18n.stretch("Untranslated words", 1.4)
        three = i18n.tr("Undo", "Restore %n records", None, 3)
        assert three.startswith("[") and "3" in three and "%n" not in three
    finally:
        monkeypatch.delenv(i18n.PSEUDO_ENV)
        i18n.install("en")
    assert i18n.tr("MainWindow", "&File") == "&File"


def test_a_bad_factor_is_no_stretch(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv(i18n.PSEUDO_ENV, "lots")
    assert i18n.pseudo_scale() == 1.0
    monkeypatch.setenv(i18n.PSEUDO_ENV, "9")
    assert i18n.pseudo_scale() == 3.0
