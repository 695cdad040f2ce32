"""Sheets read as they really are and cells that cannot be meant refused: issue 11, item 7.

Each case here was seen on a real file: a stale stored dimension that hid 8 of 9 rows, a
lone cell in the sheet's last row that made the reader walk a million empty rows, a formula
saved by a script without its value, dates and numbers no column can hold, and "1,2,3" read
as 123. Every one must end as a row error naming the field, or as the right rows, never as a
traceback or a silent loss.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import Integer, Numeric, func, select

from desktop_app import cli
from desktop_app.domain import models as M
from desktop_app.services.database import open_database
from desktop_app.services.excel import sheets as S
from desktop_app.services.excel.parse import LIMITS, CellError, parse_cell, parse_decimal
from desktop_app.services.excel.read import read_table
from desktop_app.services.excel.sheet_rows import iter_sheet_rows
from tests.db.test_excel_support import fill

HEADER = ["Name", "Country", "Population", "Adhesion date"]


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite3"
    db = open_database(f"sqlite:///{path}")
    fill(db)
    db.dispose()
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _names(db_path: str) -> list[str]:
    db = open_database(db_path)
    try:
        with db.session() as s:
            return sorted(s.scalars(select(M.Signatory.name)))
    finally:
        db.dispose()


def _count(db_path: str) -> int:
    db = open_database(db_path)
    try:
        with db.session() as s:
            return s.scalar(select(func.count()).select_from(M.Signatory))
    finally:
        db.dispose()


def _sheet(path: Path, rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def _rewrite_sheet_xml(path: Path, edit) -> None:
    """Rewrite xl/worksheets/sheet1.xml in place, as another program would have written it."""
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    name = "xl/worksheets/sheet1.xml"
    parts[name] = edit(parts[name].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in parts.items():
            zf.writestr(member, data)


def _towns(n: int) -> list[list]:
    return [[f"Town {i:02d}", "TM", 1000 + i, "01.02.2020"] for i in range(n)]


def test_stale_dimension_does_not_hide_rows(office, tmp_path: Path, capsys) -> None:
    path = _sheet(tmp_path / "stale.xlsx", [HEADER, *_towns(9)])

    def stale(xml: str) -> str:
        xml, n = re.subn(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:D2"/>', xml)
        assert n == 1  # the file really declares a dimension, now a stale one
        return xml

    _rewrite_sheet_xml(path, stale)
    table = read_table(path)
    assert [number for number, _ in table.rows] == list(range(2, 11))
    code, text, err = run(capsys, "--database", office, "import", str(path))
    assert code == 0, text + err
    assert _count(office) == 3 + 9
    assert {f"Town {i:02d}" for i in range(9)} <= set(_names(office))


def test_sparse_sheet_is_read_by_its_cells_not_its_coordinates(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "sparse.xlsx", [HEADER, *_towns(2)])

    def far_cell(xml: str) -> str:
        far = '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>Far</t></is></c></row>'
        return xml.replace("</sheetData>", far + "</sheetData>")

    _rewrite_sheet_xml(path, far_cell)
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    rows = list(iter_sheet_rows(wb.active))
    wb.close()
    # One step per row present, not one per coordinate up to row 1,048,576.
    assert [number for number, _ in rows] == [1, 2, 3, 1048576]
    table = read_table(path)
    assert [number for number, _ in table.rows] == [2, 3, 1048576]


def test_formula_without_cached_value_is_a_row_error(office, tmp_path: Path, capsys) -> None:
    # openpyxl, like many scripts, saves formulas without their calculated value.
    path = _sheet(
        tmp_path / "formula.xlsx",
        [HEADER, ["Mary", "TM", "=1000*2", "01.02.2020"], ["Balkanabat", "TM", 5, "01.02.2020"]],
    )
    code, text, err = run(capsys, "--database", office, "import", str(path))
    assert code == 1
    assert "Row 2:" in text and "C (Population)" in text
    assert "=1000*2" in text and "no calculated value" in text
    assert "nothing was imported" in err
    assert _count(office) == 3


@pytest.mark.parametrize(
    ("cell", "column", "words"),
    [
        ("31.12.9999", "D (Adhesion date)", "outside the years"),
        ("9999-12-31", "D (Adhesion date)", "outside the years"),
        ("0202-03-01", "D (Adhesion date)", "outside the years"),
        ("01.01.1899", "D (Adhesion date)", "outside the years"),
    ],
)
def test_dates_outside_the_range_are_row_errors(
    office, tmp_path: Path, capsys, cell: str, column: str, words: str
) -> None:
    path = _sheet(tmp_path / "dates.xlsx", [HEADER, ["Mary", "TM", 5, cell]])
    code, text, _ = run(capsys, "--database", office, "import", str(path))
    assert code == 1, text
    assert "Row 2:" in text and column in text and words in text
    assert _count(office) == 3
    # and the database stays usable by every command that computes dates
    assert run(capsys, "--database", office, "deadlines")[0] == 0


@pytest.mark.parametrize("population", [1e308, 3e9, "3 000 000 000", 2**31, -(2**31)])
def test_population_beyond_the_column_is_a_row_error(
    office, tmp_path: Path, capsys, population
) -> None:
    path = _sheet(tmp_path / "pop.xlsx", [HEADER, ["Mary", "TM", population, "01.02.2020"]])
    code, text, err = run(capsys, "--database", office, "import", str(path))
    assert code == 1, text + err
    assert "Row 2:" in text and "C (Population)" in text and "too large" in text
    assert "Traceback" not in err
    assert _count(office) == 3


def test_largest_population_an_integer_column_holds_is_imported(
    office, tmp_path: Path, capsys
) -> None:
    path = _sheet(tmp_path / "pop.xlsx", [HEADER, ["Mary", "TM", 2**31 - 1, "01.02.2020"]])
    code, text, err = run(capsys, "--database", office, "import", str(path))
    assert code == 0, text + err
    assert "Mary" in _names(office)


@pytest.mark.parametrize("amount", ["1e30", 1e30, "10 000 000 000 000 000", -1e17])
def test_money_beyond_the_column_is_a_row_error(amount) -> None:
    col = S.Column("amount", "Amount", S.MONEY)
    with pytest.raises(CellError) as info:
        parse_cell(col, amount)
    assert info.value.code == "out_of_range"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,234,567.5", Decimal("1234567.5")),
        ("1.234.567,5", Decimal("1234567.5")),
        ("1 234 567,5", Decimal("1234567.5")),
        ("1\u00a0234,5", Decimal("1234.5")),
        ("1'234.5", Decimal("1234.5")),
        ("1.234.567", Decimal("1234567")),
        ("1,234", Decimal("1234")),
        ("3,85", Decimal("3.85")),
        ("-1 234,5", Decimal("-1234.5")),
        ("\u22121 234,5", Decimal("-1234.5")),
        (" 12.5 ", Decimal("12.5")),
        ("1e3", Decimal("1000")),
    ],
)
def test_numbers_grouped_as_people_group_them(raw: str, expected: Decimal) -> None:
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["1,2,3", "12 34", "1 2345", "1,23,456.7", "1.2.3", "12,34.5", "1,234 567", "1 234.5,6"],
)
def test_impossible_grouping_is_refused_not_reinterpreted(raw: str) -> None:
    with pytest.raises(CellError) as info:
        parse_decimal(raw)
    assert info.value.code == "bad_grouping"


def test_impossible_grouping_in_an_amount_reaches_the_row_report(
    office, tmp_path: Path, capsys
) -> None:
    path = _sheet(tmp_path / "pop.xlsx", [HEADER, ["Mary", "TM", "1,2,3", "01.02.2020"]])
    code, text, _ = run(capsys, "--database", office, "import", str(path))
    assert code == 1
    assert "C (Population)" in text and "'1,2,3'" in text and "digit groups" in text
    assert _count(office) == 3


def _column_limit(column_type) -> Decimal:
    if isinstance(column_type, Numeric) and column_type.precision is not None:
        return Decimal(10) ** (column_type.precision - (column_type.scale or 0))
    if isinstance(column_type, Integer):
        return Decimal(2**31)
    raise AssertionError(f"no limit known for {column_type!r}")


def test_cell_limits_are_the_model_columns_they_fill() -> None:
    """The importer's bound for each numeric cell is the column's own: never above it (the
    commit would fail), never below it (a value the column holds would be refused, as the
    emission inventories' MWh, Numeric(16, 1), were at the staff days' 10**6)."""
    from desktop_app.services.excel import records as R
    from desktop_app.services.excel.parse import DECIMAL_PLACES

    checked = 0
    for kind, spec in S.IMPORT_SPECS.items():
        columns = R.model_columns(kind)
        for col in spec.columns:
            if col.type not in LIMITS or col.field not in columns:
                continue
            bound = _column_limit(columns[col.field].type)
            if col.type in DECIMAL_PLACES:
                assert (col.limit or LIMITS[col.type]) == bound, (kind, col.field)
            else:
                assert LIMITS[col.type] <= bound, (kind, col.field)
            checked += 1
    assert checked >= 10


def test_a_large_inventory_figure_the_column_holds_is_imported() -> None:
    mwh = S.IMPORT_SPECS["inventories"].column("local_heat_mwh")
    assert mwh is not None and mwh.type == S.DEC1
    assert parse_cell(mwh, "25 373 927,4") == Decimal("25373927.4")
    days = S.IMPORT_SPECS["assistance"].column("staff_days")
    assert days is not None and days.type == S.DEC1
    with pytest.raises(CellError) as err:
        parse_cell(days, "25 373 927,4")
    assert err.value.code == "out_of_range"
