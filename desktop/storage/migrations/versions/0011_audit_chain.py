"""The audit log becomes a hash chain: one chain per round, one for the profile.

Revision ID: 0011
Revises: 0010

`audit_log` gains `round_id` (the round an entry is about; NULL for the profile's own
entries), `prev_hash` and `entry_hash` (`desktop.core.audit_chain`, docs/formats.md
"The audit chain"); `received_package` gains `audit_head` (the member's chain head a
package carried) and `audit_flag` (why it was taken with a warning). Entries written
before this revision are chained here, in their stored order (by id), so the result
depends only on the rows: the same file migrated twice gives the same hashes. An older
entry's round is the round of its case, or the `"round"` its JSON detail names, or the
round a force-response import's detail names; otherwise it belongs to the profile's
chain. Only ADD COLUMN with server defaults and a new index; the append-only triggers
are dropped for the fill and made again, as 0002 does.
"""

from __future__ import annotations

import json
import re

import sqlalchemy as sa
from alembic import op

from desktop.core.audit_chain import GENESIS, Link, entry_hash

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

AUDIT_TRIGGERS = ("UPDATE", "DELETE")
_FORCE_RESPONSES = re.compile(r"round (\d+): ", re.ASCII)  # force_responses_imported's detail


def _drop_audit_triggers() -> None:
    for verb in AUDIT_TRIGGERS:
        op.execute(f"DROP TRIGGER audit_log_no_{verb.lower()}")


def _create_audit_triggers() -> None:
    for verb in AUDIT_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def _round_named(detail: str) -> int | None:
    """The round an older entry's detail names, if it names one."""
    try:
        value = json.loads(detail)
    except ValueError:
        match = _FORCE_RESPONSES.match(detail)
        return int(match.group(1)) if match else None
    round_id = value.get("round") if isinstance(value, dict) else None
    return round_id if isinstance(round_id, int) and not isinstance(round_id, bool) else None


def _chain_existing(conn: sa.Connection) -> None:
    audit = sa.table(
        "audit_log",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("action", sa.String),
        sa.column("round_id", sa.Integer),
        sa.column("case_id", sa.Integer),
        sa.column("question_id", sa.String),
        sa.column("detail", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("entry_hash", sa.String),
    )
    cases = sa.table("case_file", sa.column("id", sa.Integer), sa.column("round_id", sa.Integer))
    round_of_case = dict(conn.execute(sa.select(cases.c.id, cases.c.round_id)).all())
    query = sa.select(
        audit.c.id, audit.c.at, audit.c.action, audit.c.case_id, audit.c.question_id, audit.c.detail
    ).order_by(audit.c.id)
    heads: dict[int | None, str] = {}
    for row_id, at, action, case_id, question_id, detail in conn.execute(query).all():
        detail = detail or ""
        round_id = round_of_case.get(case_id) if case_id is not None else None
        if round_id is None:
            round_id = _round_named(detail)
        prev = heads.get(round_id, GENESIS)
        link = Link(at, action, round_id, case_id, question_id, detail)
        heads[round_id] = entry_hash(prev, link)
        conn.execute(
            sa.update(audit)
            .where(audit.c.id == row_id)
            .values(round_id=round_id, prev_hash=prev, entry_hash=heads[round_id])
        )


def upgrade() -> None:
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.add_column(sa.Column("round_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("entry_hash", sa.String(64), nullable=False, server_default=""))
    op.create_index("ix_audit_log_round_id", "audit_log", ["round_id"])
    with op.batch_alter_table("received_package", recreate="never") as batch:
        batch.add_column(sa.Column("audit_head", sa.String(64), nullable=False, server_default=""))
        batch.add_column(sa.Column("audit_flag", sa.String(40), nullable=False, server_default=""))
    _drop_audit_triggers()
    _chain_existing(op.get_bind())
    _create_audit_triggers()


def downgrade() -> None:
    with op.batch_alter_table("received_package", recreate="never") as batch:
        batch.drop_column("audit_flag")
        batch.drop_column("audit_head")
    op.drop_index("ix_audit_log_round_id", table_name="audit_log")
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
        batch.drop_column("round_id")
