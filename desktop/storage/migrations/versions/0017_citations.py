"""Answers cite their evidence: a document page, and the words quoted from it.

Revision ID: 0017
Revises: 0016

Member side: `citation` holds, per case and question, the pages the member cited in
order: the document's number in the case (1-based, as the assignment pack listed it),
the page (1-based) and the words they selected there ("" for the page alone).
Coordinator side: `received_citation` holds the same, per received package, as the
package carried it. New tables only, so it runs in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def _cited() -> list[sa.Column[object]]:
    return [
        sa.Column("case_id", sa.Integer(), sa.ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("document", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False, server_default=""),
    ]


def upgrade() -> None:
    op.create_table(
        "citation",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_cited(),
        sa.Index("ix_citation_case_id", "case_id"),
    )
    op.create_table(
        "received_citation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "package_id",
            sa.Integer(),
            sa.ForeignKey("received_package.id", ondelete="CASCADE"),
            nullable=False,
        ),
        *_cited(),
        sa.Index("ix_received_citation_package_id", "package_id"),
    )


def downgrade() -> None:
    op.drop_table("received_citation")
    op.drop_table("citation")
