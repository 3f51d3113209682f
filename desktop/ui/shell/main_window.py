"""The main window: a profile chosen, set up or unlocked, then the round list and the review workspace.

It owns the unlocked profile (a `ProfileSession`) for as long as the app is unlocked and drops it on
lock, together with the workspace and every widget showing case content, so a locked
window holds no key and no case content. Two things survive a lock, as ids only: where
the member was (round, case, question), to return there. The one exception to "no
content" is a change the database refused to take: it is kept in memory through the
lock and saved after unlocking, because losing what a member typed is worse.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from desktop.core.secret import Passphrase, forget_freed_memory
from desktop.paths import database_path
from desktop.services.profile_files import ProfileState, profile_state
from desktop.ui import i18n, settings
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.operations import changes_hub, jobs_holding_the_profile
from desktop.ui.shell.exchange_menu import ExchangeMenu
from desktop.ui.shell.guide import shortcuts_text, unsaved_warning
from desktop.ui.shell.help_menu import HelpMenu
from desktop.ui.shell.idle_lock import IdleLock, choose_idle_minutes
from desktop.ui.shell.profile_switching import ProfileSwitching
from desktop.ui.shell.restoring import BackupRestoring, empty_without_backup
from desktop.ui.shell.start_pages import SetupPage, UnlockPage, UnlockProblem
from desktop.ui.shell.window_state import WindowState
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.operations import Changes
    from desktop.services.session import OpenedSession, ProfileSession
    from desktop.ui.coordinator.home import CoordinatorHome
    from desktop.ui.member.pending_saves import Edit
    from desktop.ui.member.rounds_page import RoundsPage
    from desktop.ui.member.workspace import Position, Workspace
    from desktop.ui.shell.profile_chooser import ProfileChooserPage
    from desktop.ui.shell.profile_home import ProfileHome
    from desktop.ui.shell.restore_dialog import RestoreDialog


LOCK_RETRY_MS = 100  # how often a waiting lock looks again for running operations
FORGET_AFTER_LOCK_MS = 200  # after deleteLater has freed the workspace


def _ignore(_result: object) -> None:
    """Background warm-up: nothing to report either way."""


def _load_database_layer() -> None:
    """Import the database and review modules (about half of start-up if done first).

    The first screen does not need them, so they load in the background while the
    member reads it or types the passphrase.
    """
    import desktop.services.profile
    import desktop.services.review
    import desktop.ui.member.workspace  # noqa: F401


class MainWindow(
    ExchangeMenu, HelpMenu, BackupRestoring, ProfileSwitching, WindowState, i18n.Retranslatable, QMainWindow
):
    """The one window, on one profile at a time.

    `profile_dir` None starts on the chooser of `home`'s profiles. Without a `home` (tests,
    benchmarks) the window takes no lock and offers no other profile.
    """

    profileInUse = Signal()  # the chosen profile is open in another copy, which came forward

    def __init__(
        self,
        profile_dir: Path | None,
        dialogs: DialogService | None = None,
        demo_hint: str = "",
        session: ProfileSession | None = None,
        home: ProfileHome | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.profile_dir = profile_dir
        self.home = home
        self.dialogs = dialogs or DialogService()
        self.session: ProfileSession | None = None
        self.workspace: Workspace | None = None
        self.coordinator_home: CoordinatorHome | None = None  # instead of the workspace, for the OPCC
        self.idle_lock = IdleLock(10, self)
        self.idle_lock.idle.connect(lambda: self.lock(ask=False))
        self._resume: Position | None = None
        self._busy = False
        self._lock_waiting = False  # a lock asked for while an operation runs
        self._carried: list[Edit] = []
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.demo_hint = demo_hint
        self._setup_page: SetupPage | None = None
        self._unlock_page: UnlockPage | None = None
        self._rounds_page: RoundsPage | None = None
        self._chooser_page: ProfileChooserPage | None = None
        self._replace_unfinished = False  # set-up may replace a half-created database
        self.restore_dialog: RestoreDialog | None = None
        self._build_menus()
        self._fitted_shown = False
        self._restore_geometry()
        self.retranslate()
        changes_hub().changed.connect(self._changed)
        if session is None:  # after the first screen is painted, not competing with it
            QTimer.singleShot(
                300, lambda: run_in_background(_load_database_layer, _ignore, _ignore, holds_profile=False)
            )
        if session is not None:
            self._unlocked(session)
        elif profile_dir is None:
            self.show_chooser()
        else:
            self._show_profile_start()

    def _show_profile_start(self) -> None:
        """The first screen of the profile in `profile_dir`: unlock, or set-up if there is none yet."""
        assert self.profile_dir is not None
        state = profile_state(self.profile_dir)
        entries = self.home.entries() if self.home is not None else []
        if state is ProfileState.PRESENT:
            from desktop.ui.shell.profile_chooser import describe_profile

            entry = next((e for e in entries if e.folder == self.profile_dir), None)
            name = None if entry is None or len(entries) < 2 else (lambda: describe_profile(entry))
            self.unlock_page.set_profile(name, others=len(entries) > 1)
            self._show_page(self.unlock_page)
            return
        if state is ProfileState.EMPTY and self._show_empty():
            return
        if any(e.folder != self.profile_dir for e in entries):
            self.setup_page.show_as_new_profile()
        self._show_page(self.setup_page)
        if state is ProfileState.EMPTY:
            folder = self.profile_dir
            self.setup_page.show_unfinished(lambda: empty_without_backup(folder))

    # pages, built when first needed (most starts need only one of them) ----
    @property
    def chooser_page(self) -> ProfileChooserPage:
        if self._chooser_page is None:
            from desktop.ui.shell.profile_chooser import ProfileChooserPage  # only with several profiles

            self._chooser_page = ProfileChooserPage()
            self._chooser_page.openRequested.connect(self.open_profile)
            self._chooser_page.newRequested.connect(self.new_profile)
            self.stack.addWidget(self._chooser_page)
        return self._chooser_page

    @property
    def setup_page(self) -> SetupPage:
        if self._setup_page is None:
            self._setup_page = SetupPage()
            self._setup_page.languageChosen.connect(self.set_language)
            self._setup_page.setupRequested.connect(self._create_profile)
            self._setup_page.chooseAnotherRequested.connect(self.switch_profile)
            self.stack.addWidget(self._setup_page)
        return self._setup_page

    @property
    def rounds_page(self) -> RoundsPage:
        if self._rounds_page is None:
            from desktop.ui.member.rounds_page import RoundsPage  # not needed for the first screen

            self._rounds_page = RoundsPage()
            self._rounds_page.roundOpened.connect(self.open_round)
            self.stack.addWidget(self._rounds_page)
        return self._rounds_page

    @property
    def unlock_page(self) -> UnlockPage:
        if self._unlock_page is None:
            self._unlock_page = UnlockPage(self.demo_hint)
            self._unlock_page.unlockRequested.connect(self._unlock)
            self._unlock_page.restoreRequested.connect(self.restore_from_backup)
            self._unlock_page.chooseAnotherRequested.connect(self.switch_profile)
            self.stack.addWidget(self._unlock_page)
        return self._unlock_page

    # menus ----------------------------------------------------------------
    def _menu_action(self, name: str, shortcut: QKeySequence | None, slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        key = QKeySequence
        self.print_action = self._menu_action("print_review", key(key.StandardKey.Print), self.print_review)
        self.passphrase_action = self._menu_action("change_passphrase", None, self.change_passphrase)
        self.idle_action = self._menu_action("idle_minutes", None, self.choose_idle_minutes)
        self.lock_action = self._menu_action("lock", key("Ctrl+L"), lambda: self.lock(ask=True))
        self.restore_action = self._menu_action("restore_backup", None, self.restore_from_backup)
        self.switch_action = self._menu_action("switch_profile", None, self.switch_profile)
        self.new_profile_action = self._menu_action("new_profile", None, self.new_profile)
        self.quit_action = self._menu_action("quit", key(key.StandardKey.Quit), self.close)
        self.shortcuts_action = self._menu_action("shortcuts_help", None, self.show_shortcuts)
        self.file_menu = self.menuBar().addMenu("")
        self._build_exchange_actions()
        for action in (self.print_action, self.passphrase_action, self.idle_action, self.lock_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.switch_action, self.new_profile_action):
            action.setVisible(self.home is not None and self.home.can_choose)
            self.file_menu.addAction(action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.review_menu = self.menuBar().addMenu("")
        self._build_view_menu()
        self.language_menu = self.menuBar().addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _c=False, code=code: self.set_language(code))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self._build_help_menu(self.shortcuts_action)

    def _build_view_menu(self) -> None:
        """View → Text size: the whole interface larger, at once and from then on."""
        from desktop.ui.text_size import TEXT_SIZES, current_text_size

        self.view_menu = self.menuBar().addMenu("")
        self.layout_menu = self.view_menu.addMenu("")
        self.layout_menu.setObjectName("layout_menu")
        self.text_size_menu = self.view_menu.addMenu("")
        self.text_size_menu.setObjectName("text_size_menu")
        self.text_size_group = QActionGroup(self)
        self.text_size_actions: dict[int, QAction] = {}
        for percent in TEXT_SIZES:
            action = QAction(self, checkable=True)
            action.setObjectName(f"text_size_{percent}")
            action.setChecked(percent == current_text_size())
            action.triggered.connect(lambda _c=False, percent=percent: self.set_text_size(percent))
            self.text_size_group.addAction(action)
            self.text_size_menu.addAction(action)
            self.text_size_actions[percent] = action

    def set_text_size(self, percent: int) -> None:
        """Show all text at `percent` of the system size now, and remember it."""
        from desktop.ui import text_size

        text_size.set_text_size(percent)
        self.text_size_actions[percent].setChecked(True)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Panel Review"))
        self.view_menu.setTitle(tr("&View"))
        self.layout_menu.setTitle(tr("&Layout of the panes"))
        self.text_size_menu.setTitle(tr("Text &size"))
        names = {100: tr("&Normal"), 125: tr("&Large"), 150: tr("La&rger"), 200: tr("Lar&gest")}
        for percent, action in self.text_size_actions.items():
            action.setText(tr("{name} ({percent}%)").format(name=names[percent], percent=percent))
        self.file_menu.setTitle(tr("&File"))
        self.review_menu.setTitle(tr("&Review"))
        self.language_menu.setTitle(tr("&Language / Iaith"))
        self.help_menu.setTitle(tr("&Help"))
        self.print_action.setText(tr("&Print my review…"))
        self.import_action.setText(tr("Imp&ort cases from coordinator…"))
        self.send_action.setText(tr("&Send my review…"))
        self.card_action.setText(tr("&Export my member card…"))
        self.passphrase_action.setText(tr("&Change passphrase…"))
        self.idle_action.setText(tr("Lock after &idle time…"))
        self.lock_action.setText(tr("&Lock now"))
        self.restore_action.setText(tr("&Restore from backup…"))
        self.switch_action.setText(tr("S&witch profile…"))
        self.new_profile_action.setText(tr("&New profile…"))
        self.quit_action.setText(tr("&Quit"))
        self.shortcuts_action.setText(tr("&Keyboard shortcuts"))
        self._retranslate_help()

    def _update_actions(self) -> None:
        unlocked = self.session is not None
        in_round = unlocked and self.stack.currentWidget() is self.workspace
        for action in (self.passphrase_action, self.idle_action, self.lock_action):
            action.setEnabled(unlocked)
        self.print_action.setEnabled(in_round)
        self.restore_action.setEnabled(self.profile_dir is not None and not self._busy)
        for action in (self.switch_action, self.new_profile_action):
            action.setEnabled(not self._busy)
        self.review_menu.setEnabled(in_round)
        self.layout_menu.setEnabled(in_round)
        self._update_exchange_actions()

    # pages ----------------------------------------------------------------
    def _show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        if page is self._unlock_page:
            self.unlock_page.reset()
        if page is self._setup_page:
            self.setup_page.focus_first_field()
        self._update_actions()

    def set_language(self, language: str) -> None:
        """Switch the whole interface now, and remember the choice."""
        from desktop.services import profile

        if language == i18n.current_language():
            return
        i18n.set_language(language)
        settings.write(settings.LANGUAGE, language)
        self.language_actions[language].setChecked(True)
        if self.session is not None:
            self.session.run(profile.set_language, language)

    def _create_profile(
        self, name: str, passphrase: str, language: str, role: str = "member", label: str | None = None
    ) -> None:
        from desktop.services.session import create_session

        def done(session: ProfileSession) -> None:
            self._replace_unfinished = False
            self.setup_page.forget_passphrase()  # the passphrase is the key: no copy stays in a widget
            self._unlocked(session)

        def failed(exc: Exception) -> None:
            self.setup_page.show_problems([tr("The profile could not be created: {error}").format(error=exc)])

        folder, replace = self.profile_dir, self._replace_unfinished
        run_in_background(
            lambda: create_session(
                folder, name, passphrase, language, replace_unfinished=replace, role=role, label=label
            ),
            done, failed,
        )  # fmt: skip

    def _unlock(self, passphrase: str) -> None:
        """Open, check and back up the database off the GUI thread; explain any failure."""
        from desktop.services.session import open_session

        def done(opened: OpenedSession) -> None:
            self._set_busy(False)
            self.unlock_page.passphrase_edit.clear()  # no copy of the key stays in a widget
            self._unlocked(opened.session)
            if opened.backup_problem is not None:  # never stops the member: a quiet notice
                self.statusBar().showMessage(tr(
                    "Today's backup could not be made. Your work is saved as usual; "
                    "check that the disk has free space."
                ))  # fmt: skip

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._unlock_failed(exc)

        folder = self.profile_dir
        held = Passphrase(bytearray(passphrase.encode("utf-8")))  # wiped once the key is derived
        del passphrase  # the closure below holds only the wipeable bytes

        def open_and_wipe() -> OpenedSession:
            assert folder is not None  # the unlock page is shown only for a chosen profile
            with held:
                return open_session(folder, held)

        self._set_busy(True)
        run_in_background(open_and_wipe, done, failed)

    def _set_busy(self, busy: bool) -> None:
        """While the database file is being opened or restored, nothing else may touch it."""
        self._busy = busy
        self.restore_action.setEnabled(not busy and self.profile_dir is not None)
        for action in (self.switch_action, self.new_profile_action):
            action.setEnabled(not busy)
        if self._unlock_page is not None:
            for button in (self._unlock_page.unlock_button, self._unlock_page.restore_button):
                button.setEnabled(not busy)
            self._unlock_page.choose_button.setEnabled(not busy)

    def _unlock_failed(self, exc: Exception) -> None:
        from desktop.services import profile

        if isinstance(exc, profile.DatabaseMissing):  # removed while the unlock screen was up
            self._show_page(self.setup_page)
            return
        if isinstance(exc, profile.SetupUnfinished) and profile_state(self.profile_dir) is ProfileState.EMPTY:
            self._show_profile_start()  # emptied while the unlock screen was up: say what was found
            return
        if isinstance(exc, profile.SetupUnfinished):
            self._replace_unfinished = True
            self._show_page(self.setup_page)
            self.setup_page.show_unfinished()
            return
        kinds = {
            profile.WrongPassphrase: UnlockProblem.WRONG_PASSPHRASE,
            profile.NotOurDatabase: UnlockProblem.NOT_OURS,
            profile.DatabaseDamaged: UnlockProblem.DAMAGED,
            profile.FolderNotAccessible: UnlockProblem.FOLDER,
            profile.DiskFull: UnlockProblem.DISK_FULL,
        }
        problem = kinds.get(type(exc), UnlockProblem.OTHER)
        places = {
            UnlockProblem.NOT_OURS: str(database_path(self.profile_dir)),
            UnlockProblem.FOLDER: str(self.profile_dir),
            UnlockProblem.DISK_FULL: str(self.profile_dir),
            UnlockProblem.OTHER: str(exc),
        }
        self.unlock_page.show_problem(problem, places.get(problem, ""))

    def _unlocked(self, session: ProfileSession) -> None:
        from desktop.services import profile
        from desktop.ui.member.workspace import Workspace

        self.session = session
        info = session.run(profile.profile_info)
        run_in_background(lambda: session.run(profile.warm_up), _ignore, _ignore, holds_profile=False)
        self.idle_lock.set_minutes(info.idle_lock_minutes)
        self.idle_lock.start()
        QApplication.instance().installEventFilter(self.idle_lock)  # input counts only when unlocked
        if info.role == "coordinator":
            self._open_coordinator_home(session)
            return
        self.workspace = Workspace(session, self.dialogs)
        self.workspace.backRequested.connect(self.show_rounds)
        self.review_menu.addActions(self.workspace.actions_for_menu())
        self.layout_menu.addActions(self.workspace.actions_for_layout_menu())
        self.stack.addWidget(self.workspace)
        self._restore_splitter()
        self.show_rounds()
        self._resume_work()
        QTimer.singleShot(0, self._offer_file)

    # the coordinator's screens replace the member's round list and workspace ------
    def _open_coordinator_home(self, session: ProfileSession) -> None:
        from desktop.ui.coordinator.home import CoordinatorHome

        self.coordinator_home = CoordinatorHome(session, self.dialogs)
        self.stack.addWidget(self.coordinator_home)
        self._show_page(self.coordinator_home)
        QTimer.singleShot(0, self._offer_file)

    def _close_coordinator_home(self) -> None:
        """On lock: the pages hold the session and the roster, so they go, like the workspace."""
        if self.coordinator_home is not None:
            self.stack.removeWidget(self.coordinator_home)
            self.coordinator_home.deleteLater()
            self.coordinator_home = None

    def _resume_work(self) -> None:
        """After an unlock: back to the case and question, and save what was waiting."""
        resume, self._resume = self._resume, None
        carried, self._carried = self._carried, []
        if self.workspace is None:
            return
        for edit in carried:  # first, so the case opens showing them, saved or still waiting
            self.workspace.pending.submit(edit)
        if resume is None or resume.round_id is None:
            return
        if any(r.id == resume.round_id for r in self.rounds_page.model.rows()):
            self.open_round(resume.round_id)
            self.workspace.return_to(resume)

    def show_rounds(self) -> None:
        from desktop.services import profile, rounds

        if self.session is None:
            return
        if self.coordinator_home is not None:
            self._show_page(self.coordinator_home)
            return
        name = self.session.run(profile.profile_info).display_name
        self.rounds_page.set_rounds(self.session.run(rounds.list_rounds), name)
        self._show_page(self.rounds_page)

    def _changed(self, changes: Changes, origin: object | None) -> None:
        """An operation finished: refresh only the page that shows what it changed."""
        if changes.rounds and self.session is not None and self.stack.currentWidget() is self._rounds_page:
            self.show_rounds()

    def open_round(self, round_id: int) -> None:
        if self.workspace is None:
            return
        self.workspace.open_round(round_id)
        self._show_page(self.workspace)
        self.workspace.checklist.focus_first_unanswered()

    def _lock_when_idle(self, ask: bool) -> None:
        self._lock_waiting = False
        self.lock(ask)

    def lock(self, ask: bool = True) -> None:
        """Save what is typed, forget the key and the case content, show the unlock screen.

        With `ask` (the member chose to lock) unsaved changes are mentioned first; an
        automatic lock never waits for an answer nobody is there to give.

        An operation still running (an import, an export, documents being read) is let
        finish first: its transaction must not lose its database half-way, and what it
        reports must be shown before the window locks, not over the locked window.
        """
        if self.session is None:
            return
        if jobs_holding_the_profile():
            if not self._lock_waiting:
                self._lock_waiting = True
                QTimer.singleShot(LOCK_RETRY_MS, lambda: self._lock_when_idle(ask))
            return
        if self.workspace is not None:
            unsaved = self.workspace.unsaved()
            if (
                ask
                and unsaved
                and not self.dialogs.confirm(
                    self, tr("Lock with unsaved changes?"), unsaved_warning(lock=True)
                )
            ):
                return
            self.workspace.save_drafts()
            self._resume = self.workspace.position()
            self._carried = self.workspace.pending.take()
        self.dialogs.close_all()
        self.idle_lock.stop()
        QApplication.instance().removeEventFilter(self.idle_lock)
        if self.workspace is not None:
            self._save_splitter()
            # Take out exactly the workspace's actions: QMenu.clear() here left the menu in
            # a state that crashed the next language switch on the unlock screen.
            for action in self.workspace.actions_for_menu():
                self.review_menu.removeAction(action)
            for action in self.workspace.actions_for_layout_menu():
                self.layout_menu.removeAction(action)
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        self._close_coordinator_home()
        # Once the deferred deletions have run: collect the freed widgets and rows and
        # hand free pages back to the system, so less of the case text lingers.
        QTimer.singleShot(FORGET_AFTER_LOCK_MS, forget_freed_memory)
        self.session.close()
        self.session = None
        self._show_page(self.unlock_page)

    # commands -------------------------------------------------------------
    def print_review(self) -> None:
        if self.session is not None and self.workspace is not None and self.workspace.round_id is not None:
            from desktop.ui.member.printing import print_round  # ReportLab loads only when printing

            self.workspace.flush()
            print_round(self, self.session, self.workspace.round_id, self.dialogs)

    def change_passphrase(self) -> None:
        if self.session is not None:
            from desktop.ui.shell.passphrase_dialog import change_passphrase

            change_passphrase(self.session, self.dialogs, self)

    def choose_idle_minutes(self) -> None:
        if self.session is not None:
            choose_idle_minutes(self.session, self.dialogs, self.idle_lock, self)

    def show_shortcuts(self) -> None:
        self.dialogs.info(self, tr("Keyboard shortcuts"), shortcuts_text())

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.workspace.unsaved() if self.workspace is not None else self._carried
        if unsaved and not self.dialogs.confirm(
            self, tr("Quit without saving?"), unsaved_warning(lock=False)
        ):
            event.ignore()
            return
        settings.write(settings.GEOMETRY, bytes(self.saveGeometry().data()))
        if self.workspace is not None:
            self.workspace.save_drafts()
            self._save_splitter()
        if self.session is not None:
            self._close_with_backup(self.session)
            self.session = None
        QApplication.instance().removeEventFilter(self.idle_lock)
        super().closeEvent(event)

    def _close_with_backup(self, session: ProfileSession) -> None:
        """Refresh today's backup with this session's work, then close the database.

        The window is hidden first, so the member sees it go at once; nothing else runs
        then, so the database is not shared with a background thread at exit.
        """
        self.hide()
        session.close(backup=True)
