"""The way into a profile on screen: the set-up and unlock pages, and the jobs behind them.

The steps and every refusal are decided by the plain state machine
(`desktop.services.profile_flow`); `ProfileFlow` holds its one current state for the
window and announces each move. `Entrance` forwards what the pages send (a passphrase,
a set-up) as events, runs the slow step off the GUI thread, and shows each state on the
page it belongs to. It decides nothing the machine decides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.secret import Passphrase
from desktop.paths import database_path
from desktop.services import profile_flow
from desktop.services.profile_files import ProfileState, list_backups, profile_state
from desktop.services.profile_flow import (
    UNLOCK_PROBLEMS,
    Created,
    CreateFailed,
    Entered,
    Event,
    FlowState,
    Held,
    Opened,
    PassphraseGiven,
    Problem,
    SetupSubmitted,
    Step,
)
from desktop.ui.i18n import current_language, tr
from desktop.ui.shell.start_pages import SetupPage, UnlockPage
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.ui.shell.main_window import MainWindow


def empty_without_backup(folder: Path) -> str:
    """What set-up says over a zero-length database with no backup (the command line too)."""
    from desktop.services.user_faults import Fault, explain

    return explain(Fault.PROFILE_EMPTY_NO_BACKUP, current_language(), database_path(folder))


def held(folder: Path) -> Held:
    """The event for a folder this copy now holds: what is in it (backups matter only for an empty file)."""
    found = profile_state(folder)
    return Held(folder, found, found is ProfileState.EMPTY and bool(list_backups(folder)))


class ProfileFlow(QObject):
    """The window's one `FlowState`; `moved(old, new)` after each event."""

    moved = Signal(object, object)

    def __init__(self, state: FlowState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state

    def send(self, event: Event) -> FlowState:
        """Advance the machine (raises `NotNow` if the event does not apply) and announce it."""
        old, self.state = self.state, profile_flow.advance(self.state, event)
        self.moved.emit(old, self.state)
        return self.state


class Entrance:
    """Set-up and unlock: the pages (built when first needed), the jobs and what they say."""

    def __init__(self, window: MainWindow, demo_hint: str) -> None:
        self.window = window
        self.flow = window.flow
        self.demo_hint = demo_hint
        self._setup_page: SetupPage | None = None
        self._unlock_page: UnlockPage | None = None

    @property
    def setup_page(self) -> SetupPage:
        if self._setup_page is None:
            self._setup_page = SetupPage()
            self._setup_page.languageChosen.connect(self.window.set_language)
            self._setup_page.setupRequested.connect(self.create)
            self._setup_page.chooseAnotherRequested.connect(self.window.switch_profile)
            self.window.stack.addWidget(self._setup_page)
        return self._setup_page

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            self._unlock_page = UnlockPage(self.demo_hint)
            self._unlock_page.unlockRequested.connect(self.unlock)
            self._unlock_page.restoreRequested.connect(self.window.restore_from_backup)
            self._unlock_page.chooseAnotherRequested.connect(self.window.switch_profile)
            self.window.stack.addWidget(self._unlock_page)
        return self._unlock_page

    def forget_setup_page(self) -> None:
        """Another profile's set-up starts afresh: the old page may hold its typing."""
        if self._setup_page is not None:
            self.window.stack.removeWidget(self._setup_page)
            self._setup_page.deleteLater()
            self._setup_page = None

    # the jobs ------------------------------------------------------------------
    def create(
        self, name: str, passphrase: str, language: str, role: str = "member", label: str = ""
    ) -> None:
        state = self.flow.send(SetupSubmitted())
        folder, replace = state.folder, state.replace_unfinished
        assert folder is not None  # set-up is shown only for a held folder

        def done(entered: Entered) -> None:
            self.setup_page.forget_passphrase()  # the passphrase is the key: no copy stays in a widget
            self.flow.send(Created())
            self.window.enter(entered)

        def failed(exc: Exception) -> None:
            self.flow.send(CreateFailed(str(exc)))

        run_in_background(
            lambda: profile_flow.create(
                folder, name, passphrase, language, replace_unfinished=replace, role=role, label=label or None
            ),
            done, failed,
        )  # fmt: skip

    def unlock(self, passphrase: str) -> None:
        """Open, check and back up the database off the GUI thread; explain any failure."""
        if self.flow.state.step is not Step.UNLOCKING:
            return  # an unlock or restore is already under way
        key = Passphrase(bytearray(passphrase.encode("utf-8")))  # wiped once the key is derived
        del passphrase  # the job holds only the wipeable bytes
        folder = self.flow.state.folder
        assert folder is not None  # the unlock page is shown only for a chosen profile
        self.flow.send(PassphraseGiven())

        def done(entered: Entered) -> None:
            self.unlock_page.passphrase_edit.clear()  # no copy of the key stays in a widget
            self.flow.send(Opened(entered.backup_problem))
            self.window.enter(entered)

        def failed(exc: Exception) -> None:
            self.flow.send(profile_flow.open_failed(exc, folder, *self._found(folder)))

        run_in_background(lambda: profile_flow.unlock(folder, key), done, failed)

    @staticmethod
    def _found(folder: Path) -> tuple[ProfileState, bool]:
        event = held(folder)
        return event.found, event.has_backups

    # showing the states --------------------------------------------------------
    def show(self, state: FlowState, old: FlowState) -> None:
        """Show `state` on its page; `old` says whether the page is new to the person."""
        if state.folder != old.folder:
            self.forget_setup_page()
        page = self._unlock_page
        if page is not None:
            for button in (page.unlock_button, page.restore_button, page.choose_button):
                button.setEnabled(not state.busy)
        shows: dict[Step, Callable[[FlowState, FlowState], None]] = {
            Step.SETTING_UP: self._show_setup,
            Step.UNLOCKING: self._show_unlock,
            Step.OPEN: self._show_open,
        }
        if state.step in shows:
            shows[state.step](state, old)
        if state.problem is Problem.RESTORE_FAILED:
            self._say_restore_failed(state.detail)

    def _show_setup(self, state: FlowState, old: FlowState) -> None:
        page, folder = self.setup_page, state.folder
        assert folder is not None
        if old.step not in (Step.SETTING_UP, Step.CREATING, Step.RESTORING) or old.folder != folder:
            home = self.window.home
            if home is not None and any(e.folder != folder for e in home.entries()):
                page.show_as_new_profile()
            self.window.show_page(page)
        if state.problem is Problem.UNFINISHED:
            page.show_unfinished()
        elif state.problem is Problem.EMPTY_NO_BACKUP:
            page.show_unfinished(lambda: empty_without_backup(folder))
        elif state.problem is Problem.NOT_CREATED:
            page.show_problems([tr("The profile could not be created: {error}").format(error=state.detail)])

    def _show_unlock(self, state: FlowState, old: FlowState) -> None:
        page = self.unlock_page
        # after a failed unlock the page stays as it is (the passphrase selected, to retype)
        if old.step not in (Step.OPENING, Step.UNLOCKING) or self.window.stack.currentWidget() is not page:
            self._name_profile(state)
            self.window.show_page(page)
        if state.problem in UNLOCK_PROBLEMS:
            assert state.problem is not None
            page.show_problem(state.problem, state.detail)
        elif state.problem is Problem.RESTORED and state.restored is not None:
            from desktop.ui.shell.restore_dialog import backup_label

            page.show_restored(tr(
                "The backup ({backup}) is back in place. Your previous file was kept as {name}. "
                "Enter your passphrase to open the backup."
            ).format(backup=backup_label(state.restored), name=state.detail))  # fmt: skip

    def _name_profile(self, state: FlowState) -> None:
        """Which profile the page unlocks, named only where there are others to choose."""
        from desktop.ui.shell.profile_chooser import describe_profile

        home = self.window.home
        entries = home.entries() if home is not None else []
        entry = next((e for e in entries if e.folder == state.folder), None)
        name = None if entry is None or len(entries) < 2 else (lambda: describe_profile(entry))
        self.unlock_page.set_profile(name, others=len(entries) > 1)

    def _say_restore_failed(self, error: str) -> None:
        self.window.dialogs.error(self.window, tr("Restore from backup"), tr(
            "The backup could not be restored, and nothing was changed: {error}"
        ).format(error=error))  # fmt: skip

    def _show_open(self, state: FlowState, old: FlowState) -> None:
        if state.problem is Problem.BACKUP_FAILED and old.step is not Step.OPEN:  # a quiet notice
            self.window.statusBar().showMessage(tr(
                "Today's backup could not be made. Your work is saved as usual; "
                "check that the disk has free space."
            ))  # fmt: skip
