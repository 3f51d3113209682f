"""Finishing a case in the workspace: mark complete, defer, reopen, and the offer of the next case."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.answers import Gap
from desktop.core.case_codes import CaseStatus
from desktop.services import review, rounds
from desktop.ui.announce import announce
from desktop.ui.i18n import current_language, tr


class Finishing:
    """Part of `Workspace` (desktop/ui/member/workspace.py); uses its widgets and session."""

    # finishing ------------------------------------------------------------
    def mark_complete(self) -> None:
        if self._read_only():
            return
        self.flush()
        case_id = self.case_id
        result = self._change_status(lambda: self.session.run(review.mark_complete, case_id))
        if result is None:
            return
        self.case_model.update_case(result.changed.case)
        self._show_heading()
        self.caseChanged.emit(result.changed)
        if result.completed:
            self.checklist.show_gaps([])
            self._after_complete()
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
        case = self.current_case()
        if case is None or case.withdrawn:
            return
        self._deferring = case.id
        draft = case.defer_reason if case.status != CaseStatus.DEFERRED else ""
        reason = self.dialogs.ask_text(
            self, tr("Defer case"), tr("What further information is needed to judge this case?"), draft
        )
        self._deferring = None
        if reason is None or self.case_id != case.id:
            return
        if not reason.strip():
            self.dialogs.error(self, tr("Defer case"), tr("Please give a reason for deferring the case."))
            return
        self.flush()
        changed = self._change_status(lambda: self.session.run(review.defer, case.id, reason))
        if changed is None:
            return
        self.case_model.update_case(changed.case)
        self._show_complete_notice(False)
        self._show_heading()
        self.caseChanged.emit(changed)

    def reopen_case(self) -> None:
        if self._read_only():
            return
        case_id = self.case_id
        changed = self._change_status(lambda: self.session.run(review.reopen, case_id))
        if changed is None:
            return
        self.case_model.update_case(changed.case)
        self._show_complete_notice(False)
        self._show_heading()
        self.caseChanged.emit(changed)

    def _after_complete(self) -> None:
        """Say the case is complete, in words and to a screen reader, and offer the next
        case still to finish; focus goes to that offer, so Enter takes the member there."""
        following = self._next_open_case()
        self._next_open_id = following.id if following is not None else None
        self._show_complete_notice(True)
        announce(self, self.complete_notice.text())
        if following is not None:
            self.next_open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _next_open_case(self) -> rounds.CaseRow | None:
        """The next case in list order (wrapping round) that is not complete or withdrawn."""
        rows = self.case_model.rows()
        start = self.case_model.row_of_case(self.case_id) if self.case_id is not None else -1
        for offset in range(1, len(rows)):
            case = rows[(start + offset) % len(rows)]
            if case.status != CaseStatus.COMPLETE and not case.withdrawn:
                return case
        return None

    def _show_complete_notice(self, shown: bool) -> None:
        case = self.current_case()
        row = self.case_model.row_of_case(self._next_open_id) if self._next_open_id is not None else -1
        following = self.case_model.row_at(row) if row >= 0 else None
        shown = shown and case is not None
        text = ""
        if shown and case is not None:
            text = tr("Case {reference} is marked complete.").format(reference=case.reference)
            if following is None:
                text += " " + tr("Every other case in this round is complete.")
        self.next_open_button.setText(
            tr("Go to the next case not complete: {reference}").format(reference=following.reference)
            if following is not None
            else tr("Go to the next case not complete")
        )
        self.next_open_button.setAccessibleName(self.next_open_button.text())
        self.complete_notice.setText(text)
        self.complete_notice.setAccessibleName(text)
        self.complete_notice.setVisible(shown)
        self.next_open_button.setVisible(shown and following is not None)

    def _go_to_next_open(self) -> None:
        row = self.case_model.row_of_case(self._next_open_id) if self._next_open_id is not None else -1
        if row >= 0:
            self.select_row(row)
            self.checklist.focus_first_unanswered()

    def _on_passed_last(self) -> None:
        self.complete_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _go_back(self) -> None:
        self.flush()
        self.backRequested.emit()
