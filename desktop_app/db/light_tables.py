"""Core-only descriptions of the tables the first screen reads, for a fast start-up.

Importing the ORM and mapping our fifteen models costs about 150 ms, more than the whole
first query. The signatories list is what the window shows first, so it reads through
this plain `table()` instead: no MetaData, no mapper, no column types (the list takes the
driver's raw values anyway). tests/unit/test_light_tables.py compares these names with the
mapped model, so a column added there cannot be forgotten here.
"""

from __future__ import annotations

from sqlalchemy import column, table

from ..domain.stamps import RECORD_COLUMNS

signatory = table(
    "signatory",
    *(
        column(name)
        for name in (
            *RECORD_COLUMNS,
            "name",
            "local_name",
            "country",
            "region",
            "covenant_id",
            "latitude",
            "longitude",
            "population",
            "population_year",
            "adhesion_date",
            "framework",
            "pillars",
            "target_percent",
            "target_year",
            "target_type",
            "joint_plan",
            "joint_plan_name",
            "status",
            "status_date",
            "contact_person",
            "email",
            "phone",
            "notes",
        )
    ),
)
