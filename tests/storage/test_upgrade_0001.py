"""Upgrading a database the revision-0001 code really wrote (tests/fixtures/profile-0001.db).

Each test works on a copy in tmp_path, through the real unlock path
(`profile.open_profile`), so the backup hook and the checks run as on a member's laptop.
The committed file is never opened read-write.
"""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from desktop.core import identity
from desktop.core.identity import case_uid
from desktop.core.secret import holding
from desktop.paths import database_path
from desktop.services import profile, review
from desktop.services.rounds import list_cases, list_rounds
from desktop.storage import backup, schema
from desktop.storage.database import opening_key
from tests.conftest import PASSPHRASE
from tests.fixtures import make_fixture_0001 as made

FIXTURE = made.FIXTURE
# A POSIX zone string, so no tz database is needed: UTC+05:30 all year, which makes the
# expected conversion the same whatever day the test runs.
ZONE = "IST-5:30"
OFFSET = timedelta(hours=5, minutes=30)
TIMESTAMPS = {
    "profile": "created_at",
    "round": "created_at",
    "case_file": "updated_at",
    "answer": "updated_at",
    "note": "updated_at",
    "audit_log": "at",
}
NEW_COLUMNS = {  # 0002, then 0003 (0004 to 0006 only add tables), then 0007 to 0012, 0014
    "template": {"sha256"},
    "case_file": {"uid", "withdrawn", "change_reason"},
    "profile": {"role", "signing_private", "encryption_identity"},
    "round": {
        "coordinator_id",
        "revision",
        "review_revision",
        "code",
        "member_number",
        "written_in",
        "erase_on",
        "erase_days_after_meeting",
        "erase_warned_7_on",
        "erase_warned_1_on",
        "material_erased_at",
        "archived_at",
        "archive_sha256",
        "material_purged_at",
        "backups_cleared_at",
    },
    "round_background": {"summary", "summary_drafted_from"},
    "case_report": {"drafted_from"},
    "note": {"language"},
    "audit_log": {"round_id", "prev_hash", "entry_hash"},
    "received_package": {"audit_head", "audit_flag"},
}
Dump = dict[str, dict[int, dict[str, Any]]]


def keyed_connection(path: Path, mode: str) -> sqlcipher3.dbapi2.Connection:
    """A connection to the database at `path` opened with `mode` (a URI parameter, such as
    immutable=1 or mode=ro) and keyed with the tests' passphrase, whichever way the file is
    keyed: derived from the passphrase (0.2.0 on), or the passphrase itself (before)."""
    conn = sqlcipher3.dbapi2.connect(f"{path.as_uri()}?{mode}", uri=True)
    with holding(PASSPHRASE) as held:
        key = opening_key(path, held)
        key.apply(conn)
        key.wipe()
    return conn


def dump(path: Path) -> Dump:
    """Every row of every table of a closed database, read without writing anything.

    Keyed whichever way the file is: derived from the passphrase (this release), or with
    the passphrase itself (files written before it).
    """
    conn = keyed_connection(path, "immutable=1")
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        result: Dump = {}
        for table in tables:
            cursor = conn.execute(f"SELECT * FROM {table}")
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor]
            result[table] = {row.get("id", i): row for i, row in enumerate(rows)}
        return result
    finally:
        conn.close()


@pytest.fixture
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time zone during the migration."""
    monkeypatch.setenv("TZ", ZONE)
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def old_profile(tmp_path: Path) -> Path:
    folder = tmp_path / "profile"
    folder.mkdir()
    shutil.copyfile(FIXTURE, database_path(folder))
    return folder


def _upgrade(folder: Path) -> None:
    opened = profile.open_profile(folder, PASSPHRASE)
    assert opened.backup_problem is None
    opened.db.close()


def test_the_fixture_is_revision_0001_and_closed_cleanly() -> None:
    assert dump(FIXTURE)["alembic_version"][0]["version_num"] == "0001"
    assert not list(FIXTURE.parent.glob("*-wal")) and not list(FIXTURE.parent.glob("*-shm"))
    assert FIXTURE.stat().st_size < 200_000


def test_upgrade_keeps_every_row_and_converts_timestamps_to_utc(old_profile: Path, local_zone: None) -> None:
    fixture_bytes = FIXTURE.read_bytes()
    before = dump(database_path(old_profile))
    _upgrade(old_profile)
    after = dump(database_path(old_profile))

    assert after["alembic_version"][0]["version_num"] == schema.HEAD == "0019"
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        for key, old in rows.items():
            new = after[table][key]
            assert set(new) - set(old) == NEW_COLUMNS.get(table, set()), table
            for column, value in old.items():
                if column == TIMESTAMPS.get(table) and value is not None:
                    local = datetime.fromisoformat(value)
                    assert datetime.fromisoformat(new[column]) == local - OFFSET, (table, key)
                else:
                    assert new[column] == value, (table, key, column)
    # a note written before notes were marked has no mark: read as the round's language
    assert after["note"] and {row["language"] for row in after["note"].values()} == {""}
    added = set(after["audit_log"]) - set(before["audit_log"])
    # the migration's record, then the keys a pre-0003 profile is given at its first unlock
    assert sorted(after["audit_log"][k]["action"] for k in added) == ["keys_created", "schema_upgraded"]
    assert FIXTURE.read_bytes() == fixture_bytes


def test_upgrade_fills_template_checksums_and_case_uids(old_profile: Path) -> None:
    _upgrade(old_profile)
    after = dump(database_path(old_profile))
    for row in after["template"].values():
        assert row["sha256"] == hashlib.sha256(row["body"].encode("utf-8")).hexdigest()
    uids = {row["reference"]: row["uid"] for row in after["case_file"].values()}
    assert uids == {ref: case_uid(made.ROUND_UID, ref) for ref in made.REFERENCES}


def test_answers_notes_statuses_and_reasons_read_back_through_the_services(old_profile: Path) -> None:
    opened = profile.open_profile(old_profile, PASSPHRASE)
    db = opened.db
    try:
        assert profile.profile_info(db).display_name == made.DISPLAY_NAME
        (round_row,) = list_rounds(db)
        assert round_row.title == made.ROUND_TITLE
        cases = {c.reference: c for c in list_cases(db, round_row.id)}
        assert {ref: c.status for ref, c in cases.items()} == made.STATUSES
        assert cases["FIX-002"].defer_reason == made.DEFER_REASON
        answers = {ref: review.open_case(db, c.id).answers for ref, c in cases.items()}
        for ref, question, value, hours in made.ANSWERS:
            assert (answers[ref][question].value, answers[ref][question].hours) == (value, hours)
        for ref, question, text in made.NOTES:
            assert answers[ref][question].note == text
        assert answers["FIX-001"]["assessed"].note == made.LONG_NOTE
        assert "ŵ ŷ" in answers["FIX-001"]["strands"].note
    finally:
        db.close()


def test_a_backup_is_made_first_and_a_second_open_migrates_nothing(old_profile: Path) -> None:
    fixture_bytes = database_path(old_profile).read_bytes()
    _upgrade(old_profile)
    (before_migration,) = [b for b in profile.list_backups(old_profile) if b.kind == backup.BEFORE_MIGRATION]
    assert dump(before_migration.path)["alembic_version"][0]["version_num"] == "0001"
    assert dump(before_migration.path)["answer"] == dump(FIXTURE)["answer"]
    assert fixture_bytes == FIXTURE.read_bytes()

    upgraded = dump(database_path(old_profile))
    _upgrade(old_profile)
    assert dump(database_path(old_profile)) == upgraded
    assert [b.kind for b in profile.list_backups(old_profile)].count(backup.BEFORE_MIGRATION) == 1


def _migration_0002() -> Any:
    path = schema.MIGRATIONS / "versions" / "0002_utc_checksums_case_uids.py"
    spec = importlib.util.spec_from_file_location("migration_0002", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_local_times_are_converted_with_the_rules_for_their_own_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Summer and winter times in a zone with clock changes (UK rules, as a POSIX string)."""
    module = _migration_0002()
    monkeypatch.setenv("TZ", "GMT0BST,M3.5.0/1,M10.5.0")
    time.tzset()
    try:
        summer = module._local_to_utc(datetime(2026, 7, 1, 12, 0))
        winter = module._local_to_utc(datetime(2026, 1, 15, 12, 0))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert (summer, winter) == (datetime(2026, 7, 1, 11, 0), datetime(2026, 1, 15, 12, 0))


def test_the_migration_derives_case_uids_exactly_as_the_services_do() -> None:
    module = _migration_0002()
    assert module.CASE_NAMESPACE == identity.CASE_NAMESPACE
    for round_uid, reference in [("r", "FIX-001"), ("0f" * 16, "ŵ/ŷ"), ("a/b", "c")]:
        assert module._case_uid(round_uid, reference) == case_uid(round_uid, reference)


def test_downgrading_to_0001_gives_back_the_original_rows(old_profile: Path, local_zone: None) -> None:
    from alembic import command
    from alembic.config import Config

    original = dump(database_path(old_profile))
    opened = profile.open_profile(old_profile, PASSPHRASE)
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    with opened.db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0001")
    opened.db.close()
    back = dump(database_path(old_profile))
    added = set(back["audit_log"]) - set(original["audit_log"])  # the log only grows
    assert sorted(back["audit_log"][k]["action"] for k in added) == ["keys_created", "schema_upgraded"]
    for key in added:
        del back["audit_log"][key]
    assert back == original
