"""Beside the findings grid: the selected case's drafted findings, and what the coordinator
writes on it (the panel's comment, good practice, areas for learning).

Nothing typed is lost. Edits not yet saved are kept per case while the coordinator
moves around the grid, and come back when the case is shown again; a save that fails
says so under the Save button and leaves the text as it was. "Use the draft" replaces
the comment as an edit, so Ctrl+Z brings back what was there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.findings import CaseFindings, RoundFindings
from desktop.reports.case_block import draft_text
from desktop.reports.content import CaseNotes
from desktop.reports.drafting import draft_case
from desktop.services.findings import FindingsRefused
from desktop.services.session import ProfileSession
from desktop.services.translations import Translations
from desktop.ui.announce import announce
from desktop.ui.coordinator.draft_changes import show_draft_changes
from desktop.ui.coordinator.findings_words import refusal_text
from desktop.ui.coordinator.language_line import LanguageLine, comment_saved
from desktop.ui.coordinator.page import label_button, plain_reason
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.ops import findings as findings_ops
from desktop.ui.style import make_heading


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _editor(name: str) -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setObjectName(name)
    editor.setTabChangesFocus(True)  # Tab moves on, as everywhere else; Enter is a new line
    return editor


class CasePanel(Retranslatable, QWidget):
    notesSaved = Signal(int, object)  # case id, CaseNotes: what the database now holds

    def __init__(self, session: ProfileSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_panel")
        self.session = session
        self.findings: RoundFindings | None = None
        self.case: CaseFindings | None = None
        self.saved = CaseNotes()  # what the database holds for the shown case
        self.pending: dict[int, CaseNotes] = {}  # case id -> edits not yet saved
        self.heading = QLabel()
        self.heading.setObjectName("case_heading")
        self.heading.setWordWrap(True)
        make_heading(self.heading, 1.15)
        self.draft_edit = _editor("draft_view")
        self.draft_edit.setReadOnly(True)
        self.draft_edit.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.comment_edit = _editor("comment_edit")
        self.good_edit = _editor("good_practice_edit")
        self.learning_edit = _editor("learning_edit")
        self.labels = {editor: QLabel() for editor in (self.draft_edit, self.comment_edit, self.good_edit,
                                                       self.learning_edit)}  # fmt: skip
        self.use_draft_button = QPushButton()
        self.use_draft_button.setObjectName("use_draft")
        self.use_draft_button.clicked.connect(self.use_draft)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_case_notes")
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setObjectName("case_status")
        self.status.setWordWrap(True)
        self.drafted_from = ""  # the draft the shown case's comment began from
        self.translations: Translations | None = None  # the round's texts in the other language
        self.comment_language = LanguageLine("")  # which language the saved comment misses
        self.draft_changed = QLabel()
        self.draft_changed.setObjectName("case_draft_changed")
        self.draft_changed.setWordWrap(True)
        self.draft_changed.hide()
        self._lay_out()
        self.retranslate()
        self.show_case(None, None, CaseNotes())

    def _lay_out(self) -> None:
        """The texts scroll (at 200% text in Welsh they outgrow a laptop screen); Save and
        what became of the last save stay in view under them."""
        body = QWidget()
        body.setObjectName("case_body")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for editor, label in self.labels.items():
            label.setWordWrap(True)
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor, 1)
            if editor is self.comment_edit:
                layout.addWidget(self.comment_language, 0, Qt.AlignmentFlag.AlignLeft)
            if editor is self.draft_edit:
                layout.addWidget(self.use_draft_button, 0, Qt.AlignmentFlag.AlignLeft)
                layout.addWidget(self.draft_changed)
        scroll = QScrollArea()
        scroll.setObjectName("case_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not the frame
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addWidget(self.status)

    def retranslate(self) -> None:
        texts = {
            self.draft_edit: (tr("Draf&ted findings:"), tr("Drafted findings, from the members' answers")),
            self.comment_edit: (tr("Panel's &comment:"), tr("The panel's comment on this case")),
            self.good_edit: (tr("Good pr&actice (one per line):"), tr("Good practice, one per line")),
            self.learning_edit: (
                tr("Areas for l&earning (one per line):"),
                tr("Areas for learning, one per line"),
            ),
        }
        for editor, (label, name) in texts.items():
            self.labels[editor].setText(label)
            editor.setAccessibleName(name)
        label_button(self.use_draft_button, tr("&Use the draft"),
                     tr("Copy the drafted findings into the panel's comment"))  # fmt: skip
        label_button(self.save_button, tr("&Save case notes"),
                     tr("Save the panel's comment, good practice and areas for learning"))  # fmt: skip
        self._show_heading()
        self._show_draft()

    # showing ---------------------------------------------------------------
    def show_case(self, findings_: RoundFindings | None, case: CaseFindings | None, saved: CaseNotes) -> None:
        """Show `case` (None: nothing chosen) with the notes stored on it, read with the
        findings; what was typed on the previous case is kept."""
        self._stash()
        same = case is not None and self.case is not None and case.case.case_id == self.case.case.case_id
        unchanged = case is self.case and findings_ is not None and self.findings is not None
        self.findings, self.case = findings_, case
        if case is None:
            self.saved = CaseNotes()
        elif not same or case.case.case_id not in self.pending:
            self.saved = saved
        notes = self.pending.get(case.case.case_id, self.saved) if case else CaseNotes()
        if not same:
            self._fill(notes)
            self.status.clear()
        for widget in (self.comment_edit, self.good_edit, self.learning_edit, self.use_draft_button,
                       self.save_button):  # fmt: skip
            widget.setEnabled(case is not None)
        self._show_heading()
        self._show_language()
        if not unchanged:  # the same findings of the same case draft the same words
            self._show_draft()

    def show_translations(self, state: Translations | None) -> None:
        """The round's texts in the other language, as read by the page."""
        self.translations = state
        self._show_language()

    def _show_language(self) -> None:
        key = f"{self.case.case.reference}|comment||" if self.case is not None else ""
        self.comment_language.show_translations(self.translations, key)

    def _fill(self, notes: CaseNotes) -> None:
        self.drafted_from = notes.drafted_from
        self.comment_edit.setPlainText(notes.comment)
        self.good_edit.setPlainText("\n".join(notes.good_practice))
        self.learning_edit.setPlainText("\n".join(notes.learning))

    def _show_heading(self) -> None:
        if self.case is None:
            self.heading.setText(tr("Choose a case in the grid to write the panel's findings on it."))
        else:
            self.heading.setText(tr("Case {reference}").format(reference=self.case.case.reference))

    def _show_draft(self) -> None:
        if self.case is None or self.findings is None:
            self.draft_edit.clear()
            return

        # Worded as the published report words it ("A member noted: …", naming no one):
        # "Use the draft" copies it into the panel's comment, which every report prints as
        # written. Who wrote a note is in the cell's window.
        draft = draft_case(self.case, self.findings.template, current_language())
        self.draft_edit.setPlainText(draft_text(draft.findings))
        self._show_draft_changes()

    def _show_draft_changes(self) -> None:
        """What the draft has gained or lost since the comment began from it."""
        draft = self.draft_edit.toPlainText() if self.case else ""
        show_draft_changes(self.draft_changed, self.drafted_from, draft)

    # editing ---------------------------------------------------------------
    def typed(self) -> CaseNotes:
        comment = self.comment_edit.toPlainText().strip()
        return CaseNotes(
            comment,
            _lines(self.good_edit.toPlainText()),
            _lines(self.learning_edit.toPlainText()),
            self.drafted_from if comment else "",
        )

    def unsaved(self) -> bool:
        return self.case is not None and self.typed() != self.saved

    def _stash(self) -> None:
        if self.case is None:
            return
        if self.unsaved():
            self.pending[self.case.case.case_id] = self.typed()
        else:
            self.pending.pop(self.case.case.case_id, None)

    def use_draft(self) -> None:
        """The draft replaces the comment as one edit: Ctrl+Z puts back what was there."""
        cursor = self.comment_edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(self.draft_edit.toPlainText())
        self.drafted_from = self.draft_edit.toPlainText()
        self._show_draft_changes()
        self.comment_edit.setTextCursor(cursor)
        self.comment_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say(tr("The draft is in the panel's comment: edit it, then save. Ctrl+Z undoes."))

    def save(self) -> None:
        if self.case is None:
            return
        case, notes = self.case, self.typed()
        self.save_button.setEnabled(False)  # until stored: no second save of the same text
        findings_ops.save_case_notes(self.session, case.case.case_id, notes).success(
            lambda _changes: self._saved(case, notes)
        ).failure(self._not_saved).run(origin=self)

    def _saved(self, case: CaseFindings, notes: CaseNotes) -> None:
        self.save_button.setEnabled(self.case is not None)
        self.notesSaved.emit(case.case.case_id, notes)
        if self.translations is not None:  # the comment's line follows without reading the round
            self.show_translations(comment_saved(self.translations, case.case.reference, notes.comment))
        if self.case is not None and self.case.case.case_id == case.case.case_id:
            self.saved = notes
            if self.typed() == notes:
                self.pending.pop(case.case.case_id, None)
        elif self.pending.get(case.case.case_id) == notes:
            self.pending.pop(case.case.case_id, None)
        self._say(tr("Saved the notes on {reference}.").format(reference=case.case.reference))

    def _not_saved(self, exc: Exception) -> None:
        """Refused, or a locked profile or a disk fault: the text stays for another try."""
        self.save_button.setEnabled(self.case is not None)
        reason = refusal_text(exc) if isinstance(exc, FindingsRefused) else plain_reason(exc)
        self._say(tr("Not saved: {reason}").format(reason=reason), urgent=True)

    def _say(self, text: str, urgent: bool = False) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        announce(self.status, text, urgent=urgent)
