"""The status bar's database label: the whole path when it fits, else shortened in the middle."""

from __future__ import annotations

from desktop_app.ui.widgets.elided_label import ElidedLabel


def test_a_path_that_fits_is_shown_whole_and_one_that_does_not_is_shortened_in_the_middle(
    qtbot,
) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    path = "/home/clerk/Documents/Coordinator Desk/office-of-the-region.sqlite3"
    label.set_full_text(path)
    label.resize(label.sizeHint().width() + 20, 30)
    label.show()
    qtbot.waitExposed(label)
    assert label.text() == path

    label.resize(label.fontMetrics().horizontalAdvance(path) // 2, 30)
    qtbot.waitUntil(lambda: label.text() != path)
    shown = label.text()
    assert "…" in shown
    head, tail = shown.split("…")
    assert path.startswith(head) and path.endswith(tail) and head and tail
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
    assert label.full_text() == path and label.toolTip() == path

    label.resize(label.sizeHint().width() + 20, 30)  # wide again: whole again
    qtbot.waitUntil(lambda: label.text() == path)


def test_an_empty_label_and_a_new_text_at_the_same_width(qtbot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(120, 30)
    label.show()
    qtbot.waitExposed(label)
    label.set_full_text("")
    assert label.text() == ""
    label.set_full_text("Database: " + "x" * 200)
    assert "…" in label.text() and label.full_text().endswith("x" * 200)
    label.set_full_text("short")
    assert label.text() == "short"


def test_a_text_as_wide_as_the_room_is_never_clipped(qtbot) -> None:
    """The whole-pixel advance can hide a fraction: the exact width decides (review F1)."""
    from PySide6.QtGui import QFontMetricsF

    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    qtbot.waitExposed(label)
    exact = QFontMetricsF(label.font())
    for tail in ("office.sqlite3", "Ашхабад-2026.sqlite3", "mmmmmmmm.db", "illlli.db"):
        path = "/home/clerk/Documents/" + tail
        room = label.fontMetrics().horizontalAdvance(path)
        label.set_full_text(path)
        label.resize(room + label.width() - label.contentsRect().width(), 30)
        qtbot.waitUntil(lambda room=room: label.contentsRect().width() == room)
        label._fit()
        assert exact.horizontalAdvance(label.text()) <= room + 1e-6, (path, label.text())
