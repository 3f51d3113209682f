"""The review workspace: case list, the case's documents and the checklist side by side.

Every answer and note is saved the moment it is given, through an undoable command;
the undo history covers the case that is open and starts afresh on a case switch
(after the waiting notes of the previous case are saved).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import Gap
from desktop.services import review, rounds
from desktop.services.review import CaseChanged
from desktop.storage.database import Database
from desktop.ui.checklist_panel import ChecklistPanel
from desktop.ui.dialogs import DialogService
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.item_models import CaseListModel, row_table
from desktop.ui.labels import case_description, status_label
from desktop.ui.style import make_heading
from desktop.ui.undo_commands import AnswerCommand, NoteCommand


class Workspace(Retranslatable, QWidget):
    """Reviewing the cases of one round."""

    backRequested = Signal()
    caseChanged = Signal(object)  # CaseChanged

    def __init__(self, db: Database, dialogs: DialogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.db = db
        self.dialogs = dialogs
        self.round_id: int | None = None
        self.case_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.case_model = CaseListModel(self)
        self._build()
        self._build_actions()
        self.retranslate()

    # building -------------------------------------------------------------
    def _build(self) -> None:
        self.case_table = row_table("case_table", self.case_model)
        # Sized once per round, not on every change: ResizeToContents re-reads every row
        # whenever one row changes, which made each saved answer cost a whole-table scan.
        self.case_table.horizontalHeader().setStretchLastSection(True)
        self.case_table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_to_rounds")
        self.back_button.clicked.connect(self._go_back)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.back_button)
        left_layout.addWidget(self.case_table)

        self.viewer = DocumentViewer()
        self.checklist = ChecklistPanel()
        self.checklist.answerChosen.connect(self._on_answer_chosen)
        self.checklist.noteCommitted.connect(self._on_note_committed)
        self.checklist.passedLastQuestion.connect(self._on_passed_last)
        self.case_heading = QLabel()
        self.case_heading.setObjectName("case_heading")
        make_heading(self.case_heading, 1.2)
        self.case_heading.setWordWrap(True)
        self.case_heading.setTextFormat(Qt.TextFormat.PlainText)
        self.case_summary = QLabel()
        self.case_summary.setObjectName("case_summary")
        self.case_summary.setWordWrap(True)
        self.case_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("mark_complete")
        self.complete_button.clicked.connect(self.mark_complete)
        self.defer_button = QPushButton()
        self.defer_button.setObjectName("defer_case")
        self.defer_button.clicked.connect(self.defer_case)
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen_case")
        self.reopen_button.clicked.connect(self.reopen_case)
        buttons = QHBoxLayout()
        for button in (self.complete_button, self.defer_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.case_heading)
        right_layout.addWidget(self.case_summary)
        right_layout.addWidget(self.checklist, 1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspace_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.viewer)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 520, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _action(self, name: str, shortcuts: list[QKeySequence], slot: Any) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(key.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([key("Ctrl+Shift+Z"), key(key.StandardKey.Redo)])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.next_question_action = self._action(
            "next_question", [key("Ctrl+Return"), key("Ctrl+Down")], lambda: self.checklist.focus_next()
        )
        self.previous_question_action = self._action(
            "previous_question", [key("Ctrl+Up")], lambda: self.checklist.focus_next(step=-1)
        )
        self.next_case_action = self._action("next_case", [key("Alt+PgDown")], lambda: self.step_case(1))
        self.previous_case_action = self._action(
            "previous_case", [key("Alt+PgUp")], lambda: self.step_case(-1)
        )
        self.guidance_action = self._action("guidance", [key("F1")], self.checklist.toggle_current_guidance)
        self.complete_action = self._action("mark_complete_action", [key("Ctrl+M")], self.mark_complete)
        self.defer_action = self._action("defer_action", [key("Ctrl+D")], self.defer_case)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.undo_action, self.redo_action, self.next_question_action,
            self.previous_question_action, self.next_case_action, self.previous_case_action,
            self.guidance_action, self.complete_action, self.defer_action,
        ]  # fmt: skip

    def retranslate(self) -> None:
        self.back_button.setText(tr("← All rounds"))
        self.back_button.setAccessibleName(tr("Back to all review rounds"))
        self.case_table.setAccessibleName(tr("Cases in this round"))
        self.complete_button.setText(tr("Mark complete"))
        self.complete_button.setAccessibleName(tr("Mark this case complete"))
        self.defer_button.setText(tr("Defer…"))
        self.defer_button.setAccessibleName(tr("Defer this case: more information needed"))
        self.reopen_button.setText(tr("Reopen"))
        self.reopen_button.setAccessibleName(tr("Reopen this case for changes"))
        self.undo_action.setText(tr("Undo"))
        self.redo_action.setText(tr("Redo"))
        self.next_question_action.setText(tr("Next question"))
        self.previous_question_action.setText(tr("Previous question"))
        self.next_case_action.setText(tr("Next case"))
        self.previous_case_action.setText(tr("Previous case"))
        self.guidance_action.setText(tr("Show guidance"))
        self.complete_action.setText(tr("Mark complete"))
        self.defer_action.setText(tr("Defer case…"))
        self.case_model.retranslate()
        self.case_table.resizeColumnsToContents()  # words differ in length between languages
        self.checklist.set_language(current_language())
        self._show_heading()

    # rounds and cases -----------------------------------------------------
    def open_round(self, round_id: int) -> None:
        self.flush()
        self.round_id = round_id
        self.case_id = None
        self.case_model.set_rows(rounds.list_cases(self.db, round_id))
        self.case_table.resizeColumnsToContents()
        self.checklist.set_template(rounds.round_template(self.db, round_id), current_language())
        if self.case_model.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        index = self.case_model.index(row, 0)
        self.case_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )

    def step_case(self, step: int) -> None:
        row = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        target = row + step
        if 0 <= target < self.case_model.rowCount():
            self.select_row(target)
            self.checklist.focus_next(step=1)

    def _on_row_changed(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self.open_case(self.case_model.row_at(current.row()).id)

    def open_case(self, case_id: int) -> None:
        if case_id == self.case_id:
            return
        self.flush()
        self.undo_stack.clear()
        opened = review.open_case(self.db, case_id)
        self.case_id = case_id
        self._summary = opened.summary
        self.checklist.set_template(opened.template, current_language())
        self.checklist.show_answers(opened.answers)
        self.case_model.update_case(opened.case)
        docs = review.case_documents(self.db, case_id)
        self.viewer.set_documents([(d.title, d.media_type, d.data) for d in docs])
        self._show_heading()

    def current_case(self) -> rounds.CaseRow | None:
        row = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        return self.case_model.row_at(row) if row >= 0 else None

    def _show_heading(self) -> None:
        case = self.current_case()
        if case is None:
            self.case_heading.setText("")
            self.case_summary.setText("")
            return
        status = status_label(case.status)
        if case.status == "deferred" and case.defer_reason:
            status = f"{status}: {case.defer_reason}"
        self.case_heading.setText(
            f"{case.reference} — {case_description(case.case_type, case.strands)}\n{status}"
        )
        self.case_heading.setAccessibleName(self.case_heading.text())
        self.case_summary.setText(getattr(self, "_summary", ""))
        finished = case.status in ("complete", "deferred")
        self.reopen_button.setVisible(finished)

    # saving ---------------------------------------------------------------
    def flush(self) -> None:
        """Save every note still waiting for its timer (before a switch, lock or exit)."""
        if self.case_id is not None:
            self.checklist.flush()

    def _shown(self, case_id: int, question_id: str, fields: dict[str, Any], changed: CaseChanged) -> None:
        if case_id == self.case_id:
            self.checklist.show_answer(question_id, replace(self.checklist.answer(question_id), **fields))
        self.case_model.update_case(changed.case)
        self._show_heading()
        self.caseChanged.emit(changed)

    def _on_answer_chosen(self, question_id: str, value: Any, hours: Any) -> None:
        if self.case_id is None:
            return
        old = self.checklist.answer(question_id)
        self.undo_stack.push(AnswerCommand(self.db, self.case_id, question_id, old, value, hours,
                                           self._shown, tr("change answer")))  # fmt: skip

    def _on_note_committed(self, question_id: str, text: str) -> None:
        if self.case_id is None:
            return
        old = self.checklist.answer(question_id).note
        self.undo_stack.push(NoteCommand(self.db, self.case_id, question_id, old, text,
                                         self._shown, tr("edit note")))  # fmt: skip

    # finishing ------------------------------------------------------------
    def mark_complete(self) -> None:
        if self.case_id is None:
            return
        self.flush()
        result = review.mark_complete(self.db, self.case_id)
        self.case_model.update_case(result.changed.case)
        self._show_heading()
        self.caseChanged.emit(result.changed)
        if result.completed:
            self.checklist.show_gaps([])
            return
        template = self.checklist.template
        lines = []
        for gap in result.missing:
            text = (
                template.question(gap.question_id).text.get(current_language())
                if template
                else gap.question_id
            )
            reason = tr("not answered") if gap.gap is Gap.UNANSWERED else tr("a note is needed")
            lines.append(f"• {text} — {reason}")
        self.dialogs.error(
            self, tr("Not complete yet"),
            tr("Before this case can be marked complete:") + "\n\n" + "\n".join(lines),
        )  # fmt: skip
        self.checklist.show_gaps(list(result.missing))

    def defer_case(self) -> None:
        if self.case_id is None:
            return
        reason = self.dialogs.ask_text(
            self, tr("Defer case"), tr("What further information is needed to judge this case?")
        )
        if reason is None:
            return
        if not reason.strip():
            self.dialogs.error(self, tr("Defer case"), tr("Please give a reason for deferring the case."))
            return
        self.flush()
        changed = review.defer(self.db, self.case_id, reason)
        self.case_model.update_case(changed.case)
        self._show_heading()
        self.caseChanged.emit(changed)

    def reopen_case(self) -> None:
        if self.case_id is None:
            return
        changed = review.reopen(self.db, self.case_id)
        self.case_model.update_case(changed.case)
        self._show_heading()
        self.caseChanged.emit(changed)

    def _on_passed_last(self) -> None:
        self.complete_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _go_back(self) -> None:
        self.flush()
        self.backRequested.emit()
