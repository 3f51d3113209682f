"""The coordinator's confirmation of each text before a report is published.

Revision ID: 0006
Revises: 0005

`publication_confirmation` holds, per round and text of the report (`block_key`, see
`desktop.reports.redaction.Place.key`), what the coordinator decided on reading it (kept,
edited with the new text, or blanked), the hash of the text as read, who confirmed it
and when (UTC). Only CREATE TABLE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "publication_confirmation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "round_id",
            sa.Integer(),
            sa.ForeignKey("round.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("block_key", sa.Text(), nullable=False),
        sa.Column("text_sha256", sa.String(64), nullable=False),
        sa.Column("decision", sa.String(8), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("confirmed_by", sa.String(200), nullable=False),
        sa.Column("confirmed_fingerprint", sa.String(40), nullable=False, server_default=""),
        sa.Column("confirmed_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "block_key"),
    )


def downgrade() -> None:
    op.drop_table("publication_confirmation")
