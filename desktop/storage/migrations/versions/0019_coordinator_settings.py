"""The coordinator's settings, by key; a change of cited evidence on the member's side.

Revision ID: 0019
Revises: 0018

`coordinator_setting` holds what a coordinator sets once for every round (the
commissioner's briefing's letterhead, signatory and Welsh Language statement, in each
language; the force and OPCC the dataset was last exported for), one row per key.
`answer_change.evidence_changed` says a change after completion added or removed a
cited page, so a change of evidence alone is declared to the coordinator with its
reason. A new table and a new column with a default, so it runs in place.
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
    with op.batch_alter_table("answer_change") as table:
        table.add_column(sa.Column("evidence_changed", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("answer_change") as table:
        table.drop_column("evidence_changed")
    op.drop_table("coordinator_setting")
