"""Moving a signatory to the Trash says what goes with it, and a restore says what came back.

Before: "Move 1 record(s) to the Trash?" and its plans and finance vanished from their
lists without a word. Counts here are the seeded records, written as literals.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from desktop_app.domain.enums import (
    ActivityType,
    FundingSource,
    Instrument,
    PlanType,
    ReportingType,
)
from desktop_app.domain.models import (
    ActionPlan,
    FinancialSupport,
    MonitoringReport,
    Signatory,
    SupportActivity,
    SupportActivitySignatory,
)
from desktop_app.ui.pages.list_panel import ListPanel
from desktop_app.ui.pages.trash_page import TrashPage
from desktop_app.ui.sections import PageContext
from desktop_app.ui.settings import Settings


def _office(db) -> dict:  # noqa: ANN001
    with db.transaction("test") as s:
        mary = Signatory(name="Mary", country="TM", adhesion_date=date(2020, 1, 1))
        other = Signatory(name="Tejen", country="TM", adhesion_date=date(2020, 1, 1))
        s.add_all([mary, other])
        s.flush()
        s.add_all([ActionPlan(signatory_id=mary.id, plan_type=PlanType.SEAP) for _ in range(2)])
        s.add(ActionPlan(signatory_id=other.id, plan_type=PlanType.SEAP))
        s.add(MonitoringReport(signatory_id=mary.id, reporting_type=ReportingType.ACTION))
        for amount, gone in (
            ("100", None),
            ("200", None),
            ("300", datetime(2025, 1, 1, tzinfo=UTC)),
        ):
            s.add(
                FinancialSupport(
                    signatory_id=mary.id,
                    instrument=Instrument.GRANT,
                    source=FundingSource.EU,
                    amount=Decimal(amount),
                    currency="EUR",
                    deleted_at=gone,  # trashed on its own: stays put when Mary comes back
                )
            )
        act = SupportActivity(
            activity_type=ActivityType.TECHNICAL, title="Seminar", activity_date=date(2025, 3, 3)
        )
        s.add(act)
        s.flush()
        s.add(SupportActivitySignatory(activity_id=act.id, signatory_id=mary.id))
    return {"mary": mary.id, "other": other.id}


def _live(db, model, **where) -> int:  # noqa: ANN001
    with db.session() as s:
        q = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return int(s.scalar(q))


@pytest.fixture
def context(sqlite_database, tmp_path: Path) -> PageContext:
    from desktop_app import i18n

    i18n.install("en")  # English plural forms ("1 monitoring report")
    return PageContext(sqlite_database, Settings(tmp_path / "settings.ini"))


def test_trash_confirmation_names_what_moves_and_restore_what_comes_back(
    qtbot, context, monkeypatch
) -> None:  # noqa: ANN001
    db = context.db
    ids = _office(db)
    asked: list[str] = []

    def answer(_parent, _title, text, *a, **k):  # noqa: ANN001, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    page = ListPanel(context, list_id="signatories")
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading and page.model.rowCount() == 2, timeout=10000)
    row = page.model.view_row_of(ids["mary"])
    page.view.setFocus()
    page.view.selectRow(row)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert asked == [
        "Move this record to the Trash? With it go: 2 action plans, 1 monitoring report, "
        "2 finance records, 1 link to assistance activities. "
        "You can restore them all from the Trash."
    ]
    assert _live(db, ActionPlan, signatory_id=ids["mary"]) == 0
    assert _live(db, FinancialSupport) == 0
    assert _live(db, ActionPlan) == 1  # Tejen's plan stays

    trash = TrashPage(context)
    qtbot.addWidget(trash)
    trash.show()
    qtbot.waitUntil(lambda: trash.model.rowCount() > 0, timeout=10000)
    mary_row = next(
        r for r in range(trash.model.rowCount()) if trash.model.row_at(r).name == "Mary"
    )
    trash.view.selectRow(mary_row)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.result_label.text() == (
        "1 record restored. With them came back: 2 action plans, 1 monitoring report, "
        "2 finance records, 1 link to assistance activities."
    )
    assert _live(db, FinancialSupport) == 2  # the one trashed on its own stays in the Trash
    assert _live(db, ActionPlan, signatory_id=ids["mary"]) == 2


def test_a_record_without_dependents_says_only_it_moves(qtbot, context, monkeypatch) -> None:  # noqa: ANN001
    ids = _office(context.db)
    from desktop_app.services.records import moving_along
    from desktop_app.ui.trash_words import trash_question

    assert moving_along(context.db, "signatory", [ids["other"]]) == {"action_plan": 1}
    assert (
        trash_question(2, {}) == "Move 2 records to the Trash? You can restore them from the Trash."
    )


def test_a_viewer_restores_nothing_from_the_trash_by_any_way(
    qtbot, sqlite_database, tmp_path: Path
) -> None:  # noqa: ANN001, E501
    """A viewer on an office server sees the Trash without Restore; Enter on a row used to
    restore anyway (the server then refused it): now it does nothing."""
    from desktop_app.services import records

    db = sqlite_database
    ids = _office(db)
    records.trash(db, "signatory", [ids["mary"]])
    trash = TrashPage(PageContext(db, Settings(tmp_path / "s.ini")))
    qtbot.addWidget(trash)
    trash.apply_role(False)  # what the window does for a viewer (ui/account.restrict_page)
    trash.show()
    qtbot.waitUntil(lambda: trash.model.rowCount() > 0, timeout=10000)
    assert not trash.restore_button.isVisible()
    trash.view.setFocus()
    trash.view.selectRow(0)
    qtbot.keyClick(trash.view, Qt.Key.Key_Return)
    assert trash.restore_selected() == 0
    with db.session() as s:
        assert s.get(Signatory, ids["mary"]).deleted_at is not None
    trash.apply_role(True)
    assert trash.restore_button.isVisible()
    trash.view.selectRow(0)
    qtbot.keyClick(trash.view, Qt.Key.Key_Return)
    with db.session() as s:
        assert s.get(Signatory, ids["mary"]).deleted_at is None
