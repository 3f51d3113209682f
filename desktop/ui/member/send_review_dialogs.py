"""The two windows of "Send my review": what will travel, and where the file went.

The summary is shown before anything is written, so a member who meant to finish more
cases first can stop; cases not complete or deferred are listed by reference, since
they travel too, with their status, and the coordinator will see them as such.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.review_packages import ReviewSummary
from desktop.ui.i18n import tr
from desktop.ui.style import make_heading
from desktop.ui.wrapped_dialog import WrappedTextDialog


def summary_text(summary: ReviewSummary) -> str:
    """The summary in plain sentences, one paragraph per kind of case."""
    parts = [
        tr("{done} of {total} cases are complete.").format(done=len(summary.complete), total=summary.cases)
    ]
    if summary.incomplete:
        parts.append(
            tr("Not complete yet: {cases}. They are sent as they are, marked not complete.").format(
                cases=", ".join(summary.incomplete)
            )
        )
    if summary.deferred:
        parts.append(
            tr("Deferred: {cases}. They are sent marked deferred, with your reasons.").format(
                cases=", ".join(summary.deferred)
            )
        )
    if summary.coordinator:
        parts.append(tr("The file can be opened only by {name}.").format(name=summary.coordinator))
    return "\n\n".join(parts)


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _TwoButtonDialog(WrappedTextDialog):
    """A heading, a message and two buttons: the action (default) and Close/Cancel."""

    def __init__(
        self, name: str, heading: str, message: str, action: str, close: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(heading)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(message)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        title = _label(heading, f"{name}_heading")
        make_heading(title, 1.25)
        self.message = _label(message, f"{name}_message")
        self.action_button = QPushButton(action)
        self.action_button.setObjectName(f"{name}_action")
        self.action_button.setAccessibleName(action.replace("&", ""))
        self.action_button.setDefault(True)
        self.close_button = QPushButton(close)
        self.close_button.setObjectName(f"{name}_close")
        self.close_button.setAccessibleName(close.replace("&", ""))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.action_button.setFocus(Qt.FocusReason.OtherFocusReason)


class ReviewSummaryDialog(_TwoButtonDialog):
    """Accepted when the member chooses "Save review package…"."""

    def __init__(self, summary: ReviewSummary, parent: QWidget | None = None) -> None:
        super().__init__(
            "review_summary", tr("Send my review"), summary_text(summary),
            tr("&Save review package…"), tr("Cancel"), parent,
        )  # fmt: skip
        self.action_button.clicked.connect(self.accept)


class ReviewSavedDialog(_TwoButtonDialog):
    """Says where the package is and what to do with it; "Show folder" opens the folder."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        message = tr(
            "Your review was saved as {file} in the folder {folder}.\n\n"
            "Email this file to your coordinator. Only they can open it."
        ).format(file=path.name, folder=path.parent)
        super().__init__(
            "review_saved", tr("Review package saved"), message, tr("&Show folder"), tr("Close"), parent
        )
        self.folder = path.parent
        self.action_button.clicked.connect(self.show_folder)

    def show_folder(self) -> None:
        """Open the folder in the system's file manager, where the file can be attached to an email."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
