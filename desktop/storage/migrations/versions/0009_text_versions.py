"""Every text the panel types, in English and Welsh: the round's language, each text's
version in the other language, and a translation memory shared by every round.

Revision ID: 0009
Revises: 0008

`round.written_in` is the language the coordinator writes the round's texts in ("en" or
"cy"; a Welsh-first OPCC writes Welsh and has it translated into English).
`text_version` holds a text's version in another language, keyed by the text's place in
the report (`reports.redaction.Place.key`) and holding the SHA-256 of the text it
translates: once that text changes, the version no longer counts and the text is listed
as changed since it was translated. `translation_memory` remembers each translation by
its source text, so a text met again in a later round is offered again. Only ADD COLUMN
and CREATE TABLE.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("round", recreate="never") as batch:
        batch.add_column(sa.Column("written_in", sa.String(2), nullable=False, server_default="en"))
    op.create_table(
        "text_version",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("place_key", sa.Text(), nullable=False),
        sa.Column("language", sa.String(2), nullable=False),
        sa.Column("text", sa.Text(), nullable=False, server_default=""),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(16), nullable=False, server_default="typed"),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "place_key", "language"),
    )
    op.create_index("ix_text_version_round_id", "text_version", ["round_id"])
    op.create_table(
        "translation_memory",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source_language", sa.String(2), nullable=False),
        sa.Column("source_sha256", sa.String(64), nullable=False),
        sa.Column("target_language", sa.String(2), nullable=False),
        sa.Column("source_text", sa.Text(), nullable=False),
        sa.Column("target_text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("source_language", "source_sha256", "target_language"),
    )


def downgrade() -> None:
    op.drop_table("translation_memory")
    op.drop_index("ix_text_version_round_id", table_name="text_version")
    op.drop_table("text_version")
    with op.batch_alter_table("round", recreate="never") as batch:
        batch.drop_column("written_in")
