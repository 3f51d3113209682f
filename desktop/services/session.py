"""The unlocked profile as the interface holds it: an opaque handle, used only through services.

Widgets never hold the `Database` (an import-linter contract forbids `desktop.ui` from
importing `desktop.storage` and `sqlalchemy`). They hold a `ProfileSession` and run
service functions through it:

    session.run(review.save_answer, case_id, "risk", "yes", None)

so every read and write a screen makes is a named service call, one unit of work
each, and the screens cannot open sessions, run queries or keep ORM objects. Locking
calls `close()`, after which the handle refuses every call (`SessionClosed`): a widget
that outlived the lock cannot reach the database through a stale reference.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from desktop.core.secret import Passphrase
from desktop.services import merged_rounds, profile, profiles
from desktop.services.thread_watch import watching
from desktop.storage.database import Database

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class SessionClosed(RuntimeError):
    """The profile was locked or closed; nothing ran."""


class ProfileSession:
    """One unlocked profile; the only way the interface reaches its data."""

    __slots__ = ("_db",)

    def __init__(self, db: Database) -> None:
        self._db: Database | None = db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def run(self, service: Callable[Concatenate[Database, P], R], /, *args: P.args, **kwargs: P.kwargs) -> R:
        """Call `service(db, *args, **kwargs)`: on the GUI thread or inside an operation."""
        if self._db is None:
            raise SessionClosed("the profile is locked")
        watch = watching()
        if watch is not None and threading.current_thread() is threading.main_thread():
            watch(service)  # the interface's: the window must never wait on the database
        return service(self._db, *args, **kwargs)

    def close(self, *, backup: bool = False) -> str | None:
        """Close the database (after a backup when asked); returns why a backup failed, or None."""
        db, self._db = self._db, None
        if db is None:
            return None
        merged_rounds.forget(db.engine)  # merged rounds hold members' notes
        if backup:
            return profile.close_profile(db)
        db.close()
        return None


@dataclass(frozen=True)
class OpenedSession:
    session: ProfileSession
    backup_problem: str | None = None


def open_session(profile_dir: Path, passphrase: Passphrase | str) -> OpenedSession:
    """Unlock, check and back up (slow: run it off the GUI thread); raises as `profile.open_profile`."""
    opened = profile.open_profile(profile_dir, passphrase)
    return OpenedSession(ProfileSession(opened.db), opened.backup_problem)


def create_session(
    profile_dir: Path,
    display_name: str,
    passphrase: str,
    language: str,
    *,
    replace_unfinished: bool = False,
    role: str = "member",
    label: str | None = None,
) -> ProfileSession:
    """First run: create the profile (a member's, or the coordinator's) and hold it open.

    With `label`, the profile's card (`services.profiles`) is written next, so the start
    screen can name it; a card that cannot be written is logged and the profile, which
    exists by then, is listed by its folder name instead.
    """
    db = profile.create_profile(
        profile_dir, display_name, passphrase, language, replace_unfinished=replace_unfinished, role=role
    )
    if label is not None:
        try:
            profiles.write_card(profile_dir, role, label)
        except OSError as exc:
            log.warning("the profile's card could not be written: %s", exc)
    return ProfileSession(db)
