"""The profiles on this computer, and the one this running copy holds.

One running copy per profile (docs/decisions.md): a copy holds the lock of the profile
it has open and listens for later copies on that profile. With one profile (or
`--profile`, or the demo) the lock is taken before the first screen, as it always was.
With several, the start screen is the chooser and nothing is held until the person
picks a profile; a second copy may then open another profile, while picking one that
is open elsewhere brings that copy's window forward and is refused, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from desktop.services.profile_lock import ProfileInUse, ProfileLock, lock_profile
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import current_language, tr

if TYPE_CHECKING:
    from desktop.services.profiles import ProfileEntry
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.single_instance import InstanceListener


def unusable_folder_title() -> str:
    return tr("Panel Review cannot open this profile")


def unusable_folder_message(folder: str) -> str:
    """A profile folder that cannot be made or written (`ProfileFolderUnusable`), in the
    interface language: the catalogue's sentence, so the command line says the same."""
    from desktop.services.user_faults import Fault, explain

    return explain(Fault.PROFILE_FOLDER_UNUSABLE, current_language(), folder)


class ProfileHome:
    """Which profiles there are, and this copy's hold on one of them.

    `user_data` is None when the app was started on one profile only (`--profile`, the
    demo): there is nothing to choose from, and no new profile to make. `announce`
    prints the listener's lines for unattended runs (tests see a copy come forward).
    """

    def __init__(
        self,
        user_data: Path | None,
        dialogs: DialogService,
        *,
        lock: ProfileLock | None = None,
        announce: bool = False,
    ) -> None:
        self.user_data = user_data
        self.dialogs = dialogs
        self.lock = lock
        self.announce = announce
        self.listener: InstanceListener | None = None
        # The file this copy was started with, until a profile is open: if the one picked
        # is open elsewhere, the file goes to that copy and this one has nothing left to do.
        self.pending_file: Path | None = None

    @property
    def can_choose(self) -> bool:
        return self.user_data is not None

    @property
    def held(self) -> Path | None:
        return self.lock.profile_dir if self.lock is not None else None

    def entries(self) -> list[ProfileEntry]:
        from desktop.services.profiles import list_profiles  # not needed on `--profile`

        return [] if self.user_data is None else list_profiles(self.user_data)

    def entry(self, folder: Path) -> ProfileEntry | None:
        return next((e for e in self.entries() if e.folder == folder), None)

    def start(self) -> Path | None:
        """Before the first screen: the profile to open (held), or None to show the chooser.

        No profile yet: a new folder for the set-up. One: that one, as always. Raises
        `ProfileInUse` if that one is open in another copy.
        """
        entries = self.entries()
        if not entries:
            return self.hold_new()
        if len(entries) == 1:
            self.lock = lock_profile(entries[0].folder)
            return entries[0].folder
        return None

    def hold(self, folder: Path) -> bool:
        """Take `folder` for this copy (letting go of any other); False if another copy has it.

        On refusal the copy holding it is asked to come forward and the person is told,
        exactly as when a second copy is started on an open profile; a file this copy
        was started with is handed to that copy instead, and this one quits.
        """
        if self.held == folder:
            return True
        self.release()
        try:
            self.lock = lock_profile(folder)
        except ProfileInUse:
            from desktop.ui.shell.single_instance import refuse_second_copy  # QtNetwork: only here

            if refuse_second_copy(folder, self.dialogs, self.pending_file):
                self.pending_file = None
                QApplication.quit()
            return False
        self.pending_file = None
        return True

    def hold_new(self) -> Path:
        """A new, empty profile folder under the user data folder, held for its set-up."""
        from desktop.services.profiles import claim_new_profile

        assert self.user_data is not None, "a new profile needs the user data folder"
        self.release()
        folder, self.lock = claim_new_profile(self.user_data)
        return folder

    def listen(self, window: MainWindow) -> None:
        """Let a later copy on the held profile bring `window` forward, or hand it a file
        to offer (nothing held: nothing to do)."""
        from desktop.ui.shell.single_instance import InstanceListener

        if self.lock is None or self.listener is not None:
            return
        self.listener = InstanceListener(self.lock.profile_dir, window)
        self.listener.fileHandedOver.connect(window.offer_file)
        listening = self.listener.listen()
        app = QApplication.instance()
        assert app is not None
        app.aboutToQuit.connect(self.listener.close)
        if self.announce:
            print(f"listening {listening} {self.listener.name}", flush=True)
            self.listener.broughtForward.connect(lambda: print("brought forward", flush=True))
            self.listener.fileHandedOver.connect(lambda path: print(f"handed {path.name}", flush=True))

    def release(self) -> None:
        """Stop listening and let go of the profile (harmless when nothing is held)."""
        if self.listener is not None:
            self.listener.close()
            self.listener.deleteLater()
            self.listener = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
