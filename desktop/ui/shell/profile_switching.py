"""Several profiles on one computer: the chooser, a new profile, and switching."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.profile_flow import HoldRefused, Released, Step
from desktop.ui.i18n import tr
from desktop.ui.shell.entrance import held

if TYPE_CHECKING:
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.profile_chooser import ProfileChooserPage


class ProfileSwitcher:
    """Holds the chosen profile's folder (through the window's `home`) and tells the flow."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.flow = window.flow
        self._chooser_page: ProfileChooserPage | None = None

    @property
    def chooser_page(self) -> ProfileChooserPage:
        if self._chooser_page is None:
            from desktop.ui.shell.profile_chooser import ProfileChooserPage  # only with several profiles

            self._chooser_page = ProfileChooserPage()
            self._chooser_page.openRequested.connect(self.open_profile)
            self._chooser_page.newRequested.connect(self.new_profile)
            self.window.stack.addWidget(self._chooser_page)
        return self._chooser_page

    def show_chooser(self, current: Path | None = None) -> None:
        """The list of profiles; nothing is held until one is opened."""
        home = self.window.home
        if home is None:
            return
        self.chooser_page.set_entries(home.entries(), current)
        self.window.show_page(self.chooser_page)

    def open_profile(self, folder: Path) -> None:
        """Hold `folder` and show its unlock (or set-up) page; if another copy has it, that
        copy comes forward and this one closes, as when started on an open profile."""
        from desktop.services.profile_lock import ProfileFolderUnusable

        home = self.window.home
        try:
            taken = home is None or home.hold(folder)
        except ProfileFolderUnusable as exc:
            self.flow.send(HoldRefused(in_use=False, folder=exc.profile_dir))
            return
        if not taken:
            self.flow.send(HoldRefused(in_use=True))
            return
        self._on_profile(folder)

    def new_profile(self) -> None:
        """Set up another profile (a coordinator's member profile, say) in a new folder."""
        from desktop.services.profile_lock import ProfileFolderUnusable

        home = self.window.home
        if home is None or not home.can_choose or not self.leave_profile():
            return
        try:
            folder = home.hold_new()
        except ProfileFolderUnusable as exc:
            self.flow.send(HoldRefused(in_use=False, folder=exc.profile_dir))
            return
        self._on_profile(folder)

    def switch_profile(self) -> None:
        """Lock (asking about unsaved changes, as locking does) and go back to the chooser."""
        home = self.window.home
        if home is None or not home.can_choose or not self.leave_profile():
            return
        home.release()
        self.flow.send(Released())

    def leave_profile(self) -> bool:
        """Lock, and forget what was kept for this profile's next unlock; False if the person stays."""
        if not self.flow.state.can_leave():
            return False
        locker = self.window.locker
        if self.flow.state.unlocked:
            locker.lock(ask=True)
            if self.flow.state.unlocked:  # the member chose not to lock, or an operation still runs
                return False
        if locker.carried and not self.window.dialogs.confirm(
            self.window, tr("Switch profile with unsaved changes?"), tr(
                "Some of your latest changes could not be saved yet. If you switch profile now, "
                "they will be lost. Switch anyway?"
            )
        ):  # fmt: skip
            return False
        locker.forget()
        return True

    def _on_profile(self, folder: Path) -> None:
        """`folder` is held: start it afresh, with none of the last profile's page state."""
        home = self.window.home
        if home is not None:
            home.listen(self.window)
        self.flow.send(held(folder))

    def show(self, step: Step, unusable: str) -> None:
        """The chooser, saying first why a folder could not be used (`unusable`, if any)."""
        if step is Step.CHOOSING:
            if unusable:
                from desktop.ui.shell.profile_home import unusable_folder_message, unusable_folder_title

                self.window.dialogs.error(
                    self.window, unusable_folder_title(), unusable_folder_message(unusable)
                )
            self.show_chooser(Path(unusable) if unusable else None)
