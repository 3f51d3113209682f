"""Restoring a backup: works while the database will not open, and locks an open one first."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.services.profile_flow import Restored, RestoreFailed, RestoreStarted
from desktop.ui.i18n import tr
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.profile_files import Backup
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.shell.restore_dialog import RestoreDialog


class Restorer:
    """Lists the backups, lets the person choose one, and puts it back off the GUI thread."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.flow = window.flow
        self.dialog: RestoreDialog | None = None

    def restore_from_backup(self) -> None:
        """List the backups and restore the chosen one; works while the database will not open."""
        from desktop.services.profile_files import list_backups
        from desktop.ui.shell.restore_dialog import RestoreDialog

        window, folder = self.window, self.flow.state.folder
        if folder is None or not self.flow.state.can_restore():
            return
        backups = list_backups(folder)
        if not backups:
            window.dialogs.info(window, tr("Restore from backup"), tr(
                "There are no backups yet. Panel Review makes one each day you unlock it."
            ))  # fmt: skip
            return
        if self.flow.state.unlocked:
            if not window.dialogs.confirm(window, tr("Restore from backup"), tr(
                "Panel Review will lock before restoring a backup. Continue?"
            )):  # fmt: skip
                return
            window.lock()
            if self.flow.state.unlocked:  # the member chose not to lock (unsaved changes)
                return
        self.dialog = RestoreDialog(backups, window)  # replaces (and frees) any earlier one
        self.dialog.accepted.connect(self._chosen)
        self.dialog.open()

    def _chosen(self) -> None:
        if self.dialog is not None:
            self._restore(self.dialog.chosen())

    def _restore(self, backup: Backup | None) -> None:
        from desktop.services.profile_files import restore_backup

        if backup is None or not self.flow.state.can_restore() or self.flow.state.unlocked:
            return
        state = self.flow.send(RestoreStarted())
        folder = state.folder
        assert folder is not None

        def done(aside: Path) -> None:
            self.flow.send(Restored(backup, aside))

        def failed(exc: Exception) -> None:
            self.flow.send(RestoreFailed(str(exc)))

        run_in_background(lambda: restore_backup(folder, backup), done, failed)
