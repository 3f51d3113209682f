"""When a round's case material leaves a member's laptop, and the record that it did.

Revision ID: 0012
Revises: 0011

Coordinator side: `round.erase_on` is the date the OPCC set for members' copies to be
erased, and `round.erase_days_after_meeting` says it was set as days after the panel
meeting (then `erase_on` is worked out again from the meeting date each time packs are
written). Member side: `round.erase_on` is the date the newest pack carried;
`erase_warned_7_on` and `erase_warned_1_on` are the local dates on which the 7-day and
the 1-day warning were shown (the 1-day one also records a warning shown late, after
the date); `material_erased_at` is when the round's documents, summaries, answers and
notes were removed, and `backups_cleared_at` when every backup had them removed too.
Only ADD COLUMN, nullable, so it runs in place like the other revisions.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("erase_on", sa.String(10)),
    ("erase_days_after_meeting", sa.Integer()),
    ("erase_warned_7_on", sa.String(10)),
    ("erase_warned_1_on", sa.String(10)),
    ("material_erased_at", sa.DateTime()),
    ("backups_cleared_at", sa.DateTime()),
)


def upgrade() -> None:
    with op.batch_alter_table("round", recreate="never") as batch:
        for name, kind in _COLUMNS:
            batch.add_column(sa.Column(name, kind, nullable=True))


def downgrade() -> None:
    """ALTER TABLE DROP COLUMN in place: a table rebuild would cascade to every case."""
    with op.batch_alter_table("round", recreate="never") as batch:
        for name, _kind in reversed(_COLUMNS):
            batch.drop_column(name)
