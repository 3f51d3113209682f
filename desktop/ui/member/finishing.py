"""Finishing a case in the workspace: mark complete, defer, reopen, and the offer of the next case.

Each status change is an op, run once every edit of the case has reached the disk:
"Mark complete" judges the answers stored, so it must not overtake a note still on
its way. The case shown when the member asked is the one changed, even if they have
moved on by the time it lands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from desktop.core.answers import Gap
from desktop.core.case_codes import FINISHED, CaseStatus
from desktop.services.faults import SaveFailed
from desktop.services.review import CaseSaved, Completion
from desktop.services.rows import CaseRow
from desktop.ui.announce import announce
from desktop.ui.i18n import current_language, tr
from desktop.ui.member.reason_dialog import ReasonDialog
from desktop.ui.member.save_banner import fault_text
from desktop.ui.ops import Op
from desktop.ui.ops import review as review_ops

if TYPE_CHECKING:
    from desktop.ui.member.workspace import Workspace

R = TypeVar("R")


class Finishing(QObject):
    """Mark complete, defer and reopen for the workspace's case; the "next case" offer."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.ws = workspace
        self.next_open_id: int | None = None
        self.deferring: int | None = None  # the case whose Defer dialog is open
        self.reason_dialog: ReasonDialog | None = None  # the open "why reopen" question

    def show_finished(self, case: CaseRow) -> None:
        """A completed (or sent) case is read, not changed, until reopened with a reason."""
        ws = self.ws
        ws.reopen_button.setVisible(case.status in FINISHED)
        locked = case.reason_to_reopen and not case.withdrawn
        ws.finished_banner.setVisible(locked)
        ws.checklist.set_read_only(case.withdrawn or locked)

    def focus_reopen(self) -> None:
        """A completed case opens read-only: the keyboard starts on Reopen, its one way in."""
        button = self.ws.reopen_button
        if button.isVisible() and button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)

    def mark_complete(self) -> None:
        ws = self.ws
        if ws.read_only() or ws.case_id is None:
            return
        case_id = ws.case_id
        self._after_saves(lambda: review_ops.mark_complete(ws.session, case_id), self._completed)

    def _completed(self, result: Completion) -> None:
        ws = self.ws
        self._show_row(result.case)
        if result.case.id != ws.case_id:
            return
        if result.completed:
            ws.checklist.show_gaps([])
            self._after_complete()
            return
        template = ws.checklist.template
        lines = []
        for gap in result.missing:
            text = (
                template.question(gap.question_id).text.get(current_language())
                if template
                else gap.question_id
            )
            reason = tr("not answered") if gap.gap is Gap.UNANSWERED else tr("a note is needed")
            lines.append(f"• {text} — {reason}")
        ws.dialogs.error(
            ws, tr("Not complete yet"),
            tr("Before this case can be marked complete:") + "\n\n" + "\n".join(lines),
        )  # fmt: skip
        ws.checklist.show_gaps(list(result.missing))

    def defer_case(self) -> None:
        ws = self.ws
        case = ws.current_case()
        if case is None or case.withdrawn:
            return
        self.deferring = case.id
        draft = case.defer_reason if case.status != CaseStatus.DEFERRED else ""
        reason = ws.dialogs.ask_text(
            ws, tr("Defer case"), tr("What further information is needed to judge this case?"), draft
        )
        self.deferring = None
        if reason is None or ws.case_id != case.id:
            return
        if not reason.strip():
            ws.dialogs.error(ws, tr("Defer case"), tr("Please give a reason for deferring the case."))
            return
        self._after_saves(lambda: review_ops.defer(ws.session, case.id, reason), self._status_changed)

    def reopen_case(self) -> None:
        """Reopen the case shown; a completed (or sent) case first asks why (`ReasonDialog`)."""
        ws = self.ws
        case = ws.current_case()
        if ws.read_only() or case is None:
            return
        if not case.reason_to_reopen:
            self._reopen(case.id, "")
            return
        dialog = ReasonDialog(case.reference, ws)
        self.reason_dialog = dialog
        dialog.accepted.connect(lambda: self._reopen(case.id, dialog.reason()))
        dialog.finished.connect(lambda code: self._reason_closed(dialog, code))
        dialog.open()

    def _reason_closed(self, dialog: ReasonDialog, code: int) -> None:
        """Cancelled, the keyboard is back on "Reopen", where the member left it; reopened,
        it goes to the first question (`_reopened`)."""
        if self.reason_dialog is dialog:
            self.reason_dialog = None
        dialog.deleteLater()
        self.ws.window().activateWindow()  # the keyboard's next place is in the workspace either way
        if code != QDialog.DialogCode.Accepted and self.ws.reopen_button.isVisible():
            self.ws.reopen_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reopen(self, case_id: int, reason: str) -> None:
        ws = self.ws
        self._after_saves(lambda: review_ops.reopen(ws.session, case_id, reason), self._reopened)

    def _reopened(self, result: CaseSaved) -> None:
        """The keyboard goes to the case's first question, to be changed: "Reopen" is
        hidden now, and focus left on it went nowhere."""
        self._status_changed(result)
        if self.ws.case_id == result.case.id:
            self.ws.checklist.focus_first_question()

    def _status_changed(self, result: CaseSaved) -> None:
        self._show_row(result.case)
        self.show_complete_notice(False)

    def _show_row(self, case: CaseRow) -> None:
        self.ws.case_model.update_case(case)
        self.ws.show_heading()

    def _after_saves(self, make: Callable[[], Op[R]], done: Callable[[R], object]) -> None:
        """Run the status change once the case's edits are on disk; say so if it cannot be saved."""
        ws = self.ws
        ws.commit_typing()
        ws.pending.when_settled(lambda: make().success(done).failure(self._not_saved).run(origin=ws))

    def _not_saved(self, exc: Exception) -> None:
        if not isinstance(exc, SaveFailed):
            raise exc
        self.ws.dialogs.error(self.ws, tr("Not saved"), fault_text(exc.fault, exc.detail))

    # the offer of the next case -------------------------------------------
    def _after_complete(self) -> None:
        """Say the case is complete, in words and to a screen reader, and offer the next
        case still to finish; focus goes to that offer, so Enter takes the member there."""
        following = self._next_open_case()
        self.next_open_id = following.id if following is not None else None
        self.show_complete_notice(True)
        announce(self.ws, self.ws.complete_notice.text())
        if following is not None:
            self.ws.next_open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_open_case(self) -> CaseRow | None:
        """The next case in list order (wrapping round) that is not complete or withdrawn."""
        model, case_id = self.ws.case_model, self.ws.case_id
        rows = model.rows()
        start = model.row_of_case(case_id) if case_id is not None else -1
        for offset in range(1, len(rows)):
            case = rows[(start + offset) % len(rows)]
            if case.status != CaseStatus.COMPLETE and not case.withdrawn:
                return case
        return None

    def show_complete_notice(self, shown: bool) -> None:
        ws = self.ws
        case = ws.current_case()
        row = ws.case_model.row_of_case(self.next_open_id) if self.next_open_id is not None else -1
        following = ws.case_model.row_at(row) if row >= 0 else None
        shown = shown and case is not None
        text = ""
        if shown and case is not None:
            text = tr("Case {reference} is marked complete.").format(reference=case.reference)
            if following is None:
                text += " " + tr("Every other case in this round is complete.")
        # Short on the button (it never wraps), whole for a screen reader.
        reference = following.reference if following is not None else ""  # shown only with one
        ws.next_open_button.setText(tr("Next case: {reference}").format(reference=reference))
        ws.next_open_button.setAccessibleName(
            tr("Go to the next case not complete: {reference}").format(reference=reference)
        )
        ws.complete_notice.setText(text)
        ws.complete_notice.setAccessibleName(text)
        ws.complete_notice.setVisible(shown)
        ws.next_open_button.setVisible(shown and following is not None)

    def go_to_next_open(self) -> None:
        row = self.ws.case_model.row_of_case(self.next_open_id) if self.next_open_id is not None else -1
        if row >= 0:
            self.ws.select_row(row)
            self.ws.checklist.focus_first_unanswered()
