"""The demo office obeys the app's own rules: issue 11, item 6.

An export of the demo did not re-import because 130 of its plans broke a rule the demo
itself should follow. Here every live record of a 2,000-signatory demo (the size offices
try first) goes through the same validator, with the same context, as a save from a form
would; not one error may come back. Warnings are allowed: the demo shows offices with gaps.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.domain.rules.validation import validate
from desktop_app.services import records
from desktop_app.services.database import open_database
from desktop_app.services.demo import DemoOptions, generate
from desktop_app.services.record_kinds import KINDS

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(("size", "seed"), [(2000, 11), (60, 3)])
def test_every_demo_record_passes_validation(tmp_path: Path, size: int, seed: int) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        generate(db, DemoOptions(signatories=size, seed=seed, today=TODAY))
        errors: Counter[tuple[str, str, str]] = Counter()
        checked: Counter[str] = Counter()
        with db.session() as s:
            for kind in KINDS.values():
                model = kind.model
                ids = s.scalars(select(model.id).where(model.deleted_at.is_(None))).all()
                for record_id in ids:
                    obj = s.get(model, record_id)
                    values = records._values(s, kind, obj)  # noqa: SLF001
                    ctx = records._context(s, kind, values, record_id, TODAY)  # noqa: SLF001
                    for issue in validate(kind.id, values, ctx):
                        if issue.severity == "error":
                            errors[(kind.id, issue.field, issue.code)] += 1
                    checked[kind.id] += 1
        assert checked["signatory"] == size
        assert checked["action_plan"] > size // 4
        # the plans' contents are in the demo too, and obey the same rules
        assert checked["mitigation_action"] >= 5 * checked["action_plan"] // 2
        assert checked["climate_risk"] > 0 and checked["poverty_indicator"] > 0
        assert not errors, dict(errors)
    finally:
        db.dispose()
