"""Several profiles on one computer: the main window's chooser, new profile and switching."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.ui.i18n import tr

if TYPE_CHECKING:
    pass


class ProfileSwitching:
    """Part of `MainWindow` (desktop/ui/shell/main_window.py); uses its attributes."""

    # several profiles on one computer (desktop/ui/shell/profile_home.py) -----
    def show_chooser(self) -> None:
        """The list of profiles; nothing is held until one is opened."""
        if self.home is None:
            return
        self.chooser_page.set_entries(self.home.entries())
        self._show_page(self.chooser_page)

    def open_profile(self, folder: Path) -> None:
        """Hold `folder` and show its unlock (or set-up) page; if another copy has it, that
        copy comes forward and this one closes, as when started on an open profile."""
        from desktop.services.profile_lock import ProfileFolderUnusable

        try:
            held = self.home is None or self.home.hold(folder)
        except ProfileFolderUnusable as exc:
            self._say_unusable(exc.profile_dir)
            return
        if not held:
            self.profileInUse.emit()
            self.close()
            return
        self._on_profile(folder)

    def new_profile(self) -> None:
        """Set up another profile (a coordinator's member profile, say) in a new folder."""
        from desktop.services.profile_lock import ProfileFolderUnusable

        if self.home is None or not self.home.can_choose or not self._leave_profile():
            return
        try:
            folder = self.home.hold_new()
        except ProfileFolderUnusable as exc:
            self._say_unusable(exc.profile_dir)
            self.show_chooser()
            return
        self._on_profile(folder)

    def _say_unusable(self, folder: str) -> None:
        """A profile folder that cannot be written: the same sentence as at start, and stay."""
        from desktop.ui.shell.profile_home import unusable_folder_message, unusable_folder_title

        self.dialogs.error(self, unusable_folder_title(), unusable_folder_message(folder))

    def switch_profile(self) -> None:
        """Lock (asking about unsaved changes, as locking does) and go back to the chooser."""
        if self.home is None or not self.home.can_choose or not self._leave_profile():
            return
        self.home.release()
        self.profile_dir = None
        self.show_chooser()

    def _leave_profile(self) -> bool:
        """Lock, and forget what was kept for this profile's next unlock; False if the person stays."""
        if self._busy:
            return False
        if self.session is not None:
            self.lock(ask=True)
            if self.session is not None:  # the member chose not to lock (unsaved changes)
                return False
        if self._carried and not self.dialogs.confirm(
            self, tr("Switch profile with unsaved changes?"), tr(
                "Some of your latest changes could not be saved yet. If you switch profile now, "
                "they will be lost. Switch anyway?"
            )
        ):  # fmt: skip
            return False
        self._carried, self._resume = [], None
        return True

    def _on_profile(self, folder: Path) -> None:
        """`folder` is held: start it afresh, with none of the last profile's page state."""
        self.profile_dir = folder
        self._replace_unfinished = False
        if self._setup_page is not None:  # it may hold another profile's typing
            self.stack.removeWidget(self._setup_page)
            self._setup_page.deleteLater()
            self._setup_page = None
        if self.home is not None:
            self.home.listen(self)
        self._show_profile_start()
