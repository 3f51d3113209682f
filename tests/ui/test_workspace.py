"""Reviewing a case in the real window: keyboard only, skip logic, notes, finish, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import review
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, stored, type_text, wait_idle

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def workspace(qtbot, db, round_id, profile_dir, dialogs):
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    ws = open_round(qtbot, window, round_id)
    yield ws
    window.close()


def focused_question(ws) -> str | None:
    return ws.checklist.current_question()


def test_whole_case_by_keyboard_alone(qtbot, workspace, db) -> None:
    ws = workspace
    case_id = ws.case_id
    qtbot.waitUntil(lambda: focused_question(ws) == "strands")
    press(qtbot, Key.Key_1)  # strands: Race
    press(qtbot, Key.Key_Return)
    assert focused_question(ws) == "assessed"
    press(qtbot, Key.Key_1)  # assessed: Yes -> "level" appears
    assert ws.checklist.questions["level"].isVisible()
    press(qtbot, Key.Key_Return)
    assert focused_question(ws) == "level"
    press(qtbot, Key.Key_2)  # level: High
    press(qtbot, Key.Key_Return)
    assert focused_question(ws) == "contact"
    press(qtbot, Key.Key_1)  # contact: Yes
    press(qtbot, Key.Key_Tab)  # to the hours field
    assert QApplication.focusWidget() is ws.checklist.questions["contact"].hours_spin
    QApplication.focusWidget().selectAll()
    for key in (Key.Key_3, Key.Key_6):
        press(qtbot, key)
    press(qtbot, Key.Key_M, Ctrl)  # mark complete
    wait_idle(qtbot)  # the saves, then the status change, land off the GUI thread
    assert stored(db, case_id, "strands").value == ("race",)
    assert stored(db, case_id, "level").value == "high"
    assert (stored(db, case_id, "contact").value, stored(db, case_id, "contact").hours) == ("yes", 36)
    assert review.open_case(db, case_id).case.status == "complete"
    assert "Complete" in ws.case_heading.text()
    assert ws.case_model.rows()[0].status == "complete"


def test_skip_logic_shows_and_hides_the_dependent_question(qtbot, workspace, db) -> None:
    ws = workspace
    assessed = ws.checklist.questions["assessed"]
    level = ws.checklist.questions["level"]
    assert not level.isVisible()
    assessed.choose(0)  # Yes
    assert level.isVisible()
    assessed.choose(1)  # No
    assert not level.isVisible()
    assessed.choose(2)  # Partly
    assert level.isVisible()


def test_mark_complete_lists_what_is_missing_and_goes_there(qtbot, workspace, db, dialogs) -> None:
    ws = workspace
    ws.checklist.questions["strands"].choose(0)
    ws.checklist.questions["assessed"].choose(1)  # No: a note is needed
    ws.checklist.questions["contact"].choose(0)
    ws.complete_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    title, message = dialogs.errors[-1]
    assert title == "Not complete yet"
    assert "Was risk assessed?" in message and "a note is needed" in message
    assessed = ws.checklist.questions["assessed"]
    assert assessed.property("gap") is True
    assert focused_question(ws) == "assessed"
    assert review.open_case(db, ws.case_id).case.status == "in_progress"
    note = assessed.note_edit
    note.setFocus()
    type_text(qtbot, note, "Dim asesiad risg – no risk assessment in the log")
    qtbot.waitUntil(lambda: stored(db, ws.case_id, "assessed").note.startswith("Dim asesiad"), timeout=3000)
    ws.complete_button.click()
    wait_idle(qtbot)
    assert review.open_case(db, ws.case_id).case.status == "complete"
    assert len(dialogs.errors) == 1


def test_note_saves_within_a_second_of_typing_and_on_focus_loss(qtbot, workspace, db) -> None:
    ws = workspace
    note = ws.checklist.questions["strands"].note_edit
    note.setFocus()
    type_text(qtbot, note, "Strand recorded as race only")
    qtbot.waitUntil(lambda: stored(db, ws.case_id, "strands") is not None, timeout=1500)
    assert stored(db, ws.case_id, "strands").note == "Strand recorded as race only"
    type_text(qtbot, note, ".")
    ws.checklist.questions["assessed"].first_focus_widget().setFocus()
    wait_idle(qtbot)  # given on focus loss; on disk a save later
    assert stored(db, ws.case_id, "strands").note == "Strand recorded as race only."


def test_defer_asks_for_a_reason(qtbot, workspace, db, dialogs) -> None:
    ws = workspace
    dialogs.texts += ["   ", "Crime report missing from the file"]
    ws.defer_button.click()
    assert dialogs.errors and review.open_case(db, ws.case_id).case.status == "not_started"
    ws.defer_button.click()
    wait_idle(qtbot)
    case = review.open_case(db, ws.case_id).case
    assert (case.status, case.defer_reason) == ("deferred", "Crime report missing from the file")
    assert "Crime report missing" in ws.case_heading.text()
    assert ws.reopen_button.isVisible()
    ws.reopen_button.click()
    wait_idle(qtbot)
    assert review.open_case(db, ws.case_id).case.status == "in_progress"


def test_undo_and_redo_answers_and_notes(qtbot, workspace, db) -> None:
    ws = workspace
    assessed = ws.checklist.questions["assessed"]
    assessed.choose(0)
    assessed.choose(1)
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").value == "no"
    assessed.first_focus_widget().setFocus()
    press(qtbot, Key.Key_Z, Ctrl)
    assert assessed.answer.value == "yes", "shown at once"
    assert [b.isChecked() for b in assessed._buttons][:2] == [True, False]
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").value == "yes"
    press(qtbot, Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").value == "no"
    note = assessed.note_edit
    note.setFocus()
    type_text(qtbot, note, "first")
    assessed.flush()
    type_text(qtbot, note, " second")
    assessed.flush()
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "first second"
    press(qtbot, Key.Key_Z, Ctrl)  # Ctrl+Z from inside the note field
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "first"
    assert note.toPlainText() == "first"
    assert stored(db, ws.case_id, "assessed").value == "no"


def test_next_and_previous_case_keep_answers_apart(qtbot, workspace, db) -> None:
    ws = workspace
    first = ws.case_id
    note = ws.checklist.questions["strands"].note_edit
    note.setFocus()
    type_text(qtbot, note, "typed just before switching")
    press(qtbot, Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.case_id != first)
    wait_idle(qtbot)
    assert stored(db, first, "strands").note == "typed just before switching"
    assert ws.checklist.questions["strands"].note_edit.toPlainText() == ""
    press(qtbot, Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: ws.case_id == first)
    assert ws.checklist.questions["strands"].note_edit.toPlainText() == "typed just before switching"


def test_guidance_on_demand(qtbot, workspace) -> None:
    ws = workspace
    assessed = ws.checklist.questions["assessed"]
    assessed.first_focus_widget().setFocus()
    assert not assessed.guidance_label.isVisible()
    press(qtbot, Key.Key_F1)
    assert assessed.guidance_label.isVisible()
    assert assessed.guidance_label.text() == "Look in the log."


def test_the_hours_field_stops_at_a_year(qtbot, workspace, db) -> None:
    """What a member can type is what the coordinator's import takes (docs/decisions.md)."""
    ws = workspace
    qtbot.waitUntil(lambda: focused_question(ws) == "strands")
    for key in (Key.Key_1, Key.Key_Return, Key.Key_1, Key.Key_Return, Key.Key_2, Key.Key_Return):
        press(qtbot, key)  # strands: Race; assessed: Yes; level: High
    assert focused_question(ws) == "contact"
    press(qtbot, Key.Key_2)  # contact: No
    press(qtbot, Key.Key_Tab)
    spin = ws.checklist.questions["contact"].hours_spin
    assert QApplication.focusWidget() is spin
    spin.selectAll()
    for key in (Key.Key_9, Key.Key_9, Key.Key_9, Key.Key_9, Key.Key_9):
        press(qtbot, key)
    press(qtbot, Key.Key_Tab)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: stored(db, ws.case_id, "contact").hours is not None)
    assert 0 < stored(db, ws.case_id, "contact").hours <= 8760


def test_keys_typed_before_the_next_case_is_shown_answer_that_case(qtbot, workspace, db) -> None:
    """A case is read off the GUI thread: a key pressed meanwhile waits for it, and never
    answers the case that is going, which stays shown whole until then."""
    ws = workspace
    first, second = ws.case_id, ws.case_model.row_at(1).id
    ws.checklist.questions["assessed"].choose(1)
    qtbot.waitUntil(lambda: focused_question(ws) == "assessed")
    wait_idle(qtbot)
    press(qtbot, Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)  # the next case is being read
    assert ws.case_id == first and ws.checklist.answer("assessed").value == "no", "no half-shown case"
    press(qtbot, Key.Key_1)  # typed at once: meant for the next case's first question
    qtbot.waitUntil(lambda: ws.case_id == second)
    wait_idle(qtbot)
    assert stored(db, second, "strands").value == ("race",)
    assert stored(db, first, "strands") is None
    assert ws.checklist.answer("assessed").value is None, "nothing of the first case lingers"


def test_typing_on_while_a_note_is_being_saved_loses_nothing(qtbot, workspace, db) -> None:
    ws = workspace
    question = ws.checklist.questions["assessed"]
    note = question.note_edit
    note.setFocus()
    type_text(qtbot, note, "first")
    question.flush()
    assert [e.value for e in ws.pending.waiting(ws.case_id)] == ["first"], "on its way to the disk"
    type_text(qtbot, note, " and more")
    question.flush()
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note == "first and more"
    assert note.toPlainText() == "first and more"


def test_an_edit_of_the_case_being_opened_is_shown_when_it_arrives(qtbot, workspace) -> None:
    """An edit that lands while the case is read (one carried through a lock) is not
    hidden by the read, whichever finishes first."""
    from desktop.ui.member.pending_saves import Edit

    ws = workspace
    second = ws.case_model.row_at(1).id
    ws.step_case(1)
    ws.pending.submit(Edit(second, "assessed", "answer", "yes"))
    qtbot.waitUntil(lambda: ws.case_id == second)
    wait_idle(qtbot)
    assert ws.checklist.answer("assessed").value == "yes"
    assert ws.checklist.questions["level"].isVisible(), "skip logic follows it"
    assert ws.current_case().answered >= 1
