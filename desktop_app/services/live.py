"""Which rows are live: a record moved to the Trash keeps its row, with `deleted_at` set.

Every query that shows, counts or exports records keeps only these (the ix_*_live indexes
cover the condition), so it is written once, here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement


def live(model: Any) -> ColumnElement[bool]:
    """`model`: a mapped class, an alias of one, or a Core table's `.c` (db.light_tables)."""
    return model.deleted_at.is_(None)  # type: ignore[no-any-return]
