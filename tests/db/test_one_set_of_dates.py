"""One set of numbers everywhere: a signatory's plan due date and the overdue counts are the
same on its fact sheet, in the workbook, on the dashboard, in the report and in `deadlines`,
and every one of them follows the user's rule settings, not the defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from desktop_app.domain.enums import ExtensionSubject, Framework, PlanStatus, PlanType
from desktop_app.domain.models import ActionPlan, DeadlineExtension, Signatory
from desktop_app.domain.rules.deadlines import DeadlineKind, DeadlineStatus
from desktop_app.domain.rules.settings import DEFAULT_SETTINGS, RuleSettings
from desktop_app.services import dashboard, deadlines
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.period import Period
from desktop_app.services.reports.factsheet import build_factsheets
from desktop_app.services.reports.lang import fmt_short_date, report_language
from desktop_app.services.reports.pdf_report import ReportRequest, build_report

TODAY = date(2025, 3, 1)
PERIOD = Period(date(2024, 3, 2), TODAY)
"""Ends today, so the report's overdue figures are those of the dashboard on TODAY."""
USER = RuleSettings(plan_due_years_2030=3)


def _seed(db) -> None:  # noqa: ANN001
    with db.transaction("test", user="clerk") as s:
        # Due 2025-01-10 by default (overdue), 2026-01-10 with three years for a SECAP.
        s.add(Signatory(name="Gyumri", country="AM", adhesion_date=date(2023, 1, 10)))
        # 2020 commitment, adhered on 29 February: a SEAP a year later, whatever the setting.
        s.add(
            Signatory(
                name="Vanadzor",
                country="AM",
                framework=Framework.F2020,
                adhesion_date=date(2024, 2, 29),
            )
        )
        dilijan = Signatory(name="Dilijan", country="AM", adhesion_date=date(2022, 5, 1))
        s.add(dilijan)
        s.flush()
        s.add(
            DeadlineExtension(
                signatory_id=dilijan.id,
                subject=ExtensionSubject.PLAN,
                request_date=date(2024, 4, 1),
                granted_until=date(2025, 9, 30),
            )
        )
        # Filed its plan: no plan due any more, a monitoring report instead.
        ijevan = Signatory(name="Ijevan", country="AM", adhesion_date=date(2021, 6, 1))
        s.add(ijevan)
        s.flush()
        s.add(
            ActionPlan(
                signatory_id=ijevan.id,
                plan_type=PlanType.SECAP,
                status=PlanStatus.SUBMITTED,
                submission_date=date(2023, 6, 1),
            )
        )


def _service_plan_due(db, settings: RuleSettings) -> dict[str, date]:  # noqa: ANN001
    rows = deadlines.load(db, TODAY, settings)
    return {r.subject: r.due for r in rows if r.kind == DeadlineKind.PLAN_DUE}


def _factsheet_lines(db, tmp_path: Path, settings: RuleSettings) -> dict[str, str]:  # noqa: ANN001
    out = tmp_path / "sheets.pdf"
    build_factsheets(db, out, [], "en", settings=settings)
    found = {}
    for page in PdfReader(str(out)).pages:
        lines = [line.strip() for line in page.extract_text().splitlines()]
        plan_line = next(line for line in lines if line.startswith("Plan due:"))
        found[lines[0]] = plan_line
    return found


def _workbook_plan_due(db, tmp_path: Path, settings: RuleSettings) -> dict[str, date]:  # noqa: ANN001
    out = tmp_path / "book.xlsx"
    export_workbook(db, out, PERIOD, today=TODAY, settings=settings)
    sheet = load_workbook(out, read_only=True)["Deadlines"]
    rows = list(sheet.iter_rows(values_only=True))
    head = next(i for i, r in enumerate(rows) if r[0] == "Signatory")  # after the total row
    assert (rows[head][2], rows[head][3]) == ("Deadline", "Due date")
    return {r[0]: r[3].date() for r in rows[head + 1 :] if r[2] == "Action plan"}


def test_plan_due_is_the_same_on_every_output(database, tmp_path: Path) -> None:  # noqa: ANN001
    _seed(database)
    for settings in (DEFAULT_SETTINGS, USER):
        service = _service_plan_due(database, settings)
        assert set(service) == {"Gyumri", "Vanadzor", "Dilijan"}  # Ijevan filed its plan
        assert service["Dilijan"] == date(2025, 9, 30)  # the extension moves it
        assert service["Vanadzor"] == date(2025, 2, 28)
        assert service["Gyumri"] == (
            date(2025, 1, 10) if settings is DEFAULT_SETTINGS else date(2026, 1, 10)
        )
        assert _workbook_plan_due(database, tmp_path, settings) == service
        sheets = _factsheet_lines(database, tmp_path, settings)
        with report_language("en"):
            for name, due in service.items():
                assert sheets[name].startswith(f"Plan due: {fmt_short_date(due)};"), name
        assert sheets["Ijevan"].startswith("Plan due: –;")


def test_overdue_counts_follow_the_users_settings_everywhere(database, tmp_path: Path) -> None:  # noqa: ANN001
    _seed(database)
    for settings, expected in ((DEFAULT_SETTINGS, 2), (USER, 1)):
        listed = [
            r
            for r in deadlines.load(database, TODAY, settings)
            if r.kind == DeadlineKind.PLAN_DUE and r.status == DeadlineStatus.OVERDUE
        ]
        assert len(listed) == expected
        facts = dashboard.compute(database, TODAY, settings).facts
        on_board = facts.plans_overdue_seap + facts.plans_overdue_secap
        assert on_board + facts.late_after_extension == expected
        out = tmp_path / "report.pdf"
        result = build_report(database, ReportRequest(PERIOD, "en", TODAY, settings), out)
        assert result.figures.reporting.overdue_plans == expected
        text = "\n".join(p.extract_text() for p in PdfReader(str(out)).pages)
        overdue_part = _overdue_list(text)
        assert ("Gyumri" in overdue_part) is (settings is DEFAULT_SETTINGS)
        assert "Vanadzor" in overdue_part


def _overdue_list(text: str) -> str:
    """The report's overdue list: after its heading (the last, not the contents), before
    the annexes."""
    return text.split("Overdue items at the end of the period")[-1].split("Annex A")[0]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
    )


def test_cli_report_and_workbook_read_the_preferences_file(sqlite_database, tmp_path: Path) -> None:  # noqa: ANN001
    _seed(sqlite_database)
    prefs = tmp_path / "prefs.ini"
    prefs.write_text("[rules]\nplan_due_years_2030=3\n")
    env = {"COORDINATOR_DESK_SETTINGS": str(prefs)}
    db = str(sqlite_database.path)
    pdf = tmp_path / "r.pdf"
    done = _cli(
        "--database", db, "report", "pdf", str(pdf), "--from", "2024-03-02", "--to", "2025-03-01",
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    overdue_part = _overdue_list(text)
    assert "Vanadzor" in overdue_part and "Gyumri" not in overdue_part
    sheets = tmp_path / "f.pdf"
    done = _cli("--database", db, "factsheet", str(sheets), "--signatory", "Gyumri", env=env)
    assert done.returncode == 0, done.stderr
    with report_language("en"):
        expected = f"Plan due: {fmt_short_date(date(2026, 1, 10))};"
    assert expected in PdfReader(str(sheets)).pages[0].extract_text()
    book = tmp_path / "b.xlsx"
    done = _cli("--database", db, "export", "xlsx", str(book), env=env)
    assert done.returncode == 0, done.stderr
    rows = list(load_workbook(book, read_only=True)["Deadlines"].iter_rows(values_only=True))
    assert ("Gyumri", "Action plan") in {(r[0], r[2]) for r in rows}
    due = next(r[3] for r in rows if r[0] == "Gyumri" and r[2] == "Action plan")
    assert due.date() == date(2026, 1, 10)
