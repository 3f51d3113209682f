"""Signed erasure receipts: the member keeps theirs to send, the coordinator records them.

Revision ID: 0016
Revises: 0012

Member side: `erasure_receipt` holds, per round whose material was erased, what was
erased (counts only), when, and the sealed receipt file itself (`file`, signed by the
member and encrypted to the round's coordinator), so it can be saved again and again
after the material is gone, always the same bytes. Coordinator side: `received_receipt`
holds, per round and member, the first receipt taken: when the member's copy was erased,
the counts it names, and the file's SHA-256. New tables only, so it runs in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def _counts() -> list[sa.Column[int]]:
    names = ("cases", "documents", "answers", "notes", "copies_rewritten", "copies_removed")
    return [sa.Column(name, sa.Integer(), nullable=False, server_default="0") for name in names]


def upgrade() -> None:
    op.create_table(
        "erasure_receipt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "round_id",
            sa.Integer(),
            sa.ForeignKey("round.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        *_counts(),
        sa.Column("file", sa.LargeBinary(), nullable=True),
        sa.Column("file_name", sa.String(300), nullable=False, server_default=""),
    )
    op.create_table(
        "received_receipt",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("member_id", sa.Integer(), sa.ForeignKey("roster_member.id"), nullable=False),
        sa.Column("erased_at", sa.DateTime(), nullable=False),
        *_counts(),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "member_id"),
    )


def downgrade() -> None:
    op.drop_table("received_receipt")
    op.drop_table("erasure_receipt")
