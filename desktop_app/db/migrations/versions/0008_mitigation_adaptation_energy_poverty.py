"""plan contents: mitigation actions, climate risks, adaptation actions, energy poverty

The parts of a SECAP beyond its dates (the MyCovenant template): mitigation actions with
the official sector, area-of-intervention, instrument, origin and status codes and their
estimated and achieved figures; one row per hazard of the risk and vulnerability
assessment; adaptation actions; energy poverty indicators by macro-area. Finance records
may name the mitigation action they pay for (`financial_support.action_id`, nullable:
existing finance stays unlinked). New tables otherwise: no existing row changes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 21:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    ]


def _energy(name: str) -> sa.Column:
    return sa.Column(name, sa.Numeric(18, 2), nullable=True)


_TABLES: dict[str, tuple[list[sa.Column], tuple[str, ...]]] = {
    "mitigation_action": (
        [
            sa.Column("action_code", sa.String(length=40), nullable=False),
            sa.Column("title", sa.String(length=300), nullable=False),
            sa.Column("sector", sa.String(length=40), nullable=False),
            sa.Column("area", sa.String(length=60), nullable=True),
            sa.Column("instrument", sa.String(length=40), nullable=True),
            sa.Column("origin", sa.String(length=40), nullable=False),
            sa.Column("stakeholders", sa.String(length=300), nullable=False),
            sa.Column("governance", sa.String(length=200), nullable=False),
            sa.Column("status", sa.String(length=40), nullable=False),
            sa.Column("start_date", sa.Date(), nullable=True),
            sa.Column("end_date", sa.Date(), nullable=True),
            sa.Column("cost", sa.Numeric(18, 2), nullable=True),
            sa.Column("currency", sa.String(length=3), nullable=False),
            _energy("energy_savings_mwh"),
            _energy("renewable_mwh"),
            _energy("co2_reduction_t"),
            _energy("achieved_energy_savings_mwh"),
            _energy("achieved_renewable_mwh"),
            _energy("achieved_co2_reduction_t"),
            sa.Column("poverty_areas", sa.JSON(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        ("deleted_at", "signatory_id", "status", "sector"),
    ),
    "climate_risk": (
        [
            sa.Column("hazard", sa.String(length=40), nullable=False),
            sa.Column("probability", sa.String(length=40), nullable=True),
            sa.Column("impact", sa.String(length=40), nullable=True),
            sa.Column("expected_change", sa.String(length=40), nullable=True),
            sa.Column("timeframe", sa.String(length=40), nullable=True),
            sa.Column("vulnerable_sectors", sa.JSON(), nullable=False),
            sa.Column("vulnerable_groups", sa.JSON(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        ("deleted_at", "signatory_id", "hazard"),
    ),
    "adaptation_action": (
        [
            sa.Column("title", sa.String(length=300), nullable=False),
            sa.Column("hazards", sa.JSON(), nullable=False),
            sa.Column("sectors", sa.JSON(), nullable=False),
            sa.Column("status", sa.String(length=40), nullable=False),
            sa.Column("start_date", sa.Date(), nullable=True),
            sa.Column("end_date", sa.Date(), nullable=True),
            sa.Column("cost", sa.Numeric(18, 2), nullable=True),
            sa.Column("currency", sa.String(length=3), nullable=False),
            sa.Column("stakeholders", sa.String(length=300), nullable=False),
            sa.Column("poverty_areas", sa.JSON(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        ("deleted_at", "signatory_id", "status"),
    ),
    "poverty_indicator": (
        [
            sa.Column("macro_area", sa.String(length=40), nullable=False),
            sa.Column("indicator", sa.String(length=300), nullable=False),
            sa.Column("unit", sa.String(length=40), nullable=False),
            _energy("current_value"),
            sa.Column("current_year", sa.Integer(), nullable=True),
            _energy("target_value"),
            sa.Column("target_year", sa.Integer(), nullable=True),
            sa.Column("notes", sa.Text(), nullable=False),
        ],
        ("deleted_at", "signatory_id", "macro_area"),
    ),
}


def upgrade() -> None:
    for table, (columns, live) in _TABLES.items():
        op.create_table(
            table,
            sa.Column("signatory_id", sa.Uuid(), nullable=False),
            sa.Column("plan_id", sa.Uuid(), nullable=True),
            *columns,
            *_stamps(),
            sa.ForeignKeyConstraint(
                ["plan_id"], ["action_plan.id"], name=op.f(f"fk_{table}_plan_id_action_plan")
            ),
            sa.ForeignKeyConstraint(
                ["signatory_id"], ["signatory.id"], name=op.f(f"fk_{table}_signatory_id_signatory")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            for col in ("deleted_at", "plan_id", "signatory_id"):
                batch_op.create_index(batch_op.f(f"ix_{table}_{col}"), [col], unique=False)
            batch_op.create_index(f"ix_{table}_live", list(live), unique=False)
    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.add_column(sa.Column("action_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_financial_support_action_id_mitigation_action"),
            "mitigation_action",
            ["action_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("financial_support", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_financial_support_action_id_mitigation_action"), type_="foreignkey"
        )
        batch_op.drop_column("action_id")
    for table in reversed(_TABLES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(f"ix_{table}_live")
            for col in ("signatory_id", "plan_id", "deleted_at"):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{col}"))
        op.drop_table(table)
