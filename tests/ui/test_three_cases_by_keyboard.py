"""Three cases in a row, by keyboard alone: every answer lands on the question that had focus.

Digits answer, Enter moves on, Tab reaches the hours and the note, Ctrl+Enter leaves a
note, Tab and Enter press Mark complete, and Enter takes the offer of the next case.
The database is then read back, question by question.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QSpinBox

from desktop.services import review
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, type_text, wait_for_documents

Key = Qt.Key
Ctrl = Qt.KeyboardModifier.ControlModifier


def _answer(qtbot, ws, question: str, digit: Key) -> None:
    assert ws.checklist.current_question() == question, f"focus should be on {question}"
    press(qtbot, digit)


def _tab_to(qtbot, kind: type) -> QApplication:
    for _ in range(12):
        press(qtbot, Key.Key_Tab)
        if isinstance(QApplication.focusWidget(), kind):
            return QApplication.focusWidget()
    raise AssertionError(f"Tab never reached a {kind.__name__}")


def _one_case(qtbot, ws, n: int) -> None:
    _answer(qtbot, ws, "strands", Key.Key_1)  # Race
    press(qtbot, Key.Key_Return)
    _answer(qtbot, ws, "assessed", Key.Key_2)  # No: a note is needed, and "level" stays hidden
    type_text(qtbot, _tab_to(qtbot, QPlainTextEdit), f"No assessment in case {n}.")
    press(qtbot, Key.Key_Return, Ctrl)
    _answer(qtbot, ws, "contact", Key.Key_1)  # Yes, with hours
    hours = _tab_to(qtbot, QSpinBox)
    hours.selectAll()
    for digit in str(12 * n):
        press(qtbot, getattr(Key, f"Key_{digit}"))
    press(qtbot, Key.Key_Return)
    assert ws.checklist.current_question() == "learning"
    type_text(qtbot, QApplication.focusWidget(), f"Rota gap {n}")
    press(qtbot, Key.Key_Return, Ctrl)
    for _ in range(12):  # on to Mark complete, by Tab
        if QApplication.focusWidget() is ws.complete_button:
            break
        press(qtbot, Key.Key_Tab)
    assert QApplication.focusWidget() is ws.complete_button
    press(qtbot, Key.Key_Return)


def test_three_cases_in_a_row_by_keyboard_land_every_answer_where_focus_was(
    qtbot, db, round_id, profile_dir
) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    done = []
    for n in (1, 2, 3):
        case_id = ws.case_id
        _one_case(qtbot, ws, n)
        qtbot.waitUntil(lambda case_id=case_id: review.open_case(db, case_id).case.status == "complete")
        done.append(case_id)
        if n < 3:  # take the offer of the next case not complete, by Enter
            qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.next_open_button)
            press(qtbot, Key.Key_Return)
            qtbot.waitUntil(lambda case_id=case_id: ws.case_id != case_id)
            wait_for_documents(qtbot)
    assert len(set(done)) == 3
    for n, case_id in enumerate(done, start=1):
        answers = review.open_case(db, case_id).answers
        assert answers["strands"].value == ("race",)
        assert (answers["assessed"].value, answers["assessed"].note) == ("no", f"No assessment in case {n}.")
        assert (answers["contact"].value, answers["contact"].hours) == ("yes", 12 * n)
        assert answers["learning"].value == f"Rota gap {n}"
        assert "level" not in answers or not answers["level"].answered
    window.close()
