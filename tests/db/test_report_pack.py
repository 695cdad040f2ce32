"""Submission packs: made, logged, verified, tampering caught, hostile zips refused."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app.domain.models import ReportSubmission, Signatory
from desktop_app.services.period import Period
from desktop_app.services.reports.changes import changes_since, last_submission
from desktop_app.services.reports.pack import PackError, prepare_submission, verify_pack
from desktop_app.services.reports.pdf_report import ReportRequest

from .report_seed import seed

YEAR = Period(date(2025, 1, 1), date(2025, 12, 31))


def test_pack_is_logged_and_verifies(database, tmp_path):
    seed(database)
    out = tmp_path / "packs"
    result = prepare_submission(database, out, ReportRequest(YEAR, "en", date(2026, 1, 15)))
    assert result.path.parent == out and result.path.suffix == ".zip"
    assert list(out.iterdir()) == [result.path]  # no temporary files left
    with zipfile.ZipFile(result.path) as zf:
        names = sorted(zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert names == ["manifest.json", "report.pdf", "workbook.xlsx"]
    assert manifest["period"] == {"from": "2025-01-01", "to": "2025-12-31"}
    assert manifest["office"] == "Daşoguz welaýat häkimligi"
    assert manifest["record_counts"]["signatory"] == 5
    assert set(manifest["files"]) == {"report.pdf", "workbook.xlsx"}
    assert verify_pack(result.path).ok
    with database.session("test") as s:
        logged = s.scalars(select(ReportSubmission)).one()
    assert logged.file_name == result.path.name
    assert logged.file_hashes["report.pdf"] == manifest["files"]["report.pdf"]["sha256"]


def test_workbook_in_the_pack_shows_the_report_figures(sqlite_database, tmp_path):
    seed(sqlite_database)
    result = prepare_submission(sqlite_database, tmp_path, ReportRequest(YEAR))
    with zipfile.ZipFile(result.path) as zf:
        zf.extract("workbook.xlsx", tmp_path / "x")
    wb = load_workbook(tmp_path / "x" / "workbook.xlsx", read_only=True)
    summary = {
        row[0]: row[1]
        for row in wb.worksheets[0].iter_rows(values_only=True)
        if row and row[0] is not None and len(row) > 1
    }
    # By hand from the seed: 3 assistance activities in 2025, 150 + 80 Energy Day
    # participants, 100,000 EUR + 200,000 TMT at 4 TMT/EUR provided (as the PDF says).
    assert summary["Assistance activities"] == 3
    assert summary["Energy Day participants"] == 230
    assert Decimal(str(summary["Financial support provided (EUR)"])) == Decimal("150000")


def _tamper(src, dst, name, change):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == name:
                data = change(data)
            zout.writestr(info, data)


def test_verify_catches_one_changed_byte(sqlite_database, tmp_path):
    seed(sqlite_database)
    pack = prepare_submission(sqlite_database, tmp_path / "out", ReportRequest(YEAR)).path
    bad = tmp_path / "bad.zip"

    def flip(data: bytes) -> bytes:
        i = len(data) // 2
        return data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :]

    _tamper(pack, bad, "report.pdf", flip)
    result = verify_pack(bad)
    assert not result.ok
    assert result.problems == [("changed_file", {"name": "report.pdf"})]


def test_verify_refuses_hostile_or_foreign_zips(tmp_path):
    traversal = tmp_path / "t.zip"
    with zipfile.ZipFile(traversal, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../../etc/passwd", "x")
    with pytest.raises(PackError) as info:
        verify_pack(traversal)
    assert info.value.code == "unsafe_entry"

    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("report.pdf", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(PackError) as info:
        verify_pack(bomb)
    assert info.value.code == "entry_too_large"

    foreign = tmp_path / "f.zip"
    with zipfile.ZipFile(foreign, "w") as zf:
        zf.writestr("manifest.json", json.dumps({"format": "other"}))
    with pytest.raises(PackError) as info:
        verify_pack(foreign)
    assert info.value.code == "bad_manifest"

    garbage = tmp_path / "g.zip"
    garbage.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(PackError) as info:
        verify_pack(garbage)
    assert info.value.code == "not_a_pack"


def test_extra_and_missing_files_are_reported(sqlite_database, tmp_path):
    seed(sqlite_database)
    pack = prepare_submission(sqlite_database, tmp_path / "o", ReportRequest(YEAR)).path
    changed = tmp_path / "c.zip"
    with zipfile.ZipFile(pack) as zin, zipfile.ZipFile(changed, "w") as zout:
        for info in zin.infolist():
            if info.filename != "workbook.xlsx":
                zout.writestr(info, zin.read(info))
        zout.writestr("extra.txt", "hello")
    problems = verify_pack(changed).problems
    assert ("missing_file", {"name": "workbook.xlsx"}) in problems
    assert ("unexpected_file", {"name": "extra.txt"}) in problems


def test_changes_since_the_last_submission(database, tmp_path):
    ids = seed(database)
    prepare_submission(database, tmp_path, ReportRequest(YEAR))
    with database.transaction("test") as s:
        s.get(Signatory, ids["Daşoguz"]).population = 99999
        s.get(Signatory, ids["Gubadag"]).deleted_at = datetime.now(UTC)
        s.add(Signatory(name="Boldumsaz", country="TM"))
    last = last_submission(database)
    assert last is not None
    found = {(c.table, c.kind, c.label): c for c in changes_since(database, last.snapshot_at)}
    assert ("signatory", "added", "Boldumsaz") in found
    assert ("signatory", "deleted", "Gubadag") in found
    changed = found[("signatory", "changed", "Daşoguz")]
    assert changed.fields == ("population",)
    assert not any(c[1] == "changed" and c[2] == "Gubadag" for c in found)
