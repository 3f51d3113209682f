"""The list of review rounds this member has: title, due date, cases done of total."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.rows import RoundRow
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.item_models import RoundListModel, row_table
from desktop.ui.style import make_heading


class RoundsPage(Retranslatable, QWidget):
    roundOpened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_page")
        self.model = RoundListModel(self)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("page_heading")
        make_heading(self.heading, 1.5)
        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.table = row_table("round_table", self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rounds: cheap
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._open_index)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_round")
        self.open_button.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.greeting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._name = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Your review rounds"))
        self.greeting.setText(
            tr("Hello {name}. Choose a round and press Enter to start reviewing.").format(name=self._name)
        )
        self.table.setAccessibleName(tr("Review rounds"))
        self.empty_label.setText(
            tr(
                "You have no review rounds yet. When the commissioner's office sends you "
                "an assignment pack, it will appear here."
            )
        )
        self.open_button.setText(tr("&Open round"))
        self.open_button.setAccessibleName(tr("Open the selected round"))
        self.model.retranslate()

    def set_rounds(self, rows: list[RoundRow], name: str) -> None:
        self._name = name
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.open_button.setEnabled(bool(rows))
        self.retranslate()
        if rows:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.roundOpened.emit(self.model.row_at(index.row()).id)

    def current_round_id(self) -> int | None:
        """The round the member has selected, if any (what "Send my review" sends)."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())
