"""Real file-system faults for tests: a disk that fills up, a file that cannot be written.

They need root (CI and these machines run tests as root): a small tmpfs is mounted for
a full disk, and `chattr +i` makes a file immutable, which stops even root writing to
it. A test that asks for them fails, rather than skips, where they cannot be had.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path


class SmallDisk:
    """A tmpfs of a few MB that a test can fill to the last byte and free again."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.filler = root / "filler.bin"

    def fill(self) -> None:
        """Write until the disk refuses (unbuffered, so nothing is left pending)."""
        fd = os.open(self.filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
        try:
            for size in (1 << 20, 1 << 12, 1):
                with contextlib.suppress(OSError):
                    while True:
                        os.write(fd, b"\0" * size)
        finally:
            os.close(fd)

    def free(self) -> None:
        self.filler.unlink(missing_ok=True)


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m") -> Iterator[SmallDisk]:
    where.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], check=True)
    try:
        yield SmallDisk(where)
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


@contextlib.contextmanager
def write_protected(*paths: Path) -> Iterator[None]:
    """Make files immutable (writes fail with EPERM, even for root) for the block."""
    existing = [p for p in paths if p.exists()]
    for path in existing:
        subprocess.run(["chattr", "+i", str(path)], check=True)
    try:
        yield
    finally:
        for path in existing:
            subprocess.run(["chattr", "-i", str(path)], check=True)
