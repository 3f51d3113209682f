"""What the start screen and the restore dialog need, without loading any database code.

Whether a profile exists (and whether its file is empty), the list of backups and
restoring one all work on names and bytes only: the first screen stays quick to show,
and restoring works exactly when the database cannot be unlocked.
"""

from __future__ import annotations

from pathlib import Path

from desktop.paths import backups_dir, database_path
from desktop.storage import backup as backups
from desktop.storage.backup import BEFORE_MIGRATION, Backup
from desktop.storage.files import FileState, file_state

__all__ = ["BEFORE_MIGRATION", "Backup", "ProfileState", "list_backups", "profile_state", "restore_backup"]

ProfileState = FileState  # MISSING: set-up; EMPTY: set-up did not finish; PRESENT: unlock


def profile_state(profile_dir: Path) -> ProfileState:
    """Missing, empty (an interrupted set-up) or present: which first screen to show."""
    return file_state(database_path(profile_dir))


def list_backups(profile_dir: Path) -> list[Backup]:
    """The profile's backups, newest first."""
    return backups.list_backups(backups_dir(profile_dir))


def restore_backup(profile_dir: Path, backup: Backup) -> Path:
    """Put `backup` in place of the profile's database (which must not be open).

    The current file is kept beside it under a "set-aside" name and never deleted;
    returns that name. The passphrase that made the backup opens it.
    """
    if backup.path.parent != backups_dir(profile_dir):
        raise ValueError(f"{backup.path} is not one of this profile's backups")
    return backups.restore(backup, database_path(profile_dir))
