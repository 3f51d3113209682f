"""File names that carry no personal data: each round's short code and member number.

Revision ID: 0007
Revises: 0006

`round.code` is the round's short code (`HC-2026Q1`), set by the coordinator when the
first packs are written and carried in every pack; `round.member_number` is, on a
member's laptop, their number in the round as the pack gave it. Both name files
(`desktop/core/exchange_names.py`). Existing rounds start with no code: the coordinator's
next pack export gives one, and a member's package falls back to a name without one.
Only ADD COLUMN.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("round", recreate="never") as batch:
        batch.add_column(sa.Column("code", sa.String(40), nullable=False, server_default=""))
        batch.add_column(sa.Column("member_number", sa.Integer(), nullable=True))


def downgrade() -> None:
    """ALTER TABLE DROP COLUMN in place: a table rebuild would cascade to every case."""
    with op.batch_alter_table("round", recreate="never") as batch:
        batch.drop_column("member_number")
        batch.drop_column("code")
