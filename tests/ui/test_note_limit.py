"""A note has a limit the member sees coming; a paste past it is refused and changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import review
from desktop.services.review import MAX_NOTE_CHARS
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, stored, type_text, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(qtbot, db, round_id, profile_dir):
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    yield ws
    window.close()


def test_a_megabyte_paste_is_refused_and_the_note_stays_as_it_was(qtbot, workspace, db) -> None:
    question = workspace.checklist.questions["assessed"]
    note = question.note_edit
    note.setFocus()
    type_text(qtbot, note, "Kept.")
    question.flush()
    QApplication.clipboard().setText("pasted " * 150_000)  # about 1 MB
    press(qtbot, Qt.Key.Key_V, Ctrl)
    assert note.toPlainText() == "Kept."
    assert question.limit_label.isVisible()
    assert "100,000" in question.limit_label.text() and "not added" in question.limit_label.text()
    type_text(qtbot, note, " More.")  # the note still works afterwards
    question.flush()
    wait_idle(qtbot)
    assert stored(db, workspace.case_id, "assessed").note == "Kept. More."
    assert not question.limit_label.isVisible()


def test_a_counter_appears_near_the_limit_and_typing_stops_at_it(qtbot, workspace, db) -> None:
    question = workspace.checklist.questions["assessed"]
    note = question.note_edit
    note.setFocus()
    note.setPlainText("a" * (MAX_NOTE_CHARS - 5_000))
    assert question.limit_label.isVisible()
    assert question.limit_label.text() == "95,000 of 100,000 characters used."
    note.setPlainText("b" * MAX_NOTE_CHARS)
    note.moveCursor(note.textCursor().MoveOperation.End)
    type_text(qtbot, note, "c")
    assert note.toPlainText() == "b" * MAX_NOTE_CHARS
    assert "not added" in question.limit_label.text()
    question.flush()
    wait_idle(qtbot)
    assert stored(db, workspace.case_id, "assessed").note == "b" * MAX_NOTE_CHARS


def test_the_service_refuses_a_note_over_the_limit_and_keeps_the_old_one(db, round_id) -> None:
    from desktop.services.rounds import list_cases

    case_id = list_cases(db, round_id)[0].id
    review.save_note(db, case_id, "assessed", "old")
    with pytest.raises(review.NoteTooLong):
        review.save_note(db, case_id, "assessed", "x" * (MAX_NOTE_CHARS + 1))
    with pytest.raises(review.NoteTooLong):
        review.save_answer(db, case_id, "learning", "x" * (MAX_NOTE_CHARS + 1))
    assert review.open_case(db, case_id).answers["assessed"].note == "old"


def test_the_refusal_follows_a_language_switch(qtbot, workspace) -> None:
    from desktop.ui import i18n

    question = workspace.checklist.questions["assessed"]
    question.note_edit.setFocus()
    QApplication.clipboard().setText("x" * (MAX_NOTE_CHARS + 1))
    press(qtbot, Qt.Key.Key_V, Ctrl)
    i18n.set_language("cy")
    try:
        assert question.limit_label.text() == (
            "Gall y blwch hwn ddal 100,000 nod ar y mwyaf, felly ni chafodd hynny ei ychwanegu."
        )
    finally:
        i18n.set_language("en")
