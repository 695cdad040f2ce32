"""The Core description the first list reads must name exactly the mapped model's columns."""

from __future__ import annotations

from desktop_app.db import light_tables
from desktop_app.domain import models


def test_light_signatory_table_has_the_mapped_columns() -> None:
    mapped = models.Signatory.__table__
    assert light_tables.signatory.name == mapped.name
    assert sorted(light_tables.signatory.c.keys()) == sorted(mapped.c.keys())
