"""The shell's operations on the open profile: who it is for, its settings, its passphrase.

Also the member's list of rounds (the first page after unlocking), which the shell
shows itself. Getting into the profile (unlock, create) is not here: no session exists
yet, so those run as jobs of the start flow (`desktop.services.profile_flow`).
"""

from __future__ import annotations

from desktop.services import profile, rounds
from desktop.services.profile import PassphraseProblem, ProfileInfo
from desktop.services.profile_flow import Entered, describe
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui import ops
from desktop.ui.ops import Op


def profile_info(session: ProfileSession) -> Op[ProfileInfo]:
    return ops.read(session, profile.profile_info)


def entered(session: ProfileSession) -> Op[Entered]:
    """A session opened elsewhere (the demo, tests): who its profile is for."""
    return Op(lambda _progress, _cancel: describe(session), holds_profile=False, session=session)


def warm_up(session: ProfileSession) -> Op[None]:
    """Key the second pooled connection before anything needs it; a lock need not wait."""
    return ops.read(session, profile.warm_up)


def set_language(session: ProfileSession, language: str) -> Op[None]:
    return ops.change(session, profile.set_language, language)


def set_idle_lock_minutes(session: ProfileSession, minutes: int) -> Op[None]:
    return ops.change(session, profile.set_idle_lock_minutes, minutes)


def change_passphrase(
    session: ProfileSession, current: str, new: str, repeat: str
) -> Op[list[PassphraseProblem]]:
    """Re-key the database and its backups; the problems with `new`, or WrongPassphrase."""
    return ops.change(session, profile.change_passphrase, current, new, repeat)


def member_rounds(session: ProfileSession) -> Op[list[RoundRow]]:
    """The member's rounds, for the page shown after unlocking."""
    return ops.read(session, rounds.list_rounds)
