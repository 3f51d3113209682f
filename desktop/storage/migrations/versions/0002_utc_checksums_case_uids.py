"""UTC timestamps, template checksums, stable case uids.

Revision ID: 0002
Revises: 0001

- Every timestamp becomes UTC (still a naive `DateTime`). Revision 0001 wrote local
  time; each value is converted with this machine's time-zone rules for that date, so
  summer and winter times are both right. Times in the repeated hour when clocks go
  back, or written under a different time zone than the machine has now, cannot be
  told apart and may be off by the difference (docs/decisions.md). An audit row
  records the conversion and the zone used.
- `template.sha256`: the hex SHA-256 of the exact stored text (UTF-8), so a different
  body under an existing id@version can be recognised and refused.
- `case_file.uid`: derived as in `desktop.core.identity.case_uid`, unique per round.

No table is rebuilt. Alembic's batch "move and copy" drops the old table, and with
`PRAGMA foreign_keys=ON` (which cannot be switched off inside this transaction) dropping
`case_file` deletes every answer, note and document through ON DELETE CASCADE. SQLite's
own ALTER TABLE ADD COLUMN and CREATE UNIQUE INDEX are enough here, so the batch
operations are told never to recreate. The audit log's triggers forbid UPDATE, so they
are dropped and created again around its conversion, in the same transaction.

Self-contained on purpose: a released migration must behave the same whatever later
application code does, so it copies what it needs instead of importing it.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Same value as desktop.core.identity.CASE_NAMESPACE (a test holds them together).
CASE_NAMESPACE = uuid.UUID("6f1d2a3e-8c4b-5e7f-9a01-2b3c4d5e6f70")

TIMESTAMPS = (
    ("profile", "created_at"),
    ("round", "created_at"),
    ("case_file", "updated_at"),
    ("answer", "updated_at"),
    ("note", "updated_at"),
    ("audit_log", "at"),
)
AUDIT_TRIGGERS = ("UPDATE", "DELETE")


def _case_uid(round_uid: str, reference: str) -> str:
    return str(uuid.uuid5(uuid.uuid5(CASE_NAMESPACE, round_uid), reference))


def _local_to_utc(local: datetime) -> datetime:
    """A naive local time read as this machine's local time, as naive UTC."""
    return local.astimezone(UTC).replace(tzinfo=None)


def _drop_audit_triggers() -> None:
    for verb in AUDIT_TRIGGERS:
        op.execute(f"DROP TRIGGER audit_log_no_{verb.lower()}")


def _create_audit_triggers() -> None:
    for verb in AUDIT_TRIGGERS:
        op.execute(
            f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
        )


def _utc_to_local(utc: datetime) -> datetime:
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _convert_timestamps(conn: sa.Connection, convert: Callable[[datetime], datetime]) -> int:
    """Convert every stored timestamp; returns how many there were."""
    converted = 0
    for table_name, column_name in TIMESTAMPS:
        table = sa.table(table_name, sa.column("id", sa.Integer), sa.column(column_name, sa.DateTime))
        column = table.c[column_name]
        rows = conn.execute(sa.select(table.c.id, column).where(column.is_not(None))).all()
        if rows:
            conn.execute(
                sa.update(table)
                .where(table.c.id == sa.bindparam("row_id"))
                .values({column_name: sa.bindparam("t")}),
                [{"row_id": row_id, "t": convert(value)} for row_id, value in rows],
            )
        converted += len(rows)
    return converted


def _fill_template_checksums(conn: sa.Connection) -> None:
    table = sa.table("template", sa.column("id", sa.Integer), sa.column("body", sa.Text), sa.column("sha256"))
    for row_id, body in conn.execute(sa.select(table.c.id, table.c.body)).all():
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        conn.execute(sa.update(table).where(table.c.id == row_id).values(sha256=digest))


def _fill_case_uids(conn: sa.Connection) -> None:
    cases = sa.table(
        "case_file",
        sa.column("id", sa.Integer),
        sa.column("round_id", sa.Integer),
        sa.column("reference"),
        sa.column("uid"),
    )
    rounds = sa.table("round", sa.column("id", sa.Integer), sa.column("uid"))
    query = sa.select(cases.c.id, rounds.c.uid, cases.c.reference).join(
        rounds, rounds.c.id == cases.c.round_id
    )
    for case_id, round_uid, reference in conn.execute(query).all():
        conn.execute(
            sa.update(cases).where(cases.c.id == case_id).values(uid=_case_uid(round_uid, reference))
        )


def _record_conversion(conn: sa.Connection) -> None:
    """Say in the audit log that earlier times were converted, and from which zone."""
    audit = sa.table("audit_log", sa.column("at", sa.DateTime), sa.column("action"), sa.column("detail"))
    zone = time.tzname[time.localtime().tm_isdst > 0]
    conn.execute(
        sa.insert(audit).values(
            at=datetime.now(UTC).replace(tzinfo=None),
            action="schema_upgraded",
            detail=json.dumps({"revision": revision, "timestamps_from_local_time": zone}),
        )
    )


def upgrade() -> None:
    conn = op.get_bind()
    _drop_audit_triggers()
    if _convert_timestamps(conn, _local_to_utc):
        _record_conversion(conn)
    _create_audit_triggers()

    with op.batch_alter_table("template", recreate="never") as batch:
        batch.add_column(sa.Column("sha256", sa.String(64), nullable=False, server_default=""))
    _fill_template_checksums(conn)

    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.add_column(sa.Column("uid", sa.String(64), nullable=False, server_default=""))
    _fill_case_uids(conn)
    op.create_index("uq_case_file_round_id_uid", "case_file", ["round_id", "uid"], unique=True)


def downgrade() -> None:
    """Back to revision 0001: local timestamps, no checksums, no case uids (tests use it).

    Columns are dropped with SQLite's ALTER TABLE DROP COLUMN, which rewrites rows in
    place and so, unlike a table rebuild, cascades nothing.
    """
    conn = op.get_bind()
    op.drop_index("uq_case_file_round_id_uid", table_name="case_file")
    with op.batch_alter_table("case_file", recreate="never") as batch:
        batch.drop_column("uid")
    with op.batch_alter_table("template", recreate="never") as batch:
        batch.drop_column("sha256")
    _drop_audit_triggers()
    _convert_timestamps(conn, _utc_to_local)
    _create_audit_triggers()
