"""The encrypted database: encryption, wrong passphrase, migrations, audit log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError, IntegrityError

from desktop.paths import database_path
from desktop.services import profile, review
from desktop.storage import schema
from desktop.storage.database import (
    DatabaseDamaged,
    DatabaseMissing,
    WrongPassphrase,
    open_database,
)
from desktop.storage.rekeying import change_passphrase
from tests.conftest import PASSPHRASE


def test_file_is_encrypted_and_holds_no_plaintext(db, round_id, profile_dir: Path) -> None:
    from desktop.services.rounds import list_cases

    first = list_cases(db, round_id)[0]
    review.save_note(db, first.id, "assessed", "UNIQUE-NOTE-MARKER-7731 seen in the log")
    db.close()
    raw = b"".join(p.read_bytes() for p in profile_dir.iterdir() if p.is_file())
    assert not database_path(profile_dir).read_bytes().startswith(b"SQLite format 3")
    for marker in (b"UNIQUE-NOTE-MARKER-7731", b"SECRET-NOTE-1", b"Test Member", b"TEST-001"):
        assert marker not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database_path(profile_dir)).execute("select * from sqlite_master").fetchall()


def test_wrong_passphrase_fails_cleanly_and_right_one_still_works(db, profile_dir: Path) -> None:
    db.close()
    before = database_path(profile_dir).read_bytes()
    with pytest.raises(WrongPassphrase):
        profile.unlock(profile_dir, "not the passphrase")
    assert database_path(profile_dir).read_bytes() == before
    again = profile.unlock(profile_dir, PASSPHRASE)
    assert profile.profile_info(again).display_name == "Test Member"
    again.close()


def test_missing_database_is_reported(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "none.db", PASSPHRASE)


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "panel-review.db"
    bogus.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(DatabaseDamaged):  # shorter than one page: never a whole database
        open_database(bogus, PASSPHRASE)
    bogus.write_bytes(bytes(range(256)) * 48)  # whole pages of noise look like a wrong key
    with pytest.raises(WrongPassphrase):
        open_database(bogus, PASSPHRASE)


def test_change_passphrase_rekeys(db, profile_dir: Path) -> None:
    problems = profile.change_passphrase(db, PASSPHRASE, "a brand new sentence", "a brand new sentence")
    assert problems == []
    assert profile.profile_info(db).display_name == "Test Member"
    db.close()
    with pytest.raises(WrongPassphrase):
        profile.unlock(profile_dir, PASSPHRASE)
    profile.unlock(profile_dir, "a brand new sentence").close()


def test_change_passphrase_refuses_wrong_current_and_weak_new(db, profile_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        profile.change_passphrase(db, "wrong current", "a brand new sentence", "a brand new sentence")
    problems = profile.change_passphrase(db, PASSPHRASE, "short", "short")
    assert profile.PassphraseProblem.TOO_SHORT in problems
    db.close()
    profile.unlock(profile_dir, PASSPHRASE).close()


def test_low_level_rekey_keeps_data(db, round_id) -> None:
    change_passphrase(db, "another long passphrase")
    with db.session() as s:
        assert s.execute(text("select count(*) from case_file")).scalar() == 3


def test_wal_mode_and_full_sync(db) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_migrations_from_empty_reach_head_and_head_constant_matches(tmp_path: Path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == schema.HEAD
    database = open_database(tmp_path / "m.db", PASSPHRASE, create=True)
    assert schema.current_revision(database.engine) == schema.HEAD
    tables = {
        r[0]
        for r in database.engine.connect().exec_driver_sql(
            "select name from sqlite_master where type='table'"
        )
    }
    assert {"profile", "round", "case_file", "document", "answer", "note", "audit_log"} <= tables
    database.close()


def test_every_revision_upgrades_to_head(tmp_path: Path) -> None:
    """From each revision's empty schema to the newest (tests/storage/test_upgrade_0001.py
    upgrades a database full of real rows)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from desktop.core.secret import Passphrase
    from desktop.storage.database import engine_for
    from desktop.storage.keying import RawKey, new_salt

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    revisions = [r.revision for r in ScriptDirectory.from_config(config).walk_revisions()]
    assert revisions[0] == schema.HEAD
    for i, rev in enumerate(revisions):
        engine = engine_for(
            tmp_path / f"r{i}.db", RawKey.derive(Passphrase(bytearray(b"x" * 12)), new_salt(), new_file=True)
        )
        try:
            schema.migrate(engine, rev)
            assert schema.current_revision(engine) == rev
            schema.migrate(engine)
            assert schema.current_revision(engine) == schema.HEAD
        finally:
            engine.dispose()


def test_audit_log_is_append_only(db, round_id) -> None:
    from desktop.services.rounds import list_cases

    case = list_cases(db, round_id)[0]
    review.save_answer(db, case.id, "assessed", "yes")
    with pytest.raises((IntegrityError, DatabaseError)), db.session() as s:
        s.execute(text("update audit_log set action = 'x'"))
    with pytest.raises((IntegrityError, DatabaseError)), db.session() as s:
        s.execute(text("delete from audit_log"))
    with db.session() as s:
        actions = [r[0] for r in s.execute(text("select action from audit_log order by id"))]
    assert actions[0] == "profile_created"
    assert "answer_saved" in actions
