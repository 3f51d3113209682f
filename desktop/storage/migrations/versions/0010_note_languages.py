"""The language each member's note is written in, on the member's side and as received.

Revision ID: 0010
Revises: 0009

A member marks each note as written in English or Welsh (`note.language`); the mark
travels in the review package and the coordinator keeps it with the answer
(`received_answer.note_language`), so the report prints a note in its own language
and tags it so. "" is a note from before the mark existed, read as the round's
language. Only ADD COLUMN with a server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("note", recreate="never") as batch:
        batch.add_column(sa.Column("language", sa.String(2), nullable=False, server_default=""))
    with op.batch_alter_table("received_answer", recreate="never") as batch:
        batch.add_column(sa.Column("note_language", sa.String(2), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("received_answer", recreate="never") as batch:
        batch.drop_column("note_language")
    with op.batch_alter_table("note", recreate="never") as batch:
        batch.drop_column("language")
