"""database identity: a stable UUID and the office name, one row

Backups of different databases were told apart only by their file name's stem, so a
PostgreSQL office's backup and the default file's shared one folder and one stem, and the
newest "good backup" of one office could be another's. Each database now carries who it
is; the row is made here for existing databases (office name from the own-office
coordinator profile) and travels with every backup, which is a copy of the database.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 16:50:00
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    table = op.create_table(
        "database_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_database_identity")),
    )
    bind = op.get_bind()
    name = bind.execute(
        sa.text(
            "SELECT name FROM coordinator WHERE is_own_office = :yes AND deleted_at IS NULL "
            "ORDER BY created_at LIMIT 1"
        ),
        {"yes": True},
    ).scalar()
    op.bulk_insert(
        table,
        [
            {
                "id": 1,
                "uuid": uuid.uuid4(),
                "office_name": name or "",
                "created_at": datetime.now(UTC),
                "signing_key": None,
            }
        ],
    )


def downgrade() -> None:
    op.drop_table("database_identity")
