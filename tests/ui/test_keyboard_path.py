"""The keyboard path through the workspace, as a member without a mouse walks it.

Findings of a keyboard-only and screen-reader walk (issue 7): every row change in the
case list opened a case, Mark complete and Defer were far down the Tab order and Enter
on Mark complete did nothing, the documents took ~70 Tabs to reach, Ctrl+F worked only
inside the viewer, and answer buttons were 18 identical "Yes" to a screen reader.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QPlainTextEdit, QTabBar

from desktop.services import review
from desktop.ui.dialogs import DialogService
from desktop.ui.member.workspace import OPEN_AFTER_PAUSE_MS
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, wait_for_documents, wait_idle

Key = Qt.Key
Shift = Qt.KeyboardModifier.ShiftModifier
Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def workspace(qtbot, db, round_id, profile_dir, dialogs):
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    ws = open_round(qtbot, window, round_id)
    yield ws
    window.close()


def _focus() -> object:
    return QApplication.focusWidget()


def _in(widget, focus=None) -> bool:
    focus = focus if focus is not None else _focus()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _answer_all(ws) -> None:
    ws.checklist.questions["strands"].choose(0)
    ws.checklist.questions["assessed"].choose(0)
    ws.checklist.questions["level"].choose(0)
    ws.checklist.questions["contact"].choose(0)


# case list ----------------------------------------------------------------
def test_case_list_is_one_tab_stop_and_tab_leaves_it(qtbot, workspace) -> None:
    ws = workspace
    ws.case_table.setFocus()
    press(qtbot, Key.Key_Tab)
    assert not _in(ws.case_table), "Tab leaves the case list at once"
    press(qtbot, Key.Key_Tab, Shift)
    assert _focus() is ws.case_table


def test_arrow_keys_move_without_opening_and_a_pause_opens_keeping_focus(qtbot, workspace) -> None:
    ws = workspace
    first = ws.case_id
    ws.case_table.setFocus()
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Down)
    assert ws.case_id == first, "moving through the list opens nothing yet"
    third = ws.case_model.row_at(2).id
    qtbot.waitUntil(lambda: ws.case_id == third, timeout=2000)
    wait_for_documents(qtbot)
    assert _focus() is ws.case_table, "a case opened by a pause leaves focus in the list"
    assert ws.case_model.row_at(1).status == "not_started"


def test_enter_opens_the_selected_case_at_its_first_unanswered_question(qtbot, workspace, db) -> None:
    ws = workspace
    ws.case_table.setFocus()
    press(qtbot, Key.Key_Down)
    press(qtbot, Key.Key_Return)
    second = ws.case_model.row_at(1).id
    qtbot.waitUntil(lambda: ws.case_id == second, timeout=OPEN_AFTER_PAUSE_MS // 2)  # no pause waited
    wait_for_documents(qtbot)
    assert ws.checklist.current_question() == "strands"
    press(qtbot, Key.Key_1)
    wait_idle(qtbot)
    assert review.open_case(db, second).answers["strands"].value == ("race",)


def test_alt_page_down_still_opens_the_next_case_at_once(qtbot, workspace) -> None:
    ws = workspace
    ws.case_table.setFocus()
    press(qtbot, Key.Key_PageDown, Alt)
    second = ws.case_model.row_at(1).id
    qtbot.waitUntil(lambda: ws.case_id == second, timeout=OPEN_AFTER_PAUSE_MS // 2)  # no pause waited
    wait_for_documents(qtbot)


# finishing ------------------------------------------------------------------
def test_mark_complete_and_defer_follow_the_last_question_in_tab_order(qtbot, workspace) -> None:
    ws = workspace
    last = list(ws.checklist.questions.values())[-1]
    last.note_edit.setFocus()  # the last question's note, then the language it is written in
    press(qtbot, Key.Key_Tab)
    assert _focus() is last.note_language_combo
    press(qtbot, Key.Key_Tab)  # then the button citing the page in view as its evidence
    assert _focus() is last.evidence.cite_button
    press(qtbot, Key.Key_Tab)
    assert _focus() is ws.complete_button
    press(qtbot, Key.Key_Tab)
    assert _focus() is ws.defer_button


def test_enter_and_space_on_mark_complete(qtbot, workspace, db) -> None:
    ws = workspace
    _answer_all(ws)
    ws.complete_button.setFocus()
    press(qtbot, Key.Key_Return)
    wait_idle(qtbot)
    assert review.open_case(db, ws.case_id).case.status == "complete"
    first = ws.case_id
    press(qtbot, Key.Key_PageDown, Alt)
    qtbot.waitUntil(lambda: ws.case_id != first)
    wait_for_documents(qtbot)
    _answer_all(ws)
    ws.complete_button.setFocus()
    press(qtbot, Key.Key_Space)
    wait_idle(qtbot)
    assert review.open_case(db, ws.case_id).case.status == "complete"


def test_after_mark_complete_it_says_so_and_offers_the_next_case_not_complete(
    qtbot, workspace, db, monkeypatch
) -> None:
    import desktop.ui.member.finishing as finishing_module  # where the completion is announced

    said: list[str] = []
    monkeypatch.setattr(finishing_module, "announce", lambda _w, text, urgent=False: said.append(text))
    ws = workspace
    rows = ws.case_model.rows()
    _answer_all(ws)
    ws.complete_button.setFocus()
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(ws.complete_notice.isVisible)
    assert rows[0].reference in ws.complete_notice.text()
    assert said and rows[0].reference in said[-1]
    assert ws.next_open_button.isVisible()
    assert rows[1].reference in ws.next_open_button.text()
    assert _focus() is ws.next_open_button
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: ws.case_id == rows[1].id)
    wait_for_documents(qtbot)
    assert ws.checklist.current_question() == "strands"
    assert not ws.complete_notice.isVisible()


# panes --------------------------------------------------------------------------
def test_f6_cycles_the_three_panes(qtbot, workspace) -> None:
    ws = workspace
    ws.case_table.setFocus()
    press(qtbot, Key.Key_F6)
    assert _in(ws.viewer), "F6 from the case list goes to the documents"
    assert isinstance(_focus(), QTabBar) or _in(ws.viewer.tabs.currentWidget())
    press(qtbot, Key.Key_F6)
    assert _in(ws.checklist)
    assert ws.checklist.current_question() == "strands"
    press(qtbot, Key.Key_F6)
    assert _focus() is ws.case_table
    press(qtbot, Key.Key_F6, Shift)
    assert _in(ws.checklist)
    press(qtbot, Key.Key_F6, Shift)
    assert _in(ws.viewer)


def test_f6_returns_to_the_question_the_member_was_on(qtbot, workspace) -> None:
    ws = workspace
    ws.checklist.focus_question("contact")
    press(qtbot, Key.Key_F6)
    assert _focus() is ws.case_table
    press(qtbot, Key.Key_F6, Shift)
    assert ws.checklist.current_question() == "contact"


def test_ctrl_f_from_the_checklist_and_the_list_goes_to_the_find_box(qtbot, workspace) -> None:
    ws = workspace
    for start in (ws.checklist.questions["assessed"].first_focus_widget(), ws.case_table):
        start.setFocus()
        press(qtbot, Key.Key_F, Ctrl)
        assert _in(ws.viewer), "Ctrl+F reaches the find box from anywhere in the workspace"
        assert _focus().objectName() == "search_field"
    ws.viewer.tabs.tabBar().setFocus()
    press(qtbot, Key.Key_F, Ctrl)  # and from inside the viewer itself
    assert _focus().objectName() == "search_field"


def test_document_tabs_follow_the_case_list_in_tab_order(qtbot, workspace) -> None:
    ws = workspace
    ws.case_table.setFocus()
    press(qtbot, Key.Key_Tab)
    assert _focus() is ws.viewer.tabs.tabBar()


# screen readers --------------------------------------------------------------
def test_answer_buttons_name_their_question_and_shortcut(qtbot, workspace) -> None:
    ws = workspace
    names = [b.accessibleName() for q in ws.checklist.questions.values() for b in q._buttons]
    assert len(names) == len(set(names)), "no two answer buttons read the same"
    yes = ws.checklist.questions["assessed"]._buttons[0]
    assert yes.accessibleName() == "Question 2: Yes, shortcut 1"


def test_guidance_toggle_says_whether_guidance_is_shown(qtbot, workspace) -> None:
    ws = workspace
    button = ws.checklist.questions["assessed"].guidance_button
    assert button.accessibleName() == "Show guidance for question 2"
    button.click()
    assert button.accessibleName() == "Hide guidance for question 2"
    button.click()
    assert button.accessibleName() == "Show guidance for question 2"


def test_defer_dialog_text_box_has_a_name(qtbot, workspace) -> None:
    ws = workspace
    ws.dialogs = DialogService()
    seen: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, look)
            return
        box = dialog.findChild(QPlainTextEdit)
        seen.append(box.accessibleName())
        dialog.reject()

    QTimer.singleShot(0, look)
    ws.defer_button.click()
    assert seen and seen[0] == "What further information is needed to judge this case?"


def test_a_gap_is_said_in_words_on_the_question(qtbot, workspace, dialogs) -> None:
    ws = workspace
    ws.checklist.questions["strands"].choose(0)
    ws.checklist.questions["assessed"].choose(1)  # No: needs a note
    ws.complete_button.click()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assessed = ws.checklist.questions["assessed"]
    contact = ws.checklist.questions["contact"]
    assert "Needs a note" in assessed.accessibleDescription()
    assert "Needs a note" in assessed.note_edit.accessibleDescription()
    assert "Needs an answer" in contact.accessibleDescription()
    assert all("Needs an answer" in b.accessibleDescription() for b in contact._buttons)
    assert contact.gap_label.isVisible() and contact.gap_label.text() == "Needs an answer"
    contact.choose(0)
    assert "Needs an answer" not in contact.accessibleDescription()
    assert not contact.gap_label.isVisible()
