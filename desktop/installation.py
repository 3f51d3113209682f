"""Noticing that the installed program was replaced under the running copy.

Members may install a new version at any time, even with Panel Review open (a .deb
over a running copy, a tarball unpacked over its folder, a new app dragged over the
old). The running copy has loaded only part of itself: the rest is read on demand from
the program's archive, which the upgrade has swapped for another. Read at the old
places in the new file it fails obscurely (`zlib.error` when printing, seen on a real
upgrade) or, worse, mixes code of two versions.

So the files the running copy keeps reading from are identified when it starts (device,
inode, size, modification time: an upgrade writes a new file and renames it into place,
which changes the inode even when the size does not), and a guard placed first among
Python's importers checks them before any module not yet loaded is looked for. If they
changed, the import fails with `InstallationChanged`, which the interface turns into a
plain "Panel Review was updated and must restart" (`desktop/ui/updated.py`)
instead of a traceback. A copy run from source watches nothing: there is no installation
to replace, and a developer's edits are not upgrades.

Nothing here needs Qt, so the guard is in place before the interface is imported.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType


class InstallationChanged(ImportError):
    """A module was wanted after the program's files were replaced: the copy must restart."""


@dataclass(frozen=True)
class FileIdentity:
    device: int
    inode: int
    size: int
    modified_ns: int


def identify(path: Path) -> FileIdentity | None:
    """Which file is at `path` now (None: none is, as while an upgrade renames)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return FileIdentity(found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns)


class Installation:
    """The program files a running copy reads from after it has started, as they were then."""

    def __init__(self, files: Sequence[Path]) -> None:
        self.files = tuple(files)
        self._seen = tuple(identify(path) for path in self.files)

    def changed(self) -> bool:
        return tuple(identify(path) for path in self.files) != self._seen


def program_files() -> list[Path]:
    """What a frozen build keeps reading: its executable, which carries the module archive.

    Empty when run from source (nothing installed to watch).
    """
    return [Path(sys.executable)] if getattr(sys, "frozen", False) else []


class ImportGuard:
    """A finder, first in `sys.meta_path`, that finds nothing but stops imports after an upgrade."""

    def __init__(self, installation: Installation) -> None:
        self.installation = installation

    def find_spec(
        self, name: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if self.installation.changed():
            raise InstallationChanged(f"Panel Review was updated while running; {name} was not loaded")
        return None


_watched: list[Installation] = []


def watch(files: Sequence[Path] | None = None) -> Installation | None:
    """Start watching `files` (default: this build's program files); None if there are none.

    Called once, early in the app's start; a second call replaces the first watch.
    """
    unwatch()
    chosen = program_files() if files is None else list(files)
    if not chosen:
        return None
    installation = Installation(chosen)
    _watched.append(installation)
    sys.meta_path.insert(0, ImportGuard(installation))
    return installation


def unwatch() -> None:
    """Stop watching (tests; a copy that restarts)."""
    sys.meta_path[:] = [finder for finder in sys.meta_path if not isinstance(finder, ImportGuard)]
    _watched.clear()


def has_changed() -> bool:
    """True once the watched program files were replaced since this copy started."""
    return any(installation.changed() for installation in _watched)
