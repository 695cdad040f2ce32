"""covering indexes of live rows for the dashboard and report figures

Each index leads with deleted_at, so `deleted_at IS NULL` is an equality and SQLite picks
it over the single-column ix_*_deleted_at, then carries every column the dashboard and the
report figures read: those aggregates are answered from the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 11:57:53.861262
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_plan_live",
            [
                "deleted_at",
                "signatory_id",
                "status",
                "plan_type",
                "submission_date",
                "feedback_date",
            ],
            unique=False,
        )

    with op.batch_alter_table("deadline_extension", schema=None) as batch_op:
        batch_op.create_index(
            "ix_deadline_extension_live",
            ["deleted_at", "signatory_id", "subject", "granted_until", "request_date"],
            unique=False,
        )

    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.create_index(
            "ix_financial_support_live",
            [
                "deleted_at",
                "decision_date",
                "currency",
                "signatory_id",
                "amount",
                "instrument",
                "source",
                "status",
                "disbursed_amount",
            ],
            unique=False,
        )

    with op.batch_alter_table("monitoring_report", schema=None) as batch_op:
        batch_op.create_index(
            "ix_monitoring_report_live",
            ["deleted_at", "signatory_id", "submission_date", "due_date", "status"],
            unique=False,
        )

    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.create_index(
            "ix_signatory_live",
            ["deleted_at", "id", "status", "framework", "adhesion_date", "country", "status_date"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("signatory", schema=None) as batch_op:
        batch_op.drop_index("ix_signatory_live")

    with op.batch_alter_table("monitoring_report", schema=None) as batch_op:
        batch_op.drop_index("ix_monitoring_report_live")

    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.drop_index("ix_financial_support_live")

    with op.batch_alter_table("deadline_extension", schema=None) as batch_op:
        batch_op.drop_index("ix_deadline_extension_live")

    with op.batch_alter_table("action_plan", schema=None) as batch_op:
        batch_op.drop_index("ix_action_plan_live")
