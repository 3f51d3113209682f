"""Why a completed (or sent) case is reopened: one sentence, asked before it can change.

The sentence goes with every change the member then makes to the case, in the next
review package, so the coordinator reads why an answer moved. It is required: "Reopen"
with nothing typed (or only spaces) says so under the box and keeps the dialog open,
with nothing changed. Enter reopens, Escape cancels; the box is named for a screen
reader by its question, and the message is announced when it appears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.answer_changes import MAX_REASON_CHARS
from desktop.ui.announce import announce
from desktop.ui.i18n import tr
from desktop.ui.style import plain_text_label
from desktop.ui.wrapped_dialog import WrappedTextDialog


class ReasonDialog(WrappedTextDialog):
    """Asks why case `reference` is reopened; `reason()` is the sentence once accepted."""

    def __init__(self, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reopen_reason_dialog")
        title = tr("Reopen case {reference}").format(reference=reference)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        question = plain_text_label("reopen_reason_question")
        question.setText(tr(
            "Why are you changing this case? Your coordinator will see this reason beside each change."
        ))  # fmt: skip
        self.box = QLineEdit()
        self.box.setObjectName("reopen_reason")
        self.box.setMaxLength(MAX_REASON_CHARS)
        self.box.setAccessibleName(tr("Reason for reopening the case"))
        self.box.setAccessibleDescription(question.text())
        question.setBuddy(self.box)
        self.problem = plain_text_label("reopen_reason_problem")
        self.problem.setVisible(False)
        self.reopen_button = QPushButton(tr("Reopen"))
        self.reopen_button.setObjectName("reopen_reason_ok")
        self.reopen_button.setAccessibleName(tr("Reopen the case with this reason"))
        self.reopen_button.setDefault(True)
        self.reopen_button.clicked.connect(self._reopen)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("reopen_reason_cancel")
        self.cancel_button.setAccessibleName(tr("Cancel: leave the case as it is"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.box)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setMinimumWidth(460)

    def reason(self) -> str:
        return self.box.text().strip()

    def _reopen(self) -> None:
        if not self.reason():
            self.problem.setText(tr("Please say in a sentence why you are reopening the case."))
            self.problem.setAccessibleName(self.problem.text())
            self.problem.setVisible(True)
            announce(self.box, self.problem.text())
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.accept()
