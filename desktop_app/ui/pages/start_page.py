"""Getting started: the steps a new office takes, each with its button and a tick when done.

The ticks come from the data (services/first_run.steps, read off the GUI thread), never
from a flag: a step done through the import wizard, a form, the CLI or a restored backup
is ticked, and one undone is unticked. The demo office is a separate file
(services/first_run.prepare_demo_database); the office's database is never touched by it.

The page asks the window for everything it cannot do itself through signals (a section,
the import wizard, the demo office), so it holds no reference to the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.i18n_markers import QT_TRANSLATE_NOOP as N_
from ...i18n import tr
from ..icons import icon
from ..operations import tasks
from ..sections import PageContext
from ..widgets.button_row import ButtonRow
from ..widgets.page_scroll import scroll_page
from .page import Page

STEP_TEXT: dict[str, tuple[str, str]] = {
    "profile": (
        N_("StartPage", "Fill in the coordinator profile"),
        N_(
            "StartPage",
            "Your office's name, country and contact, and the dates of its path to Covenant "
            "Coordinator: the report to the Commission starts from them.",
        ),
    ),
    "signatories": (
        N_("StartPage", "Bring in your signatories"),
        N_(
            "StartPage",
            "From the Covenant's official open data (the df1_signatories workbook: keep one "
            "territory with a filter) or from your office's own sheet. The import wizard "
            "matches the columns and shows every row before anything is written.",
        ),
    ),
    "exchange_rates": (
        N_("StartPage", "Add exchange rates"),
        N_(
            "StartPage",
            "Units of your currency per euro, by date, so financial support is reported in EUR.",
        ),
    ),
    "assistance": (
        N_("StartPage", "Record the first assistance activity"),
        N_(
            "StartPage",
            "Technical or strategic help, a training, a study visit: the support the "
            "Commission asks coordinators to report.",
        ),
    ),
}


class StepRow(QFrame):
    """One step: its tick, title, explanation and buttons."""

    def __init__(self, step: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.done = False
        self.setObjectName(f"step_{step}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title, text = STEP_TEXT[step]
        self.title_text = tr("StartPage", title)
        self.tick = QLabel(self)
        self.tick.setObjectName("tick")
        side = self.fontMetrics().height() * 2
        self.tick.setFixedSize(QSize(side, side))
        self.title = QLabel(f"{number}. {self.title_text}", self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state = QLabel(self)
        self.state.setObjectName("state")
        self.text = QLabel(tr("StartPage", text), self)
        self.text.setWordWrap(True)
        self.buttons = ButtonRow(parent=self)  # stacked when the page is narrow
        self.title.setWordWrap(True)  # a long title wraps on a narrow page
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        body = QVBoxLayout()
        body.addLayout(head)
        body.addWidget(self.text)
        body.addWidget(self.buttons)
        row = QHBoxLayout(self)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(body, 1)
        self.set_done(False)

    def add_button(self, text: str, name: str, icon_name: str, description: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text, self)
        button.setObjectName(name)
        button.setAccessibleDescription(description)
        self.buttons.add(button)
        return button

    def set_done(self, done: bool) -> None:
        self.done = done
        side = self.tick.width()
        self.tick.setPixmap(icon("done" if done else "todo").pixmap(side, side))
        self.state.setText("— " + (tr("StartPage", "done") if done else tr("StartPage", "to do")))
        self.tick.setAccessibleName(
            tr("StartPage", "Done") if done else tr("StartPage", "Not done yet")
        )
        self.setAccessibleName(f"{self.title.text()}: {self.state.text().lstrip('— ')}")


class StartPage(Page, QWidget):
    help_topic = "getting-started"

    open_requested = Signal(str, object)
    section_requested = Signal(str)
    """A section of the window to show ("coordinator", "signatories"...)."""
    import_requested = Signal()
    """File > Import from Excel: the import wizard."""
    demo_requested = Signal()
    """Open (creating it if needed) the demo office's own database file."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.result: Any = None
        """The last services.first_run.FirstRunSteps read (tests read it)."""
        self.loading = False
        body = QWidget()
        body.setObjectName("startBody")
        heading = QLabel(tr("StartPage", "Getting started"), body)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            tr(
                "StartPage",
                "Four steps take a new office from an empty database to its first report to "
                "the Commission. Each is ticked as soon as its records are in, however they "
                "got there.",
            ),
            body,
        )
        intro.setWordWrap(True)
        self.progress = QLabel(body)
        self.progress.setObjectName("startProgress")
        self.progress.setWordWrap(True)  # long in Turkmen: it must not widen the page
        self.rows: dict[str, StepRow] = {}
        steps = QGridLayout()
        for i, step in enumerate(STEP_TEXT):
            row = StepRow(step, i + 1, body)
            self.rows[step] = row
            steps.addWidget(row, i, 0)
        self._add_buttons()

        demo = QGroupBox(tr("StartPage", "Explore a demo office first"), body)
        demo.setObjectName("demoBox")
        demo_text = QLabel(
            tr(
                "StartPage",
                "An invented office with signatories, plans, reports, finance and Energy "
                "Days, in a file of its own: your office's database is not touched. "
                "File > Recent databases brings you back here.",
            ),
            demo,
        )
        demo_text.setWordWrap(True)
        self.demo_button = QPushButton(
            icon("demo"), tr("StartPage", "E&xplore a demo office"), demo
        )
        self.demo_button.setObjectName("exploreDemo")
        self.demo_button.setAccessibleDescription(demo_text.text())
        self.demo_button.clicked.connect(self.demo_requested)
        demo_row = QHBoxLayout(demo)
        demo_row.addWidget(demo_text, 1)
        demo_row.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignTop)

        column = QVBoxLayout(body)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.progress)
        column.addLayout(steps)
        column.addWidget(demo)
        column.addStretch(1)
        scroll_page(self, body, "start")
        self.listen_for_changes()
        self.reload()

    def _add_buttons(self) -> None:
        r = self.rows
        self.profile_button = r["profile"].add_button(
            tr("StartPage", "Open the &profile"),
            "openProfile",
            "section-coordinator",
            tr("StartPage", "Shows the coordinator profile form"),
        )
        self.profile_button.clicked.connect(lambda: self.section_requested.emit("coordinator"))
        self.import_button = r["signatories"].add_button(
            tr("StartPage", "&Import from Excel..."),
            "importSignatories",
            "import",
            tr("StartPage", "Opens the import wizard for the open data workbook or your own sheet"),
        )
        self.import_button.clicked.connect(self.import_requested)
        self.signatory_button = r["signatories"].add_button(
            tr("StartPage", "Add a &signatory..."),
            "addSignatory",
            "add",
            tr("StartPage", "Opens a blank signatory form"),
        )
        self.signatory_button.clicked.connect(lambda: self._new("signatory"))
        self.rate_button = r["exchange_rates"].add_button(
            tr("StartPage", "Add an exchange &rate..."),
            "addRate",
            "add",
            tr("StartPage", "Opens a blank exchange rate form"),
        )
        self.rate_button.clicked.connect(lambda: self._new("exchange_rate"))
        self.activity_button = r["assistance"].add_button(
            tr("StartPage", "Record an &activity..."),
            "addActivity",
            "add",
            tr("StartPage", "Opens a blank assistance activity form"),
        )
        self.activity_button.clicked.connect(lambda: self._new("support_activity"))

    def _new(self, kind: str) -> None:
        if self.open_form is not None:
            self.open_form(kind, None, None)

    # -- the Page protocol -----------------------------------------------------------------
    def shown_kinds(self) -> frozenset[str]:
        return frozenset({"coordinator", "signatory", "exchange_rate", "support_activity"})

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        from ...services.first_run import steps

        db = self.context.db
        self.loading = True
        self.progress.setText(tr("StartPage", "Reading what is recorded..."))
        tasks().run(lambda: steps(db), self._show, key=("start", id(self)), parent=self)

    def _show(self, result: Any) -> None:
        self.result = result
        self.loading = False
        for step, row in self.rows.items():
            row.set_done(bool(result.done.get(step)))
        done = sum(1 for v in result.done.values() if v)
        if result.all_done:
            self.progress.setText(
                tr("StartPage", "All four steps are done: the Dashboard now follows your office.")
            )
        else:
            self.progress.setText(
                tr("StartPage", "{done} of {total} steps done.").format(
                    done=done, total=len(self.rows)
                )
            )
