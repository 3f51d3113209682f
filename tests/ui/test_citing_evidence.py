"""A citation made by keyboard in the member's workspace arrives in the coordinator's
cell dialog and opens the coordinator's own copy of the document at the right page.

Real profiles on both sides, a real pack, a real package, real widgets: the member
reads page 3 of the crime report, cites it from the question with Ctrl+Shift+C, selects
words in the page text and cites them from the document with the same key; the
coordinator imports the package, opens the question from the findings grid and presses
Enter on the member's evidence.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from desktop.core.citations import Citation
from desktop.services import citations, review, review_packages
from desktop.ui import i18n
from desktop.ui.coordinator.evidence import EvidenceViewer
from tests.services.citation_world import NAME, QUOTE, cited_world
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, wait_idle
from tests.ui.test_findings_page import go_to

QUESTION = "hostility_recorded"
Ctrl_Shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def cw(tmp_path):
    made = cited_world(tmp_path)
    yield made
    made.world.close()


def _spoken(widget) -> list[str]:
    items = [widget.list.item(row) for row in range(widget.list.count())]
    return [str(item.data(Qt.ItemDataRole.AccessibleTextRole)) for item in items]


def _member_cites_by_keyboard(qtbot, cw):
    window = open_window(qtbot, cw.world.root / NAME.split()[0].lower(), FakeDialogs(), db=cw.member)
    ws = open_round(qtbot, window, cw.member_round)
    viewer, evidence = ws.viewer, ws.checklist.questions[QUESTION].evidence
    qtbot.waitUntil(lambda: viewer.page_count() == 3)
    viewer.current_tab().go_to_page(2)
    qtbot.waitUntil(lambda: viewer.current_page() == 3)
    ws.checklist.focus_question(QUESTION)
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)  # the page in view, for the question focus is in
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    title = citations.document_titles(cw.member, cw.case_id)[0]
    assert _spoken(evidence) == [f"Evidence: {title}, page 3"]

    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # the page as text, to select in
    page_text = viewer.current_tab().page_text
    assert QApplication.focusWidget() is page_text
    found = page_text.document().find(QUOTE, 0, QTextDocument.FindFlag(0))
    assert not found.isNull()
    page_text.setTextCursor(found)
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)  # from the document: the question last answered
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 2)
    assert _spoken(evidence)[1] == f"Evidence: {title}, page 3: '{QUOTE}'"
    assert evidence.status.text().startswith("Cited: ") and not ws.citation_message.isVisible()

    viewer.current_tab().go_to_page(0)  # read on; then Enter on a citation goes back to it
    qtbot.waitUntil(lambda: viewer.current_page() == 1)
    evidence.list.setFocus()
    evidence.list.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: viewer.current_page() == 3)

    viewer.tabs.setCurrentIndex(1)  # the incident log, cited and then taken back with Delete
    ws.checklist.focus_question(QUESTION)
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 3)
    evidence.list.setFocus()
    evidence.list.setCurrentRow(2)
    press(qtbot, Qt.Key.Key_Delete)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 2)
    return window


def test_a_citation_made_by_keyboard_opens_the_coordinators_copy_at_that_page(qtbot, cw) -> None:
    review.save_answer(cw.member, cw.case_id, QUESTION, "yes")
    member_window = _member_cites_by_keyboard(qtbot, cw)
    stored = [c.citation for c in citations.citations_of(cw.member, cw.case_id)[QUESTION]]
    assert stored == [Citation(1, 3), Citation(1, 3, QUOTE)]
    sent = review_packages.export_review(cw.member, cw.member_round, cw.world.root / "outbox").path
    member_window.close()  # the member's profile locks
    (fate,) = review_packages.import_packages(cw.world.coordinator, [sent]).fates
    assert fate.fate is review_packages.Fate.ACCEPTED, fate.why

    window = open_window(qtbot, cw.world.root / "coordinator", FakeDialogs(), db=cw.world.coordinator)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    page = home.findings_page
    qtbot.waitUntil(lambda: page.round_id == cw.world.round_id and page.findings is not None)
    go_to(qtbot, page, "HC-001", QUESTION)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    evidence = page.cell_dialog.evidence
    assert evidence.isVisible()
    title = citations.document_titles(cw.world.coordinator, page.cell_dialog.case.case.case_id)[0]
    qtbot.waitUntil(lambda: f"{title}, page 3: '{QUOTE}'" in evidence.list.item(1).text())
    assert evidence.list.item(0).text() == f"{NAME} (Member A): {title}, page 3"
    assert str(evidence.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole)).startswith("Evidence: ")

    evidence.list.setFocus()
    evidence.list.setCurrentRow(1)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(evidence.viewer_window, EvidenceViewer))
    shown = evidence.viewer_window
    assert shown is not None
    qtbot.waitUntil(lambda: shown.viewer.page_count() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: shown.viewer.current_page() == 3)
    assert shown.viewer.tabs.currentIndex() == 0 and not shown.message.isVisible()
    shown.close()
    page.cell_dialog.reject()
    window.close()


def test_a_finished_case_takes_no_citation_and_says_why(qtbot, cw) -> None:
    """A completed case is read, not changed, until reopened: Ctrl+Shift+C says so in a
    sentence and stores nothing; the cite button is greyed."""
    from tests.services.test_changes_after_completion import complete

    complete(cw.member, cw.case_id)
    window = open_window(qtbot, cw.world.root / NAME.split()[0].lower(), FakeDialogs(), db=cw.member)
    ws = open_round(qtbot, window, cw.member_round)
    qtbot.waitUntil(lambda: ws.viewer.page_count() == 3)
    evidence = ws.checklist.questions[QUESTION].evidence
    assert not evidence.cite_button.isEnabled()
    ws.viewer.tabs.tabBar().setFocus()
    ws.citing.last_question = QUESTION
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)
    wait_idle(qtbot)
    assert ws.citation_message.isVisible()
    assert ws.citation_message.text() == "This case cannot be changed now, so no page was cited."
    assert citations.citations_of(cw.member, cw.case_id) == {}
    assert evidence.list.count() == 0
    window.close()


def test_what_a_citation_did_is_said_again_in_the_new_language(qtbot, cw) -> None:
    """ "Cited: …" stayed English when the member switched to Welsh."""
    review.save_answer(cw.member, cw.case_id, QUESTION, "yes")
    window = open_window(qtbot, cw.world.root / NAME.split()[0].lower(), FakeDialogs(), db=cw.member)
    ws = open_round(qtbot, window, cw.member_round)
    qtbot.waitUntil(lambda: ws.viewer.page_count() == 3)
    ws.checklist.focus_question(QUESTION)
    press(qtbot, Qt.Key.Key_C, Ctrl_Shift)
    wait_idle(qtbot)
    status = ws.checklist.questions[QUESTION].evidence.status  # said under the list it changed
    qtbot.waitUntil(lambda: status.text().startswith("Cited: "))
    assert status.text().endswith(", page 1")
    try:
        i18n.set_language("cy")
        assert status.text().startswith("Nodwyd: ")
        assert status.text().endswith(", tudalen 1")
    finally:
        i18n.set_language("en")
    window.close()
