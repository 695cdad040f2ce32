"""A record form opens inside the screen (issue 10): at 150 % scaling the signatory form
was taller than a 1600x1000 screen, with Save off-screen. The offscreen platform's screen
is 800x800, smaller than every form's default size, so each form must shrink to it; a size
saved on a bigger monitor is shrunk too. Save stays inside the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from desktop_app.ui.forms.form_settings import geometry_option
from desktop_app.ui.forms.opener import FormOpener
from desktop_app.ui.forms.registry import FORMS
from desktop_app.ui.settings import Settings
from tests.qt._forms_support import close_forms


def _inside(widget: QWidget) -> bool:
    room = widget.screen().availableGeometry()
    return room.contains(widget.frameGeometry())


@pytest.fixture
def opener(qtbot, sqlite_database, tmp_path: Path):  # noqa: ANN001
    yield FormOpener(sqlite_database, Settings(tmp_path / "s.ini"))
    close_forms()


@pytest.mark.parametrize("kind", [k for k, form in FORMS.items() if form])
def test_every_form_opens_inside_the_screen(qtbot, opener, kind: str) -> None:  # noqa: ANN001
    form = opener.open(kind)
    assert form is not None
    qtbot.waitExposed(form)
    assert _inside(form), (form.frameGeometry(), form.screen().availableGeometry())
    save = form.save_button
    corner = save.mapToGlobal(QPoint(save.width(), save.height()))
    assert form.screen().availableGeometry().contains(corner)
    form._closing_ok = True
    form.close()


def test_a_size_saved_on_a_bigger_monitor_is_shrunk(qtbot, opener) -> None:  # noqa: ANN001
    form = opener.open("signatory")
    form.resize(2400, 1500)
    form.move(3000, 2000)
    geometry = bytes(form.saveGeometry().data())
    form._closing_ok = True
    form.close()
    opener.settings.set(geometry_option("signatory"), geometry)  # as if saved on closing
    again = opener.open("signatory")
    qtbot.waitExposed(again)
    assert _inside(again)
    assert again.width() < 2400 and again.height() < 1500
