"""The conflict inbox page: reached from the View menu, both values side by side with who
changed them, Take theirs / Keep mine clicked as a clerk does, read back from the database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from desktop_app.domain.models import Signatory
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.sync import clone, exchange
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import Settings

TODAY = date(2025, 6, 1)


def _office_with_two_conflicts(tmp_path: Path):  # noqa: ANN202
    office = open_database(str(tmp_path / "office.sqlite3"))
    mary = records.save(
        office,
        "signatory",
        {"name": "Mary", "country": "TM", "adhesion_date": date(2020, 3, 1), "population": 8000},
        user="merjen",
        today=TODAY,
    ).id
    clone.clone(office, tmp_path / "laptop.sqlite3")
    laptop = open_database(str(tmp_path / "laptop.sqlite3"))
    records.save(
        laptop, "signatory", {"population": 8100, "notes": "laptop"}, id=mary, user="aylar"
    )
    laptop_pkg = tmp_path / "in.cdsync"
    exchange.export_package(laptop, laptop_pkg)
    laptop.dispose()
    records.save(
        office, "signatory", {"population": 8250, "notes": "office"}, id=mary, user="merjen"
    )
    result = exchange.import_package(office, laptop_pkg)
    assert (result.applied, result.conflicts) == (0, 2)
    return office, mary


def test_inbox_page_shows_both_sides_and_resolves(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    office, mary = _office_with_two_conflicts(tmp_path)
    try:
        window = MainWindow(Settings(tmp_path / "settings.ini"), office)
        qtbot.addWidget(window)
        window.show()
        view_menu = next(
            a.menu() for a in window.menuBar().actions() if a.menu() and "View" in a.text()
        )
        go = next(a for a in view_menu.actions() if a.text().startswith("Sync conflicts"))
        go.trigger()
        page = window.page("conflicts")
        assert window.current_section() == "conflicts"
        table = page.view
        assert table.rowCount() == 2
        rows = {table.item(r, 1).text(): r for r in range(2)}
        pop = rows["Population"]
        assert table.item(pop, 0).text() == "Mary"
        assert table.item(pop, 2).text().startswith("8250\nmerjen")
        assert table.item(pop, 3).text().startswith("8100\naylar")
        assert page.count_label.text() == "2 open conflicts"

        table.selectRow(pop)
        qtbot.mouseClick(page.theirs_button, Qt.MouseButton.LeftButton)
        assert table.rowCount() == 1
        notes_row = 0
        assert table.item(notes_row, 1).text() == "Notes"
        qtbot.mouseClick(page.mine_button, Qt.MouseButton.LeftButton)
        assert table.rowCount() == 0
        assert not page.mine_button.isEnabled() and not page.theirs_button.isEnabled()
        assert page.count_label.text() == "0 open conflicts"
        with office.session("test") as s:
            obj = s.get(Signatory, mary)
            assert obj is not None
            assert (obj.population, obj.notes) == (8100, "office")
    finally:
        office.dispose()


def test_values_read_as_the_forms_show_them(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    """A code as its label, a date and an amount in the interface language's format, with
    the amount's currency; never the stored code, ISO date or plain decimal."""
    from decimal import Decimal

    office = open_database(str(tmp_path / "office.sqlite3"))
    try:
        mary = records.save(
            office, "signatory", {"name": "Mary", "country": "TM"}, user="merjen", today=TODAY
        ).id
        plan = records.save(
            office,
            "action_plan",
            {"signatory_id": mary, "plan_type": "secap", "title": "Green Mary"},
            user="merjen",
            today=TODAY,
        ).id
        day = records.save(
            office,
            "energy_day",
            {"title": "Solar day", "start_date": date(2025, 5, 20), "budget": Decimal("1500")},
            user="merjen",
            today=TODAY,
        ).id
        clone.clone(office, tmp_path / "laptop.sqlite3")
        laptop = open_database(str(tmp_path / "laptop.sqlite3"))
        laptop_values = {"status": "submitted", "submission_date": date(2025, 5, 2)}
        records.save(laptop, "action_plan", laptop_values, id=plan, user="aylar", today=TODAY)
        records.save(laptop, "energy_day", {"budget": Decimal("12000.5")}, id=day, user="aylar")
        exchange.export_package(laptop, tmp_path / "in.cdsync")
        laptop.dispose()
        office_values = {"status": "accepted", "submission_date": date(2025, 5, 3)}
        records.save(office, "action_plan", office_values, id=plan, user="merjen", today=TODAY)
        records.save(office, "energy_day", {"budget": Decimal("1750")}, id=day, user="merjen")
        assert exchange.import_package(office, tmp_path / "in.cdsync").conflicts == 3

        window = MainWindow(Settings(tmp_path / "settings.ini"), office)
        qtbot.addWidget(window)
        window.show()
        window.show_section("conflicts")
        table = window.page("conflicts").view
        shown = {
            table.item(r, 1).text(): (
                table.item(r, 0).text(),
                table.item(r, 2).text().split("\n")[0],
                table.item(r, 3).text().split("\n")[0],
            )
            for r in range(table.rowCount())
        }
        assert shown == {
            "Status": ("Green Mary", "Accepted", "Submitted"),
            "Submission date": ("Green Mary", "03/05/2025", "02/05/2025"),
            "Budget": ("Solar day", "1,750.00 EUR", "12,000.50 EUR"),
        }
    finally:
        office.dispose()
