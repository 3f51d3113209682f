"""Rounds: every review round this office has created, and "New round…".

The home reads the rounds (every page shows them) and hands them to `set_rounds`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QWidget

from desktop.services.operations import Changes
from desktop.services.rows import RoundRow
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.new_round_dialog import NewRoundDialog
from desktop.ui.coordinator.page import CoordinatorPage, label_button
from desktop.ui.coordinator.round_archiving import RoundArchiving
from desktop.ui.coordinator.row_models import CoordinatorRoundModel
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import tr
from desktop.ui.item_models import row_table


class RoundListPage(CoordinatorPage):
    roundSelected = Signal(int)

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__("coordinator_rounds_page", session, dialogs, parent)
        self.model = CoordinatorRoundModel(self)
        self.table = row_table("coordinator_round_table", self.model)
        for column in range(self.model.columnCount()):  # the title takes the room the others leave
            mode = QHeaderView.ResizeMode.Stretch if column == 0 else QHeaderView.ResizeMode.ResizeToContents
            self.table.horizontalHeader().setSectionResizeMode(column, mode)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("new_round")
        self.new_button.clicked.connect(self.new_round)
        self.archiving = RoundArchiving(session, dialogs, self)  # the chosen round's archive and purge
        self.archiving.purged.connect(self.table.setFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty_label)
        self.layout_.addLayout(buttons)
        self.layout_.addWidget(self.archiving)
        self.dialog: NewRoundDialog | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Review rounds"))
        self.intro.setText(tr(
            "A round is made from the force's case list (a CSV file saved from a spreadsheet) and "
            "a folder of the case documents. Choose a round to assign it, send packs and collect reviews."
        ))  # fmt: skip
        self.table.setAccessibleName(tr("Review rounds"))
        self.empty_label.setText(tr("There are no rounds yet. Press New round to create the first."))
        label_button(self.new_button, tr("&New round…"), tr("Create a new review round"))
        self.model.retranslate()

    def set_rounds(self, rows: list[RoundRow], current: int | None) -> None:
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        row = next((i for i, r in enumerate(rows) if r.id == current), -1)
        if row >= 0:
            self.table.selectRow(row)
        self.archiving.show_round(current if row >= 0 else None)

    def on_changes(self, changes: Changes, origin: object | None) -> None:
        if changes.reports or changes.rounds:  # a report published, a round archived or purged
            self.archiving.reader.request()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            round_id = self.model.row_at(current.row()).id
            self.archiving.show_round(round_id)
            self.roundSelected.emit(round_id)

    def new_round(self) -> None:
        self.dialog = NewRoundDialog(self.session, self)
        self.dialog.created.connect(self.roundSelected)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
