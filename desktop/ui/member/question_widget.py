"""One checklist question: its answers, the hours field, guidance and the note.

Keyboard: the digits 1-9 choose the n-th answer while the question has focus, Enter
moves on to the next question, Tab walks through the answers, hours, note and the
note's language (English or Welsh, shown as the interface language until the member
marks it: what they write stays in that language in the report). The
widget never saves anything itself: it emits what the member chose and the checklist
panel (through the undo stack) saves it and calls `show_answer` back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answer_checks import MAX_HOURS
from desktop.core.answers import Answer, AnswerValue, Gap, needs_note
from desktop.core.template import Question
from desktop.ui.announce import announce
from desktop.ui.choice_buttons import WrappingCheckBox, WrappingRadioButton
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, tr
from desktop.ui.member.autosave import NoteEdit, TextAutosave
from desktop.ui.member.citation_list import CitationList

# The languages a note may be marked in, each named in its own language, as language
# choices are, so a reader of either finds theirs whatever the interface's language.
NOTE_LANGUAGE_NAMES = (("en", "English"), ("cy", "Cymraeg"))


class QuestionWidget(Retranslatable, QFrame):
    """Shows one question; emits `answerChosen`, `noteCommitted`, `nextRequested`."""

    answerChosen = Signal(str, object, object)  # question id, value, hours
    # question id, words, language ("en"/"cy"): words typed, or the note's language chosen
    noteCommitted = Signal(str, str, str)
    nextRequested = Signal(str)
    citeRequested = Signal(str)  # question id: cite the page in view
    citationOpened = Signal(int, int)  # document, page (both 1-based)
    citationRemoved = Signal(str, int)  # question id, the citation's id

    def __init__(self, question: Question, number: int, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.number = number
        self.language = language
        self.answer = Answer()
        self.setObjectName(f"question_{question.id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("gap", False)
        self.setProperty("unsaved", False)
        self._gap: Gap | None = None
        self._unsaved = False
        self._limit_shown: tuple[NoteEdit, bool] | None = None
        self._buttons: list[QAbstractButton] = []
        self._read_only = False
        self._build()
        self.retranslate()

    # building -------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setObjectName("question_title")
        # Qt guesses a wrapped label's narrowest width generously; beside the Guidance
        # button that guess would widen a narrow checklist at large text, so wrap sooner.
        self.title_label.setMinimumWidth(self.title_label.fontMetrics().horizontalAdvance("M" * 6))
        header.addWidget(self.title_label, 1)
        self.guidance_button = QToolButton()
        self.guidance_button.setObjectName(f"guidance_button_{self.question.id}")
        self.guidance_button.setCheckable(True)
        self.guidance_button.toggled.connect(self._toggle_guidance)
        header.addWidget(self.guidance_button, 0, Qt.AlignmentFlag.AlignTop)
        if self.question.guidance is None:
            self.guidance_button.hide()  # never show() here: a parentless widget would open a window
        layout.addLayout(header)
        self.gap_label = self._status_label(layout, "gap_text")
        self.guidance_label = QLabel()
        self.guidance_label.setWordWrap(True)
        self.guidance_label.setObjectName("guidance_text")
        self.guidance_label.setVisible(False)
        layout.addWidget(self.guidance_label)
        if self.question.kind == "text":
            self.text_edit: NoteEdit | None = self._make_text_field(layout, "text_answer")
            self._text_autosave = TextAutosave(self.text_edit)
            self._text_autosave.commit.connect(
                lambda t: self.answerChosen.emit(self.question.id, t or None, None)
            )
        else:
            self.text_edit = None
            self._build_choices(layout)
        self.hours_spin = self._build_hours(layout) if self.question.hours else None
        self.note_hint = QLabel()
        self.note_hint.setObjectName("note_hint")
        self._note_missing = False
        self.note_hint.setWordWrap(True)
        layout.addWidget(self.note_hint)
        self.note_edit = self._make_text_field(layout, "note")
        self.note_autosave = TextAutosave(self.note_edit)
        self.note_autosave.commit.connect(
            lambda t: self.noteCommitted.emit(self.question.id, t, self.note_language())
        )
        self.note_language_combo = self._build_note_language(layout)
        self.evidence = CitationList(self.question.id, self.number)
        self.evidence.citeRequested.connect(lambda: self.citeRequested.emit(self.question.id))
        self.evidence.openRequested.connect(self.citationOpened)
        self.evidence.removeRequested.connect(lambda cid: self.citationRemoved.emit(self.question.id, cid))
        layout.addWidget(self.evidence)
        self.limit_label = self._status_label(layout, "text_limit")
        self.unsaved_label = self._status_label(layout, "unsaved_mark")

    def _status_label(self, layout: QVBoxLayout, name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setVisible(False)
        layout.addWidget(label)
        return label

    def _make_text_field(self, layout: QVBoxLayout, name: str) -> NoteEdit:
        edit = NoteEdit()
        edit.setObjectName(f"{name}_{self.question.id}")
        edit.fit_lines(3 if name == "note" else 4)
        edit.refused.connect(lambda: self._show_limit(edit, refused=True))
        edit.textChanged.connect(lambda: self._show_limit(edit, refused=False))
        layout.addWidget(edit)
        return edit

    def _build_choices(self, layout: QVBoxLayout) -> None:
        row = FlowLayout(spacing=10)
        self._group = QButtonGroup(self)
        self._group.setExclusive(self.question.kind != "multi")
        for i, choice in enumerate(self.question.choices):
            button: QAbstractButton = (
                WrappingCheckBox() if self.question.kind == "multi" else WrappingRadioButton()
            )
            button.setObjectName(f"answer_{self.question.id}_{choice.code}")
            self._group.addButton(button, i)
            self._buttons.append(button)
            row.addWidget(button)
        flow = QWidget()
        flow.setObjectName("answers")
        flow.setLayout(row)
        layout.addWidget(flow)
        self._group.buttonClicked.connect(self._on_clicked)

    def _build_hours(self, layout: QVBoxLayout) -> QSpinBox:
        row = FlowLayout(spacing=10)  # the label goes above the field when both do not fit
        self.hours_label = QLabel()
        spin = QSpinBox()
        spin.setObjectName(f"hours_{self.question.id}")
        spin.setRange(-1, MAX_HOURS)  # what a returned review may give
        spin.setSpecialValueText("—")
        spin.setValue(-1)
        spin.valueChanged.connect(self._on_hours_changed)
        self.hours_label.setBuddy(spin)
        row.addWidget(self.hours_label)
        row.addWidget(spin)
        layout.addLayout(row)
        return spin

    def _build_note_language(self, layout: QVBoxLayout) -> QComboBox:
        """English or Welsh, each named in its own language so either reader finds theirs."""
        row = FlowLayout(spacing=10)  # the label goes above the choice when both do not fit
        self.note_language_label = QLabel()
        self.note_language_label.setObjectName("note_language_label")
        combo = QComboBox()
        combo.setObjectName(f"note_language_{self.question.id}")
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for code, name in NOTE_LANGUAGE_NAMES:
            combo.addItem(name, code)
        combo.activated.connect(self._on_note_language)
        self.note_language_label.setBuddy(combo)
        row.addWidget(self.note_language_label)
        row.addWidget(combo)
        layout.addLayout(row)
        return combo

    # language -------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self._show_note_language()  # an unmarked note is shown in the interface's language

    def retranslate(self) -> None:
        q = self.question
        text = q.text.get(self.language)
        self.title_label.setText(f"{self.number}. {text}")
        self.setAccessibleName(text)
        self.guidance_button.setText(tr("Guidance"))
        self._name_guidance_button()
        self.guidance_button.setToolTip(tr("Show or hide guidance (F1)"))
        if q.guidance is not None:
            self.guidance_label.setText(q.guidance.get(self.language))
        for i, (button, choice) in enumerate(zip(self._buttons, q.choices, strict=True)):
            label = choice.label.get(self.language)
            button.setText(f"{i + 1}  {label}" if i < 9 else label)
            if i < 9:
                name = tr("Question {number}: {answer}, shortcut {digit}").format(
                    number=self.number, answer=label, digit=i + 1
                )
            else:
                name = tr("Question {number}: {answer}").format(number=self.number, answer=label)
            button.setAccessibleName(name)
        if self.text_edit is not None:
            self.text_edit.setAccessibleName(text)
            self.text_edit.setPlaceholderText(tr("Type your answer here"))
        if self.hours_spin is not None:
            self.hours_label.setText(tr("Hours until contact:"))
            self.hours_spin.setAccessibleName(tr("Hours until contact"))
        self.note_edit.setAccessibleName(tr("Note on: {question}").format(question=text))
        self.note_edit.setPlaceholderText(tr("What did you see in the file?"))
        self.note_language_label.setText(tr("Note written in:"))
        self.note_language_combo.setAccessibleName(
            tr("Language of your note on question {number}").format(number=self.number)
        )
        self.note_language_combo.setToolTip(
            tr("The report prints your note in the language you wrote it in, marked as such.")
        )
        self.unsaved_label.setText(tr("Not saved yet. Your text is kept here and saving is tried again."))
        self.unsaved_label.setAccessibleName(self.unsaved_label.text())
        self._show_gap_text()
        self._describe()
        if self._limit_shown is not None:  # say it again in the new language
            self._show_limit(*self._limit_shown)
        self._update_note_hint()

    # showing answers ------------------------------------------------------
    def show_answer(self, answer: Answer, confirm: bool = False) -> None:
        """Display a stored answer without emitting anything.

        With `confirm` the answer is what the member's own typing just saved: text
        typed since stays in the fields (still unsaved) instead of being replaced.
        """
        self.answer = answer
        codes = answer.codes()
        if self._buttons:
            self._group.setExclusive(False)
            # setChecked emits toggled, never buttonClicked, so nothing is saved back.
            for button, choice in zip(self._buttons, self.question.choices, strict=True):
                button.setChecked(choice.code in codes)
            self._group.setExclusive(self.question.kind != "multi")
        text = answer.value if isinstance(answer.value, str) else ""
        if self.text_edit is not None:
            if confirm:
                self._text_autosave.confirm_saved(text)
            else:
                self._text_autosave.set_saved_text(text)
        if self.hours_spin is not None:
            blocked = self.hours_spin.blockSignals(True)
            self.hours_spin.setValue(-1 if answer.hours is None else answer.hours)
            self.hours_spin.blockSignals(blocked)
        if confirm:
            self.note_autosave.confirm_saved(answer.note)
        else:
            self.note_autosave.set_saved_text(answer.note)
        self._show_note_language()
        self._update_note_hint()
        if self._gap is not None and self._gap_filled():
            self.set_gap(None)

    def set_read_only(self, read_only: bool) -> None:
        """Answers and notes stay readable but cannot change (a withdrawn case).

        Disabled, not merely read-only, so no key, click or paste can reach them, and a
        screen reader says "unavailable" on each.
        """
        self._read_only = read_only
        fields: list[QWidget] = [*self._buttons, self.note_edit, self.note_language_combo]
        fields += [w for w in (self.text_edit, self.hours_spin) if w is not None]
        for field in fields:
            field.setEnabled(not read_only)
        self.evidence.set_read_only(read_only)

    def set_unsaved(self, unsaved: bool) -> None:
        """Mark the question as holding a change the database has not taken yet."""
        if self._unsaved == unsaved:
            return
        self._unsaved = unsaved
        self.unsaved_label.setVisible(unsaved)
        self.setProperty("unsaved", unsaved)
        self.style().unpolish(self)
        self.style().polish(self)
        self._describe()

    def _describe(self) -> None:
        """Say in words what the outline shows in colour, on the question and on every
        field of it, so a screen reader says it wherever the member tabs to."""
        said = " ".join(
            label.text()
            for label, on in ((self.gap_label, self._gap), (self.unsaved_label, self._unsaved))
            if on
        )
        self.setAccessibleDescription(said)
        for field in (self.note_edit, self.text_edit):
            if field is not None:
                field.setAccessibleDescription(said)
        question = self.question.text.get(self.language)
        for button in self._buttons:
            button.setAccessibleDescription(f"{question} — {said}" if said else question)

    def _show_limit(self, edit: NoteEdit, refused: bool) -> None:
        limit = f"{edit.max_chars:,}"  # the same grouping in English and Welsh
        if refused:
            text = tr("This box can hold at most {limit} characters, so that was not added.")
            text = text.format(limit=limit)
            announce(self, text, urgent=True)
        elif edit.length() >= edit.max_chars * 0.9:
            text = tr("{count} of {limit} characters used.").format(count=f"{edit.length():,}", limit=limit)
        elif self.limit_label.isHidden():
            return
        else:
            text = ""
        self._limit_shown = (edit, refused) if text else None
        self.limit_label.setText(text)
        self.limit_label.setAccessibleName(text)
        self.limit_label.setVisible(bool(text))

    def set_gap(self, gap: Gap | None) -> None:
        """Mark the question as stopping "Mark complete", or not (None).

        The outline is colour; the words under the title ("Needs an answer", "Needs a
        note") say the same to everyone, and to a screen reader on every field.
        """
        if self._gap == gap:
            return
        self._gap = gap
        self.setProperty("gap", gap is not None)
        self.style().unpolish(self)
        self.style().polish(self)
        self._show_gap_text()
        self._describe()

    def _show_gap_text(self) -> None:
        texts = {Gap.UNANSWERED: tr("Needs an answer"), Gap.NOTE_REQUIRED: tr("Needs a note")}
        text = texts[self._gap] if self._gap is not None else ""
        self.gap_label.setText(text)
        self.gap_label.setAccessibleName(text)
        self.gap_label.setVisible(bool(text))

    def _gap_filled(self) -> bool:
        if self._gap is Gap.UNANSWERED:
            return self.answer.answered
        return self._gap is Gap.NOTE_REQUIRED and not needs_note(self.question, self.answer)

    def _update_note_hint(self) -> None:
        required = bool(self.answer.codes() & self.question.note_if)
        if needs_note(self.question, self.answer):
            self.note_hint.setText(tr("A note is needed for this answer."))
        elif required:
            self.note_hint.setText(tr("Note (needed for this answer):"))
        else:
            self.note_hint.setText(tr("Note (optional):"))
        missing_note = needs_note(self.question, self.answer)
        if missing_note != self._note_missing:  # re-styling is slow: only on a change
            self._note_missing = missing_note
            self.note_hint.setProperty("required", missing_note)
            self.note_hint.style().unpolish(self.note_hint)
            self.note_hint.style().polish(self.note_hint)

    def note_language(self) -> str:
        """The language the note is shown as written in: the member's mark, or else the
        interface's language, which is what a note saved now is marked with."""
        return self.answer.note_language or self.language

    def _show_note_language(self) -> None:
        combo = self.note_language_combo
        blocked = combo.blockSignals(True)  # showing is not choosing
        combo.setCurrentIndex(max(0, combo.findData(self.note_language())))
        combo.blockSignals(blocked)

    def _on_note_language(self, index: int) -> None:
        """The note's words as they stand (words still being typed are given first), in
        the language chosen."""
        language = str(self.note_language_combo.itemData(index))
        if language != self.note_language():
            self.note_autosave.flush()
            self.noteCommitted.emit(self.question.id, self.note_edit.toPlainText(), language)

    # interaction ----------------------------------------------------------
    def last_focus_widget(self) -> QWidget:
        """Where Tab leaves the question: its evidence's last button (Tab passes it by
        while the question cites nothing, as it is hidden then)."""
        return self.evidence.remove_button

    def first_focus_widget(self) -> QWidget:
        if self.text_edit is not None:
            return self.text_edit
        checked = [b for b in self._buttons if b.isChecked()]
        return (checked or self._buttons)[0]

    def flush(self) -> None:
        """Commit any text still waiting for its autosave timer."""
        if self.text_edit is not None:
            self._text_autosave.flush()
        self.note_autosave.flush()

    def _selected_value(self) -> AnswerValue | None:
        codes = [c.code for b, c in zip(self._buttons, self.question.choices, strict=True) if b.isChecked()]
        if self.question.kind == "multi":
            return tuple(sorted(codes)) or None
        return codes[0] if codes else None

    def _hours(self) -> int | None:
        if self.hours_spin is None or self.hours_spin.value() < 0:
            return None
        return self.hours_spin.value()

    def _on_clicked(self, _button: QAbstractButton) -> None:
        self.answerChosen.emit(self.question.id, self._selected_value(), self._hours())

    def _on_hours_changed(self, _value: int) -> None:
        self.answerChosen.emit(self.question.id, self.answer.value, self._hours())

    def _toggle_guidance(self, shown: bool) -> None:
        self.guidance_label.setVisible(shown)
        self._name_guidance_button()

    def _name_guidance_button(self) -> None:
        """Say what pressing it does now: show or hide, and for which question."""
        text = (
            tr("Hide guidance for question {number}")
            if self.guidance_button.isChecked()
            else tr("Show guidance for question {number}")
        )
        self.guidance_button.setAccessibleName(text.format(number=self.number))

    def toggle_guidance(self) -> None:
        if self.question.guidance is not None:
            self.guidance_button.toggle()

    def choose(self, index: int) -> None:
        """Choose the answer at `index`, as the digit keys do."""
        if not 0 <= index < len(self._buttons) or self._read_only:
            return
        button = self._buttons[index]
        if self.question.kind == "multi":
            button.setChecked(not button.isChecked())
        else:
            button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._on_clicked(button)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            Qt.Key.Key_1 <= key <= Qt.Key.Key_9
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.choose(key - Qt.Key.Key_1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.nextRequested.emit(self.question.id)
            return
        super().keyPressEvent(event)
