"""signatory location (latitude and longitude)

The Covenant's open register (the research centre's GCoM-MyCovenant signatories table)
gives every signatory's latitude and longitude; an office importing it keeps them, for maps
and to tell apart two towns of the same name. Decimal degrees with six places (about 10 cm),
nullable: offices that never imported the register have none.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 17:12:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.add_column(sa.Column("latitude", sa.Numeric(9, 6), nullable=True))
        batch_op.add_column(sa.Column("longitude", sa.Numeric(9, 6), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_column("longitude")
        batch_op.drop_column("latitude")
