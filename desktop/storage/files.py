"""File-level facts and moves for the database file, with no database code loaded.

The start screen asks whether a profile exists before any SQLCipher code is imported,
and restoring a backup must work exactly when the database cannot be opened, so these
helpers look only at bytes and names. Every replacement goes through a temporary name
in the same folder, an fsync and an atomic rename, so a kill at any point leaves either
the old file or the new one in place, never half of one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from enum import Enum
from pathlib import Path

# The atomic-replacement helpers live in core so that `exchange` can use them too; they
# stay importable from here for the storage code that has always used them.
from desktop.core.atomic_files import fsync_file, fsync_folder, move_into_place, temporary_name

PAGE_SIZE = 4096  # SQLCipher 4's page size; no real database is smaller than one page
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
CREATING = ".creating-"  # infix of a database being built by set-up

__all__ = [
    "CREATING",
    "PAGE_SIZE",
    "PLAIN_SQLITE_HEADER",
    "SIDE_FILES",
    "FileState",
    "file_state",
    "fsync_file",
    "fsync_folder",
    "keep_aside",
    "leftovers",
    "leftovers_of_creation",
    "move_into_place",
    "remove_with_side_files",
    "side_files",
    "temporary_name",
    "unused_name",
]


class FileState(Enum):
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes: set-up was interrupted before anything was written
    PRESENT = "present"


def file_state(path: Path) -> FileState:
    """Whether a database file is there, and whether it holds anything at all."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return FileState.MISSING
    return FileState.EMPTY if size == 0 else FileState.PRESENT


def side_files(path: Path) -> list[Path]:
    """SQLite's -wal, -shm and -journal files of `path` that exist now."""
    return [Path(str(path) + suffix) for suffix in SIDE_FILES if Path(str(path) + suffix).exists()]


def remove_with_side_files(path: Path) -> None:
    for leftover in [path, *side_files(path)]:
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def keep_aside(path: Path, aside: Path) -> None:
    """Keep a copy of `path` (and its WAL) under `aside` without ever removing the original.

    A hard link costs nothing and leaves `path` in place until the caller replaces it;
    where links are not possible the file is copied.
    """
    for suffix in ("", "-wal"):
        source, target = Path(str(path) + suffix), Path(str(aside) + suffix)
        if not source.exists():
            continue
        try:
            os.link(source, target)
        except FileExistsError:
            raise
        except OSError:  # no hard links here: a whole copy, under its name only once complete
            partial = target.with_name(target.name + ".part")
            shutil.copy2(source, partial)
            fsync_file(partial)
            os.replace(partial, target)
    fsync_folder(path.parent)


def unused_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3… added, so that neither it nor its WAL exists yet."""
    candidate, number = path, 1
    while candidate.exists() or Path(str(candidate) + "-wal").exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def leftovers(path: Path, infix: str) -> list[Path]:
    """Temporary files named `<path name><infix>…` that an interrupted step left behind."""
    prefix = path.name + infix
    if not path.parent.is_dir():
        return []
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(prefix))


def leftovers_of_creation(path: Path) -> list[Path]:
    """Files an interrupted set-up left beside `path` (only names we make)."""
    return leftovers(path, CREATING)
