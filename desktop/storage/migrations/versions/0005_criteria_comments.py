"""The coordinator's comment on each question of the report's criteria-count table.

Revision ID: 0005
Revises: 0004

`criteria_comment` holds, per round and question, the words the report prints in the
"Comments" column of the detailed findings (seed 002's table has such a column). Only
CREATE TABLE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "criteria_comment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "round_id",
            sa.Integer(),
            sa.ForeignKey("round.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint("round_id", "question_id"),
    )


def downgrade() -> None:
    op.drop_table("criteria_comment")
