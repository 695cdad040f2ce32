"""The research centre's mitigation action table imported as it is published (issue 15).

Recognised without flags by its headers; the municipality matched by Covenant ID; codes
kept as the official ones; `-` is no value; decimal CO2 figures rounded to the column's two
places; an unknown municipality code is a row error naming the row, and nothing is written
until every row is good (or --skip-invalid). Every figure is counted from the fixture's own
rows. Then one signatory's actions go out as a workbook laid out like the template's sheet.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop_app import cli
from desktop_app.domain import models as M
from desktop_app.services import records
from desktop_app.services.database import open_database
from tests.db import jrc_actions_fixture as J

CODES = ["12345", "UA-4821", "GE0077"]


@pytest.fixture
def office(tmp_path: Path) -> str:
    path = tmp_path / "office.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        for code, (name, country) in zip(
            CODES, [("Zhytomyr", "UA"), ("Lutsk", "UA"), ("Rustavi", "GE")], strict=True
        ):
            records.save(db, "signatory", {"name": name, "country": country,
                                           "covenant_id": code})  # fmt: skip
        # A signatory whose *name* is a number the table might also use: names win.
        records.save(db, "signatory", {"name": "Town without code", "country": "AM"})
    finally:
        db.dispose()
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _actions(db_path: str) -> list[tuple[str, M.MitigationAction]]:
    db = open_database(db_path)
    try:
        with db.session() as s:
            rows = s.execute(
                select(M.Signatory.covenant_id, M.MitigationAction)
                .join(M.Signatory, M.Signatory.id == M.MitigationAction.signatory_id)
                .where(M.MitigationAction.deleted_at.is_(None))
            ).all()
            s.expunge_all()
            return [(c, a) for c, a in rows]
    finally:
        db.dispose()


def test_the_official_table_is_imported_as_published(office, tmp_path: Path, capsys) -> None:
    data = J.rows(CODES, 60)
    book = J.write(tmp_path / "actions.xlsx", data)
    code, text, err = run(capsys, "--database", office, "import", str(book))
    assert code == 0, text + err
    got = {a.action_code: (c, a) for c, a in _actions(office)}
    assert len(got) == len(data) == 60
    for r in data:
        muni, action_id, sector, title, area, origin, status, policy, governance, co2 = r
        covenant_id, action = got[action_id]
        assert covenant_id == muni.strip()
        assert (action.sector, action.title) == (sector, title)
        assert action.area == (None if area == "-" else area)
        assert action.instrument == (None if policy == "-" else policy)
        assert action.origin == origin and action.status == J.expected_status(status)
        assert action.governance == ("" if governance == "-" else governance)
        assert action.co2_reduction_t == J.expected_co2(co2)
    planned = sum((J.expected_co2(r[9]) or Decimal(0)) for r in data)
    assert sum((a.co2_reduction_t or Decimal(0)) for _, a in got.values()) == planned
    # Imported again, the same table changes nothing (matched by signatory and action ID).
    code, text, err = run(capsys, "--database", office, "import", str(book))
    assert code == 0, text + err
    assert len(_actions(office)) == 60


def test_an_unknown_municipality_code_is_a_row_error_naming_the_row(
    office, tmp_path: Path, capsys
) -> None:
    data = J.rows(CODES, 12)
    data[4][0] = "99999-XX"  # sheet row 6: header is row 1
    book = J.write(tmp_path / "actions.xlsx", data)
    code, text, err = run(capsys, "--lang", "en", "--database", office, "import", str(book))
    assert code == 1
    said = text + err
    assert "Row 6" in said and "99999-XX" in said
    assert _actions(office) == []  # nothing written
    code, text, err = run(capsys, "--database", office, "import", str(book), "--skip-invalid")
    assert code == 0, text + err
    assert sorted(a.action_code for _, a in _actions(office)) == sorted(
        r[1] for i, r in enumerate(data) if i != 4
    )


def test_a_code_outside_the_official_list_is_refused(office, tmp_path: Path, capsys) -> None:
    data = J.rows(CODES, 5)
    data[2][2] = "AGRICULTURE"  # not a sector code of the template
    book = J.write(tmp_path / "actions.xlsx", data)
    code, text, err = run(capsys, "--lang", "en", "--database", office, "import", str(book))
    assert code == 1
    assert "AGRICULTURE" in text + err
    assert _actions(office) == []


def test_one_signatorys_actions_go_out_in_the_table_layout_and_come_back(
    office, tmp_path: Path, capsys
) -> None:
    data = J.rows(CODES, 30)
    book = J.write(tmp_path / "actions.xlsx", data)
    assert run(capsys, "--database", office, "import", str(book))[0] == 0
    out = tmp_path / "lutsk.xlsx"
    code, text, err = run(
        capsys, "--database", office, "export", "actions", str(out), "--signatory", "Lutsk"
    )
    assert code == 0, text + err
    mine = [r for r in data if r[0].strip() == "UA-4821"]
    assert f"mitigation actions of Lutsk: {len(mine)}." in text
    rows = list(load_workbook(out)["Mitigation actions"].iter_rows(values_only=True))
    assert list(rows[0][:10]) == list(J.COLUMNS)
    by_id = {r[1]: r for r in rows[1:]}
    assert sorted(by_id) == sorted(r[1] for r in mine)
    for r in mine:
        got = by_id[r[1]]
        assert got[0] == "UA-4821" and got[2] == r[2] and got[3] == r[3]
        assert got[4] == r[4] and got[7] == r[7]  # codes as published, '-' kept
        assert got[6] == J.expected_status(r[6])
        want = J.expected_co2(r[9])
        assert (got[9] == "-") if want is None else Decimal(str(got[9])) == want
    # the file is the research centre's layout: it comes back into another office as it is
    other = tmp_path / "other.sqlite3"
    db = open_database(f"sqlite:///{other}")
    records.save(db, "signatory", {"name": "Lutsk", "country": "UA", "covenant_id": "UA-4821"})
    db.dispose()
    code, text, err = run(capsys, "--database", str(other), "import", str(out))
    assert code == 0, text + err
    assert sorted(a.action_code for _c, a in _actions(str(other))) == sorted(by_id)


def test_an_unknown_signatory_is_refused_by_name(office, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.xlsx"
    code, text, err = run(
        capsys, "--lang", "en", "--database", office, "export", "actions", str(out),
        "--signatory", "Atlantis",
    )  # fmt: skip
    assert code == 1 and "Atlantis" in text + err and not out.exists()  # invalid input
