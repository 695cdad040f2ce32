"""Reports sent to the Commission: recorded by hand or by a pack, dated by sent_on, and the
coordinator report deadline counted from the latest one."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import MetaData, insert, select

from desktop_app.db import migrate
from desktop_app.db.session import connect
from desktop_app.domain.enums import CoordinatorKind
from desktop_app.domain.models import Coordinator, ReportSubmission
from desktop_app.domain.rules.settings import RuleSettings
from desktop_app.services import dashboard
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.period import Period, PeriodError
from desktop_app.services.reports.pack import prepare_submission
from desktop_app.services.reports.pdf_report import ReportRequest
from desktop_app.services.reports.sent import (
    SentReportError,
    next_report_due,
    record_sent_report,
    sent_reports,
)

TODAY = date(2025, 6, 30)


@pytest.fixture
def office(database):  # noqa: ANN001, ANN201
    with database.transaction("test", user="clerk") as s:
        s.add(
            Coordinator(
                name="Lori Region",
                kind=CoordinatorKind.TERRITORIAL,
                country="AM",
                is_own_office=True,
                commitment_signed_date=date(2022, 3, 15),
            )
        )
    return database


def test_migration_dates_existing_submissions_by_their_utc_day(database_url: str) -> None:
    db = connect(database_url)
    migrate.upgrade(db, to="0003")
    meta = MetaData()
    meta.reflect(db.engine)
    made = datetime(2024, 5, 6, 23, 30, tzinfo=UTC)
    key = uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(
            insert(meta.tables["report_submission"]).values(
                id=key.hex if db.is_sqlite else key,
                kind="submission_pack",
                period_from=date(2023, 1, 1),
                period_to=date(2023, 12, 31),
                language="en",
                file_name="pack.zip",
                file_hashes={},
                manifest={},
                notes="",
                created_at=made,
                updated_at=made,
                updated_by="old",
                version=1,
            )
        )
    migrate.upgrade(db)
    with db.session("test") as s:
        row = s.scalars(select(ReportSubmission)).one()
        assert (row.sent_on, row.file_name, row.created_at) == (date(2024, 5, 6), "pack.zip", made)
    db.dispose()


def test_record_lists_and_moves_the_coordinator_deadline(office) -> None:  # noqa: ANN001
    assert next_report_due(office) == date(2023, 3, 15)  # from the commitment, 12 months on
    first = record_sent_report(office, date(2024, 3, 10), today=TODAY, note="  survey  ")
    assert (first.period, first.note, first.kind) == (
        Period(date(2023, 1, 1), date(2023, 12, 31)),  # the year before, by default
        "survey",
        "commission_survey",
    )
    # Recorded today, but the deadline counts from the day it was sent.
    assert next_report_due(office) == date(2025, 3, 10)
    board = dashboard.compute(office, TODAY)
    assert board.facts.coordinator_report_due == date(2025, 3, 10)
    assert "overdue" in board.health[4].reasons[0].text().lower()
    record_sent_report(office, date(2025, 4, 2), date(2024, 1, 1), date(2024, 12, 31), today=TODAY)
    assert next_report_due(office) == date(2026, 4, 2)
    assert next_report_due(office, RuleSettings(coordinator_report_interval_months=24)) == date(
        2027, 4, 2
    )
    assert [r.sent_on for r in sent_reports(office)] == [date(2025, 4, 2), date(2024, 3, 10)]
    # An earlier report recorded later does not pull the deadline back.
    record_sent_report(office, date(2023, 2, 1), today=TODAY)
    assert next_report_due(office) == date(2026, 4, 2)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((date(2025, 7, 1), None, None), "sent_in_future"),
        ((date(2025, 3, 1), date(2024, 1, 1), None), "half_period"),
        ((date(2025, 3, 1), date(2025, 4, 1), date(2025, 5, 1)), "period_after_sent"),
    ],
)
def test_bad_input_is_named_and_nothing_is_written(office, args, code) -> None:  # noqa: ANN001
    with pytest.raises(SentReportError) as info:
        record_sent_report(office, *args, today=TODAY)
    assert info.value.code == code
    assert "Nothing was recorded" in info.value.message()
    assert sent_reports(office) == []


def test_end_before_start_duplicate_and_long_note_are_refused(office) -> None:  # noqa: ANN001
    with pytest.raises(PeriodError):
        record_sent_report(office, date(2025, 3, 1), date(2024, 12, 31), date(2024, 1, 1))
    record_sent_report(office, date(2025, 3, 1), today=TODAY)
    with pytest.raises(SentReportError) as info:
        record_sent_report(office, date(2025, 3, 1), today=TODAY, note="again")
    assert info.value.code == "duplicate" and "2025-03-01" in info.value.message()
    with pytest.raises(SentReportError) as info:
        record_sent_report(office, date(2025, 3, 2), today=TODAY, note="x" * 2001)
    assert info.value.code == "note_too_long"
    assert len(sent_reports(office)) == 1


def test_a_pack_is_sent_the_day_it_is_made(office, tmp_path: Path) -> None:  # noqa: ANN001
    made = datetime(2025, 2, 14, 9, 0, tzinfo=UTC)
    request = ReportRequest(Period(date(2024, 1, 1), date(2024, 12, 31)), "en", date(2025, 2, 14))
    prepare_submission(office, tmp_path, request, now=made)
    [pack] = sent_reports(office)
    assert (pack.kind, pack.sent_on) == ("submission_pack", made.astimezone().date())
    assert pack.file_name.endswith(".zip")
    assert next_report_due(office) == date(2026, 2, 14)


@pytest.mark.parametrize("today", [date(2020, 1, 1), date(2024, 2, 10), date(2026, 11, 28)])
def test_demo_office_has_reported_every_year(database, today: date) -> None:  # noqa: ANN001
    generate(database, DemoOptions(signatories=20, seed=3, today=today))
    sent = sent_reports(database)
    assert sent and all(r.sent_on <= today for r in sent)
    years = [r.period.start.year for r in sent]
    assert years == sorted(years, reverse=True) == list(range(years[0], years[0] - len(years), -1))
    due = next_report_due(database)
    assert due is not None and (due - today).days > -100  # never years overdue


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=120,
    )


def test_cli_record_and_list(sqlite_database, tmp_path: Path) -> None:  # noqa: ANN001
    env = {"COORDINATOR_DESK_SETTINGS": str(tmp_path / "prefs.ini")}
    db = str(sqlite_database.path)
    done = _cli(
        "--database", db, "report", "record", "--sent", "2025-03-10", "--note", "survey",
        env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2024-01-01 to 2024-12-31" in done.stdout and "due: 2026-03-10" in done.stdout
    listed = _cli("--database", db, "report", "list", env=env)
    assert listed.returncode == 0 and "2025-03-10" in listed.stdout and "survey" in listed.stdout
    table = _cli("--database", db, "deadlines", "--today", "2026-01-01", env=env)
    assert "2026-03-10" in table.stdout and "Coordinator report due" in table.stdout
    for bad, words in (
        (["--sent", "2025-13-01"], "--sent"),
        (["--sent", "2025-03-10"], "already recorded"),
        (["--sent", "2025-03-11", "--from", "2024-01-01"], "Period covered"),
        (["--sent", "2025-03-11", "--from", "2024-12-31", "--to", "2024-01-01"], "2024-01-01"),
    ):
        refused = _cli("--database", db, "report", "record", *bad, env=env)
        assert refused.returncode == 1, bad
        assert words in refused.stderr and "Traceback" not in refused.stderr
    assert len(sent_reports(sqlite_database)) == 1
