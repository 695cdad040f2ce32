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


def test_stored_text_has_one_parser_for_the_history_and_sync() -> None:
    """`db.audit.from_text` is the one inverse of `to_text`: the history's revert and the
    form's display use it as it is, a sync package's text goes through it strictly."""
    import inspect
    import uuid
    from datetime import UTC, datetime
    from decimal import Decimal

    from sqlalchemy import JSON, Boolean, Date, Integer, Numeric, String, Text, Uuid

    from desktop_app.db import audit
    from desktop_app.domain.base import UTCDateTime
    from desktop_app.domain.enums import SignatoryStatus
    from desktop_app.domain.models._types import code
    from desktop_app.services import history
    from desktop_app.services.sync import registry

    samples = [
        (code(SignatoryStatus), SignatoryStatus.ACTIVE),
        (Boolean(), False),
        (Integer(), -12),
        (Numeric(18, 2), Decimal("1234.50")),
        (UTCDateTime(), datetime(2026, 3, 1, 9, 30, tzinfo=UTC)),
        (Date(), date(2024, 2, 29)),
        (JSON(), ["a", "b"]),
        (Uuid(), uuid.UUID(int=7)),
        (String(20), "Türkmenabat"),
        (Text(), "line\nline"),
    ]
    for column_type, value in samples:
        text = audit.to_text(value)
        assert audit.from_text(column_type, text) == value, column_type
        assert audit.from_text(column_type, text, strict=True) == value, column_type
        assert audit.from_text(column_type, None, strict=True) is None
    # what to_text never writes: read leniently from our own trail, refused from a package
    for column_type, text, lenient in [
        (Boolean(), "yes", False),
        (Numeric(18, 2), "NaN", None),
        (JSON(), "3", 3),
        (String(5), "longer", "longer"),
    ]:
        if lenient is not None:
            assert audit.from_text(column_type, text) == lenient
        with pytest.raises(ValueError):
            audit.from_text(column_type, text, strict=True)
    with pytest.raises(ValueError):
        audit.from_text(Integer(), "twelve")
    assert registry.from_text("signatory", "population", "12") == 12
    assert registry.from_text("signatory", "status", "active") is SignatoryStatus.ACTIVE
    for table, field, text in [
        ("signatory", "population", "12.5"),
        ("signatory", "status", "nonsense"),
        ("signatory", "no_such_field", "1"),
    ]:
        with pytest.raises(registry.BadValue):
            registry.from_text(table, field, text)
    assert history.from_text is audit.from_text
    for module in (history, registry):
        source = inspect.getsource(module)
        assert "isinstance(column_type" not in source and "fromisoformat" not in source
