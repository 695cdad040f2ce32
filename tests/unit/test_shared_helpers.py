"""The small helpers that replaced copies: each is right, and the copies do not come back."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import pytest

from desktop_app.command_line import first_positional, prescan_lang
from desktop_app.domain.stamps import RECORD_COLUMNS, STAMP_FIELDS

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"


def test_the_stamp_columns_are_record_mixins_and_every_business_table_has_them() -> None:
    from desktop_app.domain.base import RecordMixin
    from desktop_app.domain.models import Base

    assert set(RECORD_COLUMNS) == STAMP_FIELDS == set(RecordMixin.__annotations__)
    record_tables = [
        m.class_.__table__ for m in Base.registry.mappers if issubclass(m.class_, RecordMixin)
    ]
    assert len(record_tables) >= 10
    for table in record_tables:
        assert STAMP_FIELDS <= set(table.columns.keys()), table.name


def test_live_is_the_trash_condition_on_models_and_light_tables() -> None:
    from desktop_app.db import light_tables
    from desktop_app.domain.models import ActionPlan
    from desktop_app.services.live import live

    assert str(live(ActionPlan)) == "action_plan.deleted_at IS NULL"
    assert str(live(light_tables.signatory.c)) == "signatory.deleted_at IS NULL"


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "ru"], "ru"),
        (["--lang=tk"], "tk"),
        (["excel", "export", "out.xlsx", "--lang", "ru"], "ru"),
        (["--la", "tk", "--smoke-test"], "tk"),  # argparse accepts the abbreviation
        (["--lang"], None),  # left for the real parser to report
        (["--database", "x.sqlite3"], None),
        ([], None),
    ],
)
def test_lang_is_read_before_the_parser(argv: list[str], lang: str | None) -> None:
    assert prescan_lang(argv) == lang


def test_the_subcommand_word_skips_global_options_and_their_values() -> None:
    assert first_positional(["--database", "backup", "db", "upgrade"]) == "db"
    assert first_positional(["--lang", "ru", "--smoke-test"]) is None
    assert first_positional(["--smoke-test", "demo"]) == "demo"


GONE = {
    "_live": "services/live.py: live()",
    "_qdate": "qdates.py: to_qdate()",
    "_pydate": "qdates.py: to_date()",
    "_STAMPS": "domain/stamps.py: STAMP_FIELDS",
    "_STAMP_FIELDS": "domain/stamps.py: STAMP_FIELDS",
    "_prescan_lang": "command_line.py: prescan_lang()",
    "SETTINGS_ENV": "config.py",
    "EXIT_OK": "command_line.py",
    "EXIT_UNUSABLE": "command_line.py",
}
"""Names that were defined in several modules: defined once now, where the value says."""

HOMES = {
    "SETTINGS_ENV": "config.py",
    "EXIT_OK": "command_line.py",
    "EXIT_UNUSABLE": "command_line.py",
}


def test_the_copies_do_not_come_back() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = str(path.relative_to(PACKAGE))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef):
                names = [node.name]
            elif isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            else:
                continue
            found += [
                f"{rel}: {n} (use {GONE[n]})" for n in names if n in GONE and HOMES.get(n) != rel
            ]
    assert found == []


def test_dates_go_to_qdate_and_back_unchanged() -> None:
    from datetime import datetime

    from desktop_app.qdates import to_date, to_qdate

    for day in (date(2024, 2, 29), date(1900, 1, 1), date(2100, 12, 31)):
        q = to_qdate(day)
        assert (q.year(), q.month(), q.day()) == (day.year, day.month, day.day)
        assert to_date(q) == day
    assert to_date(to_qdate(datetime(2025, 3, 15, 23, 59))) == date(2025, 3, 15)
