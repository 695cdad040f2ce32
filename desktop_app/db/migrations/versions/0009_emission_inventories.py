"""emission inventories and their energy grids (sector x carrier cells)

A signatory's baseline and monitoring emission inventories: inventory year, population,
the emission-factor approach and unit, locally produced electricity and heat, local
factors the user may enter, and the totals the signatory's own document states (checked
against the computed ones). The grid of final energy consumption is one row per filled
cell (inventory, sector code, carrier code, MWh). New tables: no existing row changes.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 21:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
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


def upgrade() -> None:
    op.create_table(
        "emission_inventory",
        sa.Column("signatory_id", sa.Uuid(), nullable=False),
        sa.Column("inventory_type", sa.String(length=40), nullable=False),
        sa.Column("inventory_year", sa.Integer(), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("factor_approach", sa.String(length=40), nullable=False),
        sa.Column("emission_unit", sa.String(length=40), nullable=False),
        sa.Column("local_electricity_mwh", sa.Numeric(16, 1), nullable=True),
        sa.Column("local_heat_mwh", sa.Numeric(16, 1), nullable=True),
        sa.Column("electricity_factor", sa.Numeric(12, 6), nullable=True),
        sa.Column("heat_factor", sa.Numeric(12, 6), nullable=True),
        sa.Column("factor_source", sa.String(length=300), nullable=False),
        sa.Column("entered_total_mwh", sa.Numeric(16, 1), nullable=True),
        sa.Column("entered_total_emissions", sa.Numeric(16, 1), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["signatory_id"],
            ["signatory.id"],
            name=op.f("fk_emission_inventory_signatory_id_signatory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emission_inventory")),
    )
    with op.batch_alter_table("emission_inventory", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_emission_inventory_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_emission_inventory_signatory_id"), ["signatory_id"], unique=False
        )
        batch_op.create_index(
            "ix_emission_inventory_live",
            ["deleted_at", "signatory_id", "inventory_year"],
            unique=False,
        )
    op.create_table(
        "emission_inventory_cell",
        sa.Column("inventory_id", sa.Uuid(), nullable=False),
        sa.Column("sector", sa.String(length=60), nullable=False),
        sa.Column("carrier", sa.String(length=40), nullable=False),
        sa.Column("mwh", sa.Numeric(16, 1), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["inventory_id"],
            ["emission_inventory.id"],
            name=op.f("fk_emission_inventory_cell_inventory_id_emission_inventory"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emission_inventory_cell")),
    )
    with op.batch_alter_table("emission_inventory_cell", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_emission_inventory_cell_deleted_at"), ["deleted_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_emission_inventory_cell_inventory_id"), ["inventory_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("emission_inventory_cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emission_inventory_cell_inventory_id"))
        batch_op.drop_index(batch_op.f("ix_emission_inventory_cell_deleted_at"))
    op.drop_table("emission_inventory_cell")
    with op.batch_alter_table("emission_inventory", schema=None) as batch_op:
        batch_op.drop_index("ix_emission_inventory_live")
        batch_op.drop_index(batch_op.f("ix_emission_inventory_signatory_id"))
        batch_op.drop_index(batch_op.f("ix_emission_inventory_deleted_at"))
    op.drop_table("emission_inventory")
