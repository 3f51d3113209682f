"""Changes after completion carry their reason, on both sides.

Revision ID: 0014
Revises: 0012

Member side: `case_file.change_reason` is the sentence the member gave when they last
reopened a completed (or already sent) case ("" when it was never reopened so); while
it is set, each change to an answer or note of the case is kept in `answer_change`
(one row per question until the next review package is sent, which sets
`sent_revision`). Coordinator side: `received_change` holds the changes a package
declared (docs/formats.md, "Changes after completion"). A received package's `state`
may now also be "pending" (differs from the accepted one; waits for the coordinator)
or "declined" (the coordinator kept the earlier revision). Only new tables and ADD
COLUMN with a server default, so it runs in place like the other revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.add_column(sa.Column("change_reason", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "answer_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("old_hours", sa.Integer(), nullable=True),
        sa.Column("new_hours", sa.Integer(), nullable=True),
        sa.Column("old_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("new_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("sent_revision", sa.Integer(), nullable=True),
    )
    op.create_index("ix_answer_change_case_id", "answer_change", ["case_id"])
    op.create_table(
        "received_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "package_id",
            sa.Integer(),
            sa.ForeignKey("received_package.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("at", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_received_change_package_id", "received_change", ["package_id"])


def downgrade() -> None:
    op.drop_index("ix_received_change_package_id", "received_change")
    op.drop_table("received_change")
    op.drop_index("ix_answer_change_case_id", "answer_change")
    op.drop_table("answer_change")
    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.drop_column("change_reason")
