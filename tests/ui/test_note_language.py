"""The member marks each note English or Welsh on the question itself: by keyboard, shown
as the interface's language until marked, saved with the note and undone like it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, stored, type_text, wait_idle

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def workspace(qtbot, db, round_id, profile_dir):
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    yield ws
    window.close()
    i18n.set_language("en")


def test_a_note_is_marked_in_the_interface_language_until_the_member_says_otherwise(
    qtbot, workspace, db
) -> None:
    ws = workspace
    strands = ws.checklist.questions["strands"]
    combo = strands.note_language_combo
    assert combo.currentData() == "en" and combo.currentText() == "English"
    assert "question 1" in combo.accessibleName()
    strands.note_edit.setFocus()
    type_text(qtbot, strands.note_edit, "Strand recorded as race only")
    strands.flush()
    wait_idle(qtbot)
    assert (stored(db, ws.case_id, "strands").note, stored(db, ws.case_id, "strands").note_language) == (
        "Strand recorded as race only",
        "en",
    )


def test_the_member_marks_a_note_welsh_by_keyboard_and_undoes_it(qtbot, workspace, db) -> None:
    ws = workspace
    strands = ws.checklist.questions["strands"]
    note, combo = strands.note_edit, strands.note_language_combo
    note.setFocus()
    type_text(qtbot, note, "Llinyn wedi'i gofnodi fel hil yn unig")
    press(qtbot, Key.Key_Tab)  # from the note to its language: the words are given on the way
    assert QApplication.focusWidget() is combo
    press(qtbot, Key.Key_Down)  # Cymraeg
    assert combo.currentText() == "Cymraeg"
    wait_idle(qtbot)
    answer = stored(db, ws.case_id, "strands")
    assert (answer.note, answer.note_language) == ("Llinyn wedi'i gofnodi fel hil yn unig", "cy")
    assert note.toPlainText() == "Llinyn wedi'i gofnodi fel hil yn unig"
    press(qtbot, Key.Key_Z, Ctrl)  # "not this": back to English, the words kept
    wait_idle(qtbot)
    assert combo.currentText() == "English"
    answer = stored(db, ws.case_id, "strands")
    assert (answer.note, answer.note_language) == ("Llinyn wedi'i gofnodi fel hil yn unig", "en")


def test_in_welsh_an_unmarked_note_is_shown_welsh_and_a_marked_one_keeps_its_mark(
    qtbot, workspace, db
) -> None:
    ws = workspace
    strands, assessed = ws.checklist.questions["strands"], ws.checklist.questions["assessed"]
    strands.note_edit.setFocus()
    type_text(qtbot, strands.note_edit, "Written in English")
    strands.flush()
    wait_idle(qtbot)
    ws.window().language_actions["cy"].trigger()
    qtbot.waitUntil(lambda: assessed.title_label.text() == "2. A aseswyd y risg?")
    assert assessed.note_language_combo.currentText() == "Cymraeg"  # nothing written: the interface's
    assert strands.note_language_combo.currentText() == "English"  # marked when it was saved
    assessed.note_edit.setFocus()
    type_text(qtbot, assessed.note_edit, "Dim asesiad risg yn y ffeil")
    assessed.flush()
    wait_idle(qtbot)
    assert stored(db, ws.case_id, "assessed").note_language == "cy"


def test_a_withdrawn_case_keeps_the_mark_unchangeable(qtbot, workspace) -> None:
    strands = workspace.checklist.questions["strands"]
    strands.set_read_only(True)
    assert not strands.note_language_combo.isEnabled()
    strands.set_read_only(False)
    assert strands.note_language_combo.isEnabled()
