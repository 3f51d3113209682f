"""Rolling encrypted backups of the profile's database.

A backup is a complete copy made with SQLCipher's `sqlcipher_export` into a file
attached without a key clause, so SQLCipher encrypts it with the main database's
key: the same passphrase opens it and it never holds plaintext. It is written under a
temporary name, fsynced and renamed, so a backup file is always whole.

Kept: the newest daily backup of each of the 7 most recent days on which one was made,
and the 3 newest taken before a schema migration. Listing and restoring read names and
bytes only (no key), because restoring is needed exactly when the database will not
open. The file names are described in docs/formats.md.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.storage import files

# `datetime.strptime` loads a module on its first call; called once here instead, so that
# a copy upgraded while open (desktop/installation.py then refuses every new module) can
# still make its backup as it quits.
datetime.strptime("2000", "%Y")

if TYPE_CHECKING:
    from desktop.storage.database import Database

log = logging.getLogger(__name__)

DAILY = "daily"
BEFORE_MIGRATION = "before-migration"
KINDS = (DAILY, BEFORE_MIGRATION)
KEEP_DAILY_DAYS = 7
KEEP_BEFORE_MIGRATION = 3
RESTORING = ".restoring-"
_STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^panel-review-(\d{4}-\d{2}-\d{2}_\d{6})-(daily|before-migration)\.db$")


class BackupFailed(Exception):
    """A backup could not be written (for example, the disk is full); nothing was left behind."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime
    kind: str


def backup_name(made_at: datetime, kind: str) -> str:
    return f"panel-review-{made_at.strftime(_STAMP)}-{kind}.db"


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first; other files there are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            found.append(Backup(path, datetime.strptime(match[1], _STAMP), match[2]))
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def _export(db: Database, target: Path) -> None:
    """Copy the whole database into `target`, encrypted with the same key."""
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("ATTACH DATABASE ? AS backup", (str(target),))
        try:
            raw.execute("SELECT sqlcipher_export('backup')").fetchall()
        finally:
            raw.execute("DETACH DATABASE backup")


def make_backup(db: Database, folder: Path, kind: str = DAILY, now: datetime | None = None) -> Backup:
    """Write one backup into `folder` atomically; raise BackupFailed if it cannot be done."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    made_at = (now or datetime.now()).replace(microsecond=0)
    path = folder / backup_name(made_at, kind)
    temp = files.temporary_name(path, ".partial-")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for partial in leftovers(folder):
            files.remove_with_side_files(partial)
        _export(db, temp)
        files.move_into_place(temp, path)
    except Exception as exc:
        files.remove_with_side_files(temp)
        log.warning("backup to %s failed: %s", folder, exc)
        raise BackupFailed(str(exc)) from exc
    return Backup(path, made_at, kind)


def daily_backup_due(folder: Path, today: datetime) -> bool:
    """Whether today's daily backup is still missing."""
    return not any(b.kind == DAILY and b.made_at.date() == today.date() for b in list_backups(folder))


def prune(folder: Path) -> None:
    """Delete the backups the rolling set no longer keeps (only files named as backups)."""
    keep: set[Path] = set()
    days: list[date] = []
    for backup in list_backups(folder):  # newest first
        if backup.kind == DAILY and backup.made_at.date() not in days:
            days.append(backup.made_at.date())
            if len(days) <= KEEP_DAILY_DAYS:
                keep.add(backup.path)
    migrations = [b.path for b in list_backups(folder) if b.kind == BEFORE_MIGRATION]
    keep.update(migrations[:KEEP_BEFORE_MIGRATION])
    for backup in list_backups(folder):
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()


def leftovers(folder: Path) -> list[Path]:
    """Partial files of interrupted backups (removed before the next one)."""
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if ".partial-" in p.name and p.name.startswith("panel-review-")]


def restore(backup: Backup, db_path: Path, now: datetime | None = None) -> Path:
    """Put `backup` in place of the database; the current file is kept aside, never deleted.

    The backup is first copied beside the database (if the disk is full, nothing has
    changed), the current file and its WAL are kept under a "set-aside" name, the stale
    WAL and shared-memory files are removed (they belong to the old file and would be
    replayed into the restored one), and the copy is renamed into place. Returns the
    name the old file was kept under.
    """
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = files.unused_name(db_path.with_name(f"{db_path.stem}-set-aside-{stamp}{db_path.suffix}"))
    for leftover in files.leftovers(db_path, RESTORING):  # a kill during an earlier restore
        files.remove_with_side_files(leftover)
    temp = files.temporary_name(db_path, RESTORING)
    try:
        shutil.copyfile(backup.path, temp)
        files.fsync_file(temp)
        if db_path.exists():
            files.keep_aside(db_path, aside)
        for stale in files.side_files(db_path):
            stale.unlink()
        os.replace(temp, db_path)
        files.fsync_folder(db_path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise
    return aside
