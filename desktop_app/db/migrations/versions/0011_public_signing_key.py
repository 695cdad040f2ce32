"""the office's public signing key beside its private one

On an office server every login could read `database_identity`, so a viewer with psql
could read the private key and sign a sync package or a submission pack as the office.
The private key is now readable by editors only (server init and the upgrade set column
rights, db/office_server.identity_rights). A viewer still needs the public key, to check a
pack against this database's key, so it is kept here too, filled for a key made before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 23:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("database_identity") as batch:
        batch.add_column(sa.Column("public_key", sa.LargeBinary(), nullable=True))
    bind = op.get_bind()
    row = bind.execute(sa.text("SELECT signing_key FROM database_identity WHERE id = 1")).first()
    if row is not None and row[0]:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        key = Ed25519PrivateKey.from_private_bytes(bytes(row[0]))
        public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        bind.execute(
            sa.text("UPDATE database_identity SET public_key = :p WHERE id = 1"), {"p": public}
        )


def downgrade() -> None:
    with op.batch_alter_table("database_identity") as batch:
        batch.drop_column("public_key")
