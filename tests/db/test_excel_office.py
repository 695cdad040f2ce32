"""The office's own sheets round-trip: Coordinator profile, its services, Reports sent, links.

Issue 11, item 5: into an empty database the coordinator profile, its services, the report
submissions and the coordinator links were not imported at all. The workbook an office
exports is read back as a user would give it: in the language it was written in, edited by
hand in a spreadsheet (openpyxl here), or tampered with. Figures are read back from the
database with plain queries.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from desktop_app import cli, i18n
from desktop_app.domain import models as M
from desktop_app.domain.enums import CoordinatorStatus, ServiceType
from desktop_app.services.database import open_database
from desktop_app.services.excel import vocab
from desktop_app.services.excel.commit import commit
from desktop_app.services.excel.export import export_workbook
from desktop_app.services.excel.plan import ERROR, NEW, UNCHANGED, UPDATE, build_plan
from desktop_app.services.excel.report import plan_report
from desktop_app.services.period import Period
from desktop_app.services.reports.sent import next_report_due
from tests.conftest import fresh_pg_schema_url
from tests.db.test_excel_support import PERIOD, fill

TODAY = date(2025, 1, 15)
PACK_HASHES = {"report.pdf": "ab" * 32, "workbook.xlsx": "cd" * 32}


@pytest.fixture
def empty_database(database_url: str, request: pytest.FixtureRequest, tmp_path: Path):
    """A second empty database on the same engine as `database`."""
    if database_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'second.sqlite3'}"
    else:
        url = fresh_pg_schema_url(request.getfixturevalue("pg_database_url"))
    db = open_database(url)
    yield db
    db.dispose()


def _office(db) -> None:
    """fill()'s office, made the way the profile page fills it in, with services and reports."""
    fill(db)
    with db.transaction("test") as s:
        office = s.scalar(select(M.Coordinator).where(M.Coordinator.is_own_office.is_(True)))
        office.local_name = "Ahal welaýat häkimligi"
        office.region = "Ahal"
        office.status = CoordinatorStatus.ACTIVE
        office.expression_of_interest_date = date(2019, 2, 1)
        office.commitment_signed_date = date(2019, 6, 3)
        office.active_date = date(2019, 7, 1)
        office.contact_person = "Aýna Orazowa"
        office.email = "covenant@ahal.example"
        office.website = "https://ahal.example"
        s.add_all(
            [
                M.ServiceOffer(
                    coordinator_id=office.id,
                    service=ServiceType.TECHNICAL,
                    description="Help with the baseline emission inventory.",
                    valid_from=date(2019, 7, 1),
                ),
                M.ServiceOffer(
                    coordinator_id=office.id,
                    service=ServiceType.ENERGY_DAYS,
                    description="=Energy Days in every district",  # stays text
                    valid_from=date(2020, 1, 1),
                    valid_to=date(2024, 12, 31),
                ),
                M.ReportSubmission(
                    kind="commission_survey",
                    period_from=date(2023, 1, 1),
                    period_to=date(2023, 12, 31),
                    sent_on=date(2024, 3, 12),
                    notes="Yearly report through the online survey.",
                ),
                M.ReportSubmission(
                    kind="submission_pack",
                    period_from=date(2024, 1, 1),
                    period_to=date(2024, 12, 31),
                    sent_on=date(2025, 1, 10),
                    language="ru",
                    file_name="submission-2024.zip",
                    file_hashes=PACK_HASHES,
                    manifest={"format": "coordinator-desk-submission", "signature": "x" * 64},
                ),
            ]
        )


def _cells(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path, read_only=True)
    try:
        return {ws.title: [tuple(r) for r in ws.iter_rows(values_only=True)] for ws in wb}
    finally:
        wb.close()


def _count(db, model) -> int:
    with db.session() as s:
        return int(
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0
        )


def test_office_sheets_round_trip_on_both_engines(database, empty_database, tmp_path: Path):
    _office(database)
    period = Period(*PERIOD)
    first = tmp_path / "first.xlsx"
    export_workbook(database, first, period, all_records=True, today=TODAY)
    plan = build_plan(empty_database, first, today=TODAY)
    by_kind = {s.kind: s.counts() for s in plan.sheets}
    assert by_kind["coordinator-profile"] == {NEW: 1}
    assert by_kind["services"] == {NEW: 2}
    assert by_kind["reports-sent"] == {NEW: 2}
    commit(empty_database, plan)
    with empty_database.session() as s:
        office = s.scalar(select(M.Coordinator))
        assert office.is_own_office and office.name == "Ahal Regional Administration"
        assert office.country == "TM" and office.status is CoordinatorStatus.ACTIVE
        assert office.expression_of_interest_date == date(2019, 2, 1)
        assert office.active_date == date(2019, 7, 1)
        offers = {o.service: o for o in s.scalars(select(M.ServiceOffer))}
        assert offers[ServiceType.ENERGY_DAYS].description == "=Energy Days in every district"
        assert offers[ServiceType.ENERGY_DAYS].valid_to == date(2024, 12, 31)
        assert {o.coordinator_id for o in offers.values()} == {office.id}
        sent = {r.kind: r for r in s.scalars(select(M.ReportSubmission))}
        assert sent["submission_pack"].file_name == "submission-2024.zip"
        assert sent["submission_pack"].language == "ru"
        # an import never writes a pack's proof: no hashes, no manifest, no snapshot
        assert sent["submission_pack"].file_hashes == {}
        assert sent["submission_pack"].manifest == {}
        assert sent["submission_pack"].snapshot_at is None
        assert sent["commission_survey"].sent_on == date(2024, 3, 12)
        # every signatory is linked to the office, from its adhesion (after the office's start)
        links = {
            sid: (cid, since, until)
            for sid, cid, since, until in s.execute(
                select(
                    M.SignatoryCoordinator.signatory_id,
                    M.SignatoryCoordinator.coordinator_id,
                    M.SignatoryCoordinator.since,
                    M.SignatoryCoordinator.until,
                )
            )
        }
        adhesion = dict(s.execute(select(M.Signatory.id, M.Signatory.adhesion_date)).all())
    assert set(links) == set(adhesion) and len(links) == 3
    for sid, (cid, since, until) in links.items():
        assert cid == office.id and until is None
        assert since == max(adhesion[sid], date(2019, 7, 1))
    # the coordinator report deadline counts from the last report sent: the same in both
    assert next_report_due(empty_database) == next_report_due(database) is not None
    second = tmp_path / "second.xlsx"
    export_workbook(empty_database, second, period, all_records=True, today=TODAY)
    a, b = _cells(first), _cells(second)
    assert a.keys() == b.keys()
    for title in a:
        assert a[title] == b[title], title
    assert any(r[:1] == ("Coordinator profile",) for r in a["Coordinator profile"])
    # importing it again, into either database, changes nothing
    for db in (empty_database, database):
        again = build_plan(db, first, today=TODAY)
        assert set(again.counts()) == {UNCHANGED}, plan_report(again)


def _profile_rows(ws) -> dict[str, int]:
    return {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}


def test_edited_profile_shows_old_and_new_and_services_by_label(sqlite_database, tmp_path: Path):
    _office(sqlite_database)
    book = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(book)
    ws = wb["Coordinator profile"]
    rows = _profile_rows(ws)
    ws.cell(rows["Email"], 2).value = "  new-address@ahal.example "
    ws.cell(rows["Status"], 2).value = "приостановлен"  # Russian label, any case
    ws.cell(rows["On hold since"], 2).value = "01.12.2024"  # typed, day first
    # a service retyped in Turkmen, its description changed
    service = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Energy Days")
    ws.cell(service, 1).value = "Energiýa günleri"
    ws.cell(service, 2).value = "Energy Days in the five districts"
    wb.save(book)
    plan = build_plan(sqlite_database, book, today=TODAY)
    profile = next(s for s in plan.sheets if s.kind == "coordinator-profile")
    services = next(s for s in plan.sheets if s.kind == "services")
    row = profile.rows[0]
    assert row.status == UPDATE, [i.text() for i in row.issues]
    assert row.changes == {
        "email": "new-address@ahal.example",
        "status": "on_hold",
        "on_hold_date": date(2024, 12, 1),
    }
    assert row.before["email"] == "covenant@ahal.example"
    assert services.counts() == {UPDATE: 1, UNCHANGED: 1}
    lines = plan_report(plan, changes=True)
    assert (
        f"Row {row.row}: B{rows['Email']} (Email): covenant@ahal.example → "
        "new-address@ahal.example" in lines
    )
    assert "Energy Days in the five districts" in lines
    commit(sqlite_database, plan)
    with sqlite_database.session() as s:
        office = s.scalar(select(M.Coordinator).where(M.Coordinator.is_own_office.is_(True)))
        assert office.status is CoordinatorStatus.ON_HOLD
        assert office.on_hold_date == date(2024, 12, 1)
        assert s.scalar(select(func.count()).select_from(M.Coordinator)) == 1
        days = s.scalar(
            select(M.ServiceOffer).where(M.ServiceOffer.service == ServiceType.ENERGY_DAYS)
        )
        assert days.description == "Energy Days in the five districts"


@pytest.mark.parametrize("lang", ["ru", "tk"])
def test_profile_written_in_russian_or_turkmen_comes_back(
    qapp, sqlite_database, tmp_path: Path, lang: str
) -> None:
    _office(sqlite_database)
    book = tmp_path / f"{lang}.xlsx"
    vocab.reset_cache()
    try:
        assert i18n.install(lang)
        export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
        profile_title = i18n.tr("Excel", "Coordinator profile")
    finally:
        i18n.install("en")
    assert profile_title != "Coordinator profile"
    labels = [r[0] for r in _cells(book)[profile_title] if r and r[0]]
    assert "Email" not in labels and len(labels) >= 17
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        plan = build_plan(fresh, book, today=TODAY)
        assert not plan.has_errors, plan_report(plan)
        commit(fresh, plan)
        with fresh.session() as s:
            office = s.scalar(select(M.Coordinator))
            assert office.is_own_office and office.email == "covenant@ahal.example"
            assert office.status is CoordinatorStatus.ACTIVE
            assert office.kind.value == "territorial"
            assert {o.service for o in s.scalars(select(M.ServiceOffer))} == {
                ServiceType.TECHNICAL,
                ServiceType.ENERGY_DAYS,
            }
            assert s.scalar(select(func.count()).select_from(M.ReportSubmission)) == 2
    finally:
        fresh.dispose()
        vocab.reset_cache()


def test_hostile_profile_sheet_gives_row_errors_naming_the_cell(
    sqlite_database, tmp_path: Path, capsys
) -> None:
    _office(sqlite_database)
    book = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(book)
    ws = wb["Coordinator profile"]
    rows = _profile_rows(ws)
    ws.cell(rows["Name"], 2).value = "A" * 201
    ws.cell(rows["Phone"], 2).value = "=1+2"  # saved by a script: no calculated value
    ws.cell(rows["Website"], 1).value = "Favourite colour"
    ws.cell(rows["Region"], 1).value = "Email"  # a label given twice
    ws.cell(rows["Local name"], 1).value = None  # a value without a label
    wb.save(book)
    empty = tmp_path / "empty.sqlite3"
    assert cli.main(["--database", str(empty), "db", "upgrade"]) == 0
    capsys.readouterr()
    code = cli.main(["--database", str(empty), "import", str(book), "--dry-run"])
    out, err = capsys.readouterr()
    assert code == 1 and "Traceback" not in out + err
    profile = "Sheet Coordinator profile (coordinator-profile): 0 new, 0 to update, 0 unchanged,"
    assert f"{profile} 1 with errors." in out
    assert f"B{rows['Name']} (Name): longer than 200 characters." in out
    assert f"B{rows['Phone']} (Phone): the formula =1+2 has no calculated value" in out
    assert (
        f"'Favourite colour' (row {rows['Website']}) is not a field of the coordinator profile"
        in out
    )
    # Region's row, relabelled, comes first: the real Email row is the repeat
    assert rows["Region"] < rows["Email"]
    twice = (
        f"'Email' is given twice; the coordinator profile already has it in row {rows['Region']}."
    )
    assert f"B{rows['Email']} (Email): {twice}" in out
    assert f"row {rows['Local name']} has a value but no label" in out
    # the services belong to the refused profile: they are refused too, and say why
    assert (
        "Sheet Coordinator profile (services): 0 new, 0 to update, 0 unchanged, 2 with errors."
        in out
    )
    assert "a service belongs to the coordinator profile above it" in out
    # nothing was written, and the annotated copy marks the cells themselves
    assert _count(open_database(f"sqlite:///{empty}"), M.Coordinator) == 0
    plan = build_plan(open_database(f"sqlite:///{empty}"), book, today=TODAY)
    from desktop_app.services.excel.annotate import save_annotated

    marked = tmp_path / "marked.xlsx"
    save_annotated(plan, marked)
    back = load_workbook(marked)["Coordinator profile"]
    assert "longer than 200" in back.cell(rows["Name"], 2).comment.text
    assert "no calculated value" in back.cell(rows["Phone"], 2).comment.text


def test_reports_sent_rules_and_a_packs_entry_cannot_be_rewritten(
    sqlite_database, tmp_path: Path
) -> None:
    _office(sqlite_database)
    book = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(book)
    ws = wb["Reports sent"]
    headers = [c.value for c in ws[2]]
    col = {h: headers.index(h) + 1 for h in headers}
    by_kind = {ws.cell(r, col["Sent as"]).value: r for r in range(3, ws.max_row + 1)}
    pack, survey = by_kind["Submission pack"], by_kind["Sent outside the app"]
    ws.cell(pack, col["Period from"]).value = date(2023, 7, 1)  # rewrites a signed pack's log
    ws.cell(pack, col["Notes"]).value = "Acknowledged by the Commission."
    ws.cell(survey, col["Date sent"]).value = date(2025, 2, 1)  # after today
    new = ws.max_row + 1
    for header, value in {
        "Sent as": "Отправлен вне приложения",
        "Date sent": "05.03.2022",
        "Period from": "2021-01-01",
        "Period to": "2020-12-31",
    }.items():
        ws.cell(new, col[header]).value = value
    wb.save(book)
    plan = build_plan(sqlite_database, book, today=TODAY)
    sheet = next(s for s in plan.sheets if s.kind == "reports-sent")
    rows = {r.row: r for r in sheet.rows}
    assert rows[pack].status == ERROR
    assert [i.field for i in rows[pack].errors] == ["period_from"]
    assert "submission pack" in rows[pack].errors[0].text()
    assert rows[survey].status == ERROR
    assert "after today (2025-01-15)" in rows[survey].errors[0].text()
    assert rows[new].status == ERROR
    assert "ends (2020-12-31) before it starts (2021-01-01)" in rows[new].errors[0].text()
    # a note is all an import may change on a pack's entry
    ws.cell(pack, col["Period from"]).value = date(2024, 1, 1)
    ws.cell(survey, col["Date sent"]).value = date(2024, 3, 12)
    ws.cell(new, col["Period to"]).value = "31.12.2021"
    wb.save(book)
    plan = build_plan(sqlite_database, book, today=TODAY)
    sheet = next(s for s in plan.sheets if s.kind == "reports-sent")
    assert sheet.counts() == {UPDATE: 1, UNCHANGED: 1, NEW: 1}, plan_report(plan)
    commit(sqlite_database, plan)
    with sqlite_database.session() as s:
        entry = s.scalar(
            select(M.ReportSubmission).where(M.ReportSubmission.kind == "submission_pack")
        )
        assert entry.notes == "Acknowledged by the Commission."
        assert entry.file_hashes == PACK_HASHES and entry.manifest["signature"] == "x" * 64
        added = s.scalar(
            select(M.ReportSubmission).where(M.ReportSubmission.sent_on == date(2022, 3, 5))
        )
        assert added.kind == "commission_survey"
        assert (added.period_from, added.period_to) == (date(2021, 1, 1), date(2021, 12, 31))


def test_another_offices_profile_is_another_coordinator(sqlite_database, tmp_path: Path):
    """A workbook of another office never overwrites this office's profile."""
    _office(sqlite_database)
    book = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(book)
    ws = wb["Coordinator profile"]
    ws.cell(_profile_rows(ws)["Name"], 2).value = "Lebap Regional Administration"
    wb.save(book)
    plan = build_plan(sqlite_database, book, today=TODAY)
    assert {s.kind: s.counts() for s in plan.sheets}["coordinator-profile"] == {NEW: 1}
    commit(sqlite_database, plan)
    with sqlite_database.session() as s:
        own = s.scalars(
            select(M.Coordinator.name).where(M.Coordinator.is_own_office.is_(True))
        ).all()
        assert own == ["Ahal Regional Administration"]
        other = s.scalar(
            select(M.Coordinator).where(M.Coordinator.name == "Lebap Regional Administration")
        )
        assert not other.is_own_office
        # its services came along with it; the office's own are untouched
        assert {o.coordinator_id for o in s.scalars(select(M.ServiceOffer))} == {
            other.id,
            s.scalar(select(M.Coordinator.id).where(M.Coordinator.is_own_office.is_(True))),
        }


def test_profile_sheet_asked_for_by_name(sqlite_database, tmp_path: Path, capsys) -> None:
    _office(sqlite_database)
    book = tmp_path / "office.xlsx"
    export_workbook(sqlite_database, book, Period(*PERIOD), all_records=True, today=TODAY)
    plan = build_plan(sqlite_database, book, sheet="Coordinator profile", today=TODAY)
    assert [(s.kind, s.counts()) for s in plan.sheets] == [
        ("coordinator-profile", {UNCHANGED: 1}),
        ("services", {UNCHANGED: 2}),
    ]
    # a workbook without that sheet says so, as for any sheet name
    wb = load_workbook(book)
    del wb["Coordinator profile"]
    wb.save(book)
    path = tmp_path / "office.sqlite3"
    assert cli.main(["--database", str(path), "db", "upgrade"]) == 0
    capsys.readouterr()
    code = cli.main(
        ["--database", str(path), "import", str(book), "--sheet", "Coordinator profile"]
    )
    err = capsys.readouterr().err
    assert code == 1 and "has no sheet named Coordinator profile" in err


def test_a_profile_sheet_written_by_the_previous_version_imports(
    sqlite_database, tmp_path: Path
) -> None:
    """Before this change the sheet had 13 rows and services without a header row."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Профиль координатора"
    for row in (
        ("Профиль координатора",),
        ("Название", "Lebap Regional Administration"),
        ("Тип координатора", "Территориальный координатор"),
        ("Страна", "Туркменистан"),
        ("Статус", "Активен"),
        ("Email", "covenant@lebap.example"),
        ("Commitment signed", date(2018, 5, 2)),
        ("Active since", "01.06.2018"),
        (),
        ("Услуги, предлагаемые подписантам",),
        ("Promotion", "Municipal energy fairs"),
        ("Техническая помощь", None),
    ):
        ws.append(row)
    book = tmp_path / "old.xlsx"
    wb.save(book)
    plan = build_plan(sqlite_database, book, today=TODAY)
    assert not plan.has_errors, plan_report(plan)
    assert [(s.kind, s.counts()) for s in plan.sheets] == [
        ("coordinator-profile", {NEW: 1}),
        ("services", {NEW: 2}),
    ]
    commit(sqlite_database, plan)
    with sqlite_database.session() as s:
        office = s.scalar(select(M.Coordinator))
        assert (office.name, office.country, office.is_own_office) == (
            "Lebap Regional Administration",
            "TM",
            True,
        )
        assert office.kind.value == "territorial" and office.status is CoordinatorStatus.ACTIVE
        assert (office.commitment_signed_date, office.active_date) == (
            date(2018, 5, 2),
            date(2018, 6, 1),
        )
        offers = {o.service: o.description for o in s.scalars(select(M.ServiceOffer))}
        assert offers == {
            ServiceType.PROMOTION: "Municipal energy fairs",
            ServiceType.TECHNICAL: "",
        }


def test_an_offices_own_sheet_links_new_signatories_to_the_own_office(
    database, tmp_path: Path
) -> None:
    """No profile in the file: the new signatories are the database's own office's."""
    from openpyxl import Workbook

    _office(database)
    wb = Workbook()
    ws = wb.active
    ws.append(["Муниципалитет", "Страна", "Дата присоединения", "Статус", "Дата статуса"])
    ws.append(["Baýramaly", "TM", "12.04.2018", "Active", None])  # before the office started
    ws.append(["Tejen", "TM", "2021-09-01", "Withdrawn", "2023-02-28"])
    ws.append(["Ashgabat", "TM", "15.03.2023", "Active", None])  # exists: an update at most
    book = tmp_path / "towns.xlsx"
    wb.save(book)
    plan = build_plan(database, book, today=TODAY)
    assert plan.sheets[0].counts()[NEW] == 2, plan_report(plan)
    commit(database, plan)
    with database.session() as s:
        own = s.scalar(select(M.Coordinator.id).where(M.Coordinator.is_own_office.is_(True)))
        links = {
            name: (cid, since, until)
            for name, cid, since, until in s.execute(
                select(
                    M.Signatory.name,
                    M.SignatoryCoordinator.coordinator_id,
                    M.SignatoryCoordinator.since,
                    M.SignatoryCoordinator.until,
                ).join(M.Signatory, M.Signatory.id == M.SignatoryCoordinator.signatory_id)
            )
        }
    assert links == {
        "Baýramaly": (own, date(2019, 7, 1), None),  # from the office's "Active since"
        "Tejen": (own, date(2021, 9, 1), date(2023, 2, 28)),  # until its withdrawal
    }
