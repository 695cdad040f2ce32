"""The Covenant's open data imported as it is published; value maps, filters, profiles.

Issue 11, items 2-3: the signatories workbook of the GCoM-MyCovenant release is recognised
without flags, its conventions understood, one territory taken with --where, records
matched by Covenant ID, and any sheet's own vocabulary mapped with --value or a saved
profile. Every figure below is counted from the fixture's own rows, not from the app.
"""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app import cli
from desktop_app.domain import models as M
from desktop_app.services.database import open_database
from tests.db import gcom_fixture as G


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite3"
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _rows(db_path: str) -> list[M.Signatory]:
    db = open_database(db_path)
    try:
        with db.session() as s:
            rows = list(s.scalars(select(M.Signatory).where(M.Signatory.deleted_at.is_(None))))
            s.expunge_all()
            return rows
    finally:
        db.dispose()


def _fixture_rows(n: int, seed: int = 1) -> list[list]:
    rng = random.Random(seed)
    return [G.row(i, G.COUNTRIES[i % len(G.COUNTRIES)], rng) for i in range(n)]


def test_open_data_for_one_territory_in_one_command(office, tmp_path: Path, capsys) -> None:
    book = G.write(tmp_path / "df1.xlsx", n=120)
    code, text, err = run(
        capsys, "--database", office, "import", str(book), "--where", "country=UA"
    )
    assert code == 0, text + err
    assert "Recognised as the Covenant's open data" in text
    expected = [r for r in _fixture_rows(120) if r[4] == "ua"]
    assert f"{120 - len(expected)} rows left out by --where" in text
    rows = {r.covenant_id: r for r in _rows(office)}
    assert set(rows) == {r[0] for r in expected}
    for source in expected:
        got = rows[source[0]]
        assert got.name == source[1].strip()
        assert got.country == "UA"
        assert got.population == (None if source[6] == "-" else source[6])
        assert got.latitude == Decimal(str(source[7])).quantize(Decimal("0.000001"))
        assert got.longitude == Decimal(str(source[8])).quantize(Decimal("0.000001"))
        assert got.status == ("on_hold" if source[16] == "on_hold" else "active")
        assert got.adhesion_date == (None if source[18] == "-" else source[18])
        flags = source[11:15]
        framework = "2050" if flags[2] else "2030" if flags[1] else "2020" if flags[0] else None
        if framework is not None:
            assert got.framework == framework
        assert ("adaptation" in got.pillars) == bool(flags[1] or flags[2] or flags[3])
        assert got.joint_plan == (source[15] != "individual")
        assert got.joint_plan_name == ("" if source[10] == "-" else source[10])


def test_filter_by_a_source_column_and_by_country_name(office, tmp_path: Path, capsys) -> None:
    book = G.write(tmp_path / "df1.xlsx", n=60)
    code, text, err = run(
        capsys, "--database", office, "import", str(book), "--where", f"coordinator_name={G.LVIV}"
    )
    assert code == 0, text + err
    expected = {r[0] for r in _fixture_rows(60) if r[2] == G.LVIV}
    assert expected and {r.covenant_id for r in _rows(office)} == expected
    other = str(tmp_path / "other.sqlite3")
    open_database(f"sqlite:///{other}").dispose()
    # a country matches its code or its name, in any of the three languages
    code, text, err = run(
        capsys, "--database", other, "import", str(book), "--where", "country=Нидерланды"
    )
    assert code == 0, text + err
    assert {r.country for r in _rows(other)} == {"NL"}


def test_next_release_updates_by_covenant_id(office, tmp_path: Path, capsys) -> None:
    first = G.write(tmp_path / "df1.xlsx", n=30)
    assert run(capsys, "--database", office, "import", str(first))[0] == 0
    before = {r.covenant_id: r.id for r in _rows(office)}
    assert len(before) == 30
    # the same release again changes nothing
    code, text, _ = run(capsys, "--database", office, "import", str(first))
    assert code == 0 and "Imported: 0 new, 0 updated, 30 unchanged" in text
    # the next release renames a town: same Covenant ID, so the same record is updated
    second = G.write(tmp_path / "df1-next.xlsx", n=30, rename={4: "Renamed Town"})
    code, text, _ = run(capsys, "--database", office, "import", str(second), "--dry-run")
    assert code == 0 and "0 new, 1 to update, 29 unchanged" in text
    # the preview names the one field that changes, with the old and new value; unchanged
    # rows are counted, not listed
    old_name = _fixture_rows(30)[4][1].strip()
    assert f"Row 6: B (organisation_name): {old_name} → Renamed Town" in text
    assert sum("→" in line for line in text.splitlines()) == 1
    assert run(capsys, "--database", office, "import", str(second))[0] == 0
    after = {r.covenant_id: (r.id, r.name) for r in _rows(office)}
    assert {k: v[0] for k, v in after.items()} == before
    assert after[_fixture_rows(30)[4][0]][1] == "Renamed Town"


def _office_sheet(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["Город", "Страна", "Статус", "Жители"])
    ws.append(["Мары", "Туркменистан", "работает", "126 000"])
    ws.append(["Балканабат", "tm", "приостановлен", "-"])
    ws.append(["Тбилиси", "Грузия", "работает", "1 200 000"])
    wb.save(path)
    return path


def test_value_maps_and_a_saved_profile(office, tmp_path: Path, capsys) -> None:
    sheet = _office_sheet(tmp_path / "towns.xlsx")
    args = [
        "--database", office, "import", str(sheet), "--kind", "signatories",
        "--map", "Город=name", "--map", "Жители=population",
        "--value", "status:работает=active", "--value", "status:приостановлен=on_hold",
        "--value", "population:-=", "--where", "country=TM",
    ]  # fmt: skip
    code, text, err = run(capsys, *args, "--dry-run", "--save-profile", "towns")
    assert code == 0, text + err
    assert "2 new" in text and "1 row left out by --where" in text
    assert "Saved the import profile towns" in text
    # the next time a sheet with these headers comes, no flag is needed
    code, text, err = run(capsys, "--database", office, "import", str(sheet))
    assert code == 0, text + err
    assert "Read with the import profile towns" in text
    rows = {r.name: r for r in _rows(office)}
    assert set(rows) == {"Мары", "Балканабат"}
    assert rows["Мары"].status == "active" and rows["Мары"].population == 126_000
    assert rows["Балканабат"].status == "on_hold" and rows["Балканабат"].population is None


@pytest.mark.parametrize(
    ("option", "words"),
    [
        (["--value", "status-published"], "FIELD:SOURCE=TARGET"),
        (["--value", "colour:red=blue"], "colour is not a field"),
        (["--where", "country"], "COLUMN=VALUE"),
        (["--where", "planet=Mars"], "no field or column planet"),
        (["--profile", "nothing-saved"], "no import profile called nothing-saved"),
        (["--profile", "../../etc/passwd"], "cannot be a profile name"),
    ],
)
def test_bad_options_are_usage_errors(office, tmp_path: Path, capsys, option, words) -> None:
    book = G.write(tmp_path / "df1.xlsx", n=5)
    code, text, err = run(capsys, "--database", office, "import", str(book), *option)
    assert code == 1, text + err
    assert words in err and "Traceback" not in err
    assert _rows(office) == []


def test_a_tampered_profile_is_refused(office, tmp_path: Path, capsys) -> None:
    from desktop_app.services.excel import profiles

    sheet = _office_sheet(tmp_path / "towns.xlsx")
    args = ["--database", office, "import", str(sheet), "--kind", "signatories"]
    code, text, err = run(capsys, *args, "--map", "Город=name", "--dry-run", "--save-profile", "t")
    assert code == 1 and "Saved the import profile t" in text  # rows have errors; saved anyway
    path = profiles.folder() / "t.json"
    path.write_text('{"format": 1, "name": "t", "kind": 5, "headers": "x"', encoding="utf-8")
    code, _, err = run(capsys, *args, "--profile", "t")
    assert code == 1 and "damaged" in err
    assert _rows(office) == []
