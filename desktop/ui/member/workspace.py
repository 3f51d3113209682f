"""The review workspace: case list, the case's documents and the checklist side by side.

The workspace builds the widgets and wires a few objects, each with one job: opening
a round or case off the GUI thread (`CaseOpening`), saving edits in order and keeping
those the disk refuses (`PendingSaves`), finishing a case (`Finishing`) and moving
between panes (`Panes`). No call here waits on the database.

Every answer and note is shown at once and saved the moment it is given; each is an
undoable command. An edit the database refuses (full disk, read-only or damaged file)
is kept by `PendingSaves`, marked "Not saved" on its question, explained in the
banner above the checklist and retried until it lands. The undo history covers the
case that is open and starts afresh on a case switch (after the waiting notes of the
previous case are offered for saving).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.core.answers import Answer
from desktop.core.case_codes import CaseStatus
from desktop.services.faults import classify
from desktop.services.operations import Changes
from desktop.services.review import CaseReview, CaseSaved
from desktop.services.rows import CaseRow
from desktop.services.session import ProfileSession
from desktop.ui.dialogs import DialogService
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.i18n import Retranslatable, current_language, tr
from desktop.ui.item_models import CaseListModel, row_table
from desktop.ui.labels import case_description, status_label
from desktop.ui.member.case_opening import CaseOpening, fields_of
from desktop.ui.member.checklist_panel import ChecklistPanel
from desktop.ui.member.citation_list import CITE_KEYS
from desktop.ui.member.citing import Citing
from desktop.ui.member.finishing import Finishing
from desktop.ui.member.panes import Panes
from desktop.ui.member.pending_saves import Edit, PendingSaves
from desktop.ui.member.position import Position
from desktop.ui.member.save_banner import SaveBanner, fault_text
from desktop.ui.member.undo_commands import EditCommand
from desktop.ui.operations import changes_hub
from desktop.ui.ops import Op
from desktop.ui.ops import review as review_ops
from desktop.ui.ops.review import RoundOpened
from desktop.ui.scoped_actions import scoped_action
from desktop.ui.style import make_heading, plain_text_label
from desktop.ui.viewer import DocumentViewer

OPEN_AFTER_PAUSE_MS = 500  # a pause on a case in the list opens it
Index = QModelIndex | QPersistentModelIndex


class Workspace(Retranslatable, QWidget):
    """Reviewing the cases of one round."""

    backRequested = Signal()
    caseShown = Signal(int)  # a case asked for has been read and is now shown, whole

    def __init__(
        self, session: ProfileSession, dialogs: DialogService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.dialogs = dialogs
        self.round_id: int | None = None
        self.case_id: int | None = None
        self._summary = ""
        self._resume: Position | None = None  # where to go once the round being read is shown
        self._back_to: str | None = None
        self._selecting = False  # the list's selection is being set by the program, not the member
        self._ordered_body: QWidget | None = None
        self.undo_stack = QUndoStack(self)
        self.pending = PendingSaves(self._save_edit, self)
        self.pending.saved.connect(self._on_saved)
        self.pending.changed.connect(self._on_pending_changed)
        self.pending.dropped.connect(self._on_dropped)
        self._open_timer = QTimer(self)
        self._open_timer.setSingleShot(True)
        self._open_timer.setInterval(OPEN_AFTER_PAUSE_MS)
        self._open_timer.timeout.connect(self._open_selected)
        self.case_model = CaseListModel(self)
        self._build()
        self.opening = CaseOpening(self)
        self.finishing = Finishing(self)
        self.citing = Citing(self)
        self._build_actions()
        self.panes = Panes(self)
        changes_hub().changed.connect(self._on_changes)
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
        left = self.left_pane = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.back_button)
        left_layout.addWidget(self.case_table)

        self.viewer = DocumentViewer()
        self.checklist = ChecklistPanel()
        self.checklist.answerChosen.connect(self._on_answer_chosen)
        self.checklist.noteCommitted.connect(self._on_note_committed)
        self.checklist.passedLastQuestion.connect(self._on_passed_last)
        self.case_heading = plain_text_label("case_heading")
        make_heading(self.case_heading, 1.2)
        self.case_summary = plain_text_label("case_summary")
        self.complete_button = self._button("mark_complete", self.mark_complete)
        self.defer_button = self._button("defer_case", self.defer_case)
        self.reopen_button = self._button("reopen_case", self.reopen_case)
        self.checklist.read_only_focus = lambda: self.finishing.focus_reopen()
        self.next_open_button = self._button("next_open_case", lambda: self.finishing.go_to_next_open())
        buttons = FlowLayout(spacing=6)  # one under another in a narrow pane, never past its edge
        for button in (self.complete_button, self.defer_button, self.reopen_button):
            buttons.addWidget(button)
        self.complete_notice = plain_text_label("complete_notice")
        notice = QVBoxLayout()  # the message above its button: beside it, one word a line at 200%
        notice.addWidget(self.complete_notice)
        notice.addWidget(self.next_open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.save_banner = SaveBanner()
        self.withdrawn_banner = QLabel()
        self.withdrawn_banner.setObjectName("withdrawn_banner")
        self.withdrawn_banner.setWordWrap(True)
        self.withdrawn_banner.setVisible(False)
        self.finished_banner = plain_text_label("finished_banner")  # changed only after "Reopen" and why
        self.finished_banner.setVisible(False)
        self.citation_message = plain_text_label("citation_message")  # what a citation key press did
        self.citation_message.setVisible(False)
        self.save_banner.retryRequested.connect(self._retry_now)
        self.save_banner.cleared.connect(self._after_banner_cleared)
        right = self.right_pane = QWidget()
        right_layout = QVBoxLayout(right)
        for widget in (self.save_banner, self.withdrawn_banner, self.finished_banner, self.citation_message,
                       self.case_heading, self.case_summary):  # fmt: skip
            right_layout.addWidget(widget)
        right_layout.addWidget(self.checklist, 1)
        right_layout.addLayout(buttons)
        right_layout.addLayout(notice)
        self.complete_notice.setVisible(False)
        self.next_open_button.setVisible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspace_splitter")
        for pane, stretch in ((left, 2), (self.viewer, 4), (right, 4)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([340, 520, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def _on_passed_last(self) -> None:
        self.complete_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        button.setAutoDefault(True)  # Enter presses a focused button, as Space does
        return button

    def _build_actions(self) -> None:
        key, act = QKeySequence, partial(scoped_action, self)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(key.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([key("Ctrl+Shift+Z"), key(key.StandardKey.Redo)])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        checklist = self.checklist
        self.next_question_action = act(
            "next_question", [key("Ctrl+Return"), key("Ctrl+Down")], lambda: checklist.focus_next()
        )
        self.previous_question_action = act(
            "previous_question", [key("Ctrl+Up")], lambda: checklist.focus_next(step=-1)
        )
        self.next_case_action = act("next_case", [key("Alt+PgDown")], lambda: self.step_case(1))
        self.previous_case_action = act("previous_case", [key("Alt+PgUp")], lambda: self.step_case(-1))
        self.guidance_action = act("guidance", [key("F1")], checklist.toggle_current_guidance)
        self.complete_action = act("mark_complete_action", [key("Ctrl+M")], self.mark_complete)
        self.defer_action = act("defer_action", [key("Ctrl+D")], self.defer_case)
        self.next_pane_action = act("next_pane", [key("F6")], lambda: self.panes.step(1))
        self.previous_pane_action = act("previous_pane", [key("Shift+F6")], lambda: self.panes.step(-1))
        self.find_action = act("find_in_documents", [key(key.StandardKey.Find)], self.viewer.focus_search)
        self.viewer.release_find_key()  # one Ctrl+F for the whole workspace, not two that clash
        self.page_text_action = act("page_text", [key("Ctrl+T")], self.viewer.toggle_page_text)
        self.viewer.release_key("Ctrl+T")  # from anywhere in the workspace, like Ctrl+F
        self.cite_action = act("cite_page", [key(CITE_KEYS)], lambda: self.citing.cite_current())

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.undo_action, self.redo_action, self.next_question_action,
            self.previous_question_action, self.next_case_action, self.previous_case_action,
            self.guidance_action, self.complete_action, self.defer_action,
            self.next_pane_action, self.previous_pane_action, self.find_action, self.page_text_action,
            self.cite_action,
        ]  # fmt: skip

    def actions_for_layout_menu(self) -> list[QAction]:
        return self.panes.layout_menu_actions()

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
        self.finished_banner.setText(tr("To change this case, choose Reopen and say why."))
        self.finished_banner.setAccessibleName(self.finished_banner.text())
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
        self.cite_action.setText(tr("Cite the page in view as evidence"))
        self.panes.layout_actions["balanced"].setText(tr("&Balanced panes"))
        self.panes.layout_actions["documents"].setText(tr("Wider &documents"))
        self.panes.layout_actions["checklist"].setText(tr("Wider &checklist"))
        self.finishing.show_complete_notice(self.complete_notice.isVisible())
        self.case_model.retranslate()
        self.panes.size_case_list()  # words differ in length between languages
        self.checklist.set_language(current_language())
        self.show_heading()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and hasattr(self, "panes"):
            # a new text size: the columns change width (not after a lock took the workspace down)
            QTimer.singleShot(0, self, self._text_size_changed)
        super().changeEvent(event)

    def _text_size_changed(self) -> None:
        self.panes.size_case_list()
        self.panes.fit_width()

    # rounds and cases -----------------------------------------------------
    def open_round(self, round_id: int) -> None:
        """Read the round's cases and checklist; its first case follows. Until they arrive
        the workspace shows nothing of the round before, and focus asked for waits."""
        self.commit_typing()
        self.round_id = round_id
        self.case_id = None
        self.undo_stack.clear()
        self.case_model.set_rows([])
        self.checklist.clear()
        self._ordered_body = None
        self.finishing.show_complete_notice(False)
        self.show_heading()
        self.opening.open_round(round_id)

    def show_round(self, opened: RoundOpened) -> None:
        """The round has been read: its list and checklist, then its first case (or where the
        member was before a lock)."""
        self.case_model.set_rows(opened.cases)
        self.panes.size_case_list()
        self.checklist.set_template(opened.template, current_language())
        self._order_tabs()
        resume, self._resume = self._resume, None
        row = self.case_model.row_of_case(resume.case_id) if resume and resume.case_id is not None else -1
        if row >= 0 and resume is not None:
            self.select_row(row)
            self.checklist.when_shown(lambda: self._focus_position(resume))
        elif self.case_model.rowCount():
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
        if body is self._ordered_body or not self.checklist.questions:
            return
        self._ordered_body = body
        chain = [list(self.checklist.questions.values())[-1].last_focus_widget(), self.complete_button,
                 self.defer_button, self.reopen_button, self.next_open_button]  # fmt: skip
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def step_case(self, step: int) -> None:
        """The next or previous case in the list, counted from the one asked for last."""
        wanted = self.opening.wanted if self.opening.wanted is not None else self.case_id
        row = self.case_model.row_of_case(wanted) if wanted is not None else -1
        target = row + step
        if 0 <= target < self.case_model.rowCount():
            self.select_row(target)
            self.checklist.focus_first_unanswered()

    def _on_row_changed(self, current: Index, _previous: Index) -> None:
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

    def _enter_selected(self, _index: Index) -> None:
        """Enter on the list: open the selected case and start work on it."""
        self._open_selected()
        self.checklist.focus_first_unanswered()

    def open_case(self, case_id: int) -> None:
        """Ask for a case; it is shown when read, whole (`show_case`). A read that fails
        leaves the previous case shown whole, not half replaced."""
        self.commit_typing()
        self.opening.open_case(case_id)

    def show_case(self, opened: CaseReview, answers: dict[str, Answer], *, row_is_current: bool) -> None:
        """Show a case just read, in one step: nothing of the case before stays on screen.

        `row_is_current` is False when an edit of this case landed during the read: the
        list then already holds a newer row than the read returned.
        """
        self.commit_typing()  # a note typed into the case going, while this one was read
        case_id = opened.case.id
        self.undo_stack.clear()
        self.case_id = case_id
        self.panes.left_checklist_at = None
        self.finishing.show_complete_notice(False)
        self._summary = opened.summary
        self.checklist.set_template(opened.template, current_language())
        self._order_tabs()
        self.checklist.show_answers(answers, {e.question_id for e in self.pending.kept(case_id)})
        if row_is_current:
            self.case_model.update_case(opened.case)
        self._load_documents(case_id)
        self.citation_message.setVisible(False)
        self.checklist.show_citations({})
        self.citing.load(case_id)
        self._show_withdrawn(opened.case.withdrawn)
        self.show_heading()
        self.caseShown.emit(case_id)

    def _load_documents(self, case_id: int) -> None:
        """Read the case's documents off the GUI thread: the checklist is usable at once.

        A round's documents can run to hundreds of megabytes; reading and decrypting
        one case's worth took longer than a frame. If the member has moved on by the
        time they arrive, they are dropped.
        """
        self.viewer.show_loading()
        review_ops.case_documents(self.session, case_id).success(
            lambda docs: self.viewer.set_documents(docs) if self._still_showing(case_id) else None  # type: ignore[arg-type]
        ).failure(lambda _exc: self.viewer.show_unreadable() if self._still_showing(case_id) else None).run(
            origin=self
        )

    def _still_showing(self, case_id: int) -> bool:
        """The case is still the one shown, and the profile was not locked meanwhile."""
        return self.case_id == case_id and self.session.is_open

    def _show_withdrawn(self, withdrawn: bool) -> None:
        """A withdrawn case is shown, never changed: the service would refuse every save."""
        self.withdrawn_banner.setVisible(withdrawn)
        self.checklist.set_read_only(withdrawn)
        for control in (self.complete_button, self.defer_button, self.reopen_button,
                        self.complete_action, self.defer_action):  # fmt: skip
            control.setEnabled(not withdrawn)

    def read_only(self) -> bool:
        case = self.current_case()
        return case is None or case.withdrawn

    def case_unreadable(self, exc: Exception) -> None:
        if self.case_id is not None:  # the list goes back to the case still shown
            self.select_row(self.case_model.row_of_case(self.case_id))
        self.dialogs.error(self, tr("Cannot open this case"), fault_text(classify(exc), str(exc)))

    def current_case(self) -> CaseRow | None:
        row = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        return self.case_model.row_at(row) if row >= 0 else None

    def show_heading(self) -> None:
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
        self.case_summary.setText(self._summary)
        self.finishing.show_finished(case)

    def _on_changes(self, changes: Changes, origin: object | None) -> None:
        """Another screen changed cases of this round (a pack withdrew one): re-read the list."""
        if origin is self or self.round_id is None or not (changes.rounds or changes.cases):
            return
        if changes.rounds and self.session.is_open and self.isVisible():
            round_id = self.round_id
            review_ops.list_cases(self.session, round_id).success(
                lambda rows: self._refresh_rows(round_id, rows)
            ).run(origin=self)

    def _refresh_rows(self, round_id: int, rows: list[CaseRow]) -> None:
        if round_id == self.round_id:
            for row in rows:
                self.case_model.update_case(row)
            self.show_heading()

    # finishing (see finishing.py) ----------------------------------------
    def mark_complete(self) -> None:
        self.finishing.mark_complete()

    def defer_case(self) -> None:
        self.finishing.defer_case()

    def reopen_case(self) -> None:
        self.finishing.reopen_case()

    def _go_back(self) -> None:
        self.flush()
        self.backRequested.emit()

    # saving ---------------------------------------------------------------
    def commit_typing(self) -> None:
        """Offer every note still waiting for its timer (before a case switch): queued, in order."""
        if self.case_id is not None:
            self.checklist.flush()

    def flush(self) -> None:
        """Everything typed onto the disk before the caller reads the whole profile (print,
        send, the round list): offered, then waited for (a save or two, milliseconds)."""
        self.commit_typing()
        self.pending.settle()

    def unsaved(self) -> list[Edit]:
        """Changes the database has not taken yet, after one more try, waited for."""
        self.commit_typing()
        return self.pending.settle()

    def _save_edit(self, edit: Edit) -> Op[CaseSaved]:
        if edit.field == "defer_draft":
            return review_ops.save_defer_draft(self.session, edit.case_id, edit.value)
        if edit.field == "note":
            return review_ops.save_note(self.session, *edit.note)
        return review_ops.save_answer(self.session, edit.case_id, edit.question_id, edit.value, edit.hours)

    def _submit(self, before: Edit, after: Edit, label: str) -> None:
        """Show an edit and save it; it is one step of the undo history at once.

        An edit still waiting for the disk is undoable too: Ctrl+Z then means "not
        this", and the field goes back to what it showed before.
        """
        self._apply(after)
        self.undo_stack.push(EditCommand(before, after, self._apply, label))

    def _apply(self, edit: Edit) -> None:
        """Show an edit on its question (skip logic follows at once) and queue it for saving."""
        if edit.case_id == self.case_id:
            self._show_edit(edit)
        self.pending.submit(edit)

    def _on_dropped(self, edit: Edit, exc: Exception) -> None:
        self.dialogs.error(self, tr("Not saved"), tr(
            "A change could not be saved and was discarded: {error}"
        ).format(error=exc))  # fmt: skip

    def _on_saved(self, _edit: Edit, saved: CaseSaved) -> None:
        """Saves land in order, so each brings the case's newest row (status, progress)."""
        self.case_model.update_case(saved.case)
        self.show_heading()

    def _on_pending_changed(self) -> None:
        kept = self.pending.kept(self.case_id)
        for edit in kept:  # skip logic and note hints follow what the member sees
            self._show_edit(edit)
        self.checklist.mark_unsaved({e.question_id for e in kept})
        self.save_banner.show_fault(self.pending.fault, self.pending.detail, len(self.pending.kept()))

    def _show_edit(self, edit: Edit) -> None:
        """Show an edit of the open case on its question (typed text stays unless undone)."""
        if edit.on_question and edit.question_id in self.checklist.questions:
            answer = replace(self.checklist.answer(edit.question_id), **fields_of(edit))
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

    def _on_answer_chosen(self, question_id: str, value: Any, hours: int | None) -> None:
        if self.read_only() or self.case_id is None:
            return
        old = self.checklist.answer(question_id)
        before = Edit(self.case_id, question_id, "answer", old.value, old.hours)
        self._submit(before, Edit(self.case_id, question_id, "answer", value, hours), tr("change answer"))

    def _on_note_committed(self, question_id: str, text: str, language: str) -> None:
        if self.read_only() or self.case_id is None:
            return
        after = Edit(self.case_id, question_id, "note", text, language=language)  # words, or language
        self._submit(self.checklist.note_shown(self.case_id, question_id), after, tr("edit note"))

    # locking --------------------------------------------------------------
    def save_drafts(self) -> None:
        """Keep what is typed in an open Defer dialog (the app is locking under it)."""
        deferring = self.finishing.deferring
        text = self.dialogs.open_text() if deferring is not None else None
        if deferring is not None and text and text.strip():
            self.pending.submit(Edit(deferring, "", "defer_draft", text))
            self.pending.settle()

    def position(self) -> Position:
        """Where the member is: round, case, question and the field in it (ids and names only)."""
        focus = QApplication.focusWidget()
        field = focus.objectName() if focus is not None and self.isAncestorOf(focus) else None
        return Position(self.round_id, self.case_id, self.checklist.current_question(), field)

    def return_to(self, position: Position) -> None:
        """Back to a position taken before a lock: the case, the question, the very field.

        The round may still be being read (the unlock has just opened it): then the
        position is taken up when it arrives.
        """
        if self.checklist.loading and self.case_id is None:
            self._resume = position
            return
        row = self.case_model.row_of_case(position.case_id) if position.case_id is not None else -1
        if row >= 0:
            self.select_row(row)
        self.checklist.when_shown(lambda: self._focus_position(position))

    def _focus_position(self, position: Position) -> None:
        self.panes.focus_field(position.question_id, position.field)
