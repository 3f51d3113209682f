"""What someone holding a profile's key can do to its audit log: rewrite a row directly.

The log is append-only by trigger, but the trigger is part of the file, so whoever has
the key can drop it, change a row and put the trigger back. The chain is what makes
that visible; these helpers do it the way such a person would, with SQLCipher alone.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from desktop.paths import database_path
from tests.storage.test_upgrade_0001 import keyed_connection

TRIGGER = (
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
)


def rewrite_audit_row(folder: Path, row_id: int, **values: object) -> None:
    """Set `values` on audit row `row_id` of the (closed) profile in `folder`; with
    `rehash=True` also give every entry after it the hashes that would make the stored
    chain look whole again, as a careful forger would."""
    rehash = bool(values.pop("rehash", False))
    conn = keyed_connection(database_path(folder), "mode=rw")
    try:
        conn.execute("DROP TRIGGER audit_log_no_update")
        sets = ", ".join(f"{name} = ?" for name in values)
        changed = conn.execute(f"UPDATE audit_log SET {sets} WHERE id = ?", (*values.values(), row_id))
        assert changed.rowcount == 1, f"no audit row {row_id}"
        if rehash:
            _rehash(conn)
        conn.execute(TRIGGER)
        conn.commit()
    finally:
        conn.close()


def _rehash(conn: sqlcipher3.dbapi2.Connection) -> None:
    from datetime import datetime

    from desktop.core.audit_chain import GENESIS, Link, entry_hash

    heads: dict[int | None, str] = {}
    rows = conn.execute(
        "SELECT id, at, action, round_id, case_id, question_id, detail FROM audit_log ORDER BY id"
    ).fetchall()
    for row_id, at, action, round_id, case_id, question_id, detail in rows:
        prev = heads.get(round_id, GENESIS)
        link = Link(datetime.fromisoformat(at), action, round_id, case_id, question_id, detail)
        heads[round_id] = entry_hash(prev, link)
        conn.execute(
            "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?", (prev, heads[round_id], row_id)
        )


def audit_rows(folder: Path) -> list[tuple[int, str, int | None, str]]:
    """(id, action, round_id, detail) of every audit row, read with the key."""
    conn = keyed_connection(database_path(folder), "mode=ro")
    try:
        return list(conn.execute("SELECT id, action, round_id, detail FROM audit_log ORDER BY id"))
    finally:
        conn.close()
