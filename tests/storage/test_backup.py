"""Automatic encrypted backups: made at unlock and before migrations, rolled, restored."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.paths import backups_dir, database_path
from desktop.services import profile, review
from desktop.services.rounds import list_cases
from desktop.storage import backup, schema
from desktop.storage.database import integrity_problems, opens_with
from tests.conftest import PASSPHRASE

MARKER = "UNIQUE-BACKUP-MARKER-5521"
DAY = datetime(2026, 11, 20, 9, 30)


def test_unlock_makes_todays_backup_once_and_it_is_encrypted(db, round_id, profile_dir: Path) -> None:
    case = list_cases(db, round_id)[0]
    review.save_note(db, case.id, "assessed", f"{MARKER} seen in the log")
    db.close()
    opened = profile.open_profile(profile_dir, PASSPHRASE, now=DAY)
    assert opened.backup_problem is None
    assert integrity_problems(opened.db) == []
    opened.db.close()
    profile.open_profile(profile_dir, PASSPHRASE, now=DAY + timedelta(hours=3)).db.close()
    made = profile.list_backups(profile_dir)
    assert [(b.kind, b.made_at) for b in made] == [("daily", DAY)]
    raw = made[0].path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for marker in (MARKER.encode(), b"SECRET-NOTE-1", b"Test Member", b"TEST-001"):
        assert marker not in raw
    assert sorted(p.name for p in backups_dir(profile_dir).iterdir()) == [made[0].path.name]
    assert opens_with(made[0].path, PASSPHRASE) and not opens_with(made[0].path, "not the passphrase")


def test_a_week_of_daily_backups_is_kept(db, profile_dir: Path) -> None:
    """Ten days of use, two backups a day, three migrations: 7 days and 3 migrations stay."""
    first = backup.make_backup(db, backups_dir(profile_dir), now=DAY - timedelta(days=30))
    db.close()
    folder = backups_dir(profile_dir)
    for day in range(10):
        for hour, kind in ((0, "daily"), (5, "daily"), (6, "before-migration")):
            made = DAY + timedelta(days=day, hours=hour)
            if day % 3 == 0 or kind == "daily":
                shutil.copyfile(first.path, folder / backup.backup_name(made, kind))
    (folder / "notes.txt").write_text("not a backup: never touched")
    backup.prune(folder)
    kept = profile.list_backups(profile_dir)
    dailies = [b.made_at for b in kept if b.kind == "daily"]
    assert dailies == [DAY + timedelta(days=d, hours=5) for d in range(9, 2, -1)]
    migrations = [b.made_at.date() for b in kept if b.kind == "before-migration"]
    assert migrations == [(DAY + timedelta(days=d)).date() for d in (9, 6, 3)]
    assert (folder / "notes.txt").exists()


def test_backup_on_close_replaces_the_days_earlier_one(db, profile_dir: Path) -> None:
    assert profile.backup_now(db, now=DAY) is None
    assert profile.backup_now(db, now=DAY + timedelta(hours=2)) is None
    assert [b.made_at for b in profile.list_backups(profile_dir)] == [DAY + timedelta(hours=2)]
    assert profile.close_profile(db) is None


def test_a_backup_is_made_before_every_schema_migration(db, profile_dir: Path) -> None:
    db.close()
    from alembic import command
    from alembic.config import Config

    opened = profile.unlock(profile_dir, PASSPHRASE)
    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    with opened.engine.begin() as conn:  # back to the oldest schema: a migration is due
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
    opened.close()
    with pytest.raises(profile.SetupUnfinished):  # the downgrade dropped the profile row
        profile.open_profile(profile_dir, PASSPHRASE, now=DAY)
    kinds = [b.kind for b in profile.list_backups(profile_dir)]
    assert "before-migration" in kinds


def test_restore_keeps_the_damaged_file_aside_and_the_backup_opens(db, round_id, profile_dir: Path) -> None:
    case = list_cases(db, round_id)[0]
    review.save_answer(db, case.id, "assessed", "no")
    assert profile.backup_now(db) is None
    db.close()
    path = database_path(profile_dir)
    damaged = bytearray(path.read_bytes())
    damaged[len(damaged) // 2 : len(damaged) // 2 + 64] = bytes(64)
    path.write_bytes(bytes(damaged))
    Path(str(path) + "-wal").write_bytes(b"stale wal of the damaged file")
    with pytest.raises(profile.DatabaseDamaged):
        profile.unlock(profile_dir, PASSPHRASE)
    latest = profile.list_backups(profile_dir)[0]
    aside = profile.restore_backup(profile_dir, latest)
    assert aside.read_bytes() == bytes(damaged)
    assert Path(str(aside) + "-wal").read_bytes() == b"stale wal of the damaged file"
    assert not Path(str(path) + "-wal").exists()
    assert path.read_bytes() == latest.path.read_bytes()
    reopened = profile.unlock(profile_dir, PASSPHRASE)
    assert review.open_case(reopened, case.id).answers["assessed"].value == "no"
    reopened.close()


def test_restore_refuses_a_file_from_elsewhere(db, profile_dir: Path, tmp_path: Path) -> None:
    db.close()
    stranger = backup.Backup(tmp_path / "panel-review-2026-01-01_000000-daily.db", DAY, "daily")
    with pytest.raises(ValueError):
        profile.restore_backup(profile_dir, stranger)


def test_changing_the_passphrase_rekeys_the_backups(db, profile_dir: Path) -> None:
    assert profile.backup_now(db) is None
    assert profile.change_passphrase(db, PASSPHRASE, "a brand new sentence", "a brand new sentence") == []
    db.close()
    for made in profile.list_backups(profile_dir):
        assert opens_with(made.path, "a brand new sentence")
        assert not opens_with(made.path, PASSPHRASE)


def test_a_failed_backup_leaves_nothing_behind(db, profile_dir: Path) -> None:
    folder = backups_dir(profile_dir)
    folder.mkdir()
    os.chmod(folder, 0o500)
    blocker = folder / "panel-review-2026-11-20_093000-daily.db"
    blocker.mkdir()  # a folder where the backup must go: the rename fails, even as root
    (blocker / "x").write_text("x")
    assert profile.backup_now(db, now=DAY) is not None
    assert sorted(p.name for p in folder.iterdir()) == [blocker.name]


def test_two_restores_in_one_second_keep_both_set_aside_files(db, profile_dir: Path) -> None:
    from datetime import datetime

    from desktop.storage import backup as storage_backup

    assert profile.backup_now(db) is None
    db.close()
    latest = profile.list_backups(profile_dir)[0]
    path = database_path(profile_dir)
    moment = datetime(2026, 11, 23, 10, 0, 0)
    path.write_bytes(b"first damaged file" * 300)
    first = storage_backup.restore(latest, path, now=moment)
    path.write_bytes(b"second damaged file" * 300)
    second = storage_backup.restore(latest, path, now=moment)
    assert first != second
    assert first.read_bytes() == b"first damaged file" * 300
    assert second.read_bytes() == b"second damaged file" * 300
