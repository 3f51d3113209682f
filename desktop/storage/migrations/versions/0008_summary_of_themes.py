"""The panel's summary of themes, as the coordinator wrote it, and the draft it began from;
and for each case's comment, the draft it began from.

Revision ID: 0008
Revises: 0007

`round_background.summary` is the summary the report prints (empty: the report prints
the draft of the moment); `summary_drafted_from` is the draft the coordinator started
from, so the Report page can say what the draft has since gained or lost, without ever
changing the coordinator's words; `case_report.drafted_from` does the same for each
case's comment. Only ADD COLUMN.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("round_background", recreate="never") as batch:
        batch.add_column(sa.Column("summary", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("summary_drafted_from", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("case_report", recreate="never") as batch:
        batch.add_column(sa.Column("drafted_from", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("case_report", recreate="never") as batch:
        batch.drop_column("drafted_from")
    with op.batch_alter_table("round_background", recreate="never") as batch:
        batch.drop_column("summary_drafted_from")
        batch.drop_column("summary")
