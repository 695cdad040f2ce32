"""Both versions of a record side by side when saving finds it changed since it was opened.

Nothing is overwritten silently: for each field where the versions differ the user picks
theirs or mine (fields the user edited start on "mine", the others on "theirs"), or takes
one side wholesale. The dialog returns the values to save; the form saves them against the
version it was shown here, so a third change in between would bring the dialog back.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...i18n import tr
from ..forms.values import NameOf, display, field_title
from ..forms.values import same as _same

MINE = 0
THEIRS = 1


class ConflictDialog(QDialog):
    help_topic = "entering-records"

    def __init__(
        self,
        kind: str,
        mine: Mapping[str, Any],
        theirs: Mapping[str, Any],
        edited: Iterable[str],
        theirs_by: str = "",
        name_of: NameOf | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("ConflictDialog", "The record was changed meanwhile"))
        self.kind = kind
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        edited = set(edited)
        self.fields = [f for f in self.mine if f in self.theirs and not _same(mine[f], theirs[f])]
        self.groups: dict[str, QButtonGroup] = {}

        who = theirs_by or tr("ConflictDialog", "someone else")
        intro = QLabel(
            tr(
                "ConflictDialog",
                "{user} saved this record after you opened it. Choose, field by field, "
                "which value to keep; nothing is saved until you confirm.",
            ).format(user=who),
            self,
        )
        intro.setWordWrap(True)

        grid_host = QWidget(self)
        grid = QGridLayout(grid_host)
        headers = (
            tr("ConflictDialog", "Field"),
            tr("ConflictDialog", "Mine (not saved)"),
            tr("ConflictDialog", "Theirs (saved)"),
        )
        for column, text in enumerate(headers):
            header = QLabel(text, grid_host)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column)
        for row, field in enumerate(self.fields, start=1):
            title = field_title(kind, field)
            grid.addWidget(QLabel(title, grid_host), row, 0)
            group = QButtonGroup(self)
            for column, (side, values) in enumerate(((MINE, self.mine), (THEIRS, self.theirs))):
                button = QRadioButton(display(kind, field, values[field], name_of), grid_host)
                button.setObjectName(f"{field}_{'mine' if side == MINE else 'theirs'}")
                button.setAccessibleName(
                    tr("ConflictDialog", "{field}: mine").format(field=title)
                    if side == MINE
                    else tr("ConflictDialog", "{field}: theirs").format(field=title)
                )
                group.addButton(button, side)
                grid.addWidget(button, row, column + 1)
            group.button(MINE if field in edited else THEIRS).setChecked(True)
            self.groups[field] = group
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.all_mine = QPushButton(tr("ConflictDialog", "Keep all &mine"), self)
        self.all_mine.setObjectName("allMine")
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs = QPushButton(tr("ConflictDialog", "Keep all &theirs"), self)
        self.all_theirs.setObjectName("allTheirs")
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            tr("ConflictDialog", "&Save the chosen values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("saveChosen")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        sides = QGridLayout()
        sides.addWidget(self.all_mine, 0, 0)
        sides.addWidget(self.all_theirs, 0, 1)
        sides.setAlignment(Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(sides)
        layout.addWidget(self.buttons)
        self.resize(760, min(160 + 34 * len(self.fields), 640))

    def choose_all(self, side: int) -> None:
        for group in self.groups.values():
            group.button(side).setChecked(True)

    def choice(self, field: str) -> int:
        return self.groups[field].checkedId()

    def resolution(self) -> dict[str, Any]:
        """Theirs with my picks on top: what to save against their version."""
        out = dict(self.theirs)
        for field in self.fields:
            if self.choice(field) == MINE:
                out[field] = self.mine[field]
        return {f: out[f] for f in self.mine if f in out}

    def keeps_theirs_only(self) -> bool:
        return all(self.choice(f) == THEIRS for f in self.fields)
