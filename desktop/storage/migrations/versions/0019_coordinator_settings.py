"""The coordinator's settings, by key.

Revision ID: 0019
Revises: 0018

`coordinator_setting` holds what a coordinator sets once for every round (the
commissioner's briefing's letterhead, signatory and Welsh Language statement, in each
language), one row per key. A new table only, so it runs in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coordinator_setting",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    op.drop_table("coordinator_setting")
