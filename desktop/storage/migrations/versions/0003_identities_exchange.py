"""Identities and the exchange between coordinator and members.

Revision ID: 0003
Revises: 0002

- `profile.role` ("member" or "coordinator", existing profiles are members) and the
  profile's private keys (`signing_private`: raw Ed25519, `encryption_identity`: the
  age identity). Keys are NULL after this migration; the services generate them at the
  first unlock, so a released migration never depends on the crypto libraries.
- Member side: `coordinator_pin` (a coordinator's keys, pinned when the member first
  confirmed the fingerprint), `round.coordinator_id`, `round.revision` (the pack
  revision applied), `round.review_revision` (the last review package sent),
  `case_file.withdrawn` (a case a later pack withdrew: kept read-only with its answers).
- Coordinator side: `roster_member` (member cards), `assignment` and `conflict`
  (which member reviews which case, who must never), `pack_sent` (who was sent a
  pack of which revision, so a member whose every case is withdrawn still hears of it),
  and the inbox's
  `received_package`, `received_case` and `received_answer`.

Only ADD COLUMN and CREATE TABLE: no table is rebuilt (see 0002 for why that matters).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _keys() -> list[sa.Column[str]]:
    return [
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("fingerprint", sa.String(40), nullable=False, unique=True),
        sa.Column("signing_key", sa.String(64), nullable=False),
        sa.Column("encryption_key", sa.String(100), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("profile", recreate="never") as batch:
        batch.add_column(sa.Column("role", sa.String(16), nullable=False, server_default="member"))
        batch.add_column(sa.Column("signing_private", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("encryption_identity", sa.Text(), nullable=True))
    op.create_table(
        "coordinator_pin",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_keys(),
        sa.Column("pinned_at", sa.DateTime(), nullable=False),
    )
    with op.batch_alter_table("round", recreate="never") as batch:
        batch.add_column(sa.Column("coordinator_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("revision", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("review_revision", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.add_column(sa.Column("withdrawn", sa.Boolean(), nullable=False, server_default="0"))
    op.create_table(
        "roster_member",
        sa.Column("id", sa.Integer(), primary_key=True),
        *_keys(),
        sa.Column("card", sa.LargeBinary(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
    )
    _create_exchange_tables()


def _create_exchange_tables() -> None:
    def case_fk() -> sa.ForeignKey:
        return sa.ForeignKey("case_file.id", ondelete="CASCADE")

    def member_fk() -> sa.ForeignKey:
        return sa.ForeignKey("roster_member.id")

    for name in ("assignment", "conflict"):
        op.create_table(
            name,
            sa.Column("id", sa.Integer(), primary_key=True),
            sa.Column("case_id", sa.Integer(), case_fk(), nullable=False, index=True),
            sa.Column("member_id", sa.Integer(), member_fk(), nullable=False, index=True),
            sa.UniqueConstraint("case_id", "member_id"),
        )
    op.create_table(
        "pack_sent",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("member_id", sa.Integer(), member_fk(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("round_id", "member_id", "revision"),
    )
    op.create_table(
        "received_package",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("round.id", ondelete="CASCADE"), nullable=False),
        sa.Column("member_id", sa.Integer(), member_fk(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.UniqueConstraint("round_id", "member_id", "revision"),
    )

    def package_fk() -> sa.ForeignKey:
        return sa.ForeignKey("received_package.id", ondelete="CASCADE")

    op.create_table(
        "received_case",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("package_id", sa.Integer(), package_fk(), nullable=False, index=True),
        sa.Column("case_id", sa.Integer(), case_fk(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("defer_reason", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "received_answer",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("package_id", sa.Integer(), package_fk(), nullable=False, index=True),
        sa.Column("case_id", sa.Integer(), case_fk(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("hours", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
    )


def downgrade() -> None:
    for table in (
        "received_answer",
        "received_case",
        "received_package",
        "pack_sent",
        "conflict",
        "assignment",
    ):
        op.drop_table(table)
    op.drop_table("roster_member")
    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.drop_column("withdrawn")
    with op.batch_alter_table("round", recreate="never") as batch:
        for column in ("review_revision", "revision", "coordinator_id"):
            batch.drop_column(column)
    op.drop_table("coordinator_pin")
    with op.batch_alter_table("profile", recreate="never") as batch:
        for column in ("encryption_identity", "signing_private", "role"):
            batch.drop_column(column)
