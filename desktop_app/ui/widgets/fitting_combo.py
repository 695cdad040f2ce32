"""Combos that ask room for a few words, not for their longest item.

Qt sizes a combo to its longest item by default, so one long label (a Russian area of
intervention, a country name, a filter's longest type) made a form or a list's filter row
wider than a laptop screen at 150 %. The open list still shows every item in full, and the
chosen item is in the tooltip, where a narrow combo cuts it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def fit(combo: QComboBox, characters: int) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentIndexChanged.connect(lambda _i: combo.setToolTip(combo.currentText()))
    return combo
