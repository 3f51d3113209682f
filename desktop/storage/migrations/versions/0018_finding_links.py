"""The findings an observation or a recommendation answers.

Revision ID: 0018
Revises: 0016

`finding_link` ties one observation or one recommendation (exactly one of the two) to a
checklist question id, and optionally to the round whose finding it was (NULL: the
question wherever it recurs). Deleting the observation or recommendation deletes its
links; a round removed leaves the link to the question. A new table only, so it runs in
place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_link",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "observation_id",
            sa.Integer(),
            sa.ForeignKey("observation.id", ondelete="CASCADE"),
            nullable=True,
            index=True,
        ),
        sa.Column(
            "recommendation_id",
            sa.Integer(),
            sa.ForeignKey("recommendation.id", ondelete="CASCADE"),
            nullable=True,
            index=True,
        ),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="SET NULL"), nullable=True),
        sa.CheckConstraint(
            "(observation_id IS NULL) != (recommendation_id IS NULL)", name="finding_link_one_owner"
        ),
    )


def downgrade() -> None:
    op.drop_table("finding_link")
