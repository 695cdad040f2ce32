"""lookup indexes for rates and history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 11:16:31.191341
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_entry_table_record", ["table_name", "record_id"], unique=False
        )

    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.create_index(
            "ix_exchange_rate_currency_date", ["currency", "rate_date"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("exchange_rate", schema=None) as batch_op:
        batch_op.drop_index("ix_exchange_rate_currency_date")

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_table_record")
