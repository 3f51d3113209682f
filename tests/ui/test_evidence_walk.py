"""What walking the citations and trends by keyboard on a real screen found, each pinned
here with real profiles and real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.services.citation_world import NAME, cited_world
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, wait_idle

QUESTION = "hostility_recorded"
Ctrl_Shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def cw(tmp_path):
    made = cited_world(tmp_path)
    yield made
    made.world.close()


def test_enter_on_a_citation_puts_the_member_on_the_cited_page(qtbot, cw) -> None:
    """Enter on a citation went on up to the question, which took it for "next question":
    the page opened, but focus jumped to the next question instead of the page, so the
    member (and a screen reader) was not where the citation had sent them."""
    window = open_window(qtbot, cw.world.root / NAME.split()[0].lower(), FakeDialogs(), db=cw.member)
    ws = open_round(qtbot, window, cw.member_round)
    viewer, evidence = ws.viewer, ws.checklist.questions[QUESTION].evidence
    qtbot.waitUntil(lambda: viewer.page_count() == 3)
    viewer.current_tab().go_to_page(2)
    qtbot.waitUntil(lambda: viewer.current_page() == 3)
    ws.checklist.focus_question(QUESTION)
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    viewer.current_tab().go_to_page(0)
    qtbot.waitUntil(lambda: viewer.current_page() == 1)

    evidence.list.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.current_page() == 3)
    QApplication.processEvents()
    assert QApplication.focusWidget() is viewer.current_tab().view
    assert ws.checklist.current_question() is None  # no question took the key
    window.close()
