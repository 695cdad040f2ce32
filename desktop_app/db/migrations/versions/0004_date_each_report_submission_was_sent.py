"""date each report submission was sent

The coordinator report deadline counted from the day a pack was made (created_at); an
office also reports through the Commission's online survey, outside the app, and records
that by hand with the day it was sent. Existing rows were packs, sent the day they were
made: their sent_on is the UTC day of created_at, the day the old rule counted from.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 12:24:13.313084
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sent_on", sa.Date(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        day = "CAST(created_at AT TIME ZONE 'UTC' AS DATE)"
    else:  # SQLite keeps UTC text, "YYYY-MM-DD HH:MM:SS..."
        day = "date(created_at)"
    op.execute(f"UPDATE report_submission SET sent_on = {day} WHERE sent_on IS NULL")
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.alter_column("sent_on", existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("report_submission", schema=None) as batch_op:
        batch_op.drop_column("sent_on")
