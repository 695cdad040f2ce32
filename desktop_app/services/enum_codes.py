"""Enum columns read as the codes they store, for comparing and grouping in SQL.

The ORM's Enum type turns every value into a Python enum member; aggregate queries only
compare and group, so they read the stored text and skip that conversion per row.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, String, type_coerce


def as_code(column: Any) -> ColumnElement[str]:
    return type_coerce(column, String)
