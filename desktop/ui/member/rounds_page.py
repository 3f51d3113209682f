"""The list of review rounds this member has: title, due date, cases done of total."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.rows import RoundRow
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.item_models import RoundListModel, material_sentence, row_table
from desktop.ui.style import make_heading


class RoundsPage(Retranslatable, QWidget):
    roundOpened = Signal(int)
    cardWanted = Signal()  # the first step: save the member card to send the coordinator
    packWanted = Signal()  # the second: import the assignment pack they send back
    eraseWanted = Signal(int)  # remove the chosen round's case material now, by hand
    receiptWanted = Signal(int)  # save the chosen round's erasure receipt

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
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_material())
        # The chosen round's retention, as a sentence: a screen reader reads it with the
        # list (`setAccessibleDescription`), and it stays on screen at any text size.
        self.material_label = QLabel()
        self.material_label.setObjectName("round_material")
        self.material_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_round")
        self.open_button.clicked.connect(self._open_current)
        self.card_button = QPushButton()
        self.card_button.setObjectName("send_card")
        self.card_button.clicked.connect(self.cardWanted)
        self.pack_button = QPushButton()
        self.pack_button.setObjectName("import_pack")
        self.pack_button.clicked.connect(self.packWanted)
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("erase_round")
        self.erase_button.clicked.connect(lambda: self._emit_current(self.eraseWanted))
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("save_erasure_receipt")
        self.receipt_button.clicked.connect(lambda: self._emit_current(self.receiptWanted))
        buttons = FlowLayout(spacing=6)  # wraps at large text rather than widening the window
        for button in (self.open_button, self.erase_button, self.receipt_button, self.card_button,
                       self.pack_button):  # fmt: skip
            buttons.addWidget(button)
        layout.addWidget(self.heading)
        layout.addWidget(self.greeting)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.material_label)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        self._name = ""
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(tr("Your review rounds"))
        greeting = (
            tr("Hello {name}. Choose a round and press Enter to start reviewing.")
            if self.model.rowCount()
            else tr("Hello {name}.")
        )
        self.greeting.setText(greeting.format(name=self._name))
        self.table.setAccessibleName(tr("Review rounds"))
        self.empty_label.setText(
            tr(
                "You have no review rounds yet. First, save your member card and send it to the "
                "commissioner's office; they will phone you to read its numbers together. Then "
                "they send you an assignment pack: import it here and its round appears."
            )
        )
        self.open_button.setText(tr("&Open round"))
        self.open_button.setAccessibleName(tr("Open the selected round"))
        self.card_button.setText(tr("1. Save my &member card…"))
        self.card_button.setAccessibleName(tr("Save my member card to send the coordinator"))
        self.pack_button.setText(tr("2. &Import the pack from the coordinator…"))
        self.pack_button.setAccessibleName(tr("Import the assignment pack from the coordinator"))
        self.erase_button.setText(tr("Remove case material &now…"))
        self.erase_button.setAccessibleName(
            tr("Remove the selected round's case material from this laptop now")
        )
        self.receipt_button.setText(tr("Save &erasure receipt…"))
        self.receipt_button.setAccessibleName(
            tr("Save the selected round's erasure receipt to send the coordinator")
        )
        self.model.retranslate()
        self._show_material()

    def _show_material(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        sentence = material_sentence(row) if row is not None else ""
        self.material_label.setText(sentence)
        self.material_label.setVisible(bool(sentence))
        self.table.setAccessibleDescription(sentence)
        # A round keeps its place in the list once its material is gone: what is left to
        # do with it is to save the receipt; before that, it can be removed early.
        self.erase_button.setVisible(row is not None and row.erased_on is None)
        self.receipt_button.setVisible(row is not None and row.erased_on is not None)
        # nothing is left to open: an empty workspace would only puzzle the member
        self.open_button.setEnabled(row is None or row.erased_on is None)

    def _emit_current(self, signal: SignalInstance) -> None:
        round_id = self.current_round_id()
        if round_id is not None:
            signal.emit(round_id)

    def set_rounds(self, rows: list[RoundRow], name: str) -> None:
        self._name = name
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self.open_button.setVisible(bool(rows))
        self.card_button.setVisible(not rows)
        self.pack_button.setVisible(not rows)
        self.retranslate()
        if rows:
            self.table.selectRow(0)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self._show_material()
        else:  # where a new member starts
            self.card_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid() and self.model.row_at(index.row()).erased_on is None:
            self.roundOpened.emit(self.model.row_at(index.row()).id)

    def current_round_id(self) -> int | None:
        """The round the member has selected, if any (what "Send my review" sends)."""
        index = self.table.currentIndex()
        return self.model.row_at(index.row()).id if index.isValid() else None

    def _open_current(self) -> None:
        self._open_index(self.table.currentIndex())
