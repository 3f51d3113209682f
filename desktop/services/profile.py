"""Creating, unlocking and looking after a member's profile.

A profile is a folder holding one encrypted database and its `backups/` folder. The
passphrase is never stored: it is the database key, so a forgotten passphrase cannot be
recovered (the UI says so).

Creating a profile is all or nothing (see storage.database.create_database). Unlocking
raises one UnlockError kind per cause, runs SQLite's quick_check (storage does, before
anything can write), and makes the day's backup if it is missing; a failed backup is
reported, never fatal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.core.clock import utc_now
from desktop.core.display_names import check_name
from desktop.core.passphrase import PassphraseProblem, passphrase_problems
from desktop.core.secret import Passphrase
from desktop.paths import backups_dir, database_path
from desktop.services import audit, identity
from desktop.services.profile_files import ProfileState, list_backups, profile_state, restore_backup
from desktop.storage import backup as backups
from desktop.storage import database as storage
from desktop.storage import files, rekeying
from desktop.storage.backup import Backup, BackupFailed
from desktop.storage.database import (
    Database,
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    FolderNotAccessible,
    NotOurDatabase,
    SetupUnfinished,
    UnlockError,
    WrongPassphrase,
)
from desktop.storage.models import Profile

__all__ = [
    "LANGUAGES", "Backup", "Database", "DatabaseDamaged", "DatabaseMissing", "DiskFull",
    "FolderNotAccessible", "NotOurDatabase", "Opened", "PassphraseProblem", "ProfileInfo",
    "ProfileState", "SetupUnfinished", "UnlockError", "WrongPassphrase", "backup_now",
    "change_passphrase", "close_profile", "create_profile", "list_backups", "open_profile",
    "profile_exists", "profile_info", "profile_state", "restore_backup", "set_idle_lock_minutes",
    "set_language", "unlock", "warm_up",
]  # fmt: skip

log = logging.getLogger(__name__)

LANGUAGES = ("en", "cy")


ROLES = ("member", "coordinator")


@dataclass(frozen=True)
class ProfileInfo:
    display_name: str
    language: str
    idle_lock_minutes: int
    role: str = "member"
    fingerprint: str = ""  # six groups of five digits (desktop.exchange.keys)


@dataclass(frozen=True)
class Opened:
    """An unlocked profile, and why today's backup failed (None: it did not)."""

    db: Database
    backup_problem: str | None = None


def profile_exists(profile_dir: Path) -> bool:
    """A database with something in it is there (an empty file means set-up must rerun)."""
    return profile_state(profile_dir) is ProfileState.PRESENT


def _populate(display_name: str, language: str, role: str) -> Callable[[Session], None]:
    def populate(session: Session) -> None:
        now = utc_now()
        row = Profile(id=1, display_name=display_name, language=language,
                      idle_lock_minutes=10, created_at=now, role=role)  # fmt: skip
        session.add(row)
        identity.give_keys(row)
        audit.append(session, "profile_created", detail=role, at=now)

    return populate


def _clear_the_way(path: Path, replace_unfinished: bool) -> None:
    """Remove what an interrupted set-up left, and decide whether `path` may be replaced.

    Leftover temporary files of an earlier set-up are ours to delete. A zero-length
    database holds nothing, but it may be what is left of a profile that once held
    work (a disk fault, a copy gone wrong), so it is kept aside under an "-empty-" name
    rather than silently replaced. A non-empty one is replaced only when the unlock
    found it half-created (`replace_unfinished`), and even then it is kept aside.
    """
    for leftover in files.leftovers_of_creation(path):
        files.remove_with_side_files(leftover)
    state = files.file_state(path)
    if state is ProfileState.MISSING:
        return
    if state is ProfileState.PRESENT and not replace_unfinished:
        raise FileExistsError(str(path))
    stamp = datetime.now().strftime("%Y-%m-%d_%H%M%S")
    kind = "empty" if state is ProfileState.EMPTY else "unfinished"
    files.keep_aside(path, path.with_name(f"{path.stem}-{kind}-{stamp}{path.suffix}"))
    for stale in files.side_files(path):
        stale.unlink()


def create_profile(
    profile_dir: Path,
    display_name: str,
    passphrase: str,
    language: str,
    *,
    replace_unfinished: bool = False,
    role: str = "member",
) -> Database:
    """Make the encrypted database for a new member or coordinator, keys included, all or nothing."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if not display_name.strip():
        raise ValueError("a display name is required")
    check_name(display_name, "member name")  # it travels on the member's card to the roster
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if passphrase_problems(passphrase, passphrase, display_name):
        raise ValueError("the passphrase is too weak")
    path = database_path(profile_dir)
    _clear_the_way(path, replace_unfinished)
    return storage.create_database(path, passphrase, _populate(display_name.strip(), language, role))


def _backup_quietly(db: Database, kind: str, now: datetime | None = None) -> str | None:
    """Make a backup and prune the set; on failure log it and return why, never raise."""
    folder = backups_dir(db.path.parent)
    try:
        backups.make_backup(db, folder, kind, now)
    except BackupFailed as exc:
        return str(exc)
    backups.prune(folder)
    return None


def _check_opened(db: Database) -> None:
    """Refuse a database with no profile row after a migration (half-created)."""
    try:
        with db.session() as session:
            row = session.get(Profile, 1)
    except Exception as exc:  # any error reading the one row we need: damage
        raise DatabaseDamaged(str(exc)) from exc
    if row is None:
        raise SetupUnfinished(f"{db.path} has no profile")


def open_profile(profile_dir: Path, passphrase: Passphrase | str, now: datetime | None = None) -> Opened:
    """Unlock, check, and back up the profile (slow: call it off the GUI thread).

    Raises DatabaseMissing or an UnlockError kind; the file is unchanged then.
    """
    folder = backups_dir(profile_dir)
    db = storage.open_database(
        database_path(profile_dir), passphrase, backups=folder,
        before_migration=lambda d: _report(_backup_quietly(d, backups.BEFORE_MIGRATION, now)),
    )  # fmt: skip
    try:
        _check_opened(db)
        identity.ensure_keys(db)  # a profile made before revision 0003 gets its keys now
    except BaseException:
        db.close()
        raise
    problem = None
    if backups.daily_backup_due(folder, now or datetime.now()):
        problem = _backup_quietly(db, backups.DAILY, now)
    return Opened(db, problem)


def _report(problem: str | None) -> None:
    if problem is not None:
        log.warning("the backup before the schema migration failed: %s", problem)


def unlock(profile_dir: Path, passphrase: Passphrase | str) -> Database:
    """Open the profile's database; raises DatabaseMissing or an UnlockError kind."""
    opened = open_profile(profile_dir, passphrase)
    _report(opened.backup_problem)
    return opened.db


def backup_now(db: Database, now: datetime | None = None) -> str | None:
    """Refresh today's backup (at close); returns why it failed, or None."""
    return _backup_quietly(db, backups.DAILY, now)


def close_profile(db: Database) -> str | None:
    """Back up, then close: the newest backup holds the work of the session just ended."""
    problem = backup_now(db)
    db.close()
    return problem


def warm_up(db: Database) -> None:
    """Key the second pooled connection now, off the GUI thread, before anything needs it."""
    db.warm()


def profile_info(db: Database) -> ProfileInfo:
    with db.session() as session:
        row = session.get_one(Profile, 1)
        fingerprint = identity.keys_of(row).public.fingerprint() if row.signing_private else ""
        return ProfileInfo(row.display_name, row.language, row.idle_lock_minutes, row.role, fingerprint)


def set_language(db: Database, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    with db.session() as session:
        session.get_one(Profile, 1).language = language


def set_idle_lock_minutes(db: Database, minutes: int) -> None:
    if not 1 <= minutes <= 240:
        raise ValueError("the idle time must be between 1 and 240 minutes")
    with db.session() as session:
        session.get_one(Profile, 1).idle_lock_minutes = minutes


def change_passphrase(db: Database, current: str, new: str, repeat: str) -> list[PassphraseProblem]:
    """Re-key the database (and its backups) if `current` is right and `new` is acceptable.

    Returns the problems with `new` (nothing changes then); raises WrongPassphrase
    when `current` is not the passphrase that opens this database. The backups are
    re-keyed too, so one passphrase always opens the database and every backup.
    """
    if not storage.opens_with(db.path, current):
        raise WrongPassphrase(str(db.path))
    problems = passphrase_problems(new, repeat, profile_info(db).display_name)
    if problems:
        return problems
    rekeying.change_passphrase(db, new)
    with db.session() as session:
        audit.append(session, "passphrase_changed")
    for backup in backups.list_backups(backups_dir(db.path.parent)):
        if not rekeying.rekey_file(backup.path, current, new):
            log.warning("backup %s could not be re-keyed", backup.path.name)
    return []
