"""Reopening a completed case asks why, by keyboard; the coordinator reads the member's
changes as sentences and decides, by keyboard, before the new revision counts.

Real windows over real encrypted profiles (the member's own, the coordinator's with a
member on a real profile), real packs and packages, real widgets driven by keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import review, review_packages
from desktop.services.answer_changes import MAX_REASON_CHARS
from desktop.ui.member.reason_dialog import ReasonDialog
from tests.services.test_changes_after_completion import NAME, REASON, _sent_and_changed, world  # noqa: F401
from tests.ui.coordinator_harness import drop_files, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, wait_idle


def _complete(db, case_id: int) -> None:
    review.save_answer(db, case_id, "strands", ("race",))
    review.save_answer(db, case_id, "assessed", "yes")
    review.save_answer(db, case_id, "level", "low")
    review.save_answer(db, case_id, "contact", "yes", hours=24)
    assert review.mark_complete(db, case_id).completed


def _open_dialog(qtbot, ws) -> ReasonDialog:
    if QApplication.focusWidget() is not ws.reopen_button:
        ws.reopen_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ws.finishing.reason_dialog is not None and ws.finishing.reason_dialog.isVisible())
    dialog = ws.finishing.reason_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.box)
    return dialog


def test_reopening_a_completed_case_asks_why_by_keyboard(qtbot, db, round_id, profile_dir) -> None:
    case_id = review.open_case(db, 1).case.id
    _complete(db, case_id)
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    qtbot.waitUntil(lambda: ws.case_id == case_id and ws.reopen_button.isVisible())
    assessed = ws.checklist.questions["assessed"]
    assert ws.finished_banner.isVisible() and not assessed.note_edit.isEnabled(), "read until reopened"
    # no question can take the keyboard: it starts on Reopen, the one way into the case
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.reopen_button)

    dialog = _open_dialog(qtbot, ws)
    for widget in (dialog, dialog.box, dialog.reopen_button, dialog.cancel_button):
        assert widget.accessibleName(), widget.objectName()
    assert dialog.box.maxLength() == MAX_REASON_CHARS
    qtbot.keyClicks(dialog.box, "   ")
    press(qtbot, Qt.Key.Key_Return)  # blank: refused in words, the dialog stays, nothing changed
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == "Please say in a sentence why you are reopening the case."
    assert review.open_case(db, case_id).case.status == "complete"

    press(qtbot, Qt.Key.Key_Escape)  # cancel: still nothing changed, and the keyboard is back on Reopen
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.reopen_button)
    assert review.open_case(db, case_id).case.status == "complete"

    dialog = _open_dialog(qtbot, ws)
    qtbot.keyClicks(dialog.box, REASON)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: review.open_case(db, case_id).case.status == "in_progress")
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: assessed.note_edit.isEnabled() and not ws.finished_banner.isVisible())
    # "Reopen" is hidden now: the keyboard is on the first question, to change it
    qtbot.waitUntil(lambda: ws.checklist.current_question() == ws.checklist.visible_ids()[0])
    review.save_answer(db, case_id, "assessed", "na")
    from desktop.storage.models import AnswerChange

    with db.session() as session:
        (change,) = session.query(AnswerChange).all()
        assert (change.question_id, change.reason) == ("assessed", REASON)
    window.close()


def test_the_coordinator_reads_the_changes_and_accepts_them_by_keyboard(qtbot, world) -> None:  # noqa: F811
    after, reference = _sent_and_changed(world)
    window = open_window(qtbot, world.root / "coordinator", FakeDialogs(), db=world.coordinator)
    wait_operations(qtbot)
    home = window.coordinator_home
    inbox = home.inbox_page
    home.tabs.setCurrentWidget(inbox)
    wait_operations(qtbot)
    pending = inbox.pending
    assert not pending.isVisible(), "nothing waits yet"

    drop_files(inbox, [after])
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: pending.isVisible() and pending.waiting.count() == 1)
    assert pending.waiting.item(0).text() == f"{NAME}: revision 2, you have revision 1"
    lines = pending.differences.toPlainText().splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{NAME} changed question ") for line in lines)
    assert f"of case {reference} from Yes to No on " in lines[0] and lines[0].endswith(
        f": '{REASON}'. The note changed too."
    )
    status = review_packages.round_status(world.coordinator, world.round_id)
    assert [m.revision for m in status] == [1]
    for widget in (pending.waiting, pending.differences, pending.accept_button, pending.keep_button):
        assert widget.accessibleName(), widget.objectName()

    pending.waiting.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pending.differences
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pending.accept_button
    press(qtbot, Qt.Key.Key_Space)
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: not pending.isVisible())
    # nothing waits any more: the keyboard goes to the round's progress, which shows the revision taken
    qtbot.waitUntil(lambda: QApplication.focusWidget() is inbox.progress_table)
    status = review_packages.round_status(world.coordinator, world.round_id)
    assert [m.revision for m in status] == [2]
    window.close()
