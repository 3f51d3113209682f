"""Locking: on demand (Ctrl+L), when idle, and before a switch or a restore.

A lock saves what is typed, forgets the key and every widget showing case content, and
shows the unlock page. Two things survive it, as ids only: where the member was (round,
case, question), to return there; and a change the database refused to take, kept in
memory and saved after unlocking, because losing what a member typed is worse.

An operation still running (an import, an export, documents being read) is let finish
first (`jobs_holding_the_profile`): its transaction must not lose its database half-way,
and what it reports must be shown before the window locks, not over the locked window.
Meanwhile the flow is in its LOCKING step, so a second lock asked for then is the same lock.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.secret import forget_freed_memory
from desktop.services.profile_flow import LockAsked, Locked, LockKept, Step
from desktop.ui.collector import Collector
from desktop.ui.i18n import tr
from desktop.ui.operations import jobs_holding_the_profile
from desktop.ui.shell.guide import unsaved_warning
from desktop.ui.shell.idle_lock import IdleLock

if TYPE_CHECKING:
    from desktop.ui.member.pending_saves import Edit
    from desktop.ui.member.position import Position
    from desktop.ui.shell.main_window import MainWindow

LOCK_RETRY_MS = 100  # how often a waiting lock looks again for running operations
FORGET_AFTER_LOCK_MS = 200  # after deleteLater has freed the workspace


class LockController:
    """Locks `window`'s profile, and keeps where the member was for the next unlock."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.flow = window.flow
        self.idle_lock = IdleLock(10, window)
        self.idle_lock.idle.connect(lambda: self.lock(ask=False))
        self.collector = Collector(self.idle_lock.quiet_ms, window)  # full collections while quiet
        self.resume: Position | None = None  # where to return after the next unlock
        self.carried: list[Edit] = []  # changes the database refused, saved after the next unlock
        self._asking = False  # the unsaved-changes question is up

    def start_counting(self, minutes: int) -> None:
        """The profile is open: lock after `minutes` without input anywhere in the app."""
        self.idle_lock.set_minutes(minutes)
        self.idle_lock.start()
        self.idle_lock.watch()  # input counts only when unlocked
        self.collector.start()

    def stop_counting(self) -> None:
        self.collector.stop()
        self.idle_lock.stop()
        self.idle_lock.unwatch()

    def lock(self, ask: bool = True) -> None:
        """Lock now, or as soon as no operation holds the profile.

        With `ask` (the member chose to lock) unsaved changes are mentioned first; an
        automatic lock never waits for an answer nobody is there to give.
        """
        step = self.flow.state.step
        if step is Step.OPEN:
            self.flow.send(LockAsked())
            self._try(ask)
        elif step is Step.LOCKING and self._asking and not ask:
            self._try(ask)  # the idle timer, while the member's question is unanswered: lock now
        # else LOCKING: already waiting for an operation; it locks when that ends

    def _try(self, ask: bool) -> None:
        if self.flow.state.step is not Step.LOCKING:
            return  # closed meanwhile
        if jobs_holding_the_profile():
            QTimer.singleShot(LOCK_RETRY_MS, lambda: self._try(ask))
            return
        workspace = self.window.workspace
        if workspace is not None:
            if ask and workspace.unsaved():
                confirmed = self._confirmed()
                if self.flow.state.step is not Step.LOCKING:
                    return  # the idle timer locked while the question was up
                if not confirmed:
                    self.flow.send(LockKept())
                    return
            workspace.save_drafts()
            self.resume = workspace.position()
            self.carried = workspace.pending.take()
        self.window.dialogs.close_all()
        self.stop_counting()
        self.window.close_profile()
        # Once the deferred deletions have run: collect the freed widgets and rows and
        # hand free pages back to the system, so less of the case text lingers.
        QTimer.singleShot(FORGET_AFTER_LOCK_MS, forget_freed_memory)
        self.flow.send(Locked())

    def _confirmed(self) -> bool:
        self._asking = True
        try:
            return self.window.dialogs.confirm(
                self.window, tr("Lock with unsaved changes?"), unsaved_warning(lock=True)
            )
        finally:
            self._asking = False

    def forget(self) -> None:
        """Leaving the profile: nothing kept for its next unlock."""
        self.carried, self.resume = [], None


CLOSE_WAIT_S = 10.0  # the longest a closing window waits for changes already asked for


def let_changes_finish() -> None:
    """A change already asked for (a saved note, the chosen language) is stored before
    the database closes, as locking waits for it; the window is still there meanwhile,
    and a change that outlasts the wait is cut off as before."""
    deadline = time.monotonic() + CLOSE_WAIT_S
    while jobs_holding_the_profile() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
