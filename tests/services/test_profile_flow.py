"""The way into a profile and out again, as plain values: no window, no database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.paths import database_path
from desktop.services import profile
from desktop.services.profile_files import Backup, ProfileState
from desktop.services.profile_flow import (
    Created,
    CreateFailed,
    FlowState,
    Held,
    HoldRefused,
    LockAsked,
    Locked,
    LockKept,
    NotNow,
    Opened,
    OpenFailed,
    PassphraseGiven,
    Problem,
    Released,
    Restored,
    RestoreFailed,
    RestoreStarted,
    SetupSubmitted,
    Step,
    advance,
    open_failed,
)

FOLDER = Path("profiles") / "profile-1"
CHOOSING = FlowState(Step.CHOOSING)


def walk(state: FlowState, *events: object) -> FlowState:
    for event in events:
        state = advance(state, event)  # type: ignore[arg-type]
    return state


def unlocking() -> FlowState:
    return advance(CHOOSING, Held(FOLDER, ProfileState.PRESENT, has_backups=True))


def test_a_profile_with_a_database_starts_on_its_unlock_page() -> None:
    assert unlocking() == FlowState(Step.UNLOCKING, FOLDER)


def test_a_new_folder_starts_on_set_up() -> None:
    assert advance(CHOOSING, Held(FOLDER, ProfileState.MISSING, False)) == FlowState(Step.SETTING_UP, FOLDER)


def test_an_empty_file_with_backups_offers_them_not_set_up() -> None:
    state = advance(CHOOSING, Held(FOLDER, ProfileState.EMPTY, has_backups=True))
    assert (state.step, state.problem, state.detail) == (
        Step.UNLOCKING,
        Problem.EMPTY,
        str(database_path(FOLDER)),
    )


def test_an_empty_file_without_backups_is_set_up_again_saying_what_was_found() -> None:
    state = advance(CHOOSING, Held(FOLDER, ProfileState.EMPTY, has_backups=False))
    assert (state.step, state.problem) == (Step.SETTING_UP, Problem.EMPTY_NO_BACKUP)
    assert not state.replace_unfinished  # the empty file is set aside, never overwritten


def test_unlocking_opens_the_profile_and_is_busy_meanwhile() -> None:
    opening = advance(unlocking(), PassphraseGiven())
    assert opening.step is Step.OPENING and opening.busy
    assert not opening.can_restore() and not opening.can_leave()
    assert advance(opening, Opened()) == FlowState(Step.OPEN, FOLDER)


def test_a_wrong_passphrase_returns_to_the_unlock_page_with_the_reason() -> None:
    state = walk(unlocking(), PassphraseGiven(), OpenFailed(Problem.WRONG_PASSPHRASE))
    assert (state.step, state.problem) == (Step.UNLOCKING, Problem.WRONG_PASSPHRASE)
    assert not state.busy and state.can_restore()
    assert walk(state, PassphraseGiven(), Opened()).step is Step.OPEN


def test_a_failed_backup_opens_the_profile_with_a_notice() -> None:
    state = walk(unlocking(), PassphraseGiven(), Opened("disk full"))
    assert (state.step, state.problem, state.detail) == (Step.OPEN, Problem.BACKUP_FAILED, "disk full")


@pytest.mark.parametrize(
    ("exc", "problem", "detail"),
    [
        (profile.WrongPassphrase("x"), Problem.WRONG_PASSPHRASE, ""),
        (profile.NotOurDatabase("x"), Problem.NOT_OURS, str(database_path(FOLDER))),
        (profile.DatabaseDamaged("x"), Problem.DAMAGED, ""),
        (profile.FolderNotAccessible("x"), Problem.FOLDER, str(FOLDER)),
        (profile.DiskFull("x"), Problem.DISK_FULL, str(FOLDER)),
        (RuntimeError("the cat sat on it"), Problem.OTHER, "the cat sat on it"),
    ],
)
def test_each_reason_a_database_does_not_open_has_its_own_problem(exc, problem, detail) -> None:
    event = open_failed(exc, FOLDER, ProfileState.PRESENT, has_backups=False)
    state = walk(unlocking(), PassphraseGiven(), event)
    assert (state.step, state.problem, state.detail) == (Step.UNLOCKING, problem, detail)


def test_a_half_created_database_offers_set_up_that_may_replace_it() -> None:
    event = open_failed(profile.SetupUnfinished("x"), FOLDER, ProfileState.PRESENT, False)
    state = walk(unlocking(), PassphraseGiven(), event)
    assert (state.step, state.problem, state.replace_unfinished) == (
        Step.SETTING_UP,
        Problem.UNFINISHED,
        True,
    )
    creating = advance(state, SetupSubmitted())
    assert creating.step is Step.CREATING and creating.replace_unfinished and creating.busy


def test_a_database_emptied_while_the_unlock_page_was_up_says_what_was_found() -> None:
    event = open_failed(profile.SetupUnfinished("x"), FOLDER, ProfileState.EMPTY, has_backups=True)
    state = walk(unlocking(), PassphraseGiven(), event)
    assert (state.step, state.problem) == (Step.UNLOCKING, Problem.EMPTY)
    event = open_failed(profile.SetupUnfinished("x"), FOLDER, ProfileState.EMPTY, has_backups=False)
    assert walk(unlocking(), PassphraseGiven(), event).problem is Problem.EMPTY_NO_BACKUP


def test_a_database_removed_while_the_unlock_page_was_up_offers_set_up() -> None:
    event = open_failed(profile.DatabaseMissing("x"), FOLDER, ProfileState.MISSING, False)
    assert walk(unlocking(), PassphraseGiven(), event) == FlowState(Step.SETTING_UP, FOLDER)


def test_first_run_creates_then_opens_or_says_why_not() -> None:
    setting_up = advance(CHOOSING, Held(FOLDER, ProfileState.MISSING, False))
    assert walk(setting_up, SetupSubmitted(), Created()) == FlowState(Step.OPEN, FOLDER)
    failed = walk(setting_up, SetupSubmitted(), CreateFailed("disk full"))
    assert (failed.step, failed.problem, failed.detail) == (Step.SETTING_UP, Problem.NOT_CREATED, "disk full")


def test_a_lock_passes_through_locking_and_may_be_kept() -> None:
    open_ = walk(unlocking(), PassphraseGiven(), Opened("no space"))
    locking = advance(open_, LockAsked())
    assert locking.step is Step.LOCKING and locking.unlocked and locking.problem is None
    assert advance(locking, LockAsked()).step is Step.LOCKING  # asked again while waiting: still one lock
    assert advance(locking, LockKept()).step is Step.OPEN
    assert advance(locking, Locked()) == FlowState(Step.UNLOCKING, FOLDER)


def test_restoring_returns_to_the_unlock_page_saying_what_came_back() -> None:
    backup = Backup(Path("b.db"), datetime(2026, 11, 20, 9, 30), "daily")
    damaged = walk(unlocking(), PassphraseGiven(), OpenFailed(Problem.DAMAGED))
    restoring = advance(damaged, RestoreStarted())
    assert restoring.step is Step.RESTORING and restoring.busy
    done = advance(restoring, Restored(backup, Path("profile") / "panel-review-set-aside.db"))
    assert (done.step, done.problem, done.detail) == (
        Step.UNLOCKING,
        Problem.RESTORED,
        "panel-review-set-aside.db",
    )
    assert done.restored == backup
    failed = advance(restoring, RestoreFailed("read-only"))
    assert (failed.step, failed.problem, failed.detail) == (
        Step.UNLOCKING,
        Problem.RESTORE_FAILED,
        "read-only",
    )


def test_another_copy_holding_the_profile_ends_this_one() -> None:
    assert advance(CHOOSING, HoldRefused(in_use=True)).step is Step.IN_USE


def test_an_unusable_folder_stays_on_the_chooser_naming_it() -> None:
    state = advance(CHOOSING, HoldRefused(in_use=False, folder="/media/stick"))
    assert (state.step, state.problem, state.detail) == (
        Step.CHOOSING,
        Problem.FOLDER_UNUSABLE,
        "/media/stick",
    )


def test_switching_profile_goes_back_to_the_chooser() -> None:
    assert advance(unlocking(), Released()) == CHOOSING


@pytest.mark.parametrize(
    ("state", "event"),
    [
        (FlowState(Step.OPENING, FOLDER), PassphraseGiven()),  # Enter pressed twice
        (FlowState(Step.OPEN, FOLDER), Held(FOLDER, ProfileState.PRESENT, False)),  # lock first
        (FlowState(Step.OPEN, FOLDER), Released()),
        (FlowState(Step.OPEN, FOLDER), RestoreStarted()),
        (FlowState(Step.OPENING, FOLDER), RestoreStarted()),
        (FlowState(Step.RESTORING, FOLDER), Released()),
        (FlowState(Step.CHOOSING), RestoreStarted()),  # no folder
        (FlowState(Step.UNLOCKING, FOLDER), Locked()),
        (FlowState(Step.IN_USE), Held(FOLDER, ProfileState.PRESENT, False)),
    ],
)
def test_an_event_out_of_turn_is_refused_and_changes_nothing(state: FlowState, event: object) -> None:
    with pytest.raises(NotNow):
        advance(state, event)  # type: ignore[arg-type]
