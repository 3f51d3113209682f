"""Getting into a profile and out again, as a plain state machine: no Qt, no database.

First run, unlock, restore a backup, lock and switch profile used to be flags on the
main window (busy, a lock waiting, set-up may replace a half-made database) that
several files set and read. Here they are one value, `FlowState`, and one function,
`advance(state, event)`, in the manner of Electrum's wizard: the window performs what a
step needs (hold a folder, open the database off the GUI thread, ask about unsaved
changes), tells the machine what happened as an event, and shows the state it gets
back. Every refusal is a state with its reason (`Problem`) and the file or folder it
names, so the window has one place to read what to say.

    state = FlowState(Step.CHOOSING)
    state = advance(state, Held(folder, ProfileState.PRESENT, has_backups=False))   # UNLOCKING
    state = advance(state, PassphraseGiven())                                       # OPENING
    state = advance(state, OpenFailed(Problem.WRONG_PASSPHRASE, ...))               # UNLOCKING, says why

An event that makes no sense in the current step (a passphrase while the database is
already open) raises `NotNow` and changes nothing: a double press cannot start a
second unlock. The machine is tested with plain values (tests/services/test_profile_flow.py).

The slow steps are also here, as functions for the window to run off the GUI thread:
`unlock` and `create` open the profile and read who it is for in the same job, so the
window learns the role (member or coordinator) without waiting on the database.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import database_path
from desktop.services.profile_files import Backup, ProfileState

if TYPE_CHECKING:  # the database layer loads in the background while the first screen shows
    from desktop.core.secret import Passphrase
    from desktop.services.profile import ProfileInfo
    from desktop.services.session import ProfileSession


class Step(Enum):
    """Where the person is on the way into (or out of) a profile."""

    CHOOSING = "choosing"  # the list of profiles; no folder is held
    SETTING_UP = "setting_up"  # a held folder with no usable database: the set-up page
    CREATING = "creating"  # the profile is being made (off the GUI thread)
    UNLOCKING = "unlocking"  # the unlock page, waiting for the passphrase
    OPENING = "opening"  # the database is being opened, checked and backed up
    OPEN = "open"  # unlocked: the member's rounds, or the coordinator's home
    LOCKING = "locking"  # a lock waits for operations that hold the profile, or for an answer
    RESTORING = "restoring"  # a backup is being put back (off the GUI thread)
    IN_USE = "in_use"  # the chosen profile is open in another copy, which came forward: this one closes


BUSY = frozenset({Step.CREATING, Step.OPENING, Step.RESTORING})  # the database file is being worked on
UNLOCKED = frozenset({Step.OPEN, Step.LOCKING})  # a session is held


class Problem(Enum):
    """Why a step did not go as asked (or, for the last two, what happened on the way)."""

    # the database did not open (shown on the unlock page)
    WRONG_PASSPHRASE = "wrong_passphrase"
    NOT_OURS = "not_ours"
    DAMAGED = "damaged"
    FOLDER = "folder"
    DISK_FULL = "disk_full"
    EMPTY = "empty"  # a zero-length file where the database should be, with backups to restore
    OTHER = "other"
    # set-up
    UNFINISHED = "unfinished"  # an earlier set-up was interrupted: set-up may replace its half-made file
    EMPTY_NO_BACKUP = "empty_no_backup"  # a zero-length file and no backup: set-up, keeping the file
    NOT_CREATED = "not_created"  # creating the profile failed
    # choosing
    FOLDER_UNUSABLE = "folder_unusable"  # the profile's folder cannot be made or written
    # restoring
    RESTORE_FAILED = "restore_failed"  # nothing was changed
    # not refusals: notices on the way
    RESTORED = "restored"  # the backup is back in place; the passphrase opens it
    BACKUP_FAILED = "backup_failed"  # the profile is open, but today's backup could not be made


UNLOCK_PROBLEMS = frozenset({
    Problem.WRONG_PASSPHRASE, Problem.NOT_OURS, Problem.DAMAGED, Problem.FOLDER,
    Problem.DISK_FULL, Problem.EMPTY, Problem.OTHER,
})  # fmt: skip


@dataclass(frozen=True)
class FlowState:
    """One moment of the flow; `detail` is the file, folder or error the problem names."""

    step: Step
    folder: Path | None = None
    problem: Problem | None = None
    detail: str = ""
    replace_unfinished: bool = False  # set-up may replace a half-created database
    restored: Backup | None = None  # with Problem.RESTORED: the backup now in place
    before: FlowState | None = None  # while restoring: where a failure returns to

    @property
    def busy(self) -> bool:
        """The database file is being opened, made or restored: nothing else may touch it."""
        return self.step in BUSY

    @property
    def unlocked(self) -> bool:
        return self.step in UNLOCKED

    def can_restore(self) -> bool:
        """Restoring needs a folder and no work on the file; an open profile is locked first."""
        return self.folder is not None and not self.busy and self.step is not Step.IN_USE

    def can_leave(self) -> bool:
        """Switching or making a profile: not while the file is being worked on."""
        return not self.busy and self.step is not Step.IN_USE


# events: what the window did, or what a job off the GUI thread came back with ---------------


@dataclass(frozen=True)
class Held:
    """This copy now holds `folder`; `found` is what is where its database should be."""

    folder: Path
    found: ProfileState
    has_backups: bool


@dataclass(frozen=True)
class HoldRefused:
    """The folder could not be held: open in another copy, or not usable (`folder` says which)."""

    in_use: bool
    folder: str = ""


@dataclass(frozen=True)
class Released:
    """The person went back to the list of profiles (after locking, if it was open)."""


@dataclass(frozen=True)
class SetupSubmitted:
    """The set-up page passed its own checks; the profile is being made."""


@dataclass(frozen=True)
class Created:
    """The profile exists and is open."""


@dataclass(frozen=True)
class CreateFailed:
    error: str


@dataclass(frozen=True)
class PassphraseGiven:
    """The unlock page sent a passphrase; the database is being opened."""


@dataclass(frozen=True)
class Opened:
    """The database is open (and checked); `backup_problem` says why today's backup failed."""

    backup_problem: str | None = None


@dataclass(frozen=True)
class OpenFailed:
    """The database did not open; `found` and `has_backups` are what is in the folder now."""

    problem: Problem | None  # None: the database was not there, or its set-up had not finished
    detail: str = ""
    found: ProfileState = ProfileState.PRESENT
    has_backups: bool = False
    unfinished: bool = False


@dataclass(frozen=True)
class LockAsked:
    """A lock was asked for (by the member, the idle timer, a switch or a restore)."""


@dataclass(frozen=True)
class LockKept:
    """The member chose not to lock (unsaved changes): the profile stays open."""


@dataclass(frozen=True)
class Locked:
    """The session is closed and the case content dropped."""


@dataclass(frozen=True)
class RestoreStarted:
    """A backup was chosen; it is being put back."""


@dataclass(frozen=True)
class Restored:
    backup: Backup
    aside: Path  # where the file it replaced was kept


@dataclass(frozen=True)
class RestoreFailed:
    error: str


Event = (
    Held | HoldRefused | Released | SetupSubmitted | Created | CreateFailed | PassphraseGiven | Opened
    | OpenFailed | LockAsked | LockKept | Locked | RestoreStarted | Restored | RestoreFailed
)  # fmt: skip


class NotNow(Exception):
    """`event` does not apply in `state` (nothing changed)."""

    def __init__(self, state: FlowState, event: Event) -> None:
        super().__init__(f"{type(event).__name__} while {state.step.value}")
        self.state = state
        self.event = event


def start(folder: Path, found: ProfileState, has_backups: bool) -> FlowState:
    """The first screen of a held folder: unlock, set-up, or the empty file and its backups."""
    if found is ProfileState.PRESENT:
        return FlowState(Step.UNLOCKING, folder)
    if found is ProfileState.EMPTY and has_backups:
        # set-up is not offered: it would put a new profile where the work can still come back
        return FlowState(Step.UNLOCKING, folder, Problem.EMPTY, str(database_path(folder)))
    if found is ProfileState.EMPTY:
        return FlowState(Step.SETTING_UP, folder, Problem.EMPTY_NO_BACKUP, str(database_path(folder)))
    return FlowState(Step.SETTING_UP, folder)


def advance(state: FlowState, event: Event) -> FlowState:
    """The state after `event`; raises `NotNow` if the event does not apply."""
    step = state.step
    settled = step in (Step.CHOOSING, Step.SETTING_UP, Step.UNLOCKING)
    match event:
        case Held(folder, found, has_backups) if settled:
            return start(folder, found, has_backups)
        case HoldRefused(in_use=True) if settled:
            return FlowState(Step.IN_USE)
        case HoldRefused(folder=folder) if settled:
            return FlowState(Step.CHOOSING, problem=Problem.FOLDER_UNUSABLE, detail=folder)
        case Released() if settled:
            return FlowState(Step.CHOOSING)
        case SetupSubmitted() if step is Step.SETTING_UP:
            return replace(state, step=Step.CREATING, problem=None, detail="")
        case Created() if step is Step.CREATING:
            return FlowState(Step.OPEN, state.folder)
        case CreateFailed(error) if step is Step.CREATING:
            return replace(state, step=Step.SETTING_UP, problem=Problem.NOT_CREATED, detail=error)
        case PassphraseGiven() if step is Step.UNLOCKING:
            return FlowState(Step.OPENING, state.folder)
        case Opened(backup_problem) if step is Step.OPENING:
            problem = None if backup_problem is None else Problem.BACKUP_FAILED
            return FlowState(Step.OPEN, state.folder, problem, backup_problem or "")
        case OpenFailed() if step is Step.OPENING:
            return _open_failed(state, event)
        case LockAsked() if step in UNLOCKED:
            return replace(state, step=Step.LOCKING, problem=None, detail="")
        case LockKept() if step is Step.LOCKING:
            return replace(state, step=Step.OPEN)
        case Locked() if step is Step.LOCKING:
            return FlowState(Step.UNLOCKING, state.folder)
        case RestoreStarted() if settled and state.folder is not None:
            return FlowState(Step.RESTORING, state.folder, before=state)
        case Restored(backup, aside) if step is Step.RESTORING:
            return FlowState(Step.UNLOCKING, state.folder, Problem.RESTORED, aside.name, restored=backup)
        case RestoreFailed(error) if step is Step.RESTORING and state.before is not None:
            return replace(state.before, problem=Problem.RESTORE_FAILED, detail=error)
    raise NotNow(state, event)


def _open_failed(state: FlowState, event: OpenFailed) -> FlowState:
    folder = state.folder
    assert folder is not None  # only a held folder is opened
    if event.problem is not None:
        return FlowState(Step.UNLOCKING, folder, event.problem, event.detail)
    if event.unfinished and event.found is ProfileState.EMPTY:
        return start(folder, event.found, event.has_backups)  # emptied while the unlock page was up
    if event.unfinished:
        return FlowState(Step.SETTING_UP, folder, Problem.UNFINISHED, replace_unfinished=True)
    return FlowState(Step.SETTING_UP, folder)  # removed while the unlock page was up


# the slow steps, run off the GUI thread -----------------------------------------------------


@dataclass(frozen=True)
class Entered:
    """An open profile, who it is for, and why today's backup failed (None: it did not)."""

    session: ProfileSession
    info: ProfileInfo
    backup_problem: str | None = None


def describe(session: ProfileSession, backup_problem: str | None = None) -> Entered:
    """Read who `session`'s profile is for (off the GUI thread: it is a database read)."""
    from desktop.services import profile

    return Entered(session, session.run(profile.profile_info), backup_problem)


def unlock(folder: Path, passphrase: Passphrase) -> Entered:
    """Open, check and back up the database, and read who it is for; the passphrase is wiped.

    Raises what `profile.open_profile` raises; `open_failed` turns that into an event.
    """
    from desktop.services.session import open_session

    with passphrase:
        opened = open_session(folder, passphrase)
    return describe(opened.session, opened.backup_problem)


def create(
    folder: Path,
    name: str,
    passphrase: str,
    language: str,
    *,
    replace_unfinished: bool,
    role: str,
    label: str | None,
) -> Entered:
    """First run of a profile: make it, hold it open and read it back."""
    from desktop.services.session import create_session

    session = create_session(
        folder, name, passphrase, language, replace_unfinished=replace_unfinished, role=role, label=label
    )
    return describe(session)


def open_failed(exc: Exception, folder: Path, found: ProfileState, has_backups: bool) -> OpenFailed:
    """The event for an unlock that raised `exc`, with what the folder holds now."""
    from desktop.services import profile

    if isinstance(exc, profile.DatabaseMissing):
        return OpenFailed(None, found=found, has_backups=has_backups)
    if isinstance(exc, profile.SetupUnfinished):
        return OpenFailed(None, found=found, has_backups=has_backups, unfinished=True)
    problems: dict[type[Exception], Problem] = {
        profile.WrongPassphrase: Problem.WRONG_PASSPHRASE,
        profile.NotOurDatabase: Problem.NOT_OURS,
        profile.DatabaseDamaged: Problem.DAMAGED,
        profile.FolderNotAccessible: Problem.FOLDER,
        profile.DiskFull: Problem.DISK_FULL,
    }
    problem = problems.get(type(exc), Problem.OTHER)
    places = {
        Problem.NOT_OURS: str(database_path(folder)),
        Problem.FOLDER: str(folder),
        Problem.DISK_FULL: str(folder),
        Problem.OTHER: str(exc),
    }
    return OpenFailed(problem, places.get(problem, ""), found, has_backups)
