"""The main window: a profile chosen, set up or unlocked, then the round list and the review workspace.

It owns the unlocked profile (a `ProfileSession`) for as long as the app is unlocked and drops it on
lock, together with the workspace and every widget showing case content, so a locked
window holds no key and no case content (see `locking.py` for what survives a lock).

The window is composed of small objects with one job each, and shows the state of the
way into the profile (`desktop.services.profile_flow`, held by `ProfileFlow`):

- `Entrance` (entrance.py): the set-up and unlock pages and their jobs;
- `ProfileSwitcher` (profile_switching.py): the chooser, new profile, switching;
- `Restorer` (restoring.py): restoring a backup;
- `LockController` (locking.py): locking on demand, when idle, and what a lock keeps;
- `WindowStateKeeper` (window_state.py): the window's geometry and the splitter;
- `ExchangeMenu` (exchange_menu.py) and `HelpMenu` (help_menu.py): their menu entries.

What it keeps itself: the menus, the page stack, and the profile's screens (the member's
rounds and workspace, or the coordinator's home) from the moment the profile is entered.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QMoveEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from desktop.services.profile_flow import Entered, FlowState, Opened, Step
from desktop.ui import i18n, settings
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.operations import changes_hub
from desktop.ui.shell.entrance import Entrance, ProfileFlow, held
from desktop.ui.shell.exchange_menu import ExchangeMenu
from desktop.ui.shell.guide import shortcuts_text, unsaved_warning
from desktop.ui.shell.help_menu import AboutDialog, HelpMenu
from desktop.ui.shell.idle_lock import IdleLock
from desktop.ui.shell.locking import LockController, let_changes_finish
from desktop.ui.shell.profile_switching import ProfileSwitcher
from desktop.ui.shell.restoring import Restorer
from desktop.ui.shell.window_state import WindowStateKeeper
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.operations import Changes
    from desktop.services.profile import ProfileInfo
    from desktop.services.rows import RoundRow
    from desktop.services.session import ProfileSession
    from desktop.ui.coordinator.home import CoordinatorHome
    from desktop.ui.member.retention_watch import RetentionWatch
    from desktop.ui.member.rounds_page import RoundsPage
    from desktop.ui.member.workspace import Workspace
    from desktop.ui.shell.profile_chooser import ProfileChooserPage
    from desktop.ui.shell.profile_home import ProfileHome
    from desktop.ui.shell.start_pages import SetupPage, UnlockPage


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


class MainWindow(i18n.Retranslatable, QMainWindow):
    """The one window, on one profile at a time.

    `profile_dir` None starts on the chooser of `home`'s profiles. Without a `home` (tests,
    benchmarks) the window takes no lock and offers no other profile. With `session` (the
    demo, tests) the profile is entered at once: `opened` says when its first page shows.
    """

    profileInUse = Signal()  # the chosen profile is open in another copy, which came forward
    opened = Signal()  # the profile's first page (rounds, or the coordinator's home) is shown

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
        self.home = home
        self.dialogs = dialogs or DialogService()
        self.session: ProfileSession | None = None
        self.profile: ProfileInfo | None = None  # who the open profile is for
        self.workspace: Workspace | None = None
        self.coordinator_home: CoordinatorHome | None = None  # instead of the workspace, for the OPCC
        self._rounds_page: RoundsPage | None = None
        self.retention: RetentionWatch | None = None  # a member's: erases a round's material when due
        self._rounds_asked = 0  # the latest request for the rounds list (older answers are stale)
        self._page_moves = 0  # pages shown so far
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        first = FlowState(Step.OPENING if session is not None else Step.CHOOSING, profile_dir)
        self.flow = ProfileFlow(first, self)
        self.entrance = Entrance(self, demo_hint)
        self.switcher = ProfileSwitcher(self)
        self.restorer = Restorer(self)
        self.locker = LockController(self)
        self.keeper = WindowStateKeeper(self)
        self._build_menus()
        self.keeper.restore_geometry()
        self.retranslate()
        self.flow.moved.connect(self._show_state)
        changes_hub().changed.connect(self._changed)
        if session is not None:
            self._enter_session(session)
            return
        # after the first screen is painted, not competing with it
        QTimer.singleShot(
            300, lambda: run_in_background(_load_database_layer, _ignore, _ignore, holds_profile=False)
        )
        if profile_dir is None:
            self.switcher.show_chooser()
        else:
            self.flow.send(held(profile_dir))

    # what the rest of the app and the tests look at ------------------------------
    @property
    def profile_dir(self) -> Path | None:
        return self.flow.state.folder

    @property
    def idle_lock(self) -> IdleLock:
        return self.locker.idle_lock

    @property
    def setup_page(self) -> SetupPage:
        return self.entrance.setup_page

    @property
    def unlock_page(self) -> UnlockPage:
        return self.entrance.unlock_page

    @property
    def chooser_page(self) -> ProfileChooserPage:
        return self.switcher.chooser_page

    @property
    def restore_dialog(self) -> QWidget | None:
        return self.restorer.dialog

    @property
    def about_dialog(self) -> AboutDialog | None:
        return self.help.about_dialog

    @property
    def rounds_page(self) -> RoundsPage:
        if self._rounds_page is None:
            from desktop.ui.member.rounds_page import RoundsPage  # not needed for the first screen

            self._rounds_page = RoundsPage()
            self._rounds_page.roundOpened.connect(self.open_round)
            self._rounds_page.cardWanted.connect(self.exchange.export_member_card)
            self._rounds_page.packWanted.connect(lambda: self.exchange.import_cases())
            self.exchange.offer_erasure(self._rounds_page)
            self.stack.addWidget(self._rounds_page)
        return self._rounds_page

    @property
    def rounds_page_if_built(self) -> RoundsPage | None:
        return self._rounds_page

    def is_open(self) -> bool:
        """Unlocked, with the profile's screens built."""
        return self.session is not None and (self.workspace is not None or self.coordinator_home is not None)

    # menus ----------------------------------------------------------------
    def menu_action(self, name: str, shortcut: QKeySequence | None, slot: Callable[[], object]) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        key = QKeySequence
        self.print_action = self.menu_action("print_review", key(key.StandardKey.Print), self.print_review)
        self.passphrase_action = self.menu_action("change_passphrase", None, self.change_passphrase)
        self.idle_action = self.menu_action("idle_minutes", None, self.choose_idle_minutes)
        self.lock_action = self.menu_action("lock", key("Ctrl+L"), lambda: self.lock(ask=True))
        self.restore_action = self.menu_action("restore_backup", None, self.restore_from_backup)
        self.switch_action = self.menu_action("switch_profile", None, self.switch_profile)
        self.new_profile_action = self.menu_action("new_profile", None, self.new_profile)
        self.quit_action = self.menu_action("quit", key(key.StandardKey.Quit), self.close)
        self.shortcuts_action = self.menu_action("shortcuts_help", None, self.show_shortcuts)
        self.file_menu = self.menuBar().addMenu("")
        self.exchange = ExchangeMenu(self, self.file_menu)
        self.import_action, self.send_action, self.card_action = self.exchange.actions()
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
        user_data = self.home.user_data if self.home is not None else None
        self.help = HelpMenu(self, self.dialogs, self.shortcuts_action, user_data)
        self.help_menu = self.help.menu
        self.about_action, self.diagnostics_action = self.help.about_action, self.help.diagnostics_action

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
        self.review_menu.setTitle(tr("&Review").replace("&", "&" if self.coordinator_home is None else ""))
        self.language_menu.setTitle(tr("&Language / Iaith"))
        self.print_action.setText(tr("&Print my review…"))
        self.exchange.retranslate()
        self.passphrase_action.setText(tr("&Change passphrase…"))
        self.idle_action.setText(tr("Lock after &idle time…"))
        self.lock_action.setText(tr("&Lock now"))
        self.restore_action.setText(tr("&Restore from backup…"))
        self.switch_action.setText(tr("S&witch profile…"))
        self.new_profile_action.setText(tr("&New profile…"))
        self.quit_action.setText(tr("&Quit"))
        self.shortcuts_action.setText(tr("&Keyboard shortcuts"))
        self.help.retranslate()

    def _update_actions(self) -> None:
        state = self.flow.state
        unlocked = self.session is not None
        in_round = unlocked and self.stack.currentWidget() is self.workspace
        for action in (self.passphrase_action, self.idle_action, self.lock_action):
            action.setEnabled(unlocked)
        self.print_action.setEnabled(in_round)
        self.restore_action.setEnabled(state.can_restore())
        for action in (self.switch_action, self.new_profile_action):
            action.setEnabled(state.can_leave())
        coordinating = unlocked and self.stack.currentWidget() is self.coordinator_home
        self.review_menu.setEnabled(in_round or coordinating)  # the coordinator's: next / previous split
        self.layout_menu.setEnabled(in_round)
        # A coordinator neither reviews nor prints: the member's menus are hidden, Review's Alt+R freed.
        member = self.coordinator_home is None
        for action in (self.print_action, self.review_menu.menuAction(), self.layout_menu.menuAction()):
            action.setVisible(member)
        self.review_menu.setTitle(tr("&Review").replace("&", "&" if member else ""))
        self.exchange.update()

    # pages and states -------------------------------------------------------
    def show_page(self, page: QWidget) -> None:
        self._page_moves += 1
        self.stack.setCurrentWidget(page)
        if page is self.entrance._unlock_page:
            self.unlock_page.reset()
        if page is self.entrance._setup_page:
            self.setup_page.focus_first_field()
        self._update_actions()

    def _show_state(self, old: FlowState, state: FlowState) -> None:
        """The flow moved: show the new state, and what may be done in it."""
        if state.step is Step.IN_USE:
            self.profileInUse.emit()
            self.close()
            return
        self.switcher.show(state.step, state.detail if state.problem is not None else "")
        self.entrance.show(state, old)
        self._update_actions()

    def set_language(self, language: str) -> None:
        """Switch the whole interface now, and remember the choice."""
        from desktop.ui.ops import profile

        if language == i18n.current_language():
            return
        i18n.set_language(language)
        settings.write(settings.LANGUAGE, language)
        self.language_actions[language].setChecked(True)
        if self.session is not None:
            profile.set_language(self.session, language).run(origin=self)

    # the open profile ----------------------------------------------------------
    def _enter_session(self, session: ProfileSession) -> None:
        """A session opened elsewhere (the demo, tests): read who it is for, then enter."""
        from desktop.ui.ops import profile

        self.session = session

        def described(entered: Entered) -> None:
            if self.session is entered.session and self.flow.state.step is Step.OPENING:
                self.flow.send(Opened())
                self.enter(entered)

        def failed(exc: Exception) -> None:
            if self.session is session:  # not closed meanwhile: a real fault, for the error handler
                raise exc

        profile.entered(session).success(described).failure(failed).run(origin=self)

    def enter(self, entered: Entered) -> None:
        """The profile is open: build its screens and return to where the member was."""
        from desktop.ui.member.workspace import Workspace
        from desktop.ui.ops import profile

        session = self.session = entered.session
        self.profile = entered.info
        profile.warm_up(session).run(origin=self)
        self.locker.start_counting(entered.info.idle_lock_minutes)
        if entered.info.role == "coordinator":
            from desktop.ui.coordinator.home import CoordinatorHome
            from desktop.ui.coordinator.report_language import profile_key

            self.coordinator_home = CoordinatorHome(session, self.dialogs)
            self.coordinator_home.report_page.remember_language_for(profile_key(self.profile_dir))
            self.stack.addWidget(self.coordinator_home)
            self.review_menu.addActions(self.coordinator_home.findings_page.actions_for_menu())
            self.show_page(self.coordinator_home)
            self.coordinator_home.move_tab(0)  # the keyboard on the first page: F6 works at once
            self._first_page_shown()
            return
        self.workspace = Workspace(session, self.dialogs)
        self.workspace.backRequested.connect(lambda: self.show_rounds())
        self.review_menu.addActions(self.workspace.actions_for_menu())
        self.layout_menu.addActions(self.workspace.actions_for_layout_menu())
        self.stack.addWidget(self.workspace)
        self.keeper.restore_splitter(self.workspace)
        self.show_rounds(then=self._resume_work)
        from desktop.ui.member.retention_watch import watch_retention

        self.retention = watch_retention(self, session)

    def _first_page_shown(self) -> None:
        # What is loaded by now (Qt, the modules, the database layer: some 200,000 objects) lives
        # as long as the app. Frozen, the garbage collector stops walking it: a full collection,
        # which stops every thread, took about 100 ms while a report was written in the background,
        # and froze the window that long. Locking unfreezes it to collect (`core.secret.forget_freed_memory`).
        gc.freeze()
        # The page arrived after the window was first fitted (it is read off the GUI
        # thread) and may have made it grow: fit it to the screen again.
        QTimer.singleShot(0, self.keeper.fit_to_screen)
        QTimer.singleShot(0, self.exchange.open_offered)
        self.opened.emit()

    def _resume_work(self, rows: list[RoundRow]) -> None:
        """After an unlock: back to the case and question, and save what was waiting."""
        locker = self.locker
        resume, locker.resume = locker.resume, None
        carried, locker.carried = locker.carried, []
        if self.workspace is not None:
            for edit in carried:  # first, so the case opens showing them, saved or still waiting
                self.workspace.pending.submit(edit)
            if (
                resume is not None
                and resume.round_id is not None
                and any(r.id == resume.round_id for r in rows)
            ):
                self.open_round(resume.round_id)
                self.workspace.return_to(resume)
        self._first_page_shown()

    def close_profile(self) -> None:
        """On lock: the profile's screens go (they hold the session and case content), then the key."""
        if self.retention is not None:
            self.retention.dispose()
            self.retention = None
        if self.workspace is not None:
            self.keeper.save_splitter(self.workspace)
            # Take out exactly the workspace's actions: QMenu.clear() here left the menu in
            # a state that crashed the next language switch on the unlock screen.
            for action in self.workspace.actions_for_menu():
                self.review_menu.removeAction(action)
            for action in self.workspace.actions_for_layout_menu():
                self.layout_menu.removeAction(action)
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        if self.coordinator_home is not None:
            for action in self.coordinator_home.findings_page.actions_for_menu():
                self.review_menu.removeAction(action)
            self.stack.removeWidget(self.coordinator_home)
            self.coordinator_home.deleteLater()
            self.coordinator_home = None
        if self.session is not None:
            self.session.close()
        self.session = None
        self.profile = None

    def show_rounds(
        self, select: int | None = None, then: Callable[[list[RoundRow]], None] | None = None
    ) -> None:
        """The member's rounds (`select`ed, if given), read off the GUI thread.

        A page that already lists rounds is shown at once and its rows replaced when the
        new ones arrive; on the first showing after an unlock the page waits for them, so
        it never says "no rounds yet" of a profile that has some.
        """
        from desktop.ui.ops import profile

        session = self.session
        if session is None or self.profile is None:
            return
        if self.coordinator_home is not None:
            self.show_page(self.coordinator_home)
            return
        page = self.rounds_page
        self._rounds_asked += 1
        asked = self._rounds_asked
        shown_now = page.model.rowCount() > 0 and then is None  # the old rows stay until the new arrive
        if shown_now:
            self.show_page(page)
        moves = self._page_moves  # a page shown meanwhile (a round opened) is left in front

        def arrived(rows: list[RoundRow]) -> None:
            if asked != self._rounds_asked or self.session is not session or self.profile is None:
                return  # locked meanwhile, or a newer list was asked for
            page.set_rounds(rows, self.profile.display_name)
            if select is not None:
                index = next((i for i, r in enumerate(rows) if r.id == select), -1)
                if index >= 0:
                    page.table.selectRow(index)
            if not shown_now and self._page_moves == moves:
                self.show_page(page)
            self._update_actions()
            if then is not None:
                then(rows)

        profile.member_rounds(session).success(arrived).run(origin=self)

    def _changed(self, changes: Changes, origin: object | None) -> None:
        """An operation finished: refresh only the page that shows what it changed."""
        if changes.rounds and self.session is not None and self.stack.currentWidget() is self._rounds_page:
            self.show_rounds()

    def open_round(self, round_id: int) -> None:
        if self.workspace is None:
            return
        self.workspace.open_round(round_id)
        self.show_page(self.workspace)
        self.workspace.checklist.focus_first_unanswered()

    # commands -------------------------------------------------------------
    def lock(self, ask: bool = True) -> None:
        """Save what is typed, forget the key and the case content, show the unlock screen."""
        self.locker.lock(ask)

    def restore_from_backup(self) -> None:
        self.restorer.restore_from_backup()

    def switch_profile(self) -> None:
        self.switcher.switch_profile()

    def new_profile(self) -> None:
        self.switcher.new_profile()

    def open_profile(self, folder: Path) -> None:
        self.switcher.open_profile(folder)

    def show_chooser(self) -> None:
        self.switcher.show_chooser()

    def import_cases(self, path: Path | None = None) -> None:
        self.exchange.import_cases(path)

    def offer_file(self, path: Path) -> None:
        self.exchange.offer_file(path)

    def fit_to_screen(self) -> None:
        self.keeper.fit_to_screen()

    def show_about(self) -> None:
        self.help.show_about()

    def save_diagnostics(self) -> None:
        self.help.save_diagnostics()

    def print_review(self) -> None:
        from desktop.ui.member.printing import print_open_round  # ReportLab loads only when printing

        print_open_round(self)

    def change_passphrase(self) -> None:
        if self.session is not None and self.profile is not None:
            from desktop.ui.shell.passphrase_dialog import change_passphrase

            change_passphrase(self.session, self.dialogs, self, self.profile.display_name)

    def choose_idle_minutes(self) -> None:
        from desktop.ui.shell.idle_lock import choose_window_idle_minutes

        choose_window_idle_minutes(self)

    def show_shortcuts(self) -> None:
        coordinator = self.coordinator_home is not None
        self.dialogs.info(self, tr("Keyboard shortcuts"), shortcuts_text(coordinator))

    # Qt's events ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.keeper.shown()

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self.keeper.moved()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.exchange.drag_entered(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.exchange.dropped(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.workspace.unsaved() if self.workspace is not None else self.locker.carried
        if unsaved and not self.dialogs.confirm(
            self, tr("Quit without saving?"), unsaved_warning(lock=False)
        ):
            event.ignore()
            return
        self.keeper.save_geometry()
        if self.workspace is not None:
            self.workspace.save_drafts()
            self.keeper.save_splitter(self.workspace)
        if self.session is not None:
            let_changes_finish()
            self._close_with_backup(self.session)
            self.session = None
        self.locker.stop_counting()
        super().closeEvent(event)

    def _close_with_backup(self, session: ProfileSession) -> None:
        """Refresh today's backup with this session's work, then close the database.

        The window is hidden first, so the member sees it go at once; nothing else runs
        then, so the database is not shared with a background thread at exit.
        """
        self.hide()
        session.close(backup=True)
