"""Each way a database can fail to open gets its own error, and the file is never changed.

Real files throughout: truncated, zero-length, plain SQLite, damaged in the middle, on
a read-only disk and on a full one (tmpfs mounts from tests/fs_faults.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from desktop.paths import backups_dir, database_path
from desktop.services import profile
from desktop.services.profile import (
    DatabaseDamaged,
    DiskFull,
    FolderNotAccessible,
    NotOurDatabase,
    ProfileState,
    SetupUnfinished,
    WrongPassphrase,
)
from desktop.storage.database import open_database
from desktop.storage.files import PAGE_SIZE
from tests.conftest import PASSPHRASE
from tests.fs_faults import Mount, fill, make_profile, snapshot

ERRORS = (DatabaseDamaged, DiskFull, FolderNotAccessible, NotOurDatabase, SetupUnfinished, WrongPassphrase)


def assert_refused(folder: Path, error: type[Exception], passphrase: str = PASSPHRASE) -> None:
    """Unlocking raises exactly `error` and changes no file in the folder."""
    before = snapshot(folder)
    with pytest.raises(ERRORS) as caught:
        profile.unlock(folder, passphrase)
    assert type(caught.value) is error, caught.value
    assert snapshot(folder) == before


@pytest.fixture
def damaged_profile(profile_dir: Path) -> bytes:
    return make_profile(profile_dir)


def test_zero_length_file_means_set_up_did_not_finish_and_is_not_rewritten(profile_dir: Path) -> None:
    profile_dir.mkdir()
    database_path(profile_dir).write_bytes(b"")
    assert profile.profile_state(profile_dir) is ProfileState.EMPTY
    assert not profile.profile_exists(profile_dir)
    assert_refused(profile_dir, SetupUnfinished)
    assert database_path(profile_dir).read_bytes() == b""
    assert sorted(p.name for p in profile_dir.iterdir()) == ["panel-review.db"]
    db = profile.create_profile(profile_dir, "Ann Jones", "a long enough sentence", "en")
    assert profile.profile_info(db).display_name == "Ann Jones"
    db.close()
    (kept,) = [p for p in profile_dir.iterdir() if "-empty-" in p.name]  # never silently replaced
    assert kept.read_bytes() == b""


def test_half_created_database_asks_for_set_up_and_is_kept_aside(profile_dir: Path) -> None:
    """Tables but no profile row: what a kill between the two old transactions left."""
    open_database(database_path(profile_dir), PASSPHRASE, create=True).close()
    assert profile.profile_state(profile_dir) is ProfileState.PRESENT
    assert_refused(profile_dir, SetupUnfinished)
    half = database_path(profile_dir).read_bytes()
    with pytest.raises(FileExistsError):
        profile.create_profile(profile_dir, "Ann Jones", "a long enough sentence", "en")
    db = profile.create_profile(
        profile_dir, "Ann Jones", "a long enough sentence", "en", replace_unfinished=True
    )
    db.close()
    kept = [p for p in profile_dir.iterdir() if "-unfinished-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == half
    profile.unlock(profile_dir, "a long enough sentence").close()


def test_wrong_passphrase_is_still_told_as_such(damaged_profile: bytes, profile_dir: Path) -> None:
    assert_refused(profile_dir, WrongPassphrase, "not the passphrase at all")


@pytest.mark.parametrize("cut", ["half", "half_plus_100", "under_a_page"])
def test_truncated_file_is_damaged_not_a_wrong_passphrase(
    damaged_profile: bytes, profile_dir: Path, cut: str
) -> None:
    size = {"half": len(damaged_profile) // 2 // PAGE_SIZE * PAGE_SIZE,
            "half_plus_100": len(damaged_profile) // 2 + 100, "under_a_page": 2000}[cut]  # fmt: skip
    database_path(profile_dir).write_bytes(damaged_profile[:size])
    assert_refused(profile_dir, DatabaseDamaged)


def test_plain_sqlite_file_is_not_ours(profile_dir: Path) -> None:
    profile_dir.mkdir()
    conn = sqlite3.connect(database_path(profile_dir))
    conn.execute("create table notes (body text)")
    conn.execute("insert into notes values ('hello')")
    conn.commit()
    conn.close()
    assert_refused(profile_dir, NotOurDatabase)


def test_encrypted_file_without_our_tables_is_not_ours(profile_dir: Path) -> None:
    profile_dir.mkdir()
    conn = sqlcipher3.dbapi2.connect(str(database_path(profile_dir)))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("create table recipes (name text)")
    conn.commit()
    conn.close()
    assert_refused(profile_dir, NotOurDatabase)


def test_damage_in_the_middle_is_caught_by_the_check_after_unlock(
    damaged_profile: bytes, profile_dir: Path
) -> None:
    damaged = bytearray(damaged_profile)
    middle = len(damaged) // 2
    damaged[middle : middle + 64] = bytes(64)
    database_path(profile_dir).write_bytes(bytes(damaged))
    assert_refused(profile_dir, DatabaseDamaged)
    assert profile.list_backups(profile_dir) == []  # a damaged file is never backed up


def test_damaged_first_page_is_told_from_a_wrong_passphrase(
    damaged_profile: bytes, profile_dir: Path
) -> None:
    damaged = bytearray(damaged_profile)
    damaged[100:164] = bytes(64)
    database_path(profile_dir).write_bytes(bytes(damaged))
    assert_refused(profile_dir, DatabaseDamaged)
    assert_refused(profile_dir, WrongPassphrase, "not the passphrase at all")


def test_damaged_single_page_file_is_told_apart_by_the_latest_backup(profile_dir: Path) -> None:
    """When no other page can vouch for the key, the backup does."""
    make_profile(profile_dir, cases=0)
    profile.unlock(profile_dir, PASSPHRASE).close()  # makes today's backup
    assert profile.list_backups(profile_dir)
    first_page = bytearray(database_path(profile_dir).read_bytes()[:PAGE_SIZE])
    first_page[100:164] = bytes(64)
    database_path(profile_dir).write_bytes(bytes(first_page))
    assert_refused(profile_dir, DatabaseDamaged)


def test_read_only_folder_is_told_and_nothing_changes(read_only_dir: Mount) -> None:
    folder = read_only_dir.path / "profile"
    make_profile(folder)
    read_only_dir.make_read_only()
    assert_refused(folder, FolderNotAccessible)


def test_full_disk_at_unlock_is_told_and_nothing_changes(small_disk: Path) -> None:
    folder = small_disk / "profile"
    make_profile(folder, cases=3)
    fill(small_disk)
    assert_refused(folder, DiskFull)


def test_full_disk_during_backup_does_not_stop_the_member(profile_dir: Path, tmp_path: Path) -> None:
    """The backups folder on a disk that is full: unlock works and says the backup failed."""
    from tests.fs_faults import tmpfs

    make_profile(profile_dir)
    with tmpfs(backups_dir(profile_dir), 64 * 1024) as backups:
        fill(backups)
        opened = profile.open_profile(profile_dir, PASSPHRASE)
        assert opened.backup_problem is not None and "full" in opened.backup_problem
        assert profile.profile_info(opened.db).display_name == "Test Member"
        opened.db.close()
        assert [p.name for p in backups.iterdir()] == ["filler.bin"]


def test_the_old_passphrase_after_a_change_is_wrong_not_damage(profile_dir: Path) -> None:
    """A backup that could not be re-keyed still opens with the old passphrase; the
    database itself must still be reported as refusing a wrong passphrase, not damaged."""
    from desktop.storage import backup
    from tests.fs_faults import write_protected

    db = profile.create_profile(profile_dir, "Test Member", PASSPHRASE, "en")
    made = backup.make_backup(db, backups_dir(profile_dir))
    new = "a completely different sentence for the panel"
    with write_protected(made.path):
        assert profile.change_passphrase(db, PASSPHRASE, new, new) == []
    db.close()
    assert_refused(profile_dir, profile.WrongPassphrase, PASSPHRASE)
    profile.unlock(profile_dir, new).close()
