"""Restoring a backup from the main window: works while the database will not open."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.paths import database_path
from desktop.ui.i18n import current_language, tr
from desktop.ui.shell.start_pages import UnlockProblem
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.services.profile_files import Backup


def empty_without_backup(folder: Path) -> str:
    """What set-up says over a zero-length database with no backup (the command line too)."""
    from desktop.services.user_faults import Fault, explain

    return explain(Fault.PROFILE_EMPTY_NO_BACKUP, current_language(), database_path(folder))


class BackupRestoring:
    """Part of `MainWindow` (desktop/ui/shell/main_window.py); uses its attributes."""

    def _show_empty(self) -> bool:
        """A zero-length database with backups: say so on the unlock page and offer the
        backups; True if shown. Set-up is not offered: it would put a new profile where
        the work can still be brought back (the empty file is never overwritten anyway)."""
        from desktop.services.profile_files import list_backups

        assert self.profile_dir is not None
        if not list_backups(self.profile_dir):
            return False
        self._show_page(self.unlock_page)
        self.unlock_page.show_problem(UnlockProblem.EMPTY, str(database_path(self.profile_dir)))
        return True

    # restoring a backup -----------------------------------------------------
    def restore_from_backup(self) -> None:
        """List the backups and restore the chosen one; works while the database will not open."""
        from desktop.services.profile_files import list_backups
        from desktop.ui.shell.restore_dialog import RestoreDialog

        if self._busy or self.profile_dir is None:
            return
        backups = list_backups(self.profile_dir)
        if not backups:
            self.dialogs.info(self, tr("Restore from backup"), tr(
                "There are no backups yet. Panel Review makes one each day you unlock it."
            ))  # fmt: skip
            return
        if self.session is not None:
            if not self.dialogs.confirm(self, tr("Restore from backup"), tr(
                "Panel Review will lock before restoring a backup. Continue?"
            )):  # fmt: skip
                return
            self.lock()
            if self.session is not None:  # the member chose not to lock (unsaved changes)
                return
        self.restore_dialog = RestoreDialog(backups, self)  # replaces (and frees) any earlier one
        self.restore_dialog.accepted.connect(self._restore_chosen)
        self.restore_dialog.open()

    def _restore_chosen(self) -> None:
        if self.restore_dialog is not None:
            self._restore(self.restore_dialog.chosen())

    def _restore(self, backup: Backup | None) -> None:
        from desktop.services.profile_files import restore_backup
        from desktop.ui.shell.restore_dialog import backup_label

        if backup is None:
            return

        def done(aside: Path) -> None:
            self._set_busy(False)
            self._show_page(self.unlock_page)
            self.unlock_page.show_restored(tr(
                "The backup ({backup}) is back in place. Your previous file was kept as {name}. "
                "Enter your passphrase to open the backup."
            ).format(backup=backup_label(backup), name=aside.name))  # fmt: skip

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self.dialogs.error(self, tr("Restore from backup"), tr(
                "The backup could not be restored, and nothing was changed: {error}"
            ).format(error=exc))  # fmt: skip

        folder = self.profile_dir
        self._set_busy(True)
        run_in_background(lambda: restore_backup(folder, backup), done, failed)
