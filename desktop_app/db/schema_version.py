"""The revisions this build knows, so start-up can compare without importing Alembic.

Append each new migration's revision id here (tests/db/test_migrations.py checks that
this list and the migration scripts agree).
"""

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
HEAD = REVISIONS[-1]
