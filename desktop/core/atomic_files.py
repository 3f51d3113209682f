"""Replacing a file so that a kill at any moment leaves the old file or the new one.

Every write goes to a fresh name in the same folder, is fsynced, and is renamed over
the target; the folder is then fsynced so the rename itself survives a power cut. On
any failure the temporary file is removed, so nothing half-written is ever left under
the real name. These few helpers are the only file I/O in `core`: both `storage`
(database files, backups) and `exchange` (packs and packages) need them, and neither
may import the other.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PARTIAL = ".partial-"  # infix of a file being written by `atomic_write`


def temporary_name(path: Path, infix: str) -> Path:
    """A fresh name beside `path`, so the final rename stays on one filesystem."""
    return path.with_name(f"{path.name}{infix}{secrets.token_hex(4)}")


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def move_into_place(temp: Path, path: Path) -> None:
    """fsync `temp`, rename it over `path`, fsync the folder: all or nothing."""
    fsync_file(temp)
    os.replace(temp, path)
    fsync_folder(path.parent)


@contextlib.contextmanager
def atomic_write(path: Path, infix: str = PARTIAL) -> Iterator[BinaryIO]:
    """Yield a binary file that becomes `path` only if the block finishes normally.

    If the block raises (including KeyboardInterrupt or a cancel), the temporary file is
    removed and `path` is untouched: an existing file keeps its old content and a new
    one never appears.
    """
    temp = temporary_name(path, infix)
    try:
        with open(temp, "xb") as out:
            yield out
        move_into_place(temp, path)
    except OSError as exc:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        named = _naming(exc, temp, path)
        if named is exc:
            raise
        raise named from exc
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
        raise


def _naming(exc: OSError, temp: Path, path: Path) -> OSError:
    """The error as the user should read it: a write that failed (a full disk) carries no
    file name, and an open that failed names our temporary file; both are told as the
    file the user asked for, so the message names it."""
    if exc.errno is None or exc.filename not in (None, str(temp)):
        return exc
    return OSError(exc.errno, exc.strerror or os.strerror(exc.errno), str(path))


STALE_AFTER_S = 3600.0  # a partial file this old is no longer being written by anyone


def sweep_partials(folder: Path, suffixes: tuple[str, ...], now: float | None = None) -> list[Path]:
    """Remove what an export killed half-way left in `folder`; returns what was removed.

    Only our own names are touched (`<name><suffix>.partial-<hex>`), and only when they
    have not been written to for an hour, so an export running now in another copy of
    the app is never disturbed.
    """
    import time

    moment = time.time() if now is None else now
    removed = []
    for suffix in suffixes:
        for leftover in folder.glob(f"*{suffix}{PARTIAL}*"):
            try:
                if leftover.is_file() and moment - leftover.stat().st_mtime > STALE_AFTER_S:
                    leftover.unlink()
                    removed.append(leftover)
            except OSError:
                continue  # gone already, or not ours to remove: nothing to do
    return removed
