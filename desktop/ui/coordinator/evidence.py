"""The evidence behind members' answers, in the coordinator's cell dialog.

Each member's citations are listed beside their answer ("Ann Evans (Member A): Crime
report, page 3: '…'"); choosing one (Enter, double click or "Open at that page") opens
the coordinator's own copy of the case's documents at that page, in a window of its
own. Titles come from the coordinator's copy, read off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.citations import Citation
from desktop.core.findings import MemberAnswer
from desktop.services.session import ProfileSession
from desktop.ui.coordinator.page import label_button
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.ops import review as review_ops
from desktop.ui.viewer import DocumentViewer
from desktop.ui.wrapped_dialog import resize_within_screen
from desktop.ui.wrapping_list import WrappingList

PLACE_ROLE = Qt.ItemDataRole.UserRole


def cited_text(titles: list[str], cited: Citation) -> str:
    """ "Crime report, page 3: 'words'", the title as the coordinator's copy has it."""
    title = titles[cited.document - 1] if 0 < cited.document <= len(titles) else ""
    title = title or tr("Document {number}").format(number=cited.document)
    place = tr("{document}, page {page}").format(document=title, page=cited.page)
    return f"{place}: '{cited.quote}'" if cited.quote else place


class EvidenceList(Retranslatable, QWidget):
    """Every member's citations for one question of one case; hidden when none cites any."""

    def __init__(
        self,
        session: ProfileSession,
        case_id: int,
        answers: list[MemberAnswer],
        member: Callable[[MemberAnswer], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.case_id = session, case_id
        self.member = member  # named in the language in force: "(Member A)" stayed English in Welsh
        self.cited = [(a, c) for a in answers for c in a.answer.citations]
        self.titles: list[str] = []
        self.viewer_window: EvidenceViewer | None = None
        self.label = QLabel()
        self.list = WrappingList()  # a long quote wraps: it ran off the dialog's right edge
        self.list.setObjectName("cell_evidence")
        self.list.itemActivated.connect(lambda item: self.open_item(item))  # Enter, a double click
        self.list.itemClicked.connect(lambda item: self.open_item(item))
        self.label.setBuddy(self.list)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_evidence")
        self.open_button.clicked.connect(lambda _checked=False: self.open_item(self.list.currentItem()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout.addLayout(row)
        if not self.cited:
            self.hide()  # never show() here: a parentless widget would open a window
        self.setObjectName("cell_evidence_box")
        self.retranslate()
        if self.cited:
            review_ops.document_titles(session, case_id).success(self._titles_read).run(origin=self)

    def _titles_read(self, titles: list[str]) -> None:
        self.titles = titles
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(tr("&Evidence the members cited:"))
        self.list.setAccessibleName(tr("Evidence the members cited"))
        self.list.setAccessibleDescription(tr("Enter opens your copy of the document at that page."))
        label_button(
            self.open_button, tr("&Open at that page"), tr("Open your copy of the document at the cited page")
        )
        current = max(self.list.currentRow(), 0)
        self.list.clear()
        for answer, cited in self.cited:
            text = f"{self.member(answer)}: {cited_text(self.titles, cited)}"
            item = QListWidgetItem(text)
            item.setData(PLACE_ROLE, (cited.document, cited.page))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Evidence: {citation}").format(citation=text))
            item.setToolTip(text)
            self.list.addItem(item)
        if self.cited:
            self.list.setCurrentRow(min(current, len(self.cited) - 1))
        self.list.fit_rows()

    def open_item(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        document, page = item.data(PLACE_ROLE)
        if self.viewer_window is not None:
            self.viewer_window.close()
        self.viewer_window = EvidenceViewer(self.session, self.case_id, int(document), int(page), self)
        self.viewer_window.show()


class EvidenceViewer(Retranslatable, QDialog):
    """The coordinator's copy of the case's documents, opened at a cited page."""

    def __init__(
        self, session: ProfileSession, case_id: int, document: int, page: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_viewer")
        self.document, self.page = document, page
        self.titles: list[str] = []
        self.viewer = DocumentViewer()
        self.message = QLabel()
        self.message.setObjectName("evidence_message")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.viewer, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        metrics = self.fontMetrics()  # a page at a readable size, within the screen
        resize_within_screen(self, 110 * metrics.averageCharWidth(), 45 * metrics.height())
        self.viewer.show_loading()
        self.retranslate()
        review_ops.case_documents(session, case_id).success(self._shown).failure(
            lambda _exc: self.viewer.show_unreadable()
        ).run(origin=self)

    def _shown(self, docs: list[review_ops.ShownDocument]) -> None:
        self.titles = [d.title for d in docs]  # the title says which document, not only the page
        self.retranslate()
        self.viewer.set_documents(docs)  # type: ignore[arg-type]
        if not self.viewer.show_cited_page(self.document, self.page):
            self.message.setText(tr("Your copy of this case no longer has that document."))
            self.message.setAccessibleName(self.message.text())
            self.message.setVisible(True)

    def retranslate(self) -> None:
        if self.titles:
            place = cited_text(self.titles, Citation(self.document, self.page))
            self.setWindowTitle(tr("Evidence: {citation}").format(citation=place))
        else:
            self.setWindowTitle(tr("Evidence: page {page}").format(page=self.page))
        self.setAccessibleName(self.windowTitle())
        self.message.setAccessibleName(self.message.text())
        label_button(self.close_button, tr("Close"), tr("Close the document"))
