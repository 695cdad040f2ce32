"""audit trail as a hash chain: seq and chain_hash on every entry

An audit entry added or edited afterwards with any SQL tool was indistinguishable from a
real one (a forged entry in a backup was restored as it was). Each entry now carries its
position in the trail (`seq`) and the SHA-256 of its content and the previous entry's hash
(`chain_hash`, see desktop_app.db.audit_chain). Existing entries are chained here in the
order they were written (changed_at, then id): the chain of an upgraded database starts at
its first entry, and proves nothing about entries changed before this migration ran.

The columns stay nullable so SQLite adds them without rebuilding the (large) table; an
entry without a hash is reported by `db check` as outside the chain.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 17:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from desktop_app.db.audit_chain import START, audit_table, link

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHUNK = 2000


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("chain_hash", sa.String(length=64), nullable=True))
    bind = op.get_bind()
    t = audit_table
    rows = [
        dict(r)
        for r in bind.execute(
            sa.select(*(c for c in t.c if c.name not in ("seq", "chain_hash"))).order_by(
                t.c.changed_at, t.c.id
            )
        ).mappings()
    ]
    link(rows, START)
    update = (
        sa.update(t)
        .where(t.c.id == sa.bindparam("key"))
        .values(seq=sa.bindparam("seq"), chain_hash=sa.bindparam("chain_hash"))
    )
    for at in range(0, len(rows), CHUNK):
        bind.execute(
            update,
            [
                {"key": r["id"], "seq": r["seq"], "chain_hash": r["chain_hash"]}
                for r in rows[at : at + CHUNK]
            ],
        )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_seq", ["seq"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_seq")
        batch_op.drop_column("chain_hash")
        batch_op.drop_column("seq")
