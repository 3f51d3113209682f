"""Why a write to the database failed, in terms a member can act on.

SQLite reports every failure as an exception with a message; the member needs to
know which of a few things went wrong, because each has a different remedy: free
some disk space, let the file be written, restore a backup, close the other program.
`classify` turns a driver exception into one of those, and `SaveFailed` carries it
from the services to the screens, which turn it into a sentence.
"""

from __future__ import annotations

import errno
import sqlite3
from enum import Enum

import sqlcipher3
from sqlalchemy.exc import DBAPIError


class Fault(Enum):
    """What stopped a write; the interface has one plain sentence for each."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    DAMAGED = "damaged"
    BUSY = "busy"
    OTHER = "other"


_MESSAGES = (
    ("disk is full", Fault.DISK_FULL),
    ("readonly", Fault.READ_ONLY),
    ("read-only", Fault.READ_ONLY),
    ("disk i/o error", Fault.READ_ONLY),
    ("unable to open", Fault.READ_ONLY),
    ("permission", Fault.READ_ONLY),
    ("malformed", Fault.DAMAGED),
    ("not a database", Fault.DAMAGED),
    ("corrupt", Fault.DAMAGED),
    ("locked", Fault.BUSY),
    ("busy", Fault.BUSY),
)
_ERRNOS = {
    errno.ENOSPC: Fault.DISK_FULL,
    errno.EDQUOT: Fault.DISK_FULL,
    errno.EROFS: Fault.READ_ONLY,
    errno.EACCES: Fault.READ_ONLY,
    errno.EPERM: Fault.READ_ONLY,
    errno.EIO: Fault.READ_ONLY,
}


class SaveFailed(Exception):
    """A change could not be written; nothing of it was stored."""

    def __init__(self, fault: Fault, detail: str) -> None:
        super().__init__(detail)
        self.fault = fault
        self.detail = detail


def classify(exc: BaseException) -> Fault:
    """The member-facing reason behind a database or file-system exception."""
    if isinstance(exc, OSError) and exc.errno in _ERRNOS:
        return _ERRNOS[exc.errno]
    cause = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(cause).lower()
    for fragment, fault in _MESSAGES:
        if fragment in message:
            return fault
    return Fault.OTHER


def is_storage_error(exc: BaseException) -> bool:
    """True for failures of the disk or the database file, as opposed to bugs in our code."""
    return isinstance(exc, DBAPIError | OSError | sqlite3.Error | sqlcipher3.dbapi2.Error)
