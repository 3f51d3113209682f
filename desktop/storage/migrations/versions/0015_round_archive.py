"""The coordinator's archive of a published round, and the purge of its case material.

Revision ID: 0015
Revises: 0012

`round.archived_at` and `round.archive_sha256` record the last encrypted archive of the
round the coordinator wrote (when, and the hash of the file as written), which purging
needs first; `round.material_purged_at` is when the round's case documents, case
summaries and members' raw notes were removed from the working profile. `round_purge`
keeps one row per purge: when, against which archive, and how many of each were
removed, in counts, never content (services/round_archive.py). ADD COLUMN and a new
table only, so it runs in place like the other revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("archived_at", sa.DateTime()),
    ("archive_sha256", sa.String(64)),
    ("material_purged_at", sa.DateTime()),
)


def upgrade() -> None:
    with op.batch_alter_table("round", recreate="never") as batch:
        for name, kind in _COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))
    op.create_table(
        "round_purge",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.Column("archive_sha256", sa.String(64), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=False),
        sa.Column("documents", sa.Integer(), nullable=False),
        sa.Column("summaries", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Integer(), nullable=False),
        sa.Column("copies_rewritten", sa.Integer(), nullable=False),
        sa.Column("copies_removed", sa.Integer(), nullable=False),
    )
    op.create_index("ix_round_purge_round_id", "round_purge", ["round_id"])


def downgrade() -> None:
    op.drop_index("ix_round_purge_round_id", "round_purge")
    op.drop_table("round_purge")
    with op.batch_alter_table("round", recreate="never") as batch:
        for name, _kind in reversed(_COLUMNS):
            batch.drop_column(name)
