"""Combos that ask room for a few words, not for their longest item.

Qt sizes a combo to its longest item by default, so one long label (a Russian area of
intervention, a country name, a filter's longest type) made a form or a list's filter row
wider than a laptop screen at 150 %. The open list still shows every item in full, and the
chosen item is in the tooltip, after the field's name, where a narrow combo cuts it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fit(combo: QComboBox, characters: int) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentIndexChanged.connect(lambda _i: _show_choice(combo))
    return combo


def _show_choice(combo: QComboBox) -> None:
    """The tooltip names the field (its accessible name, which a tooltip of its own such as
    the currency's "Currency" also was) and the chosen item in full."""
    name, text = combo.accessibleName(), combo.currentText()
    combo.setToolTip(f"{name}: {text}" if name and text else text or name)
