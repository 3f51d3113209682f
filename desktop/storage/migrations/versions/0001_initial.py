"""Initial schema: profile, templates, rounds, cases, documents, answers, notes, audit log.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _case_fk() -> sa.Column[int]:
    return sa.Column("case_id", sa.Integer, sa.ForeignKey("case_file.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    op.create_table(
        "profile",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("idle_lock_minutes", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "template",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("template_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.UniqueConstraint("template_id", "version"),
    )
    op.create_table(
        "round",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("panel", sa.String(200), nullable=False),
        sa.Column("due_date", sa.String(10)),
        sa.Column("template_pk", sa.Integer, sa.ForeignKey("template.id"), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("round_id", sa.Integer, sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("reference", sa.String(100), nullable=False),
        sa.Column("case_type", sa.String(32), nullable=False),
        sa.Column("strands", sa.Text, nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("defer_reason", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime),
        sa.UniqueConstraint("round_id", "reference"),
    )
    op.create_index("ix_case_file_round_id", "case_file", ["round_id"])
    op.create_table(
        "document",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
    )
    op.create_index("ix_document_case_id", "document", ["case_id"])
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Text),
        sa.Column("hours", sa.Integer),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("case_id", "question_id"),
    )
    op.create_index("ix_answer_case_id", "answer", ["case_id"])
    op.create_table(
        "note",
        sa.Column("id", sa.Integer, primary_key=True),
        _case_fk(),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("case_id", "question_id"),
    )
    op.create_index("ix_note_case_id", "note", ["case_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("case_id", sa.Integer),
        sa.Column("question_id", sa.String(64)),
        sa.Column("detail", sa.Text, nullable=False),
    )
    for verb in ("UPDATE", "DELETE"):
        op.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def downgrade() -> None:
    for table in ("audit_log", "note", "answer", "document", "case_file", "round", "template"):
        op.drop_table(table)
    op.drop_table("profile")
