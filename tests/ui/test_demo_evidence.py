"""The coordinator's demo, where two members cited the pages their answers on a low-risk
case rest on: the question's window shows every answer and every cited page with no
blank between them, and in Welsh names the members in Welsh."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import profile
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_coordinator import create_demo_coordinator
from desktop.ui import i18n
from desktop.ui.text_size import apply_text_size
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press
from tests.ui.test_findings_page import go_to


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("evidence-demo") / "office"
    create_demo_coordinator(folder).close()
    return folder


def _opened(qtbot, demo):
    """DEMO-HC-13's "risk identified", opened from the Findings grid by keyboard."""
    window = open_window(qtbot, demo, FakeDialogs(), db=profile.open_profile(demo, DEMO_PASSPHRASE).db)
    page = window.coordinator_home.findings_page
    window.coordinator_home.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.findings is not None)
    go_to(qtbot, page, "DEMO-HC-13", "risk_identified")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    return page.cell_dialog


@pytest.fixture
def cell(qtbot, demo):
    dialog = _opened(qtbot, demo)
    yield dialog
    i18n.set_language("en")
    dialog.reject()
    dialog.parent().close()  # the main window, and the profile with it


def test_the_questions_window_is_no_taller_than_what_it_shows(qtbot, demo) -> None:
    """At 125% text the window first grew at Qt's narrower guess at its width, where the
    notes and the quotes wrapped onto more lines, then widened and kept that height: a
    blank of a hundred pixels (on a wide screen, several lines between its parts)."""
    apply_text_size(125)
    try:
        dialog = _opened(qtbot, demo)
        evidence, body = dialog.evidence, dialog.body_area
        qtbot.waitUntil(lambda: "Incident log" in evidence.list.item(0).text())
        line = dialog.fontMetrics().height()
        qtbot.waitUntil(lambda: body.height() <= body.needed_height() + line // 2)
        assert dialog.answer_table.verticalScrollBar().maximum() == 0  # every member's answer in view
        assert evidence.list.count() == 3 and evidence.list.verticalScrollBar().maximum() == 0
        dialog.reject()
        dialog.parent().close()
    finally:
        apply_text_size(100)


def test_in_welsh_the_members_who_cited_are_named_in_welsh(qtbot, cell) -> None:
    """The list kept the "(Member A)" it was made with, under a table saying "(Aelod A)";
    and the table, as tall as its English rows, hid the third answer once they wrapped."""
    evidence = cell.evidence
    qtbot.waitUntil(lambda: "Incident log" in evidence.list.item(0).text())
    i18n.set_language("cy")
    table = cell.answer_table  # the longer Welsh words wrap onto more lines: every answer still shows
    rows = range(cell.answers.rowCount())
    qtbot.waitUntil(lambda: all(table.rowHeight(r) == table.sizeHintForRow(r) for r in rows))
    qtbot.waitUntil(lambda: table.verticalScrollBar().maximum() == 0)
    body = cell.body_area  # and the window grows with it, nothing pushed below its edge
    qtbot.waitUntil(lambda: body.height() >= body.needed_height())
    named = [evidence.list.item(r).text().split(": ")[0] for r in range(evidence.list.count())]
    assert named == ["Aled Jones (Aelod A)", "Aled Jones (Aelod A)", "Bethan Evans (Aelod B)"]
    assert "Incident log, tudalen 1: 'Third report" in evidence.list.item(0).text()
