"""The start screen when this computer has several profiles: choose one, or make a new one.

Each row says the role and the label from the profile's card (readable without a
passphrase, see `services.profiles`). The list is one tab stop: arrow keys move, Enter
opens. Opening only reports the folder; the main window takes the profile's lock.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.profiles import ProfileEntry
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.shell.start_pages import centred
from desktop.ui.style import make_heading

FOLDER_ROLE = Qt.ItemDataRole.UserRole


def describe_profile(entry: ProfileEntry) -> str:
    """How a profile is named before it is unlocked: its role and label, or its folder."""
    if entry.role == "coordinator":
        return tr("Coordinator: {label}").format(label=entry.label)
    if entry.role == "member":
        return tr("Member: {label}").format(label=entry.label)
    return tr("Profile ({folder})").format(folder=entry.folder.name)


class ProfileChooserPage(Retranslatable, QWidget):
    openRequested = Signal(object)  # the chosen profile's folder (a Path)
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chooser_page")
        self.entries: list[ProfileEntry] = []
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.5)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list_label = QLabel()
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profile_list")
        self.list_label.setBuddy(self.profile_list)
        self.profile_list.itemActivated.connect(lambda _item: self.open_current())
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_profile")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_current)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_profile")
        self.new_button.clicked.connect(lambda: self.newRequested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for widget in (self.heading, self.intro, self.list_label, self.profile_list):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        centred(self, inner)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Choose a profile"))
        self.intro.setText(tr(
            "This computer has more than one Panel Review profile. Each has its own reviews "
            "and its own passphrase. Choose the one to open."
        ))  # fmt: skip
        self.list_label.setText(tr("&Profiles on this computer:"))
        self.profile_list.setAccessibleName(tr("Profiles on this computer"))
        self.open_button.setText(tr("&Open"))
        self.open_button.setAccessibleName(tr("Open the chosen profile"))
        self.new_button.setText(tr("&New profile…"))
        self.new_button.setAccessibleName(tr("New profile"))
        for row, entry in enumerate(self.entries):
            self._name_item(self.profile_list.item(row), entry)

    def set_entries(self, entries: list[ProfileEntry], current: Path | None = None) -> None:
        """List `entries`, with `current` (or the first) chosen, and give the list the keyboard."""
        self.entries = list(entries)
        self.profile_list.clear()
        for entry in self.entries:
            item = QListWidgetItem()
            item.setData(FOLDER_ROLE, str(entry.folder))
            self._name_item(item, entry)
            self.profile_list.addItem(item)
        folders = [e.folder for e in self.entries]
        self.profile_list.setCurrentRow(folders.index(current) if current in folders else 0)
        self.open_button.setEnabled(bool(self.entries))
        self.profile_list.setFocus()

    def open_current(self) -> None:
        row = self.profile_list.currentRow()
        if 0 <= row < len(self.entries) and self.open_button.isEnabled():
            self.openRequested.emit(self.entries[row].folder)

    @staticmethod
    def _name_item(item: QListWidgetItem, entry: ProfileEntry) -> None:
        text = describe_profile(entry)
        item.setText(text)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
