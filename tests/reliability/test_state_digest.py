"""The kill harness's idea of "the same state": constraint order is not state, a
constraint is (a completed migration once looked like a mixture because Alembic's batch
mode wrote a table's foreign keys in a different order on each run)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .state import digest

PARENTS = "CREATE TABLE a (id INTEGER PRIMARY KEY); CREATE TABLE b (id INTEGER PRIMARY KEY);"


def _file(path: Path, child: str) -> Path:
    con = sqlite3.connect(path)
    con.executescript(PARENTS + child + "INSERT INTO a VALUES (1); INSERT INTO b VALUES (1);")
    con.close()
    return path


def test_foreign_keys_in_another_order_are_the_same_state(tmp_path: Path) -> None:
    one = _file(
        tmp_path / "one.sqlite3",
        "CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER, b_id INTEGER,"
        " FOREIGN KEY(a_id) REFERENCES a (id), FOREIGN KEY(b_id) REFERENCES b (id));",
    )
    two = _file(
        tmp_path / "two.sqlite3",
        "CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER, b_id INTEGER,"
        " FOREIGN KEY(b_id) REFERENCES b (id), FOREIGN KEY(a_id) REFERENCES a (id));",
    )
    assert digest(one) == digest(two)


def test_a_missing_foreign_key_or_check_is_another_state(tmp_path: Path) -> None:
    full = _file(
        tmp_path / "full.sqlite3",
        "CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER CHECK (a_id > 0),"
        " FOREIGN KEY(a_id) REFERENCES a (id));",
    )
    no_key = _file(
        tmp_path / "no_key.sqlite3",
        "CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER CHECK (a_id > 0));",
    )
    no_check = _file(
        tmp_path / "no_check.sqlite3",
        "CREATE TABLE c (id INTEGER PRIMARY KEY, a_id INTEGER,"
        " FOREIGN KEY(a_id) REFERENCES a (id));",
    )
    assert len({digest(full), digest(no_key), digest(no_check)}) == 3
