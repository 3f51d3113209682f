"""The pages an answer cites, listed under it: cite the page in view, open one, remove one.

Keyboard: Ctrl+Shift+C anywhere in the workspace (or the "Cite this page" button)
cites the page of the document in view for the question being answered, with the words
selected on it; in the list, Enter opens the document at that page and Delete removes
the citation. Every item's accessible name reads the whole citation out ("Evidence:
Crime report, page 3: '…'"). The widget never saves: it emits what the member asked
for and the workspace does it (`desktop.ui.member.citing`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.services.citations import CitedPage
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.wrapping_list import WrappingList

CITE_KEYS = "Ctrl+Shift+C"
ID_ROLE = Qt.ItemDataRole.UserRole


def citation_text(cited: CitedPage) -> str:
    """ "Crime report, page 3: 'words'" (the page alone without the quote)."""
    title = cited.title or tr("Document {number}").format(number=cited.citation.document)
    place = tr("{document}, page {page}").format(document=title, page=cited.citation.page)
    return f"{place}: '{cited.citation.quote}'" if cited.citation.quote else place


class CitationList(Retranslatable, QWidget):
    """A question's citations and its "Cite this page" and "Remove" buttons."""

    citeRequested = Signal()
    openRequested = Signal(int, int)  # document (1-based), page (1-based)
    removeRequested = Signal(int)  # the citation's id

    def __init__(self, question_id: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self._pages: list[CitedPage] = []
        self.hint = QLabel()
        self.hint.setObjectName("evidence_hint")
        self.hint.setWordWrap(True)
        self.list = _CitationView()
        self.list.setObjectName(f"citations_{question_id}")
        self.list.itemActivated.connect(self._open)  # Enter, or a double click
        self.list.itemClicked.connect(self._open)  # a click opens it too, as a link would
        self.list.removePressed.connect(self.remove_current)
        self.list.setVisible(False)
        self.status = QLabel()  # what the last cite or remove did, under the list it changed
        self._status_words: Callable[[], str] | None = None
        self.status.setObjectName(f"citation_status_{question_id}")
        self.status.setWordWrap(True)
        self.status.setVisible(False)
        self.cite_button = QPushButton()
        self.cite_button.setObjectName(f"cite_{question_id}")
        self.cite_button.clicked.connect(lambda _checked=False: self.citeRequested.emit())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove_citation_{question_id}")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_current())
        self.remove_button.setVisible(False)
        buttons = FlowLayout(spacing=6)
        buttons.addWidget(self.cite_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()

    def show_citations(self, pages: list[CitedPage]) -> None:
        current = self.list.currentRow()
        self._pages = list(pages)
        self.list.clear()
        for cited in pages:
            item = QListWidgetItem(citation_text(cited))
            item.setData(ID_ROLE, cited.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(cited))
            item.setToolTip(item.text())
            self.list.addItem(item)
        if pages:
            self.list.setCurrentRow(min(max(current, 0), len(pages) - 1))
        elif self.list.hasFocus() or self.remove_button.hasFocus():  # hidden with the last one
            self.cite_button.setFocus(Qt.FocusReason.OtherFocusReason)  # not the next question
        self.list.setVisible(bool(pages))
        self.remove_button.setVisible(bool(pages))
        self.list.fit_rows()
        self.retranslate()

    def show_status(self, words: Callable[[], str] | None) -> None:
        """Said here, in the checklist that scrolls, not above the case's heading: in Welsh
        at 200% text and display scaling 1.5 a line there cut the heading in half. `words`
        is asked again when the language changes, so the line follows it."""
        self._status_words = words
        self.status.setText(words() if words else "")
        self.status.setVisible(words is not None)

    def set_read_only(self, read_only: bool) -> None:
        """Cited pages still open; none can be added or removed."""
        self.cite_button.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.list.read_only = read_only

    def citations(self) -> list[CitedPage]:
        return list(self._pages)

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not self.list.read_only:
            self.removeRequested.emit(int(item.data(ID_ROLE)))

    def _open(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if 0 <= row < len(self._pages):
            cited = self._pages[row].citation
            self.openRequested.emit(cited.document, cited.page)

    def _spoken(self, cited: CitedPage) -> str:
        return tr("Evidence: {citation}").format(citation=citation_text(cited))

    def retranslate(self) -> None:
        self.hint.setText(tr(
            "Your answer to “What did you see in the file?”: cite the page in view ({keys}), with any "
            "words you selected on it."
        ).format(keys=CITE_KEYS))  # fmt: skip
        self.cite_button.setText(tr("Cite this page"))
        self.cite_button.setAccessibleName(
            tr("Cite the page in view as evidence for question {number}").format(number=self.number)
        )
        self.cite_button.setToolTip(CITE_KEYS)
        self.remove_button.setText(tr("Remove citation"))
        self.remove_button.setAccessibleName(
            tr("Remove the chosen citation from question {number}").format(number=self.number)
        )
        self.list.setAccessibleName(tr("Evidence for question {number}").format(number=self.number))
        self.list.setAccessibleDescription(tr("Enter opens the document at that page; Delete removes it."))
        if self._status_words is not None:  # said again in the language now in force
            self.status.setText(self._status_words())
        for row, cited in enumerate(self._pages):
            item = self.list.item(row)
            if item is not None:
                item.setText(citation_text(cited))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self._spoken(cited))


class _CitationView(WrappingList):
    """The list, with Delete (and Backspace) asking to remove the chosen citation, and
    Enter kept here: Qt passes it on after opening the page, and the question took it for
    "next question", moving focus away from the citation just opened."""

    removePressed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.read_only = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers():
            self.removePressed.emit()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
