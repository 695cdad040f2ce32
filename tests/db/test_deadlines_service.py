"""Deadlines list, filters and exports (.ics parsed with icalendar, .xlsx with openpyxl), CLI."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook

from desktop_app.domain.enums import CoordinatorKind, ExtensionSubject, PlanStatus, PlanType
from desktop_app.domain.models import (
    ActionPlan,
    Coordinator,
    DeadlineExtension,
    Signatory,
)
from desktop_app.domain.rules import RuleSettings
from desktop_app.domain.rules.deadlines import DeadlineKind, DeadlineStatus
from desktop_app.services import deadlines
from desktop_app.services.deadlines_ics import fold, render, uid

TODAY = date(2025, 3, 1)
LONG_NAME = "Ղարաքիլիսայի համայնքապետարան, Лори; очень длинное название муниципалитета"


@pytest.fixture
def office(database):
    with database.transaction("test", user="clerk") as s:
        s.add(
            Coordinator(
                name="Lori Region",
                kind=CoordinatorKind.TERRITORIAL,
                country="AM",
                is_own_office=True,
                commitment_signed_date=date(2024, 4, 1),
            )
        )
        late = Signatory(name="Vanadzor", country="AM", adhesion_date=date(2022, 5, 1))
        soon = Signatory(name=LONG_NAME, country="AM", adhesion_date=date(2023, 3, 20))
        gone = Signatory(
            name="Gone", country="AM", adhesion_date=date(2015, 1, 1), status="withdrawn"
        )
        held = Signatory(
            name="Held", country="GE", adhesion_date=date(2020, 1, 1), status="on_hold"
        )
        assessed = Signatory(name="Spitak", country="AM", adhesion_date=date(2021, 1, 1))
        s.add_all([late, soon, gone, held, assessed])
        s.flush()
        s.add(
            DeadlineExtension(
                signatory_id=held.id, subject=ExtensionSubject.PLAN, granted_until=date(2025, 3, 10)
            )
        )
        s.add(
            ActionPlan(
                signatory_id=assessed.id,
                plan_type=PlanType.SECAP,
                submission_date=date(2024, 6, 1),
                status=PlanStatus.UNDER_ASSESSMENT,
            )
        )
    return database


def test_every_kind_with_days_left_and_status(office) -> None:  # noqa: ANN001
    rows = deadlines.load(office, TODAY, RuleSettings())
    summary = [(r.kind, r.subject, r.due, r.days_left, r.status) for r in rows]
    assert (
        DeadlineKind.PLAN_DUE,
        "Vanadzor",
        date(2024, 5, 1),
        -304,
        DeadlineStatus.OVERDUE,
    ) in summary
    assert (
        DeadlineKind.PLAN_DUE,
        LONG_NAME,
        date(2025, 3, 20),
        19,
        DeadlineStatus.DUE_SOON,
    ) in summary
    assert (
        DeadlineKind.EXTENSION_EXPIRING,
        "Held",
        date(2025, 3, 10),
        9,
        DeadlineStatus.DUE_SOON,
    ) in summary
    assert (
        DeadlineKind.ASSESSMENT_OVERDUE,
        "Spitak",
        date(2024, 12, 1),
        -90,
        DeadlineStatus.OVERDUE,
    ) in summary
    assert (
        DeadlineKind.COORDINATOR_REPORT_DUE,
        "Lori Region",
        date(2025, 4, 1),
        31,
        DeadlineStatus.LATER,
    ) in summary
    assert all(r.subject != "Gone" for r in rows)
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    assert deadlines.reminder_counts(rows) == (2, 3)
    coordinator = next(r for r in rows if r.kind == DeadlineKind.COORDINATOR_REPORT_DUE)
    assert coordinator.record_kind == "coordinator" and coordinator.record_id is not None
    plan_row = next(r for r in rows if r.subject == "Vanadzor")
    assert plan_row.record_kind == "signatory" and plan_row.record_id == plan_row.signatory_id


def test_filters(office) -> None:  # noqa: ANN001
    rows = deadlines.load(office, TODAY)
    assert {r.subject for r in deadlines.select_rows(rows, within=10)} == {
        "Vanadzor",
        "Held",
        "Spitak",
    }
    assert [r.subject for r in deadlines.select_rows(rows, kinds=["plan_due"], country="GE")] == [
        "Held"
    ]
    assert len(deadlines.select_rows(rows, statuses=[DeadlineStatus.OVERDUE])) == 2
    assert [r.subject for r in deadlines.select_rows(rows, text="VANAD")] == ["Vanadzor"]


def test_ics_parses_and_follows_rfc5545(office, tmp_path: Path) -> None:  # noqa: ANN001
    rows = deadlines.load(office, TODAY)
    data = render(rows, now=datetime(2025, 3, 1, 9, 30, tzinfo=UTC))
    lines = data.split(b"\r\n")
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long name was folded
    cal = Calendar.from_ical(data)
    events = cal.walk("VEVENT")
    assert len(events) == len(rows)
    by_summary = {str(e.get("summary")): e for e in events}
    long_event = by_summary[f"Action plan due: {LONG_NAME}"]
    assert long_event.decoded("dtstart") == date(2025, 3, 20)
    assert long_event.decoded("dtend") == date(2025, 3, 21)
    assert long_event.decoded("dtstamp") == datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    alarms = long_event.walk("VALARM")
    assert len(alarms) == 1 and str(alarms[0].get("action")) == "DISPLAY"
    assert len({str(e.get("uid")) for e in events}) == len(events)
    # The same deadline keeps its UID when its date moves (a later import updates it).
    again = render(deadlines.load(office, date(2025, 6, 1)))
    uids_again = {str(e.get("uid")) for e in Calendar.from_ical(again).walk("VEVENT")}
    assert {str(e.get("uid")) for e in events} == uids_again
    assert uid(rows[0]).endswith("@coordinator-desk.invalid")


@pytest.mark.parametrize("text", ["a" * 200, "я" * 100, "ա" * 80 + "b", "x" * 74, "€" * 30])
def test_folding_never_splits_a_character(text: str) -> None:
    folded = fold("SUMMARY:" + text).encode()
    pieces = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces)
    assert b"".join(p[1:] if i else p for i, p in enumerate(pieces)).decode() == "SUMMARY:" + text


def test_xlsx_and_csv(office, tmp_path: Path) -> None:  # noqa: ANN001
    rows = deadlines.load(office, TODAY)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "deadlines.xlsx"
    deadlines.write_xlsx(rows, out)
    ws = load_workbook(out).active
    values = list(ws.iter_rows(values_only=True))
    assert values[0] == ("Due", "Days left", "Status", "Deadline", "Signatory", "Country")
    assert values[1][0].date() == rows[0].due and values[1][1] == rows[0].days_left
    assert len(values) == len(rows) + 1
    assert [p.name for p in out_dir.iterdir()] == ["deadlines.xlsx"]  # no temporary left
    parsed = list(csv.reader(io.StringIO(deadlines.render_csv(rows))))
    assert parsed[0][:2] == ["Due", "Days left"] and len(parsed) == len(rows) + 1


def _cli(*args: str, env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_formats_and_errors(sqlite_database, tmp_path: Path) -> None:  # noqa: ANN001
    with sqlite_database.transaction("test", user="clerk") as s:
        s.add(Signatory(name="Gyumri", country="AM", adhesion_date=date(2023, 1, 10)))
        s.add(Signatory(name="Dilijan", country="AM", adhesion_date=date(2024, 6, 1)))
    db = str(sqlite_database.path)
    settings = {"COORDINATOR_DESK_SETTINGS": str(tmp_path / "prefs.ini")}
    table = _cli("--database", db, "deadlines", "--today", "2025-03-01", env_extra=settings)
    assert table.returncode == 0, table.stderr
    assert "Gyumri" in table.stdout and "Overdue" in table.stdout and "Dilijan" in table.stdout
    near = _cli(
        "--database", db, "deadlines", "--within", "30", "--today", "2025-03-01", env_extra=settings
    )
    assert "Gyumri" in near.stdout and "Dilijan" not in near.stdout
    ics = tmp_path / "d.ics"
    done = _cli("--database", db, "deadlines", "--output", str(ics), env_extra=settings)
    assert done.returncode == 0, done.stderr
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 2
    xlsx = tmp_path / "d.xlsx"
    assert _cli("--database", db, "deadlines", "--output", str(xlsx)).returncode == 0
    assert load_workbook(xlsx).active.max_row == 3
    bad = _cli("--database", db, "deadlines", "--within", "-3")
    assert bad.returncode == 1 and "--within" in bad.stderr and "Traceback" not in bad.stderr
    bad = _cli("--database", db, "deadlines", "--format", "pdf", "--output", str(tmp_path / "x"))
    assert bad.returncode == 1 and not (tmp_path / "x").exists()
    missing = _cli("--database", str(tmp_path / "none.sqlite3"), "deadlines")
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    # Thresholds come from the same preferences file as the GUI's.
    (tmp_path / "prefs.ini").write_text("[rules]\nplan_due_years_2030=3\n")
    later = _cli("--database", db, "deadlines", "--today", "2025-03-01", env_extra=settings)
    assert "2026-01-10" in later.stdout
