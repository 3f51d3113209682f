"""Choosing a backup to restore: a list by date and time, newest first.

The dialog only shows the choice; listing and restoring are services
(`profile_files.list_backups` / `restore_backup`), which need no unlocked database.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.profile_files import BEFORE_MIGRATION, Backup
from desktop.ui.i18n import tr


def backup_label(backup: Backup) -> str:
    """ "20/11/2026 09:30 – daily backup": the date in day/month order, as in the UK."""
    when = backup.made_at.strftime("%d/%m/%Y %H:%M")
    if backup.kind == BEFORE_MIGRATION:
        return tr("{when} – backup made before an update").format(when=when)
    return tr("{when} – daily backup").format(when=when)


class RestoreDialog(QDialog):
    """Pick one backup; Enter restores the selected one, Escape cancels."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(tr("Restore from backup"))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(tr(
            "Choose the backup to put back. Work done after it was made will not be in it. "
            "Your current reviews file is kept beside it, renamed, not deleted."
        ))  # fmt: skip
        self.explanation.setWordWrap(True)
        self.list_label = QLabel(tr("&Backups, newest first:"))
        self.list = QListWidget()
        self.list.setObjectName("backup_list")
        self.list.setAccessibleName(tr("Backups, newest first"))
        self.list_label.setBuddy(self.list)
        for backup in backups:
            item = QListWidgetItem(backup_label(backup))
            item.setData(Qt.ItemDataRole.UserRole, backup)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("restore_buttons")
        self.restore_button = buttons.addButton(tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restore_chosen")
        self.restore_button.setDefault(True)
        # Qt has no Welsh for its standard buttons: the dialog names its own.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.explanation, self.list_label, self.list, buttons):
            layout.addWidget(widget)
        self.list.setFocus()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        frame = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        self.list.setMinimumWidth(self.list.sizeHintForColumn(0) + frame + 8)  # no sideways scrolling

    def chosen(self) -> Backup | None:
        item = self.list.currentItem()
        backup = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return backup if isinstance(backup, Backup) else None
