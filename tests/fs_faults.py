"""Real filesystem faults for tests: a tiny disk that fills up, and a read-only folder.

Both are tmpfs mounts (the tests run as root, where permission bits stop nothing, but a
read-only mount or a full one stops everyone). tests/conftest.py imports both fixtures,
so any test can ask for them by name. Each mount is unmounted in teardown.

    small_disk      a writable folder on a 256 KB tmpfs; `fill(disk, leave=0)` fills it
    read_only_dir   a Mount on a 1 MB tmpfs: prepare files in `.path`, then `.make_read_only()`

and helpers for fault tests: `make_profile(folder)` (a closed real profile with a
round), `snapshot(folder)` (every file's bytes, to prove nothing changed) and
`write_protected(*files)` (files made immutable with `chattr +i`, which stops even root
writing to a file the app already has open; tmpfs does not support it, so use it on
the local disk).
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SMALL_DISK_BYTES = 512 * 1024  # room for a new profile with every table, then filled


def _run(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


@contextlib.contextmanager
def tmpfs(folder: Path, size: int = SMALL_DISK_BYTES) -> Iterator[Path]:
    """Mount a fresh tmpfs of `size` bytes at `folder` for the duration of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _run("umount", "-l", str(folder))


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk holding `folder` until at most `leave` bytes are free (a real ENOSPC)."""
    filler = folder / "filler.bin"
    with filler.open("ab") as stream:
        while shutil.disk_usage(folder).free > leave:
            chunk = min(4096, shutil.disk_usage(folder).free - leave)
            try:
                stream.write(bytes(max(chunk, 1)))
                stream.flush()
            except OSError:
                break
    return filler


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A folder on its own 256 KB disk (tmpfs), removed after the test."""
    with tmpfs(tmp_path / "small-disk") as folder:
        yield folder


@dataclass
class Mount:
    """A tmpfs folder whose files a test prepares before turning it read-only."""

    path: Path

    def make_read_only(self) -> None:
        _run("mount", "-o", "remount,ro", str(self.path))

    def make_writable(self) -> None:
        _run("mount", "-o", "remount,rw", str(self.path))


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Mount]:
    """A folder on its own tmpfs: write what the test needs, then `make_read_only()`."""
    with tmpfs(tmp_path / "read-only", 4 * SMALL_DISK_BYTES) as folder:
        yield Mount(folder)


def damage_middle(path: Path, length: int = 64) -> bytes:
    """Zero `length` bytes half-way through a file (a bad sector); returns the new bytes."""
    data = bytearray(path.read_bytes())
    data[len(data) // 2 : len(data) // 2 + length] = bytes(length)
    path.write_bytes(bytes(data))
    return bytes(data)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in the profile folder, byte for byte (backups included)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def make_profile(folder: Path, cases: int = 12) -> bytes:
    """A closed real profile with a round of cases; returns the database bytes."""
    from desktop.paths import database_path
    from desktop.services import profile
    from desktop.services.rounds import add_round
    from tests.conftest import PASSPHRASE, make_cases, small_template_body

    db = profile.create_profile(folder, "Test Member", PASSPHRASE, "en")
    add_round(db, "Round", small_template_body(), make_cases(cases), due_date="2026-12-31")
    db.close()
    return database_path(folder).read_bytes()


@contextlib.contextmanager
def write_protected(*paths: Path) -> Iterator[None]:
    """Make the existing files among `paths` immutable for the block."""
    existing = [p for p in paths if p.exists()]
    for path in existing:
        _run("chattr", "+i", str(path))
    try:
        yield
    finally:
        for path in existing:
            _run("chattr", "-i", str(path))
