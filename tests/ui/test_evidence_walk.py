"""What walking the citations and trends by keyboard on a real screen found, each pinned
here with real profiles and real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import profile, rounds
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_coordinator import TITLE, create_demo_coordinator
from tests.services.citation_world import NAME, cited_world
from tests.ui.fakes import FakeDialogs
from tests.ui.fit import cut_off_controls
from tests.ui.harness import open_round, open_window, press, wait_idle

QUESTION = "hostility_recorded"
Ctrl_Shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(scope="module")
def trend_demo(tmp_path_factory):
    """The coordinator's demo with both quarters: its profile folder and the newest round."""
    folder = tmp_path_factory.mktemp("trend-demo") / "office"
    db = create_demo_coordinator(folder, earlier_quarter=True)
    latest = next(r.id for r in rounds.list_rounds(db) if r.title == TITLE)
    db.close()
    return folder, latest


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


def test_alt_r_opens_the_trends_window(qtbot, trend_demo) -> None:
    """Alt+R only moved focus to the Trends button: the member's Review menu, hidden from a
    coordinator, still held Alt+R, and Qt treats a key two controls share as "go to", not
    "press"."""
    folder, latest = trend_demo
    db = profile.open_profile(folder, DEMO_PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    findings_page = home.findings_page
    qtbot.waitUntil(lambda: findings_page.round_id == latest)
    findings_page.view.setFocus()
    press(qtbot, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: findings_page.trends_dialog.isVisible())
    section = findings_page.trends
    qtbot.waitUntil(lambda: section.trend is not None and len(section.trend.rounds) == 2)
    qtbot.waitUntil(lambda: section.window().isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_Escape)
    assert not findings_page.trends_dialog.isVisible()
    window.close()


def _welsh_trends_at(qtbot, trend_demo, percent: int):
    """The coordinator's window in Welsh at `percent` text, its Trends window open."""
    from desktop.ui import i18n
    from desktop.ui.text_size import apply_text_size

    folder, latest = trend_demo
    apply_text_size(percent)  # chosen earlier, and remembered
    i18n.set_language("cy")
    db = profile.open_profile(folder, DEMO_PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    page = home.findings_page
    qtbot.waitUntil(lambda: page.round_id == latest)
    page.open_trends()
    return window, page


def test_the_trends_window_fits_the_screen_at_the_largest_text_in_welsh(
    qtbot, trend_demo, largest_text
) -> None:
    """At large text the window was 896 px tall on a 768 px screen: its Close button and
    the last standards were below the edge, and it used less than half the screen's width
    while the standards' names were cut short."""
    from desktop.ui import i18n

    window, page = _welsh_trends_at(qtbot, trend_demo, largest_text)
    try:
        dialog = page.trends_dialog
        qtbot.waitUntil(lambda: page.trends.trend is not None)
        QApplication.processEvents()
        free = dialog.screen().availableGeometry()
        title_bar = 2 * dialog.fontMetrics().height()  # what a window manager adds around it
        assert dialog.height() + title_bar <= free.height(), (dialog.size(), free)
        assert dialog.minimumSizeHint().height() + title_bar <= free.height()
        assert dialog.width() <= free.width()
        assert dialog.width() >= free.width() * 0.6  # room for the standards' names
        assert cut_off_controls(dialog) == []
        press(qtbot, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    finally:
        i18n.set_language("en")
        page.trends_dialog.close()
        window.close()


def test_the_coordinators_copy_of_a_cited_page_fits_the_screen(qtbot, trend_demo) -> None:
    """The document opened from a member's evidence was always 900x700: at display scaling
    2 that is 1800x1400 pixels on a 1366x768 screen, its Close button far off the edge."""
    from desktop.ui.coordinator.evidence import EvidenceViewer
    from tests.ui.test_findings_page import go_to

    folder, latest = trend_demo
    db = profile.open_profile(folder, DEMO_PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    page = home.findings_page
    qtbot.waitUntil(lambda: page.round_id == latest and page.findings is not None)
    go_to(qtbot, page, "DEMO-HC-01", "hostility_recorded")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    shown = EvidenceViewer(window.session, page.cell_dialog.case.case.case_id, 1, 1, page.cell_dialog)
    shown.show()
    qtbot.waitUntil(lambda: shown.viewer.page_count() >= 1, timeout=10_000)
    # what a screen reader says first names the document, not only "Evidence: page 1"
    assert shown.windowTitle() == shown.accessibleName() == "Evidence: Incident log, page 1"
    free = shown.screen().availableGeometry()
    title_bar = 2 * shown.fontMetrics().height()
    assert shown.width() <= free.width() and shown.height() + title_bar <= free.height(), (shown.size(), free)
    assert shown.minimumSizeHint().height() + title_bar <= free.height()
    assert shown.width() >= free.width() * 0.6  # the document keeps a readable width
    shown.close()
    page.cell_dialog.reject()
    window.close()


def test_a_citation_message_leaves_the_case_heading_whole_on_a_short_screen(
    qtbot, tmp_path, largest_text
) -> None:
    """In Welsh at 200% text and display scaling 1.5 (a 911x512 window), "Nodwyd: …" above
    the case's heading pushed the pane past its height: the heading was cut in half, the
    case's state hidden, and the checklist left a sliver. It is said under the citation
    list it changed, inside the checklist that scrolls."""
    from desktop.ui import i18n
    from tests.ui.test_small_screens import demo_workspace_at_largest_text

    i18n.set_language("cy")
    try:
        window, ws = demo_workspace_at_largest_text(qtbot, tmp_path, "cy")
        window.resize(911, 490)
        qtbot.waitUntil(lambda: ws.viewer.current_tab() is not None)
        question = ws.checklist.visible_ids()[0]
        ws.checklist.focus_question(question)
        press(qtbot, Qt.Key.Key_C, Ctrl_Shift)
        wait_idle(qtbot)
        qtbot.waitUntil(lambda: ws.checklist.questions[question].evidence.list.count() == 1)
        for _ in range(3):
            QApplication.processEvents()
        status = ws.checklist.questions[question].evidence.status
        assert status.isVisible() and status.text()  # said under the list it changed
        for label in (ws.citation_message, ws.case_heading, ws.case_summary):
            if label.isVisible():
                assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert ws.checklist.viewport().height() >= 3 * ws.checklist.fontMetrics().height()
    finally:
        i18n.set_language("en")
    window.close()


def test_removing_the_last_citation_by_its_button_leaves_focus_on_the_question(qtbot, cw) -> None:
    """ "Remove citation" hides with the last citation: focus, on it, went on to the next
    question's Guidance button, a question the member had not chosen."""
    window = open_window(qtbot, cw.world.root / NAME.split()[0].lower(), FakeDialogs(), db=cw.member)
    ws = open_round(qtbot, window, cw.member_round)
    evidence = ws.checklist.questions[QUESTION].evidence
    qtbot.waitUntil(lambda: ws.viewer.page_count() == 3)
    evidence.cite_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # "Cite this page"
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 1)
    evidence.remove_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: evidence.list.count() == 0)
    QApplication.processEvents()
    assert QApplication.focusWidget() is evidence.cite_button
    assert not evidence.remove_button.isVisible()
    window.close()


def test_the_trend_sentences_scroll_and_leave_the_table_rows_on_a_short_screen(
    qtbot, trend_demo, largest_text
) -> None:
    """With both quarters, in Welsh at 200% text and display scaling 1.5 (a window of
    about 850x450), the sentences about recurring findings were cut off at the bottom by
    the table, and the table was squeezed to one row."""
    from desktop.ui import i18n

    window, page = _welsh_trends_at(qtbot, trend_demo, largest_text)
    try:
        section = page.trends
        qtbot.waitUntil(lambda: section.trend is not None and len(section.trend.rounds) == 2)
        page.trends_dialog.resize(850, 450)
        for _ in range(3):
            QApplication.processEvents()
        summary = section.summary
        whole = summary.height() >= summary.heightForWidth(summary.width())
        assert whole or summary.parentWidget().parentWidget() is section.summary_area.viewport()
        table = section.table
        visible_rows = (table.viewport().height()) / table.rowHeight(0)
        assert visible_rows >= 3, visible_rows
        bar = section.summary_area.verticalScrollBar()
        assert bar.maximum() > 0  # the test needs sentences longer than their room
        summary.setFocus()
        qtbot.waitUntil(summary.hasFocus)
        press(qtbot, Qt.Key.Key_PageDown)  # the sentences scroll by keyboard too
        assert bar.value() > 0
    finally:
        i18n.set_language("en")
        page.trends_dialog.close()
        window.close()


def test_on_a_short_pane_the_answer_focused_is_in_view_when_a_case_opens(
    qtbot, tmp_path, largest_text
) -> None:
    """In Welsh at 200% text and display scaling 1.5 the checklist is a few lines high: a
    case opened scrolled to its section's heading, and the answer with focus sat below it,
    out of sight."""
    from desktop.ui import i18n
    from tests.ui.test_small_screens import demo_workspace_at_largest_text

    i18n.set_language("cy")
    try:
        window, ws = demo_workspace_at_largest_text(qtbot, tmp_path, "cy")
        window.resize(911, 490)
        for _ in range(3):
            QApplication.processEvents()
        before = ws.case_id
        ws.step_case(1)  # the next case opens in the short pane
        checklist = ws.checklist
        first = checklist.questions[checklist.visible_ids()[0]]
        qtbot.waitUntil(lambda: ws.case_id != before and first.isAncestorOf(QApplication.focusWidget()))
        wait_idle(qtbot)
        viewport = checklist.viewport()

        def focus_in_view() -> bool:
            focus = QApplication.focusWidget()
            top = focus.mapTo(viewport, focus.rect().topLeft()).y()
            return first.isAncestorOf(focus) and top >= 0 and top + focus.height() <= viewport.height()

        qtbot.waitUntil(focus_in_view)
    finally:
        i18n.set_language("en")
    window.close()
