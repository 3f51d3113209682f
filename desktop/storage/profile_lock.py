"""One running copy per profile: an OS file lock beside the profile's database.

Two copies of the app on one profile would each show their own answers and the last
writer would silently win. The first copy to start takes an exclusive lock on
`panel-review.lock` in the profile folder and holds it until it exits; a second copy
finds it taken and refuses to open the profile.

The lock is the operating system's own (flock on Linux and macOS, a locked region on
Windows, through the `filelock` package), so it is released when the holding process
ends in any way, a crash or a kill included: there is no stale lock to clear by hand.
The lock file itself may stay behind; its presence means nothing, only the OS lock does.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from desktop.paths import lock_path


class ProfileInUse(Exception):
    """Another running copy of the app holds this profile."""


class ProfileFolderUnusable(Exception):
    """The profile folder, or its lock file, cannot be made or written.

    A read-only disk, a folder without permission, or a path through a regular file:
    the app cannot hold the profile, so it cannot open it, and says so in words
    instead of failing with the operating system's error. `errno` keeps the cause.
    """

    def __init__(self, profile_dir: str, errno: int | None) -> None:
        super().__init__(profile_dir, errno)
        self.profile_dir = profile_dir
        self.errno = errno


class ProfileLock:
    """The exclusive hold of one process on one profile folder.

    `acquire()` never waits: a profile in use is an answer to give the person at once,
    not something to queue for. Releasing twice, or releasing an unheld lock, is
    harmless, so callers can release from every exit path.
    """

    def __init__(self, profile_dir: Path) -> None:
        self.profile_dir = profile_dir
        self._lock = FileLock(lock_path(profile_dir), thread_local=False)

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the profile for this process, or raise `ProfileInUse` straight away.

        Raises `ProfileFolderUnusable` when the folder or the lock file cannot be made.
        """
        try:
            self.profile_dir.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(blocking=False)
        except Timeout:
            raise ProfileInUse(str(self.profile_dir)) from None
        except OSError as exc:
            raise ProfileFolderUnusable(str(self.profile_dir), exc.errno) from exc

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)

    def __enter__(self) -> ProfileLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.release()


def lock_profile(profile_dir: Path) -> ProfileLock:
    """Hold `profile_dir` for this process; raises `ProfileInUse` if another copy has it,
    `ProfileFolderUnusable` if the folder cannot be written."""
    lock = ProfileLock(profile_dir)
    lock.acquire()
    return lock
