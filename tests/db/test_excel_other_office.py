"""A workbook from another office (another database, other IDs) imported without doubles.

Issue 11, item 5: importing the export of a database made with another seed duplicated
2,448 exchange rates and 1,161 signatories, because a row carrying an ID this database does
not know was always new. Now such a row is matched like one without an ID (Covenant ID,
then its natural key), references to it follow the match, and a different rate for an
existing currency and date is an update. Counts come from plain SQL on the result.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from desktop_app import cli
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate

TODAY = date(2026, 6, 15)


def _demo(path: Path, seed: int) -> str:
    db = open_database(f"sqlite:///{path}")
    try:
        generate(db, DemoOptions(signatories=20, seed=seed, today=TODAY))
    finally:
        db.dispose()
    return str(path)


def _scalar(db_path: str, sql: str) -> int:
    db = open_database(f"sqlite:///{db_path}")
    try:
        with db.session() as s:
            return int(s.execute(text(sql)).scalar() or 0)
    finally:
        db.dispose()


def _rates(db_path: str) -> dict:
    db = open_database(f"sqlite:///{db_path}")
    try:
        with db.session() as s:
            rows = s.execute(
                text(
                    "SELECT currency, rate_date, units_per_eur FROM exchange_rate "
                    "WHERE deleted_at IS NULL"
                )
            )
            return {(c, d): v for c, d, v in rows}
    finally:
        db.dispose()


def test_another_offices_export_updates_instead_of_doubling(tmp_path: Path, capsys) -> None:
    theirs = _demo(tmp_path / "theirs.sqlite3", seed=1)
    ours = _demo(tmp_path / "ours.sqlite3", seed=2)
    book = tmp_path / "theirs.xlsx"
    assert cli.main(["--database", theirs, "export", "xlsx", str(book), "--all"]) == 0
    rates_before = _scalar(ours, "SELECT count(*) FROM exchange_rate WHERE deleted_at IS NULL")
    capsys.readouterr()
    assert cli.main(["--database", ours, "import", str(book), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "Exchange rates (exchange-rates): 0 new" in preview
    assert cli.main(["--database", ours, "import", str(book)]) == 0
    live = "WHERE deleted_at IS NULL"
    # one rate per currency and date, as before the import
    assert _scalar(ours, f"SELECT count(*) FROM exchange_rate {live}") == rates_before
    pairs = f"SELECT count(*) FROM (SELECT DISTINCT currency, rate_date FROM exchange_rate {live})"
    assert _scalar(ours, pairs) == rates_before
    # no signatory twice
    doubles = (
        f"SELECT count(*) FROM (SELECT name, country FROM signatory {live} "
        "GROUP BY name, country HAVING count(*) > 1)"
    )
    assert _scalar(ours, doubles) == 0
    # their rates won: the value of every pair is theirs now
    their_rates, ours_now = _rates(theirs), _rates(ours)
    assert all(ours_now[k] == v for k, v in their_rates.items())
    # every plan of theirs refers to a signatory that exists here
    orphans = (
        "SELECT count(*) FROM action_plan p LEFT JOIN signatory s ON s.id = p.signatory_id "
        "WHERE s.id IS NULL"
    )
    assert _scalar(ours, orphans) == 0
    # and the same workbook again changes nothing
    capsys.readouterr()
    assert cli.main(["--database", ours, "import", str(book), "--dry-run"]) == 0
    again = capsys.readouterr().out
    assert " 0 to update" in again and "Signatories (signatories): 0 new, 0 to update" in again
