"""The review workspace: case list, the case's documents and the checklist side by side.

Every answer and note is saved the moment it is given; an edit that reached the disk
becomes an undoable command. An edit the database refuses (full disk, read-only or
damaged file) is kept by `PendingSaves`, marked "Not saved" on its question, explained
in the banner above the checklist and retried until it lands. The undo history covers
the case that is open and starts afresh on a case switch (after the waiting notes of
the previous case are offered for saving).
"""

from __future__ import annotations

import itertools
import weakref
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.answers import Answer
from desktop.core.case_codes import FINISHED, CaseStatus
from desktop.services import review, rounds
from desktop.services.faults import SaveFailed
from desktop.services.review import CaseChanged
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.item_models import CaseListModel, row_table
from desktop.ui.labels import case_description, status_label
from desktop.ui.member.checklist_panel import ChecklistPanel
from desktop.ui.member.finishing import Finishing
from desktop.ui.member.panes import PaneKeys
from desktop.ui.member.pending_saves import Edit, Outcome, PendingSaves
from desktop.ui.member.save_banner import SaveBanner, fault_text
from desktop.ui.member.undo_commands import EditCommand
from desktop.ui.operations import run_operation
from desktop.ui.style import make_heading
from desktop.ui.viewer import DocumentViewer
from desktop.ui.viewer.document_viewer import is_pdf

OPEN_AFTER_PAUSE_MS = 500  # a pause on a case in the list opens it


class Workspace(PaneKeys, Finishing, Retranslatable, QWidget):
    """Reviewing the cases of one round."""

    backRequested = Signal()
    caseChanged = Signal(object)  # CaseChanged

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self._documents_job: Any = None  # the read of the shown case's documents
        self.dialogs = dialogs
        self.round_id: int | None = None
        self.case_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self.pending = PendingSaves(self._save_edit, self)
        self.pending.saved.connect(self._on_saved)
        self.pending.changed.connect(self._on_pending_changed)
        self.pending.dropped.connect(self._on_dropped)
        self._deferring: int | None = None
        self._back_to: str | None = None
        self._selecting = False  # the list's selection is being set by the program, not the member
        self._left_checklist_at: tuple[str, str] | None = None  # question and field F6 left
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_AFTER_PAUSE_MS)
        self._open_timer.timeout.connect(self._open_selected)
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
        self.case_table.activated.connect(self._enter_selected)  # Enter (or a double click)
        self.case_table.clicked.connect(lambda _index: self._open_selected())
        self.back_button = QPushButton()
        self.back_button.setObjectName("back_to_rounds")
        self.back_button.clicked.connect(self._go_back)
        left = self._left = QWidget()
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
        self.next_open_button = QPushButton()
        self.next_open_button.setObjectName("next_open_case")
        self.next_open_button.clicked.connect(self._go_to_next_open)
        buttons = QHBoxLayout()
        for button in (self.complete_button, self.defer_button, self.reopen_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.complete_button, self.defer_button, self.reopen_button, self.next_open_button):
            button.setAutoDefault(True)  # Enter presses a focused button, as Space does
        self.complete_notice = QLabel()
        self.complete_notice.setObjectName("complete_notice")
        self.complete_notice.setWordWrap(True)
        self.complete_notice.setTextFormat(Qt.TextFormat.PlainText)
        notice = QHBoxLayout()
        notice.addWidget(self.complete_notice, 1)
        notice.addWidget(self.next_open_button)
        self._next_open_id: int | None = None
        self.save_banner = SaveBanner()
        self.withdrawn_banner = QLabel()
        self.withdrawn_banner.setObjectName("withdrawn_banner")
        self.withdrawn_banner.setWordWrap(True)
        self.withdrawn_banner.setVisible(False)
        self.save_banner.retryRequested.connect(self._retry_now)
        self.save_banner.cleared.connect(self._after_banner_cleared)
        right = self._right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.save_banner)
        right_layout.addWidget(self.withdrawn_banner)
        right_layout.addWidget(self.case_heading)
        right_layout.addWidget(self.case_summary)
        right_layout.addWidget(self.checklist, 1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(notice)
        self._show_complete_notice(False)

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
        self.next_pane_action = self._action("next_pane", [key("F6")], lambda: self.step_pane(1))
        self.previous_pane_action = self._action(
            "previous_pane", [key("Shift+F6")], lambda: self.step_pane(-1)
        )
        self.find_action = self._action(
            "find_in_documents", [key(key.StandardKey.Find)], self.find_in_documents
        )
        self.viewer.release_find_key()  # one Ctrl+F for the whole workspace, not two that clash
        self.page_text_action = self._action("page_text", [key("Ctrl+T")], self.viewer.toggle_page_text)
        self.viewer.release_key("Ctrl+T")  # from anywhere in the workspace, like Ctrl+F
        self._build_layout_actions()

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.undo_action, self.redo_action, self.next_question_action,
            self.previous_question_action, self.next_case_action, self.previous_case_action,
            self.guidance_action, self.complete_action, self.defer_action,
            self.next_pane_action, self.previous_pane_action, self.find_action, self.page_text_action,
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
        self.withdrawn_banner.setText(tr(
            "Your coordinator has withdrawn this case. Your answers are kept but cannot be changed."
        ))  # fmt: skip
        self.withdrawn_banner.setAccessibleName(self.withdrawn_banner.text())
        self.undo_action.setText(tr("Undo"))
        self.redo_action.setText(tr("Redo"))
        self.next_question_action.setText(tr("Next question"))
        self.previous_question_action.setText(tr("Previous question"))
        self.next_case_action.setText(tr("Next case"))
        self.previous_case_action.setText(tr("Previous case"))
        self.guidance_action.setText(tr("Show guidance"))
        self.complete_action.setText(tr("Mark complete"))
        self.defer_action.setText(tr("Defer case…"))
        self.next_pane_action.setText(tr("Next pane"))
        self.previous_pane_action.setText(tr("Previous pane"))
        self.find_action.setText(tr("Find in the document"))
        self.page_text_action.setText(tr("Page text instead of the page image"))
        self.layout_actions["balanced"].setText(tr("&Balanced panes"))
        self.layout_actions["documents"].setText(tr("Wider &documents"))
        self.layout_actions["checklist"].setText(tr("Wider &checklist"))
        self._show_complete_notice(self.complete_notice.isVisible())
        self.case_model.retranslate()
        self.size_case_list()  # words differ in length between languages
        self.checklist.set_language(current_language())
        self._show_heading()

    # rounds and cases -----------------------------------------------------
    def open_round(self, round_id: int) -> None:
        self.flush()
        self.round_id = round_id
        self.case_id = None
        self.case_model.set_rows(self.session.run(rounds.list_cases, round_id))
        self.size_case_list()
        self.checklist.set_template(self.session.run(rounds.round_template, round_id), current_language())
        self._order_tabs()
        if self.case_model.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        """Select a row and open its case at once (the program choosing, not the member)."""
        index = self.case_model.index(row, 0)
        self._open_timer.stop()
        self._selecting = True
        try:
            self.case_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False

    def _order_tabs(self) -> None:
        """Tab from the last question reaches Mark complete, Defer, Reopen, "next case".

        The checklist's widgets are made after these buttons, so Qt's own order put the
        buttons before the whole checklist, behind every document control.
        """
        body = self.checklist.widget()
        if body is getattr(self, "_ordered_body", None) or not self.checklist.questions:
            return
        self._ordered_body = body
        chain = [list(self.checklist.questions.values())[-1].note_edit, self.complete_button,
                 self.defer_button, self.reopen_button, self.next_open_button]  # fmt: skip
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def step_case(self, step: int) -> None:
        row = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        target = row + step
        if 0 <= target < self.case_model.rowCount():
            self.select_row(target)
            self.checklist.focus_first_unanswered()

    def _on_row_changed(self, current: Any, _previous: Any) -> None:
        """The member moving through the list opens a case only when they stop there.

        Opening every case passed on the way read its documents and moved the checklist
        under a screen reader's feet; Enter opens at once.
        """
        if not current.isValid():
            return
        if self._selecting:
            self.open_case(self.case_model.row_at(current.row()).id)
        else:
            self._open_timer.start()

    def _open_selected(self) -> None:
        """Open the case selected in the list; focus stays where it is."""
        self._open_timer.stop()
        index = self.case_table.currentIndex()
        if index.isValid() and self.session.is_open:  # the pause may end after a lock
            self.open_case(self.case_model.row_at(index.row()).id)

    def _enter_selected(self, _index: Any) -> None:
        """Enter on the list: open the selected case and start work on it."""
        self._open_selected()
        if self.case_id is not None and self.case_table.currentIndex().row() == self.case_model.row_of_case(
            self.case_id
        ):
            self.checklist.focus_first_unanswered()

    def open_case(self, case_id: int) -> None:
        """Show a case; everything is read before anything changes on screen, so a
        read that fails leaves the previous case shown whole, not half replaced."""
        if case_id == self.case_id:
            return
        self.flush()
        try:
            opened = self.session.run(review.open_case, case_id)
        except Exception as exc:
            self._case_unreadable(exc)
            return
        self.undo_stack.clear()
        self.case_id = case_id
        self._left_checklist_at = None
        self._show_complete_notice(False)
        self._summary = opened.summary
        self.checklist.set_template(opened.template, current_language())
        self._order_tabs()
        answers = self._with_waiting_edits(case_id, opened.answers)
        self.checklist.show_answers(answers, {e.question_id for e in self.pending.waiting(case_id)})
        self.case_model.update_case(opened.case)
        self._load_documents(case_id)
        self._show_withdrawn(opened.case.withdrawn)
        self._show_heading()

    def _load_documents(self, case_id: int) -> None:
        """Read the case's documents off the GUI thread: the checklist is usable at once.

        A round's documents can run to hundreds of megabytes; reading and decrypting
        one case's worth took longer than a frame. If the member has moved on by the
        time they arrive, they are dropped.
        """
        self.viewer.show_loading()
        session = self.session
        # Only a weak reference: the finished operation's connections may outlive the
        # lock, and they must not keep this workspace (and its case content) alive.
        me = weakref.ref(self)

        def read(_progress: Any, _cancel: Any) -> list[tuple[str, str, Any]]:
            # PDF bytes become a QByteArray here, in the worker: the viewer shares it
            # instead of copying megabytes on the GUI thread.
            docs = session.run(review.case_documents, case_id)
            return [(d.title, d.media_type, _shared(d.media_type, d.data)) for d in docs]

        def arrived(docs: list[tuple[str, str, Any]]) -> None:
            ws = me()
            if ws is not None and ws.case_id == case_id and session.is_open:
                ws.viewer.set_documents(docs)

        def failed(exc: Exception) -> None:
            ws = me()
            if ws is not None and ws.case_id == case_id and session.is_open:  # closed: locked meanwhile
                ws.viewer.show_unreadable()

        self._documents_job = run_operation(read, arrived, failed, holds_profile=False)

    def _show_withdrawn(self, withdrawn: bool) -> None:
        """A withdrawn case is shown, never changed: the service would refuse every save."""
        self.withdrawn_banner.setVisible(withdrawn)
        self.checklist.set_read_only(withdrawn)
        for control in (self.complete_button, self.defer_button, self.reopen_button,
                        self.complete_action, self.defer_action):  # fmt: skip
            control.setEnabled(not withdrawn)

    def _read_only(self) -> bool:
        case = self.current_case()
        return case is None or case.withdrawn

    def _case_unreadable(self, exc: Exception) -> None:
        from desktop.services.faults import classify

        if self.case_id is not None:  # the list goes back to the case still shown
            self.select_row(self.case_model.row_of_case(self.case_id))
        self.dialogs.error(self, tr("Cannot open this case"), fault_text(classify(exc), str(exc)))

    def _with_waiting_edits(self, case_id: int, answers: dict[str, Answer]) -> dict[str, Answer]:
        """The case's answers as the member last left them, unsaved edits included."""
        shown = dict(answers)
        for edit in self.pending.waiting(case_id):
            if edit.on_question:
                shown[edit.question_id] = replace(shown.get(edit.question_id, Answer()), **_fields(edit))
        return shown

    def current_case(self) -> rounds.CaseRow | None:
        row = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        return self.case_model.row_at(row) if row >= 0 else None

    def _show_heading(self) -> None:
        case = self.current_case()
        if case is None:
            self.case_heading.setText("")
            self.case_summary.setText("")
            return
        status = tr("Withdrawn") if case.withdrawn else status_label(case.status)
        if not case.withdrawn and case.status == CaseStatus.DEFERRED and case.defer_reason:
            status = f"{status}: {case.defer_reason}"
        self.case_heading.setText(
            f"{case.reference} — {case_description(case.case_type, case.strands)}\n{status}"
        )
        self.case_heading.setAccessibleName(self.case_heading.text())
        self.case_summary.setText(getattr(self, "_summary", ""))
        finished = case.status in FINISHED
        self.reopen_button.setVisible(finished)

    # saving ---------------------------------------------------------------
    def flush(self) -> None:
        """Offer every note still waiting for its timer (before a switch, lock or exit)."""
        if self.case_id is not None:
            self.checklist.flush()

    def unsaved(self) -> list[Edit]:
        """Changes the database has not taken yet, after one more try."""
        self.flush()
        if self.pending.waiting():
            self.pending.retry()
        return self.pending.waiting()

    def _save_edit(self, edit: Edit) -> CaseChanged:
        if edit.field == "defer_draft":
            return self.session.run(review.save_defer_draft, edit.case_id, edit.value)
        if edit.field == "note":
            return self.session.run(review.save_note, edit.case_id, edit.question_id, edit.value)
        return self.session.run(review.save_answer, edit.case_id, edit.question_id, edit.value, edit.hours)

    def _submit(self, before: Edit, after: Edit, label: str) -> None:
        """Save an edit; saved or kept for retrying, it is one step of the undo history.

        A kept edit is undoable too: Ctrl+Z then means "not this", and the field goes
        back to what it showed before, instead of undoing an older, saved step.
        """
        if self.pending.submit(after) is not Outcome.DROPPED:
            self.undo_stack.push(EditCommand(before, after, self.pending.submit, label))

    def _on_dropped(self, edit: Edit, exc: Exception) -> None:
        self.dialogs.error(self, tr("Not saved"), tr(
            "A change could not be saved and was discarded: {error}"
        ).format(error=exc))  # fmt: skip

    def _on_saved(self, edit: Edit, changed: CaseChanged) -> None:
        if edit.case_id == self.case_id:
            self._show_edit(edit)
        self.case_model.update_case(changed.case)
        self._show_heading()
        self.caseChanged.emit(changed)

    def _on_pending_changed(self) -> None:
        waiting = self.pending.waiting(self.case_id)
        for edit in waiting:  # skip logic and note hints follow what the member sees
            self._show_edit(edit)
        self.checklist.mark_unsaved({e.question_id for e in waiting})
        self.save_banner.show_fault(self.pending.fault, self.pending.detail, len(self.pending.waiting()))

    def _show_edit(self, edit: Edit) -> None:
        """Show an edit of the open case on its question (typed text stays unless undone)."""
        if edit.on_question:
            answer = replace(self.checklist.answer(edit.question_id), **_fields(edit))
            self.checklist.show_answer(edit.question_id, answer, confirm=not edit.from_undo)

    def _retry_now(self) -> None:
        waiting = [e for e in self.pending.waiting(self.case_id) if e.on_question]
        self._back_to = waiting[0].question_id if waiting else None
        self.pending.retry()

    def _after_banner_cleared(self, had_focus: bool) -> None:
        """Focus was on "Try again now", which has gone: back to the question it saved."""
        if not had_focus:
            return
        back_to = self._back_to
        if back_to in self.checklist.questions and not self.checklist.questions[back_to].isHidden():
            self.checklist.focus_question(back_to)
        else:
            self.checklist.focus_first_unanswered()

    def _on_answer_chosen(self, question_id: str, value: Any, hours: Any) -> None:
        if self._read_only():
            return
        old = self.checklist.answer(question_id)
        before = Edit(self.case_id, question_id, "answer", old.value, old.hours)
        self._submit(before, Edit(self.case_id, question_id, "answer", value, hours), tr("change answer"))

    def _on_note_committed(self, question_id: str, text: str) -> None:
        if self._read_only():
            return
        before = Edit(self.case_id, question_id, "note", self.checklist.answer(question_id).note)
        self._submit(before, Edit(self.case_id, question_id, "note", text), tr("edit note"))

    def _change_status(self, change: Any) -> Any:
        """Run a status change (complete, defer, reopen); say so if it cannot be saved."""
        try:
            return change()
        except SaveFailed as exc:
            self.dialogs.error(self, tr("Not saved"), fault_text(exc.fault, exc.detail))
            return None

    # locking --------------------------------------------------------------
    def save_drafts(self) -> None:
        """Keep what is typed in an open Defer dialog (the app is locking under it)."""
        text = self.dialogs.open_text() if self._deferring is not None else None
        if self._deferring is not None and text and text.strip():
            self.pending.submit(Edit(self._deferring, "", "defer_draft", text))

    def position(self) -> Position:
        """Where the member is: round, case, question and the field in it (ids and names only)."""
        focus = QApplication.focusWidget()
        field = focus.objectName() if focus is not None and self.isAncestorOf(focus) else None
        return Position(self.round_id, self.case_id, self.checklist.current_question(), field)

    def return_to(self, position: Position) -> None:
        """Back to a position taken before a lock: the case, the question, the very field."""
        row = self.case_model.row_of_case(position.case_id) if position.case_id is not None else -1
        if row >= 0:
            self.select_row(row)
        self._focus_field(position.question_id, position.field)


@dataclass(frozen=True)
class Position:
    round_id: int | None = None
    case_id: int | None = None
    question_id: str | None = None
    field: str | None = None


def _shared(media_type: str, data: bytes) -> Any:
    """A PDF's bytes as a QByteArray (made in the worker, shared by the viewer), text as is."""
    return QByteArray(data) if is_pdf(media_type) else data


def _fields(edit: Edit) -> dict[str, Any]:
    """The fields of an `Answer` that an edit sets."""
    if edit.field == "note":
        return {"note": edit.value}
    return {"value": edit.value, "hours": edit.hours}
