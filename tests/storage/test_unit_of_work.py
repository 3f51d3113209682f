"""One unit of work per operation, on one keyed connection reused across threads."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from desktop.services import audit, profile
from desktop.services.rounds import NewCase, NewDocument, add_round, list_rounds
from desktop.storage.database import NestedSession
from desktop.storage.models import AuditEntry
from tests.conftest import PASSPHRASE, make_cases, small_template_body


def dump(db) -> dict[str, list[tuple]]:
    """Every row of every table, to compare before and after."""
    with db.engine.connect() as conn:
        tables = [r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))]
        return {t: sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{t}"')))) for t in tables}


def test_a_unit_of_work_inside_another_is_refused_and_nothing_is_kept(db) -> None:
    before = dump(db)
    with pytest.raises(NestedSession), db.session() as outer:
        audit.append(outer, "half_done")
        outer.flush()
        with db.session():
            pass
    assert dump(db) == before
    with db.session() as session:  # and the database is usable afterwards
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "half_done")).all() == []


def test_an_operation_that_fails_after_writing_leaves_nothing(db) -> None:
    add_round(db, "First round", small_template_body(), make_cases(2), due_date="2026-12-31")
    before = dump(db)
    twice = NewCase("SAME-REF", "hate_crime", ("race",), "One.", [NewDocument("Log", "text/plain", b"x")])
    with pytest.raises(Exception, match="UNIQUE"):
        add_round(db, "Second round", small_template_body(), [twice, twice], due_date="2026-12-31")
    assert dump(db) == before
    assert [r.title for r in list_rounds(db)] == ["First round"]


def test_the_connection_keyed_at_unlock_is_reused_on_another_thread(db, profile_dir: Path) -> None:
    """Deriving the key again on the GUI thread froze the window for a quarter of a second."""
    db.close()
    opened = []
    worker = threading.Thread(target=lambda: opened.append(profile.unlock(profile_dir, PASSPHRASE)))
    worker.start()
    worker.join()
    unlocked = opened[0]
    new_connections = []
    event.listen(unlocked.engine, "connect", lambda *_: new_connections.append(1))
    assert profile.profile_info(unlocked).display_name == "Test Member"  # here, on this thread
    assert new_connections == []
    unlocked.close()
