"""Citing evidence in the workspace: the page in view, for the question being answered.

"The question being answered" is the one focus was last in: the member reads the
document (focus in the viewer) and presses Ctrl+Shift+C there, so the question they
came from is remembered. Each change is an op; the case's citations are read again when
it lands, and the list under the question says so to a screen reader. What a key press did
is said above the checklist, in the language in force (switched, the words follow).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.citations import Citation
from desktop.services.citations import CitedPage, TooManyCitations
from desktop.services.faults import classify
from desktop.services.review import CaseSaved
from desktop.ui.announce import announce
from desktop.ui.i18n import tr
from desktop.ui.member.citation_list import citation_text
from desktop.ui.member.save_banner import fault_text
from desktop.ui.ops import review as review_ops

if TYPE_CHECKING:
    from desktop.ui.member.workspace import Workspace


class Citing(QObject):
    """Cite, open and remove citations for the workspace's case."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.last_question: str | None = None
        self._said: Callable[[], str] | None = None  # what the message above the checklist says
        checklist = workspace.checklist
        checklist.citeRequested.connect(self.cite)
        checklist.citationOpened.connect(self.open_page)
        checklist.citationRemoved.connect(self.remove)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.ws.checklist.isAncestorOf(new):
            self.last_question = self.ws.checklist.current_question() or self.last_question

    def cite_current(self) -> None:
        """Ctrl+Shift+C: the question focus is in, or the one it last was in."""
        question_id = self.ws.checklist.current_question() or self.last_question
        if question_id is None or question_id not in self.ws.checklist.questions:
            self._say(
                lambda: tr("Choose a question first: the page is cited for the question you are answering.")
            )
            return
        self.cite(question_id)

    def cite(self, question_id: str) -> None:
        ws = self.ws
        widget = ws.checklist.questions[question_id]
        if ws.case_id is None or not widget.evidence.cite_button.isEnabled():
            self._say(lambda: tr("This case cannot be changed now, so no page was cited."))
            return
        place = ws.viewer.cited_place()
        if place is None:
            self._say(lambda: tr("Open a document of this case first: the page in view is the one cited."))
            return
        document, page, quote = place
        case_id = ws.case_id
        review_ops.add_citation(ws.session, case_id, question_id, Citation(document, page, quote)).success(
            lambda saved: self._changed(case_id, question_id, saved, added=True)
        ).failure(self._failed).run(origin=ws)

    def remove(self, question_id: str, citation_id: int) -> None:
        ws = self.ws
        if ws.case_id is None:
            return
        case_id = ws.case_id
        review_ops.remove_citation(ws.session, case_id, citation_id).success(
            lambda saved: self._changed(case_id, question_id, saved, added=False)
        ).failure(self._failed).run(origin=ws)

    def open_page(self, document: int, page: int) -> None:
        if not self.ws.viewer.show_cited_page(document, page):
            self._say(lambda: tr("That document is not among this case's documents."))

    def load(self, case_id: int) -> None:
        """Read and show the case's citations (a case just shown)."""
        for widget in self.ws.checklist.questions.values():
            widget.evidence.show_status(None)
        review_ops.citations_of(self.ws.session, case_id).success(
            lambda cited: self._show(case_id, cited)
        ).run(origin=self.ws)

    def _show(self, case_id: int, cited: dict[str, list[CitedPage]]) -> None:
        if self.ws.case_id == case_id:
            self.ws.checklist.show_citations(cited)

    def _changed(self, case_id: int, question_id: str, saved: CaseSaved, *, added: bool) -> None:
        self.ws.case_model.update_case(saved.case)
        review_ops.citations_of(self.ws.session, case_id).success(
            lambda cited: self._after_change(case_id, question_id, cited, added=added)
        ).run(origin=self.ws)

    def _after_change(
        self, case_id: int, question_id: str, cited: dict[str, list[CitedPage]], *, added: bool
    ) -> None:
        if self.ws.case_id != case_id:
            return
        self.ws.checklist.show_citations(cited)
        pages = cited.get(question_id, [])
        words = self._done_words(pages[-1] if added and pages else None, added)
        if words is not None and question_id in self.ws.checklist.questions:
            self.ws.citation_message.setVisible(False)  # an earlier refusal no longer applies
            self.ws.checklist.questions[question_id].evidence.show_status(words)
            announce(self.ws, words(), urgent=True)

    @staticmethod
    def _done_words(latest: CitedPage | None, added: bool) -> Callable[[], str] | None:
        """What the cite or remove did, asked again whenever the language changes."""
        if latest is not None:
            return lambda: tr("Cited: {citation}").format(citation=citation_text(latest))
        return None if added else (lambda: tr("Citation removed."))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, TooManyCitations):
            self._say(lambda: tr("This answer already cites 20 pages: remove one before citing another."))
        else:
            fault = classify(exc)
            self._say(
                lambda: tr("The citation could not be saved: {reason}").format(
                    reason=fault_text(fault, str(exc))
                )
            )

    def _say(self, words: Callable[[], str]) -> None:
        if self._said is None:  # the first message: from now on it follows the language
            self.ws.citation_message.installEventFilter(self)
        self._said = words
        text = words()
        announce(self.ws, text, urgent=True)
        self.ws.citation_message.setText(text)
        self.ws.citation_message.setVisible(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The language switched: the message says the same in the new one (it stayed English)."""
        if event.type() == QEvent.Type.LanguageChange and watched is self.ws.citation_message and self._said:
            self.ws.citation_message.setText(self._said())
        return super().eventFilter(watched, event)
