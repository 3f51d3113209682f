"""One running copy per profile: the lock the app takes before its first screen.

The lock itself is an OS file lock in storage (`desktop.storage.profile_lock`); the
interface takes it from here, so it never reaches into the storage layer itself. This
module loads nothing else, so taking the lock costs start-up nothing more.
"""

from __future__ import annotations

from desktop.storage.profile_lock import ProfileFolderUnusable, ProfileInUse, ProfileLock, lock_profile

__all__ = ["ProfileFolderUnusable", "ProfileInUse", "ProfileLock", "lock_profile"]
