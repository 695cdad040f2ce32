"""A short choice list shows every choice, also when a long one wraps to two lines.

Seen in the Turkmen pseudo screenshot of the signatory form: the third of three pillars
("Energiýa garyplygy / elýeterliligi") wrapped and hid behind a scroll bar, because the
list's height was three times the first row's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.domain.enums import Pillar
from desktop_app.ui.widgets.code_list import CodeList


def test_a_wrapped_choice_is_shown_not_scrolled_to(qtbot) -> None:  # noqa: ANN001
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    choices = CodeList(Pillar)
    layout.addWidget(choices)
    layout.addStretch(1)
    page.resize(600, 500)
    page.show()
    qtbot.waitExposed(page)
    assert not choices.verticalScrollBar().isVisible()
    one_line = choices.height()
    choices.item(2).setText("Energiýa garyplygy / elýeterliligi " * 3)  # wraps at 200 px
    choices.setFixedWidth(200)
    qtbot.waitUntil(lambda: choices.visualItemRect(choices.item(2)).height() > 20)
    qtbot.waitUntil(lambda: choices.height() > one_line)
    bottom = choices.visualItemRect(choices.item(2)).bottom()
    assert bottom < choices.viewport().height()  # the last choice in full, not scrolled to
    assert not choices.verticalScrollBar().isVisible()
