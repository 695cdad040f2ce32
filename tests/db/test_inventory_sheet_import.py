"""`coordinator-desk import-inventory`: one municipality's inventory from the template's
final energy consumption table (issue 15, item 6).

A clerk has the town's template workbook (inventory_sheet_fixture: two-row header,
section labels, transport in three rows, plant oil beside biofuel, subtotals, TOTAL, the
CO2 table below) and runs the command. The grid found in the database by plain SQL is the
sheet's figures added up by hand (the template's three transport rows into Transport, its
plant oil and biofuel columns into Biofuels; subtotals, the total column and the CO2 table
left out), in English, Russian (decimal commas, dashes, totals as formulas) and Turkmen;
the emissions the report shows for it are the hand computation with the shipped factors.
Problems are named by cell, row or column and nothing is written; a hostile file exits 2.
"""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from desktop_app.cli import main
from desktop_app.services import records

from .inventory_sheet_fixture import FIGURES, expected_cells, write

ROOT = Path(__file__).resolve().parents[2]


def _town(db, name: str = "Zugdidi", country: str = "GE") -> None:  # noqa: ANN001
    records.save(db, "signatory", {"name": name, "country": country, "covenant_id": "1537"})


def _grid(db) -> dict[tuple[str, int, str], dict[str, Decimal]]:  # noqa: ANN001
    """(inventory type, year, population) -> its live cells, by plain SQL."""
    with db.engine.connect() as c:
        invs = c.execute(text(
            "SELECT id, inventory_type, inventory_year, population, entered_total_mwh "
            "FROM emission_inventory WHERE deleted_at IS NULL")).all()  # fmt: skip
        cells = c.execute(text(
            "SELECT inventory_id, sector, carrier, mwh FROM emission_inventory_cell "
            "WHERE deleted_at IS NULL")).all()  # fmt: skip
    return {
        (kind, year, str(pop)): {f"{s}/{k}": Decimal(str(m)) for i, s, k, m in cells if i == inv_id}
        for inv_id, kind, year, pop, _total in invs
    }


def _rows(ws) -> dict[str, int]:  # noqa: ANN001
    """Label -> its row in table A (the first time the sheet has it)."""
    out: dict[str, int] = {}
    for cell in ws["A"]:
        if isinstance(cell.value, str):
            out.setdefault(cell.value, cell.row)
    return out


def _cli(url: str, *args: str, lang: str = "en") -> list[str]:
    return ["--database", url, "--lang", lang, "import-inventory", *args]


def _hand_emissions(cells: dict[str, Decimal], country: str) -> Decimal:
    """IPCC fuel factors and the country's electricity factor from the shipped file; heat
    has no factor without local heat production (the form says so), so it counts 0."""
    table = json.loads((ROOT / "resources/emission_factors/factors.json").read_text("utf-8"))
    fuels = {k: Decimal(str(v["value"])) for k, v in table["fuels"]["ipcc"].items()}
    fuels["OTHER_FOSSIL_FUELS"] = fuels.pop("OTHER_FOSSIL")
    grid = Decimal(str(table["electricity"][country][-1]["value"]))
    total = Decimal(0)
    for key, mwh in cells.items():
        carrier = key.partition("/")[2]
        if carrier == "HEAT_COLD":
            continue
        total += mwh * (grid if carrier == "ELECTRICITY" else fuels[carrier])
    return total


def test_the_templates_sheet_becomes_the_signatorys_inventory(
    database, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(database)
    sheet = write(tmp_path / "zugdidi.xlsx")
    code = main(_cli(database_url, str(sheet), "--signatory", "Zugdidi", "--year", "2015",
                     "--population", "75000"))  # fmt: skip
    out = capsys.readouterr()
    assert code == 0, out.err
    want = expected_cells()
    # by hand: 950.5 + 4,200 + 28,400 MWh of diesel in the three transport rows; the
    # private transport's 150 MWh of plant oil and 640 MWh of biofuel are Biofuels
    assert want["TRANSPORT/DIESEL"] == Decimal("33550.5")
    assert want["TRANSPORT/BIOFUELS"] == Decimal("790")
    assert _grid(database) == {("baseline", 2015, "75000"): want}
    assert "BEI" in out.out and f"{len(want)} cells" in out.out
    assert "Saved as a new inventory: Zugdidi" in out.out
    # 2,380.25 and 61,230.75 MWh: the database keeps a tenth, and the clerk is told
    assert "Rounded to a tenth of a MWh, the precision inventories keep: 2 cell(s)." in out.out
    # subtotals and the total column were left out; the TOTAL row became the stated total
    assert "Subtotal transport" in out.out and "Q (Total)" in out.out
    with database.engine.connect() as c:
        stated = c.execute(text("SELECT entered_total_mwh FROM emission_inventory")).scalar()
    assert Decimal(str(stated)) == sum((Decimal(v) for v in FIGURES.values()), Decimal(0))
    # heat has no factor yet (no local heat production): the clerk is told
    assert "Warning" in out.err

    # What the Commission reads: the report's inventory row, emissions by hand.
    t = _hand_emissions(want, "GE")
    mwh = sum(want.values(), Decimal(0))
    assert f"Emissions: {t.quantize(Decimal('0.1')):,} t" in out.out
    pdf = tmp_path / "report.pdf"
    assert main(["--database", database_url, "report", "pdf", str(pdf), "--from", "2025-01-01",
                 "--to", "2025-12-31"]) == 0  # fmt: skip
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    row = f"Zugdidi Baseline emission inventory 2015 75,000 {mwh:,.0f} {t:,.0f}"
    assert row in words, words[words.rfind("Emission inventories") :][:400]


@pytest.mark.parametrize(("lang", "as_text", "formulas"), [("ru", True, True), ("tk", True, False)])
def test_russian_and_turkmen_sheets_with_decimal_commas(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str,
    as_text: bool, formulas: bool,
) -> None:  # fmt: skip
    _town(sqlite_database)
    sheet = write(tmp_path / f"{lang}.xlsx", lang, as_text=as_text, formulas=formulas)
    ws = load_workbook(sheet)[load_workbook(sheet).sheetnames[1]]
    assert ws["B10"].value == ("4\u00a0210,5" if lang == "ru" else "4 210,5")  # typed as text
    url = f"sqlite:///{sqlite_database.path}"
    code = main(_cli(url, str(sheet), "--signatory", "1537", "--year", "2015", lang=lang))
    out = capsys.readouterr()
    assert code == 0, out.err
    assert _grid(sqlite_database) == {("baseline", 2015, "None"): expected_cells()}


def test_problems_are_named_by_cell_row_and_column_and_nothing_is_written(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(sqlite_database)
    sheet = write(
        tmp_path / "bad.xlsx",
        extra_rows=(
            ("Street vendors", {"electricity": 12.5}),  # no sector of an inventory
            ("Others", {"gas": "12,3,4"}),  # a number that is none
            # negative; a formula saved without its value (a sheet written by a script)
            ("Agriculture, Forestry, Fisheries", {"diesel": -40, "gasoline": "=H10*2"}),
        ),
        header_override={"geothermal": "Peat"},  # a carrier we do not know...
    )
    wb = load_workbook(sheet)
    ws = wb["BEI"]
    ws["P12"] = 300  # ...with figures under it (the residential row)
    wb.save(sheet)
    row = _rows(ws)
    url = f"sqlite:///{sqlite_database.path}"
    code = main(_cli(url, str(sheet), "--signatory", "Zugdidi", "--year", "2015"))
    out = capsys.readouterr()
    assert code == 1
    lines = out.err.splitlines()
    vendors, others, farms = (
        row[k] for k in ("Street vendors", "Others", "Agriculture, Forestry, Fisheries")
    )
    assert any(f"row {vendors}" in ln and "'Street vendors'" in ln for ln in lines), out.err
    assert any(f"cell D{others}" in ln and "12,3,4" in ln for ln in lines), out.err
    assert any(f"cell G{farms}" in ln and "-40" in ln and "negative" in ln for ln in lines)
    assert any(f"cell H{farms}" in ln and "=H10*2" in ln for ln in lines), out.err
    assert any("column P" in ln and "'Peat'" in ln for ln in lines), out.err
    assert all("bad.xlsx, sheet BEI" in ln for ln in lines[:-1]), out.err
    assert "nothing was imported" in lines[-1]
    assert _grid(sqlite_database) == {}


def test_a_sum_beside_its_parts_would_count_twice(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(sqlite_database)
    sheet = write(tmp_path / "twice.xlsx", extra_rows=(("Transport", {"diesel": 33550.5}),))
    url = f"sqlite:///{sqlite_database.path}"
    assert main(_cli(url, str(sheet), "--signatory", "Zugdidi", "--year", "2015")) == 1
    err = capsys.readouterr().err
    row = _rows(load_workbook(sheet)["BEI"])
    assert f"row {row['Transport']} ('Transport')" in err, err
    assert f"row {row['Municipal fleet']} ('Municipal fleet')" in err, err
    assert _grid(sqlite_database) == {}


def test_importing_again_updates_the_inventory_and_a_dry_run_writes_nothing(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(sqlite_database)
    url = f"sqlite:///{sqlite_database.path}"
    first = write(tmp_path / "first.xlsx")
    args = ("--signatory", "Zugdidi", "--year", "2015", "--type", "baseline")
    assert main(_cli(url, str(first), *args, "--population", "75000")) == 0
    capsys.readouterr()
    # the office corrects the sheet: the public lighting figure changes, solar is dropped
    wb = load_workbook(first)
    ws = wb["BEI"]
    assert ws["A13"].value == "Municipal public lighting" and ws["A12"].value.startswith("Resid")
    ws["B13"] = 3000
    ws["O12"] = None
    wb.save(tmp_path / "second.xlsx")
    assert main(_cli(url, str(tmp_path / "second.xlsx"), *args, "--dry-run")) == 0
    out = capsys.readouterr().out
    assert "Dry run: this would go into the existing inventory" in out
    want = expected_cells()
    assert _grid(sqlite_database) == {("baseline", 2015, "75000"): want}
    assert main(_cli(url, str(tmp_path / "second.xlsx"), *args)) == 0
    assert "Saved into the existing inventory: Zugdidi" in capsys.readouterr().out
    want["PUBLIC_LIGHTING/ELECTRICITY"] = Decimal("3000")
    del want["RESIDENTIAL_BUILDINGS/SOLAR_THERMAL"]
    assert _grid(sqlite_database) == {("baseline", 2015, "75000"): want}  # population kept
    with sqlite_database.engine.connect() as c:
        versions = c.execute(text("SELECT version FROM emission_inventory")).scalars().all()
        gone = c.execute(text("SELECT count(*) FROM emission_inventory_cell "
                              "WHERE deleted_at IS NOT NULL")).scalar()  # fmt: skip
    assert len(versions) == 1 and versions[0] >= 2
    assert gone == 1  # the solar cell went to the Trash with the record's history


def test_two_sheets_with_a_table_need_sheet(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(sqlite_database)
    path = write(tmp_path / "two.xlsx")
    wb = load_workbook(path)
    wb.copy_worksheet(wb["BEI"]).title = "MEI 2022"
    wb.save(path)
    url = f"sqlite:///{sqlite_database.path}"
    assert main(_cli(url, str(path), "--signatory", "Zugdidi", "--year", "2015")) == 1
    err = capsys.readouterr().err
    assert "BEI, MEI 2022" in err and "--sheet" in err
    assert main(_cli(url, str(path), "--signatory", "Zugdidi", "--year", "2022",
                     "--type", "monitoring", "--sheet", "MEI 2022")) == 0  # fmt: skip
    assert list(_grid(sqlite_database)) == [("monitoring", 2022, "None")]


def test_a_hostile_or_foreign_file_is_refused(
    sqlite_database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _town(sqlite_database)
    url = f"sqlite:///{sqlite_database.path}"
    good = write(tmp_path / "good.xlsx")
    evil = tmp_path / "evil.xlsx"
    laughs = b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n'
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = laughs + (data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data)
            zout.writestr(item.filename, data)
    assert main(_cli(url, str(evil), "--signatory", "Zugdidi", "--year", "2015")) == 2
    assert "declares entities" in capsys.readouterr().err
    notes = tmp_path / "notes.xlsx"
    notes.write_text("not a workbook")
    assert main(_cli(url, str(notes), "--signatory", "Zugdidi", "--year", "2015")) == 2
    capsys.readouterr()
    # a workbook without such a table: exit 1, saying what a table looks like
    load_workbook(good).save(tmp_path / "copy.xlsx")
    wb = load_workbook(tmp_path / "copy.xlsx")
    del wb["BEI"]
    wb.save(tmp_path / "copy.xlsx")
    assert main(_cli(url, str(tmp_path / "copy.xlsx"), "--signatory", "Zugdidi",
                     "--year", "2015")) == 1  # fmt: skip
    assert "at least three energy carriers" in capsys.readouterr().err
    # an unknown signatory: exit 1, nothing written
    assert main(_cli(url, str(good), "--signatory", "Nowhere", "--year", "2015")) == 1
    assert "Nowhere" in capsys.readouterr().err
    assert _grid(sqlite_database) == {}
