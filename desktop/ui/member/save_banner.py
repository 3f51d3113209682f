"""The notice that appears above the checklist when changes cannot be saved.

It says what went wrong in plain words, what the member can do about it, and that
their text is kept; "Try again now" retries at once (saving is also retried on a
timer). It is shown where the member is looking, not in a log.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.services.faults import Fault
from desktop.ui.announce import announce
from desktop.ui.i18n import Retranslatable, tr


def fault_text(fault: Fault, detail: str = "") -> str:
    """What went wrong and what to do, for each reason a save can fail."""
    texts = {
        Fault.DISK_FULL: tr("The disk is full: free some space, for example by emptying the Recycle Bin."),
        Fault.READ_ONLY: tr(
            "Panel Review cannot write to its file: the drive may have been removed "
            "or the file made read-only."
        ),
        Fault.DAMAGED: tr(
            "Your reviews file seems damaged. Do not quit: copy your note somewhere safe and ask for help."
        ),
        Fault.BUSY: tr("Another program is using your reviews file: close any other copy of Panel Review."),
        Fault.OTHER: tr("Something unexpected went wrong: {error}").format(error=detail),
    }
    return texts[fault]


class SaveBanner(Retranslatable, QFrame):
    """Hidden while everything is saved; emits `retryRequested` from its button.

    A screen reader is told when the banner appears, when "Try again now" fails again
    and when everything is saved; `cleared` asks the owner to put focus back where the
    member was if it was on the button that has just gone.
    """

    retryRequested = Signal()
    cleared = Signal(bool)  # True if the retry button had focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("save_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = QLabel()
        self.message.setObjectName("save_banner_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retry_save")
        self.retry_button.clicked.connect(self._retry)
        # Message above the button: beside it, a long translation or large text would
        # leave the wrapped message too narrow and clip it.
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._fault: Fault | None = None
        self._detail = ""
        self._count = 0
        self._retried = False
        self.setVisible(False)
        self.retranslate()

    def show_fault(self, fault: Fault | None, detail: str, count: int) -> None:
        """Show why `count` changes are waiting, or hide when none are."""
        was_shown, old_text = not self.isHidden(), self.message.text()
        retried, self._retried = self._retried, False
        self._fault, self._detail, self._count = fault, detail, count
        self._render()
        if count and (not was_shown or old_text != self.message.text()):
            announce(self, self.message.text(), urgent=True)
        elif count and retried:
            announce(self, tr("Still not saved.") + " " + self.message.text(), urgent=True)
        elif not count and was_shown:
            had_focus = self.retry_button.hasFocus()
            self.setVisible(False)
            announce(self, tr("Your changes are saved now."))
            self.cleared.emit(had_focus)
        self.setVisible(count > 0)

    def _retry(self) -> None:
        self._retried = True
        self.retryRequested.emit()

    def retranslate(self) -> None:
        self.retry_button.setText(tr("&Try again now"))
        # The spoken name is the visible one (voice control users say what they see).
        self.retry_button.setAccessibleName(self.retry_button.text().replace("&", ""))
        self.retry_button.setAccessibleDescription(tr("Try to save again now"))
        self._render()

    def _render(self) -> None:
        if not self._count:
            self.message.clear()
            return
        # Short enough for large text on a small screen; the reassurance that the work is
        # kept stands on each unsaved question and is read out with the banner.
        headline = tr("Not saved yet: your latest changes could not be saved.")
        reason = fault_text(self._fault or Fault.OTHER, self._detail)
        kept = tr("Your work is kept here and Panel Review keeps trying to save it.")
        text = f"{headline}\n{reason}"
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(kept)
