"""What the viewer asks of every tab, and the tabs that hold no readable document:
a message saying why a document cannot be shown, and a stand-in awaiting first view.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.i18n import tr
from desktop.ui.viewer.controls import enlarge_text


class Problem(Enum):
    """Why a document is shown as a message instead of its contents."""

    DAMAGED = "damaged"
    PROTECTED = "protected"
    UNSUPPORTED = "unsupported"


class Tab(QWidget):
    """What the viewer asks of every tab; a tab without pages or search keeps these."""

    pageRendered = Signal(int)  # 1-based page number, once its image is on screen
    searchFinished = Signal(int)  # number of matches, once the whole document is searched
    zoomChosen = Signal(float)  # the member chose this zoom; 0.0 means fit the width
    pageTextChosen = Signal(bool)  # the member showed (True) or hid the page text

    def current_page(self) -> int:
        return 0

    def page_count(self) -> int:
        return 0

    def match_count(self) -> int:
        return 0

    def cited_page(self) -> int:
        """The page in view, as a citation names it (1-based); 0 when nothing here can be cited."""
        return self.current_page()

    def selected_text(self) -> str:
        """The text the reader selected on the page in view ("" for none)."""
        return ""

    def show_cited_page(self, page: int) -> None:
        """Bring a cited page (1-based) into view; a tab of one page has nothing to move."""

    def zoom_factor(self) -> float:
        return 1.0

    def focus_search(self) -> None:
        """Nothing to search on this tab."""

    def find_next(self) -> None:
        """Nothing to search on this tab."""

    def find_previous(self) -> None:
        """Nothing to search on this tab."""

    def zoom_by(self, direction: int) -> None:
        """Nothing to zoom on this tab."""

    def zoom_reset(self) -> None:
        """Nothing to zoom on this tab."""

    def show_page_text(self, shown: bool) -> None:
        """No pages to show as text on this tab."""

    def toggle_page_text(self) -> None:
        """No pages to show as text on this tab."""

    def retranslate(self) -> None:
        """No texts of its own."""

    def release(self) -> None:
        """Nothing held."""


class MessageTab(Tab):
    """A document that cannot be shown: say so plainly and what to do about it."""

    def __init__(self, problem: Problem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.message_label = QLabel()
        self.message_label.setObjectName("document_problem")
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        enlarge_text(self.message_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.message_label)

    def retranslate(self) -> None:
        if self.problem is Problem.PROTECTED:
            message = tr("This document is protected by a password, so it cannot be opened here.")
        elif self.problem is Problem.UNSUPPORTED:
            message = tr("This kind of document cannot be shown here.")
        else:
            message = tr("This document could not be opened. It may be damaged.")
        advice = tr("If you need it for this review, please tell your panel coordinator.")
        self.message_label.setText(message + "\n\n" + advice)


class PendingTab(QWidget):
    """Holds a document's bytes until its tab is first shown."""

    def __init__(self, media_type: str, data: bytes) -> None:
        super().__init__()
        self.media_type = media_type
        self.data = data
