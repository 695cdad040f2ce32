"""laptops that sync: the family row, peers, the change log and the conflict inbox

A laptop copy of the office database works offline and swaps signed packages of
per-field changes with the office and other laptops (services.sync). New tables only:
no existing row changes; a database that never syncs keeps them empty.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 21:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_replica",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("family", sa.Uuid(), nullable=False),
        sa.Column("parent", sa.Uuid(), nullable=True),
        sa.Column("parent_office", sa.String(length=200), nullable=False),
        sa.Column("cloned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cloned_by", sa.String(length=100), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("captured_through", sa.BigInteger(), nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("package_serial", sa.BigInteger(), nullable=False),
        sa.Column("credentials", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_replica")),
    )
    op.create_table(
        "sync_peer",
        sa.Column("uuid", sa.Uuid(), nullable=False),
        sa.Column("office_name", sa.String(length=200), nullable=False),
        sa.Column("public_key", sa.String(length=100), nullable=False),
        sa.Column("seen", sa.Text(), nullable=False),
        sa.Column("last_serial_in", sa.BigInteger(), nullable=False),
        sa.Column("introduced_by", sa.Uuid(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_import_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_export_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("uuid", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_change",
        sa.Column("origin", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("snapshot", sa.Text(), nullable=True),
        sa.Column("parents", sa.Text(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("origin", "seq", name=op.f("pk_sync_change")),
    )
    with op.batch_alter_table("sync_change", schema=None) as batch_op:
        batch_op.create_index("ix_sync_change_register", ["record_id", "field"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("heads", sa.Text(), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=False),
        sa.Column("resolution", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_register", ["record_id", "field"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"], unique=False
        )


def downgrade() -> None:
    op.drop_table("sync_conflict")
    op.drop_table("sync_change")
    op.drop_table("sync_peer")
    op.drop_table("sync_replica")
