"""Reading a fingerprint aloud: a coordinator's, before their first pack is taken, or the member's own.

A fingerprint is the only check a member can make that a pack really comes from their
coordinator (and that the coordinator has the member's real card), so it is shown
large, in a fixed-width font, in two lines of three groups that are easy to read out
over the phone. Screen readers get the digits in the dialog's description, group by
group, since a label in large type is not announced by itself on opening.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.i18n import tr
from desktop.ui.labels import spoken_fingerprint
from desktop.ui.style import make_heading
from desktop.ui.wrapped_dialog import WrappedTextDialog


def fingerprint_lines(fingerprint: str) -> str:
    """The groups of digits, three to a line."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i : i + 3]) for i in range(0, len(groups), 3))


def _text(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _digits(fingerprint: str) -> QLabel:
    label = QLabel(fingerprint_lines(fingerprint))
    label.setObjectName("fingerprint_digits")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(QApplication.font().pointSizeF() * 2)  # grows with the member's text size
    font.setBold(True)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(tr("Fingerprint: {digits}").format(digits=spoken_fingerprint(fingerprint)))
    return label


class FingerprintDialog(WrappedTextDialog):
    """Shows a fingerprint to read together on the phone.

    With `confirm` (a new coordinator) the dialog asks: "They match — import" accepts,
    "Cancel" (the default, and Escape) rejects. Without it (the member's own card) it
    only informs, with one "Done" button.
    """

    def __init__(
        self, heading: str, message: str, fingerprint: str, confirm: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprint_dialog")
        self.setWindowTitle(heading)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(f"{message} {spoken_fingerprint(fingerprint)}")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        title = _text(heading, "fingerprint_heading")
        make_heading(title, 1.25)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(_text(message, "fingerprint_message"))
        layout.addWidget(_digits(fingerprint))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("fingerprint_cancel")
        self.cancel_button.setAccessibleName(tr("Cancel: the numbers do not match, or I have not checked"))
        self.cancel_button.clicked.connect(self.reject)
        self.accept_button = QPushButton(tr("They match — import") if confirm else tr("Done"))
        self.accept_button.setObjectName("fingerprint_accept")
        self.accept_button.setAccessibleName(self.accept_button.text())
        self.accept_button.clicked.connect(self.accept)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.cancel_button)
        self.cancel_button.setVisible(confirm)
        layout.addLayout(buttons)
        # Safe by default: Enter or Escape straight away never imports an unchecked pack.
        default = self.cancel_button if confirm else self.accept_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)


def coordinator_dialog(name: str, fingerprint: str, parent: QWidget | None = None) -> FingerprintDialog:
    """The question asked before the first pack from a coordinator is taken."""
    message = tr(
        "This pack says it comes from {name}. Phone your coordinator and read these numbers "
        "together. Only continue if they match."
    ).format(name=name)
    return FingerprintDialog(tr("Check who sent these cases"), message, fingerprint, True, parent)


def card_dialog(path: Path, fingerprint: str, parent: QWidget | None = None) -> FingerprintDialog:
    """What to do with a member card just saved, and where it is: a new member looking
    for the file to attach to an email had only its name."""
    message = tr(
        "Your member card was saved as {file} in the folder {folder}. Email it to your "
        "coordinator. They will phone you to read these numbers together, so they know the "
        "card is really yours."
    ).format(file=path.name, folder=str(path.parent))
    return FingerprintDialog(tr("Your member card"), message, fingerprint, False, parent)
