"""Adding a member from their card: the coordinator reads the fingerprint with the member.

A card proves only that its keys signed it; that the keys are the member's is settled by
reading the fingerprint together by phone or in person. So the dialog shows the name and
fingerprint large, and the coordinator says whether it matched.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.labels import plain_label, spoken_fingerprint
from desktop.ui.style import make_heading
from desktop.ui.wrapped_dialog import WrappedTextDialog


class CardChoice(Enum):
    CONFIRMED = "confirmed"
    UNCONFIRMED = "unconfirmed"
    CANCEL = "cancel"


class CardDialog(Retranslatable, WrappedTextDialog):
    def __init__(self, name: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_dialog")
        self.choice = CardChoice.CANCEL
        self.name, self.fingerprint = name, fingerprint
        layout = QVBoxLayout(self)
        self.name_label = QLabel(name)
        self.name_label.setObjectName("card_name")
        make_heading(self.name_label, 1.3)
        self.fingerprint_label = QLabel(fingerprint)
        self.fingerprint_label.setObjectName("card_fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.5)
        self.fingerprint_label.setFont(font)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.match_button = QPushButton()
        self.match_button.setObjectName("card_matches")
        self.unconfirmed_button = QPushButton()
        self.unconfirmed_button.setObjectName("card_unconfirmed")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("card_cancel")
        # The three choices wrap onto more lines rather than being cut (long Welsh at 200% text).
        buttons = FlowLayout()
        for button, choice in ((self.match_button, CardChoice.CONFIRMED),
                               (self.unconfirmed_button, CardChoice.UNCONFIRMED),
                               (self.cancel_button, CardChoice.CANCEL)):  # fmt: skip
            button.clicked.connect(lambda _c=False, choice=choice: self._choose(choice))
            buttons.addWidget(button)
        for widget in (self.name_label, self.fingerprint_label, self.explain):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self.cancel_button.setDefault(True)  # a careless Enter must not confirm
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.setWindowTitle(tr("Add a member"))
        self.name_label.setAccessibleName(tr("Name on the card: {name}").format(name=self.name))
        spoken = spoken_fingerprint(self.fingerprint)
        self.fingerprint_label.setAccessibleName(tr("Fingerprint: {fingerprint}").format(fingerprint=spoken))
        self.explain.setText(tr(
            "Phone {name} (or meet them) and ask them to read out the fingerprint shown in their "
            "Panel Review. Confirm only if every digit matches. Packs are made only for confirmed "
            "members."
        ).format(name=self.name))  # fmt: skip
        # Read out on opening, as focus goes straight to Cancel: whose card, what to do, the digits.
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(f"{self.name}. {self.explain.text()} {spoken}")
        for button, text, description in (
            (self.match_button, tr("It &matches — confirm"),
             tr("The fingerprint matches: add and confirm")),
            (self.unconfirmed_button, tr("&Add without confirming"),
             tr("Add the member without confirming now")),
            (self.cancel_button, tr("Cancel"), tr("Cancel: do not add this member")),
        ):  # fmt: skip
            button.setText(text)
            button.setAccessibleName(plain_label(text))
            button.setAccessibleDescription(description)

    def _choose(self, choice: CardChoice) -> None:
        self.choice = choice
        if choice is CardChoice.CANCEL:
            self.reject()
        else:
            self.accept()
