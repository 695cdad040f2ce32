"""A narrow form puts its labels above the fields instead of cutting a field (issue 10).

Qt's QFormLayout placed a check box whose own label is empty after the widest label, giving
it less than its minimum width: the Russian "Для всех подписантов" box of the assistance
form lost its last letters on an 800-pixel-wide screen under the stretched
pseudo-translation. Every field of every form must get at least its minimum width at any
width the form can take, and a wide form keeps labels beside the fields.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QWidget

from desktop_app import i18n
from desktop_app.ui.forms.opener import FormOpener
from desktop_app.ui.forms.registry import FORMS
from desktop_app.ui.settings import Settings
from tests.qt._forms_support import close_forms


@pytest.fixture
def opener(qtbot, sqlite_database, tmp_path: Path):  # noqa: ANN001
    yield FormOpener(sqlite_database, Settings(tmp_path / "s.ini"))
    close_forms()


def _short_fields(rows: QFormLayout) -> list[str]:
    short = []
    for row in range(rows.rowCount()):
        item = rows.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None or item.isEmpty():
            continue
        if item.geometry().width() < item.minimumSize().width():
            widget = item.widget()
            short.append(f"row {row} {widget.objectName() if widget else ''}")
    return short


def _settle(width: int, form) -> None:  # noqa: ANN001
    form.resize(width, form.height())
    form.splitter.setSizes([width * 3 // 5, width * 2 // 5])
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["en", "ru", "tk"])
@pytest.mark.parametrize("kind", [k for k, form in FORMS.items() if form])
def test_no_field_gets_less_than_its_minimum(qtbot, opener, monkeypatch, lang, kind) -> None:  # noqa: ANN001
    monkeypatch.setenv(i18n.PSEUDO_ENV, "1.4")
    assert i18n.install(lang)
    try:
        form = opener.open(kind)
        assert form is not None
        qtbot.waitExposed(form)
        for width in (1100, 720, 560):
            _settle(width, form)
            assert _short_fields(form.form_layout) == [], (kind, lang, width)
            cut = [
                label.text()
                for label in form.field_labels.values()
                if label.wordWrap() and label.height() < label.heightForWidth(label.width())
            ]
            assert cut == [], (kind, lang, width)  # a wrapped label keeps all its lines
        form._closing_ok = True
        form.close()
    finally:
        monkeypatch.delenv(i18n.PSEUDO_ENV)
        i18n.install("en")


def test_a_wide_form_keeps_labels_beside_fields_and_a_narrow_one_above(qtbot, opener) -> None:  # noqa: ANN001
    form = opener.open("support_activity")
    qtbot.waitExposed(form)
    rows = form.form_layout
    needed = form.host.side_by_side_width()
    assert needed > 0
    wide = form.host.width() >= needed
    assert rows.rowWrapPolicy() == (
        QFormLayout.RowWrapPolicy.WrapLongRows if wide else QFormLayout.RowWrapPolicy.WrapAllRows
    )
    box = form.bindings["reaches_all"].widget
    form.host.resize(needed - 40, form.host.height())
    QApplication.processEvents()
    assert rows.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows
    assert box.width() >= box.minimumSizeHint().width()
    label = form.field_labels["activity_date"]
    date = form.bindings["activity_date"].widget
    assert label.geometry().bottom() <= date.mapTo(form.host, date.rect().topLeft()).y()
    form.host.resize(needed + 40, form.host.height())
    QApplication.processEvents()
    assert rows.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapLongRows
    form._closing_ok = True
    form.close()


def test_a_button_row_stacks_its_buttons_when_narrow(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QBoxLayout, QPushButton

    from desktop_app.ui.widgets.button_row import ButtonRow

    buttons = [QPushButton(text) for text in ("Вернуть поле к этому значению", "Отменить", "Ещё")]
    panel = QWidget()  # a child, as in a panel: only a window is held to its layout's minimum
    qtbot.addWidget(panel)
    panel.resize(800, 300)
    row = ButtonRow(buttons, panel)
    widest = max(b.minimumSizeHint().width() for b in buttons)
    assert row.minimumSizeHint().width() == widest < row.line_width()
    panel.show()
    row.setGeometry(0, 0, widest, 200)
    QApplication.processEvents()
    assert row.box.direction() == QBoxLayout.Direction.TopToBottom
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)
    row.setGeometry(0, 0, row.line_width() + 10, 60)
    QApplication.processEvents()
    assert row.box.direction() == QBoxLayout.Direction.LeftToRight
    assert len({b.y() for b in buttons}) == 1


def test_a_narrow_combo_tells_its_field_and_full_choice(qtbot, opener) -> None:  # noqa: ANN001
    """Combos ask room for a few characters, so the chosen item may be cut: the tooltip
    gives it in full, after the field's name (the currency's own "Currency" kept)."""
    from PySide6.QtWidgets import QComboBox

    form = opener.open("signatory")
    qtbot.waitExposed(form)
    country = form.bindings["country"].widget
    assert isinstance(country, QComboBox)
    country.setCurrentIndex(country.findData("TM"))
    assert country.toolTip() == f"{country.accessibleName()}: {country.currentText()}"
    assert country.currentText() in country.toolTip() and country.accessibleName()
    finance = opener.open("financial_support")
    currency = finance.findChild(QComboBox, "currency")
    currency.setCurrentIndex(currency.findText("GEL"))
    assert currency.toolTip() == "Currency: GEL"
    for f in (form, finance):
        f._closing_ok = True
        f.close()
