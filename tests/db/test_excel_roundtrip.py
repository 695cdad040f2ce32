"""Export and import against real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from desktop_app.domain import models as M
from desktop_app.services.database import open_database
from desktop_app.services.excel import sheets as S
from desktop_app.services.excel.commit import ImportRejected, StaleRecord, commit
from desktop_app.services.excel.export import ExportCancelled, export_workbook
from desktop_app.services.excel.plan import ERROR, NEW, UNCHANGED, UPDATE, build_plan
from desktop_app.services.period import Period
from tests.conftest import fresh_pg_schema_url
from tests.db.test_excel_support import PERIOD, fill

TODAY = date(2025, 1, 15)


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


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = load_workbook(path)
    out = {}
    for ws in wb.worksheets:
        out[ws.title] = list(ws.iter_rows(values_only=True))
    return out


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))


def test_round_trip_export_import_export(database, empty_database, tmp_path: Path) -> None:
    fill(database)
    period = Period(*PERIOD)
    first = tmp_path / "first.xlsx"
    export_workbook(database, first, period, all_records=True, today=TODAY)
    plan = build_plan(empty_database, first, today=TODAY)
    assert not plan.has_errors, [
        (s.kind, r.row, [i.text() for i in r.errors]) for s in plan.sheets for r in s.rows
    ]
    # every record sheet, the office's profile (no services) and its Reports sent (none)
    assert {s.kind for s in plan.sheets} == {*S.IMPORT_SPECS, S.PROFILE, S.SENT}
    result = commit(empty_database, plan)
    assert result.created == 1 + 3 + 1 + 1 + 1 + 1 + 1 + 5 + 2
    assert result.backup is None  # the database was empty: nothing to back up
    second = tmp_path / "second.xlsx"
    export_workbook(empty_database, second, period, all_records=True, today=TODAY)
    a, b = _values(first), _values(second)
    assert a.keys() == b.keys()
    for title in a:
        assert a[title] == b[title], title
    # The links survived too.
    assert _count(empty_database, M.SupportActivitySignatory) == 2
    assert _count(empty_database, M.EnergyDayOrganiser) == 1
    # Importing the same file again changes nothing.
    again = build_plan(empty_database, first, today=TODAY)
    assert again.counts() == {UNCHANGED: 16}


def test_formula_injection_stays_text_numbers_stay_numbers(database, tmp_path: Path) -> None:
    fill(database)
    out = tmp_path / "out.xlsx"
    export_workbook(database, out, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(out)  # formulas come back as "=..." strings with data_type "f"
    seen = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows(min_row=3):
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    seen[cell.value] = cell.data_type
    assert seen['=HYPERLINK("http://evil.example","click")'] == "s"
    assert seen["+1 555 0100"] == "s"
    assert seen["-inventory training"] == "s"
    assert seen["@UNDP"] == "s"
    assert set(seen.values()) == {"s"}
    fin = wb["Finance"]
    headers = [c.value for c in fin[2]]
    amount = headers.index("Amount")
    for row in fin.iter_rows(min_row=3, values_only=False):
        assert row[amount].data_type == "n"
        assert row[amount].number_format == "#,##0.00"
    sig = wb["Signatories"]
    h = [c.value for c in sig[2]]
    assert sig.cell(row=3, column=h.index("Adhesion date") + 1).is_date
    assert sig.cell(row=3, column=h.index("Population") + 1).data_type == "n"
    # The totals row holds live formulas, never values.
    assert fin.cell(row=1, column=headers.index("Amount (EUR)") + 1).value.startswith(
        "=SUBTOTAL(109,"
    )
    # The guarded strings come back through the importer unchanged.
    plan = build_plan(database, out, today=TODAY)
    assert plan.counts().get(ERROR, 0) == 0
    assert plan.counts().get(UPDATE, 0) == 0


def test_sheets_properties_and_dropdowns(database, tmp_path: Path) -> None:
    fill(database)
    out = tmp_path / "out.xlsx"
    export_workbook(database, out, Period(*PERIOD), today=TODAY)
    wb = load_workbook(out)
    assert wb.sheetnames[:2] == ["Summary", "Coordinator profile"]
    assert "Deadlines" in wb.sheetnames and "Finance" in wb.sheetnames
    assert wb["_lists"].sheet_state == "hidden"
    assert wb.properties.title == "Coordinator Desk export"
    assert "2024-01-01" in wb.properties.subject
    custom = {p.name: p.value for p in wb.custom_doc_props.props}
    assert custom["Office"] == "Ahal Regional Administration"
    assert custom["Application"].startswith("Coordinator Desk ")
    fin = wb["Finance"]
    assert fin.freeze_panes == "A3"
    assert fin.auto_filter.ref.startswith("A2:")
    formulas = {dv.formula1 for dv in fin.data_validations.dataValidation}
    assert any("_lists" in f for f in formulas)
    # Period export: the 2023 finance record is left out, the USD one has no EUR value.
    assert fin.max_row == 2 + 4


def test_every_sheet_declares_its_true_size(database, tmp_path: Path) -> None:
    """Each sheet's <dimension> is what it holds: a reader that trusts it (openpyxl's
    read-only mode, pandas) sees every row, and it spares a reader a whole parse."""
    fill(database)
    out = tmp_path / "out.xlsx"
    export_workbook(database, out, Period(*PERIOD), today=TODAY, all_records=True)
    full = load_workbook(out)  # not read-only: walks the cells themselves
    quick = load_workbook(out, read_only=True)
    for name in full.sheetnames:
        cells = [c for row in full[name].iter_rows() for c in row if c.value is not None]
        rows = max((c.row for c in cells), default=1)
        columns = max((c.column for c in cells), default=1)
        declared = quick[name]
        if name in ("Summary", "Coordinator profile"):  # short, written a line at a time
            continue
        assert declared.max_row is not None, name
        assert declared.max_row >= rows and declared.max_column >= columns, name
        assert declared.max_row <= max(rows, 2) and declared.max_column == columns, name
        assert len(list(declared.iter_rows(values_only=True))) == declared.max_row, name
    quick.close()


def _finance_sheet(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Finance received by our municipalities"])
    ws.append([])
    ws.append(["Signatory", "Country", "Instrument", "Source", "Amount", "Currency", "Date"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_all_or_nothing_on_error_in_last_row(database, tmp_path: Path) -> None:
    fill(database)
    before = _count(database, M.FinancialSupport)
    rows = [
        ["Ashgabat", "TM", "Grant", "Donor", f"{i} 000,00", "TMT", "01.02.2024"] for i in (1, 2)
    ]
    rows.append(["Mary", "Туркменистан", "Subsidy", "Own budget", "500", "TMT", "31.02.2024"])
    path = _finance_sheet(tmp_path / "office.xlsx", rows)
    plan = build_plan(database, path, kind="finance", today=TODAY)
    assert [r.status for r in plan.sheets[0].rows] == [NEW, NEW, ERROR]
    bad = plan.sheets[0].rows[-1]
    assert bad.row == 6 and bad.errors[0].column == 6
    assert "31.02.2024" in bad.errors[0].text()
    with pytest.raises(ImportRejected):
        commit(database, plan)
    assert _count(database, M.FinancialSupport) == before
    result = commit(database, plan, skip_invalid=True)
    assert (result.created, result.skipped) == (2, 1)
    assert _count(database, M.FinancialSupport) == before + 2


def _two_rows(database, tmp_path: Path):
    ids = fill(database)
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Name", "Country", "Population"])
    ws.append([None, "Turkmenabat", "TM", 250_000])
    ws.append([str(ids["mary"]), "Mary", "TM", 130_000])
    wb.save(tmp_path / "sigs.xlsx")
    plan = build_plan(database, tmp_path / "sigs.xlsx", today=TODAY)
    assert [r.status for r in plan.sheets[0].rows] == [NEW, UPDATE]
    assert plan.sheets[0].rows[1].changes == {"population": 130_000}
    return ids, plan


def test_failure_while_writing_rolls_everything_back(database, tmp_path: Path) -> None:
    """The rows reach the database (flushed), then the write fails: nothing stays."""
    ids, plan = _two_rows(database, tmp_path)
    flushed: list[int] = []

    def disk_full(session, _context) -> None:
        flushed.append(len(session.identity_map))
        raise OSError(28, "No space left on device")

    event.listen(Session, "after_flush", disk_full)
    try:
        with pytest.raises(OSError, match="No space left"):
            commit(database, plan, backup=False)
    finally:
        event.remove(Session, "after_flush", disk_full)
    assert flushed  # the failure came after the rows were sent, not before
    with database.session() as s:
        assert s.scalar(select(M.Signatory).where(M.Signatory.name == "Turkmenabat")) is None
        assert s.get(M.Signatory, ids["mary"]).population == 126_000


def test_an_edit_after_the_preview_is_kept_and_the_rows_classified_again(
    database, tmp_path: Path
) -> None:
    """Someone edits Mary between preview and commit: the import is planned again under the
    writers' lock, so it neither overwrites the edit nor refuses the file."""
    ids, plan = _two_rows(database, tmp_path)
    with database.transaction("test") as s:
        s.get(M.Signatory, ids["mary"]).phone = "+993 522"
    result = commit(database, plan, backup=False)
    assert (result.created, result.updated) == (1, 1)
    with database.session() as s:
        mary = s.get(M.Signatory, ids["mary"])
        assert (mary.population, mary.phone) == (130_000, "+993 522")
        count = (
            select(func.count()).select_from(M.Signatory).where(M.Signatory.name == "Turkmenabat")
        )
        assert s.scalar(count) == 1
    again = build_plan(database, tmp_path / "sigs.xlsx", today=TODAY)
    assert [r.status for r in again.sheets[0].rows] == [UNCHANGED, UNCHANGED]


def test_a_plan_that_was_not_prepared_refuses_a_changed_record(database, tmp_path: Path) -> None:
    """Without the prepared sheets to plan again from, a changed record stops the commit."""
    ids, plan = _two_rows(database, tmp_path)
    plan.prepared = []
    with database.transaction("test") as s:
        s.get(M.Signatory, ids["mary"]).phone = "+993 522"
    with pytest.raises(StaleRecord):
        commit(database, plan, backup=False)
    with database.session() as s:
        assert s.scalar(select(M.Signatory).where(M.Signatory.name == "Turkmenabat")) is None
        assert s.get(M.Signatory, ids["mary"]).population == 126_000


def test_update_by_name_and_country_and_backup_first(sqlite_database, tmp_path: Path) -> None:
    fill(sqlite_database)
    wb = Workbook()
    ws = wb.active
    ws.append(["Название", "Страна", "Население", "Дата присоединения"])
    ws.append(["ashgabat", "Туркменистан", "1 100 000", "15.03.2023"])
    ws.append(["Tbilisi", "GE", 1_200_000, date(2021, 1, 20)])
    wb.save(tmp_path / "ru.xlsx")
    plan = build_plan(sqlite_database, tmp_path / "ru.xlsx", today=TODAY)
    assert [r.status for r in plan.sheets[0].rows] == [UPDATE, UNCHANGED]
    result = commit(sqlite_database, plan)
    assert result.updated == 1
    assert result.backup is not None and result.backup.exists()
    assert "before-import" in result.backup.name
    with sqlite_database.session() as s:
        ash = s.scalar(select(M.Signatory).where(M.Signatory.name == "Ashgabat"))
        assert ash.population == 1_100_000
        trail = s.scalars(
            select(M.AuditEntry).where(
                M.AuditEntry.record_id == ash.id, M.AuditEntry.origin == "import"
            )
        ).all()
        assert [(t.field, t.new_value) for t in trail] == [("population", "1100000")]


def test_unknown_signatory_and_duplicates_are_row_errors(database, tmp_path: Path) -> None:
    fill(database)
    rows = [
        ["Atlantis", "TM", "Grant", "Donor", "10", "EUR", "2024-01-01"],
        ["Ashgabat", "TM", "Grant", "Donor", "10", "EUR", "2024-01-01"],
        ["Ashgabat", "TM", "Grant", "Donor", "10", "EUR", "2024-01-01"],
        ["Ashgabat", "TM", "Loan shark", "Donor", "-10", "EUR", "2024-01-01"],
    ]
    plan = build_plan(database, _finance_sheet(tmp_path / "f.xlsx", rows), today=TODAY)
    rows_ = plan.sheets[0].rows
    assert [r.status for r in rows_] == [ERROR, NEW, ERROR, ERROR]
    assert rows_[0].errors[0].code == "unknown_signatory"
    assert rows_[2].errors[0].code == "duplicate_row"
    codes = {i.code for i in rows_[3].errors}
    assert "bad_choice" in codes


def test_export_cancel_leaves_no_file(database, tmp_path: Path) -> None:
    fill(database)
    out = tmp_path / "cancelled.xlsx"
    with pytest.raises(ExportCancelled):
        export_workbook(database, out, Period(*PERIOD), today=TODAY, cancelled=lambda: True)
    assert list(tmp_path.glob("*.xlsx*")) == list(tmp_path.glob(".*")) == []


def test_export_progress_reports_rows(database, tmp_path: Path) -> None:
    fill(database)
    seen: list[tuple[int, int]] = []
    export_workbook(
        database,
        tmp_path / "p.xlsx",
        Period(*PERIOD),
        all_records=True,
        today=TODAY,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (15, 15)


def test_new_record_keeps_the_id_from_the_sheet(database, tmp_path: Path) -> None:
    rid = uuid.uuid4()
    wb = Workbook()
    ws = wb.active
    ws.append(["ID", "Currency", "Rate date", "Units per EUR"])
    ws.append([str(rid), "tmt", "01.01.2024", "3,80"])
    wb.save(tmp_path / "rates.xlsx")
    plan = build_plan(database, tmp_path / "rates.xlsx", today=TODAY)
    commit(database, plan)
    with database.session() as s:
        rate = s.get(M.ExchangeRate, rid)
        assert (rate.currency, rate.units_per_eur) == ("TMT", Decimal("3.80000000"))


def test_summary_shows_the_figures_computed_by_hand(database, tmp_path: Path) -> None:
    fill(database)
    out = tmp_path / "out.xlsx"
    period = Period(*PERIOD)
    export_workbook(database, out, period, today=TODAY)
    with database.engine.connect() as c:
        signatories = c.execute(
            text(
                "SELECT count(*) FROM signatory WHERE deleted_at IS NULL "
                "AND status <> 'withdrawn' AND (adhesion_date IS NULL OR adhesion_date <= :end)"
            ),
            {"end": period.end},
        ).scalar()
    rows = {r[0]: r[1] for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r}
    # By hand: 100,000 TMT / 3.8 + 12,345.67 EUR + 50,000.01 GEL / 2.95, each to the cent
    # (the 2023 decision is outside the period; the USD one has no rate: counted, not in EUR).
    provided = Decimal("26315.79") + Decimal("12345.67") + Decimal("16949.16")
    assert Decimal(str(rows["Financial support provided (EUR)"])) == provided
    assert rows["Support provided (approved or disbursed): decisions"] == 4
    assert rows["Energy Day participants"] == 120
    assert rows["Signatories supported"] == signatories > 0


def test_links_are_replaced_on_update(database, tmp_path: Path) -> None:
    fill(database)
    out = tmp_path / "out.xlsx"
    export_workbook(database, out, Period(*PERIOD), all_records=True, today=TODAY)
    wb = load_workbook(out)
    ws = wb["Assistance"]
    headers = [c.value for c in ws[2]]
    cell = ws.cell(row=3, column=headers.index("Signatories reached") + 1)
    assert cell.value == "Ashgabat (TM); Mary (TM)"
    cell.value = "Mary (TM); Tbilisi (GE)"
    wb.save(out)
    plan = build_plan(database, out, sheet="Assistance", today=TODAY)
    assert [r.status for r in plan.sheets[0].rows] == [UPDATE]
    commit(database, plan, backup=False)
    with database.session() as s:
        live = s.scalars(
            select(M.Signatory.name)
            .join(
                M.SupportActivitySignatory,
                M.SupportActivitySignatory.signatory_id == M.Signatory.id,
            )
            .where(M.SupportActivitySignatory.deleted_at.is_(None))
            .order_by(M.Signatory.name)
        ).all()
        trashed = s.scalar(
            select(func.count())
            .select_from(M.SupportActivitySignatory)
            .where(M.SupportActivitySignatory.deleted_at.is_not(None))
        )
    assert live == ["Mary", "Tbilisi"] and trashed == 1
