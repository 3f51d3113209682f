"""The findings of a keyboard-only walk of the demo round: focus is always on the question shown.

Opening a round put focus on question 2, and each Alt+Page Down started the next case
one question further down, so a digit answered a question scrolled out of view.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop.services import review
from desktop.services.demo import create_demo_profile
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press, wait_for_documents, wait_idle

Key = Qt.Key
Alt = Qt.KeyboardModifier.AltModifier


def _focused(ws) -> str | None:
    return ws.checklist.current_question()


def _on_screen(ws, question_id: str) -> bool:
    """The question's top is inside the checklist's visible area."""
    widget = ws.checklist.questions[question_id]
    viewport = ws.checklist.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return 0 <= top < viewport.height()


def _open_demo(qtbot, tmp_path):
    db = create_demo_profile(tmp_path / "demo")
    window = open_window(qtbot, tmp_path / "demo", FakeDialogs(), db=db)
    window.resize(1366, 768)
    rounds = window.rounds_page
    rounds.table.setFocus()
    press(qtbot, Key.Key_Return)  # open the round from the list, as a member does
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.case_id is not None)
    wait_for_documents(qtbot)
    return window, db


def test_opening_a_round_starts_at_question_one(qtbot, tmp_path) -> None:
    window, db = _open_demo(qtbot, tmp_path)
    ws = window.workspace
    first = ws.checklist.visible_ids()[0]
    qtbot.waitUntil(lambda: _focused(ws) == first)
    assert _on_screen(ws, first)
    window.close()
    db.close()


def test_next_case_starts_at_its_first_unanswered_question_and_a_digit_lands_there(qtbot, tmp_path) -> None:
    window, db = _open_demo(qtbot, tmp_path)
    ws = window.workspace
    ids = ws.checklist.visible_ids()
    ws.checklist.focus_question(ids[3])  # the member is on question 4
    for _ in range(3):
        press(qtbot, Key.Key_PageDown, Alt)
        wait_for_documents(qtbot)
        first = ws.checklist.visible_ids()[0]
        assert _focused(ws) == first, "every case opens at its first unanswered question"
        assert _on_screen(ws, first)
    case_id = ws.case_id
    question = _focused(ws)
    press(qtbot, Key.Key_2)
    wait_idle(qtbot)
    answers = review.open_case(db, case_id).answers
    assert list(answers) == [question], "the digit answered exactly the question with focus"
    assert QApplication.focusWidget() is not None
    window.close()
    db.close()


def test_ctrl_t_from_the_checklist_shows_the_page_text_and_puts_the_reader_in_it(qtbot, tmp_path) -> None:
    window, db = _open_demo(qtbot, tmp_path)
    ws = window.workspace
    ws.checklist.focus_first_unanswered()
    press(qtbot, Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tab = ws.viewer.current_tab()
    assert tab.page_text_button.isChecked()
    assert QApplication.focusWidget() is tab.page_text
    assert "Incident log" in tab.page_text.toPlainText()
    press(qtbot, Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not tab.page_text_button.isChecked()
    window.close()
    db.close()


def test_pane_widths_can_be_chosen_from_the_keyboard(qtbot, tmp_path) -> None:
    window, db = _open_demo(qtbot, tmp_path)
    ws = window.workspace
    window.resize(1900, 1000)  # room for the panes to differ beyond their least widths
    qtbot.wait(20)
    splitter = ws.splitter
    _list, documents_before, checklist_before = splitter.sizes()
    press(qtbot, Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Alt)
    _list, documents, checklist = splitter.sizes()
    assert checklist > checklist_before and documents < documents_before, "Ctrl+Alt+Right: wider checklist"
    press(qtbot, Key.Key_Left, Qt.KeyboardModifier.ControlModifier | Alt)
    _list, documents, checklist = splitter.sizes()
    assert documents > checklist, "Ctrl+Alt+Left: wider documents"
    names = [a.text() for a in window.layout_menu.actions()]
    assert names == ["&Balanced panes", "Wider &documents", "Wider &checklist"]
    window.close()
    db.close()
