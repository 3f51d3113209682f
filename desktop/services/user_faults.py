"""The plain sentence for each fault a person meets outside a screen's own checks.

A wrong passphrase, a file that is not there, a folder given where a file is wanted,
an output folder that does not exist, a profile folder that cannot be written, a full
disk: the command line and the window meet the same faults and must say the same
thing, in English or Welsh. The wording is the Qt-free catalogue's ("fault.…" in
`desktop.core.words`), so the command line can speak Welsh without Qt.

`describe(exc, language)` gives the sentence for an exception that is the person's
mistake or their computer's state, and None for anything else: a fault in our own
code, which must still fail loudly rather than be worded away.
"""

from __future__ import annotations

import errno
from enum import Enum
from pathlib import Path

from desktop.core.words import say
from desktop.services.refusals import reason_for
from desktop.storage.database import (
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    FolderNotAccessible,
    NotOurDatabase,
    SetupUnfinished,
    WrongPassphrase,
)
from desktop.storage.faults import Fault as SaveFault
from desktop.storage.faults import SaveFailed
from desktop.storage.profile_lock import ProfileFolderUnusable, ProfileInUse


class Fault(Enum):
    WRONG_PASSPHRASE = "wrong_passphrase"
    NO_PROFILE = "no_profile"
    PROFILE_EMPTY = "profile_empty"
    PROFILE_EMPTY_NO_BACKUP = "profile_empty_no_backup"
    SETUP_UNFINISHED = "setup_unfinished"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    FOLDER_NOT_ACCESSIBLE = "folder_not_accessible"
    DISK_FULL = "disk_full"
    PROFILE_IN_USE = "profile_in_use"
    PROFILE_FOLDER_UNUSABLE = "profile_folder_unusable"
    PROFILE_EXISTS = "profile_exists"
    NO_SUCH_FILE = "no_such_file"
    NO_SUCH_FOLDER = "no_such_folder"
    IS_A_FOLDER = "is_a_folder"
    NOT_A_FOLDER = "not_a_folder"
    NO_OUTPUT_FOLDER = "no_output_folder"
    NOT_ALLOWED = "not_allowed"
    NO_ROOM = "no_room"
    NO_SUCH_ROUND = "no_such_round"
    NO_SUCH_MEMBER = "no_such_member"
    WEAK_PASSPHRASE = "weak_passphrase"
    NO_PASSPHRASE = "no_passphrase"
    NO_NAME = "no_name"
    BAD_COMMAND = "bad_command"


class Mistake(Exception):
    """A person's mistake found before anything was done: which one, and where."""

    def __init__(self, fault: Fault, path: str | Path = "") -> None:
        super().__init__(f"{fault.value}: {path}")
        self.fault = fault
        self.path = str(path)


def explain(fault: Fault, language: str, path: str | Path = "") -> str:
    """The sentence for `fault`, naming `path` where the sentence has a place for it."""
    return say(f"fault.{fault.value}", language, path=path)


_UNLOCK: dict[type[Exception], Fault] = {
    WrongPassphrase: Fault.WRONG_PASSPHRASE,
    DatabaseMissing: Fault.NO_PROFILE,
    SetupUnfinished: Fault.SETUP_UNFINISHED,
    NotOurDatabase: Fault.NOT_OURS,
    DatabaseDamaged: Fault.DAMAGED,
    FolderNotAccessible: Fault.FOLDER_NOT_ACCESSIBLE,
    DiskFull: Fault.DISK_FULL,
}
_SAVE: dict[SaveFault, Fault] = {
    SaveFault.DISK_FULL: Fault.DISK_FULL,
    SaveFault.READ_ONLY: Fault.FOLDER_NOT_ACCESSIBLE,
    SaveFault.DAMAGED: Fault.DAMAGED,
}
_ERRNOS: dict[int, Fault] = {
    errno.ENOENT: Fault.NO_SUCH_FILE,
    errno.EISDIR: Fault.IS_A_FOLDER,
    errno.ENOTDIR: Fault.NOT_A_FOLDER,
    errno.EEXIST: Fault.NOT_A_FOLDER,  # mkdir where a file has the folder's name
    errno.EACCES: Fault.NOT_ALLOWED,
    errno.EPERM: Fault.NOT_ALLOWED,
    errno.EROFS: Fault.NOT_ALLOWED,
    errno.ENOSPC: Fault.NO_ROOM,
    errno.EDQUOT: Fault.NO_ROOM,
}


def classify(exc: BaseException) -> tuple[Fault, str] | None:
    """Which fault `exc` is, and the place it names; None for an error in our own code."""
    if isinstance(exc, Mistake):
        return exc.fault, exc.path
    if isinstance(exc, ProfileInUse):
        return Fault.PROFILE_IN_USE, str(exc.args[0]) if exc.args else ""
    if isinstance(exc, ProfileFolderUnusable):
        return Fault.PROFILE_FOLDER_UNUSABLE, exc.profile_dir
    for kind, fault in _UNLOCK.items():
        if isinstance(exc, kind):
            return fault, str(exc.args[0]) if exc.args else ""
    if isinstance(exc, SaveFailed) and exc.fault in _SAVE:
        return _SAVE[exc.fault], ""
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        return _ERRNOS[exc.errno], str(exc.filename or "")
    if isinstance(exc.__cause__, OSError):  # a layer that wrapped the disk's own error
        return classify(exc.__cause__)
    return None


def describe(exc: BaseException, language: str) -> str | None:
    """One plain line for a mistake or a state of the computer; None for a bug."""
    refused = reason_for(exc, language)
    if refused is not None:
        return refused
    found = classify(exc)
    if found is None:
        return None
    return " ".join(explain(found[0], language, found[1]).split())
