"""Creating, unlocking and looking after a member's profile.

A profile is a folder holding one encrypted database. The passphrase is never stored:
it is the database key, so a forgotten passphrase cannot be recovered (the UI says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.core.passphrase import PassphraseProblem, passphrase_problems
from desktop.paths import database_path
from desktop.storage import database as storage
from desktop.storage.database import Database, WrongPassphrase
from desktop.storage.models import AuditEntry, Profile

LANGUAGES = ("en", "cy")


@dataclass(frozen=True)
class ProfileInfo:
    display_name: str
    language: str
    idle_lock_minutes: int


def profile_exists(profile_dir: Path) -> bool:
    return database_path(profile_dir).exists()


def create_profile(profile_dir: Path, display_name: str, passphrase: str, language: str) -> Database:
    """Make the encrypted database for a new member and open it."""
    if not display_name.strip():
        raise ValueError("a display name is required")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    if passphrase_problems(passphrase, passphrase, display_name):
        raise ValueError("the passphrase is too weak")
    db = storage.open_database(database_path(profile_dir), passphrase, create=True)
    now = datetime.now()
    with db.session() as session:
        session.add(Profile(id=1, display_name=display_name.strip(), language=language,
                            idle_lock_minutes=10, created_at=now))  # fmt: skip
        session.add(AuditEntry(at=now, action="profile_created", detail=""))
    return db


def unlock(profile_dir: Path, passphrase: str) -> Database:
    """Open the profile's database; raises WrongPassphrase if it does not open."""
    return storage.open_database(database_path(profile_dir), passphrase)


def profile_info(db: Database) -> ProfileInfo:
    with db.session() as session:
        row = session.get_one(Profile, 1)
        return ProfileInfo(row.display_name, row.language, row.idle_lock_minutes)


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
    """Re-key the database if `current` is right and `new` is acceptable.

    Returns the problems with `new` (nothing changes then); raises WrongPassphrase
    when `current` is not the passphrase that opens this database.
    """
    try:
        storage.open_database(db.path, current).close()
    except WrongPassphrase:
        raise
    problems = passphrase_problems(new, repeat, profile_info(db).display_name)
    if problems:
        return problems
    storage.change_passphrase(db, new)
    with db.session() as session:
        session.add(AuditEntry(at=datetime.now(), action="passphrase_changed", detail=""))
    return []
