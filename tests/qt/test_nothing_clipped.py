"""Nothing is clipped in English, Russian or Turkmen under the stretched pseudo-translation
(every string 40 % longer), on every page and every record form at 1366x768 (issue 10).

The walk (tests/qt/clipping.py) checks labels, buttons, group titles, list items and column
headers against Qt's own size hints. scripts/pseudo_screenshots.py makes the matching
screenshots (docs/images/pseudo/).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app import i18n
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.ui.forms.registry import FORMS
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.sections import SECTIONS
from desktop_app.ui.settings import Settings

from .clipping import clipped, sideways


def _settle(seconds: float) -> None:
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    folder = tmp_path_factory.mktemp("pseudo")
    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    generate(db, DemoOptions(signatories=60, seed=7, today=date(2025, 11, 14)))
    yield db
    db.dispose()


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
def test_no_page_or_form_clips_its_text(qapp, demo, tmp_path: Path, monkeypatch, lang) -> None:  # noqa: ANN001
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1.4")
    assert i18n.install(lang)
    window = MainWindow(Settings(tmp_path / "settings.ini"), demo)
    found: list[str] = []
    try:
        window.resize(1366, 768)
        window.show()
        for section in SECTIONS:
            page = window.show_section(section.id)
            _settle(0.2)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and (
                getattr(page, "loading", False) or getattr(page, "board", True) is None
            ):
                _settle(0.02)
            _settle(0.1)
            found += [f"{section.id}: {f}" for f in clipped(window) + sideways(window)]
        for kind in FORMS:
            form = window.forms.open(kind)
            if form is None:
                continue
            _settle(0.15)
            found += [f"form {kind}: {f}" for f in clipped(form) + sideways(form)]
            form._closing_ok = True
            form.close()
    finally:
        window.hide()
        window.deleteLater()
        monkeypatch.delenv(i18n.PSEUDO_ENV)
        i18n.install("en")
        _settle(0.05)
    assert not found, "\n".join(found)
