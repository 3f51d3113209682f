"""The checklist beside the case documents: sections and questions of the round's template.

The widgets for a template are built once and reused for every case of the round, so
switching case only sets values. Questions appear and disappear with skip logic
(`core.answers.is_shown`) each time an answer changes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.answers import Answer, Missing, is_shown
from desktop.core.template import Template, Text
from desktop.services.citations import CitedPage
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.member.pending_saves import Edit
from desktop.ui.member.question_widget import QuestionWidget
from desktop.ui.style import make_heading


class ChecklistPanel(Retranslatable, QScrollArea):
    """Emits the member's choices; shows what the caller says is now stored."""

    answerChosen = Signal(str, object, object)
    noteCommitted = Signal(str, str, str)  # question id, words, language
    passedLastQuestion = Signal()
    focusDeferred = Signal()  # focus was asked for while the next case is being read
    citeRequested = Signal(str)  # question id
    citationOpened = Signal(int, int)  # document, page
    citationRemoved = Signal(str, int)  # question id, citation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.template: Template | None = None
        self.language = "en"
        self.questions: dict[str, QuestionWidget] = {}
        self._section_labels: list[tuple[QLabel, Text]] = []
        self._answers: dict[str, Answer] = {}
        self._loading = False  # the next case is being read: the one shown is on its way out
        self._focus_when_shown: Callable[[], None] | None = None
        self._read_only = False
        # where the keyboard goes instead when no answer can change (the workspace's Reopen)
        self.read_only_focus: Callable[[], None] | None = None
        self._least_width = 0  # the least width last passed on to the pane
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(tr("Checklist"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and watched is self.widget():
            least = self.minimumSizeHint().width()
            if least != self._least_width:  # most layout requests (a note growing) change nothing here
                self._least_width = least
                self.updateGeometry()
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        """As narrow as its questions can wrap to, and no narrower: a scroll area does not
        pass its contents' least width on, so a pane squeezed by the splitter (or shared
        out in a narrow window) cut the Guidance buttons and answers off at the side."""
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        chrome = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        return QSize(max(hint.width(), content.minimumSizeHint().width() + chrome), hint.height())

    # loading ----------------------------------------------------------------
    def begin_loading(self) -> None:
        """The next case (or round) is being read; focus asked for meanwhile waits for it."""
        self._loading = True

    def end_loading(self) -> None:
        """The case asked for is shown (or could not be read): focus asked for lands now."""
        self._loading = False
        focus, self._focus_when_shown = self._focus_when_shown, None
        if focus is not None:
            focus()

    @property
    def loading(self) -> bool:
        return self._loading

    def when_shown(self, focus: Callable[[], None]) -> None:
        """Move focus now, or, while a case is being read, once it is shown: focus never
        lands on the case that is going (a keystroke there would answer the wrong case)."""
        if not self._loading:
            focus()
            return
        self._focus_when_shown = focus
        self.focusDeferred.emit()

    def clear(self) -> None:
        """Show no checklist (a round is being read): nothing of another round lingers."""
        self.template = None
        self.questions.clear()
        self._section_labels.clear()
        self._answers = {}
        self.setWidget(QWidget())

    def set_template(self, template: Template, language: str) -> None:
        """Build the question widgets, unless this exact template is already shown."""
        if self.template is not None and self.template.key == template.key:
            if language != self.language:
                self.set_language(language)
            return
        self.template = template
        self.language = language
        body = QWidget()
        body.setObjectName("checklist_body")
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        self.questions.clear()
        self._section_labels.clear()
        number = 0
        for section in template.sections:
            heading = QLabel(section.title.get(language))
            heading.setObjectName("section_heading")
            heading.setWordWrap(True)  # a long title at large text reflows, never widens the pane
            make_heading(heading, 1.25)
            heading.setAccessibleName(section.title.get(language))
            self._section_labels.append((heading, section.title))
            layout.addWidget(heading)
            for question in section.questions:
                number += 1
                widget = QuestionWidget(question, number, language)
                widget.answerChosen.connect(self.answerChosen)
                widget.noteCommitted.connect(self.noteCommitted)
                widget.nextRequested.connect(self.focus_next)
                widget.citeRequested.connect(self.citeRequested)
                widget.citationOpened.connect(self.citationOpened)
                widget.citationRemoved.connect(self.citationRemoved)
                self.questions[question.id] = widget
                layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        body.installEventFilter(self)  # its least width changes with the text size: pass it on
        self.updateGeometry()

    def set_language(self, language: str) -> None:
        self.language = language
        for heading, title in self._section_labels:
            heading.setText(title.get(language))
            heading.setAccessibleName(heading.text())
        for widget in self.questions.values():
            widget.set_language(language)

    def show_answers(
        self, answers: dict[str, Answer], unsaved: set[str] | frozenset[str] = frozenset()
    ) -> None:
        """Show a whole case's answers (a case switch); `unsaved` are not on disk yet."""
        self._answers = dict(answers)
        for qid, widget in self.questions.items():
            widget.set_gap(None)
            widget.show_answer(self._answers.get(qid, Answer()))
        self.mark_unsaved(unsaved)
        self._update_visibility()
        self.verticalScrollBar().setValue(0)

    def show_answer(self, question_id: str, answer: Answer, confirm: bool = False) -> None:
        """Show one answer after a save, undo or redo (see `QuestionWidget.show_answer`)."""
        self._answers[question_id] = answer
        widget = self.questions[question_id]
        widget.show_answer(answer, confirm)  # clears its gap once the gap is filled
        self._update_visibility()

    def show_citations(self, cited: dict[str, list[CitedPage]]) -> None:
        """Every question's citations (a question missing from `cited` cites nothing)."""
        for qid, widget in self.questions.items():
            widget.evidence.show_citations(cited.get(qid, []))

    def set_read_only(self, read_only: bool) -> None:
        """Every question shows its answer but none can be changed (a withdrawn case)."""
        self._read_only = read_only
        for widget in self.questions.values():
            widget.set_read_only(read_only)

    def mark_unsaved(self, question_ids: set[str] | frozenset[str]) -> None:
        """Mark exactly these questions as holding changes not yet on disk."""
        for qid, widget in self.questions.items():
            widget.set_unsaved(qid in question_ids)

    def answer(self, question_id: str) -> Answer:
        return self._answers.get(question_id, Answer())

    def note_shown(self, case_id: int, question_id: str) -> Edit:
        """The note as the question shows it, words and language: what undoing an edit of it
        goes back to."""
        language = self.questions[question_id].note_language()
        return Edit(case_id, question_id, "note", self.answer(question_id).note, language=language)

    def _update_visibility(self) -> None:
        if self.template is None:
            return
        for _qid, widget in self.questions.items():
            widget.setVisible(is_shown(self.template, widget.question, self._answers))

    def flush(self) -> None:
        """Commit every note still waiting for its autosave timer."""
        for widget in self.questions.values():
            widget.flush()

    # navigation -----------------------------------------------------------
    def visible_ids(self) -> list[str]:
        return [qid for qid, w in self.questions.items() if not w.isHidden()]

    def current_question(self) -> str | None:
        focus = QApplication.focusWidget()
        for qid, widget in self.questions.items():
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                return qid
        return None

    def focus_question(self, question_id: str) -> None:
        widget = self.questions[question_id]
        target = widget.first_focus_widget()
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.show_top_of(widget, first=question_id == next(iter(self.visible_ids()), None))

    def show_top_of(self, widget: QWidget, *, first: bool) -> None:
        """Scroll so the question's title is in view, and its section's heading with the first.

        Qt centres a widget taller than the view, which at large text hid the title and
        the first answers of the question just focused.
        """
        bar = self.verticalScrollBar()
        if first:
            bar.setValue(0)
            focus = QApplication.focusWidget()
            if (
                focus is not None
                and widget.isAncestorOf(focus)
                and (focus.mapTo(self.viewport(), focus.rect().bottomLeft()).y() > self.viewport().height())
            ):  # a pane a few lines high (Welsh, 200% text, scaling 1.5): the answer focused shows
                QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(focus, 0, 10))  # once laid out
            return
        self.ensureWidgetVisible(widget, 0, 40)
        top = widget.mapTo(self.viewport(), widget.rect().topLeft()).y() + bar.value() - 40
        if top < bar.value() or widget.height() + 40 > self.viewport().height():
            bar.setValue(max(top, 0))

    def focus_first_unanswered(self) -> None:
        """Start a case where work is left: its first shown question without an answer.

        Never a step from wherever focus happens to be, which drifts from case to case.
        """
        self.when_shown(self._focus_first_unanswered_now)

    def _focus_first_unanswered_now(self) -> None:
        if self._read_only and self.read_only_focus is not None:
            self.read_only_focus()  # a disabled question cannot take the keyboard
            return
        ids = self.visible_ids()
        if ids:
            self.focus_question(next((q for q in ids if not self.answer(q).answered), ids[0]))

    def focus_first_question(self) -> None:
        ids = self.visible_ids()
        if ids:
            self.focus_question(ids[0])

    def focus_next(self, from_id: str | None = None, step: int = 1) -> None:
        """Move to the next (or, with step -1, previous) shown question."""
        ids = self.visible_ids()
        if not ids:
            return
        current = from_id or self.current_question()
        if current not in ids:
            self.focus_question(ids[0] if step > 0 else ids[-1])
            return
        index = ids.index(current) + step
        if index >= len(ids):
            self.passedLastQuestion.emit()
        elif index >= 0:
            self.focus_question(ids[index])

    def show_gaps(self, gaps: list[Missing]) -> None:
        """Outline every question that stops the case being complete; go to the first."""
        gap_of = {g.question_id: g.gap for g in gaps}
        for qid, widget in self.questions.items():
            widget.set_gap(gap_of.get(qid))
        if gaps:
            self.focus_question(gaps[0].question_id)

    def toggle_current_guidance(self) -> None:
        current = self.current_question()
        if current is not None:
            self.questions[current].toggle_guidance()
