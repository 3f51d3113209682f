"""What the real-screen walk found at large text on a 1366x768 laptop, each pinned here
offscreen: check boxes that stayed small, tab arrows too narrow to hit, the first question
opened half scrolled away, and a workspace too wide for the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QStyle, QTabWidget, QWidget

from desktop.services.demo import create_demo_profile
from tests.ui.fakes import FakeDialogs
from tests.ui.fit import cut_off_controls
from tests.ui.harness import open_round, open_window
from tests.ui.test_text_size import SMALL_LAPTOP, choose_largest, settle


def demo_workspace_at_largest_text(qtbot, tmp_path, language: str = "en"):  # type: ignore[no-untyped-def]
    """The demo round's first case, on a small laptop, at the largest text size."""
    db = create_demo_profile(tmp_path / "demo", language)
    window = open_window(qtbot, tmp_path / "demo", FakeDialogs(), db=db)
    choose_largest(window)
    window.show_rounds()
    settle(window)
    workspace = open_round(qtbot, window, window.rounds_page.model.row_at(0).id)
    settle(window)
    return window, workspace


def test_check_boxes_and_radio_buttons_grow_with_the_text(qtbot, largest_text) -> None:
    from desktop.ui.text_size import apply_text_size

    apply_text_size(largest_text)
    holder = QWidget()
    qtbot.addWidget(holder)
    box, radio = QCheckBox("Race", holder), QRadioButton("Yes", holder)
    text = box.fontMetrics().height()
    assert box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, box) >= 0.9 * text
    assert radio.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, radio) >= 0.9 * text


def test_tab_scroll_arrows_are_wide_enough_to_press_at_large_text(qtbot, largest_text) -> None:
    from desktop.ui.text_size import apply_text_size

    apply_text_size(largest_text)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    for title in ("Members", "Rounds", "Assignment", "Send packs", "Inbox", "Findings", "Observations"):
        tabs.addTab(QWidget(), title)
    tabs.resize(600, 300)
    tabs.show()
    qtbot.waitExposed(tabs)
    assert cut_off_controls(tabs) == []


def test_a_case_opens_with_its_first_section_heading_and_question_in_view(
    qtbot, tmp_path, largest_text
) -> None:
    _window, workspace = demo_workspace_at_largest_text(qtbot, tmp_path)
    checklist = workspace.checklist
    first = checklist.questions[checklist.visible_ids()[0]]
    qtbot.waitUntil(lambda: first.isAncestorOf(QApplication.focusWidget()))
    assert first.height() > checklist.viewport().height() * 0.6, "the test needs a tall first question"
    assert checklist.verticalScrollBar().value() == 0  # the section heading above it shows

    second_id = checklist.visible_ids()[1]
    checklist.focus_question(second_id)
    second = checklist.questions[second_id]
    top = second.mapTo(checklist.viewport(), second.rect().topLeft()).y()
    assert 0 <= top < checklist.viewport().height() // 3  # its title, not its middle


def test_the_workspace_fits_a_small_laptop_at_the_largest_text(qtbot, tmp_path, largest_text) -> None:
    """The three panes' least widths once added up to more than the screen (1389 px)."""
    window, workspace = demo_workspace_at_largest_text(qtbot, tmp_path)
    assert workspace.panes.narrow
    assert window.minimumSizeHint().width() <= SMALL_LAPTOP[0] - 40
    sizes = workspace.splitter.sizes()
    assert sizes[1] > sizes[0] * 2  # the documents get the room, not the case list


def test_the_marked_complete_message_reads_across_the_pane_at_the_largest_text(
    qtbot, tmp_path, largest_text
) -> None:
    """Beside its button the message was left one word a line, and the Welsh button
    pushed the window past the screen's width."""
    from desktop.ui import i18n

    i18n.set_language("cy")
    try:
        window, workspace = demo_workspace_at_largest_text(qtbot, tmp_path, "cy")
        workspace.finishing.next_open_id = workspace.case_model.row_at(1).id
        workspace.finishing.show_complete_notice(True)
        settle(window)
        notice, button = workspace.complete_notice, workspace.next_open_button
        assert notice.width() >= workspace.right_pane.width() * 0.8
        assert "DEMO-HC-02" in button.text() and "DEMO-HC-02" in button.accessibleName()
        assert window.minimumSizeHint().width() <= SMALL_LAPTOP[0]
        assert cut_off_controls(workspace) == []
    finally:
        i18n.set_language("en")


def test_the_welsh_workspace_fits_a_laptop_at_display_scaling_one_and_a_half(
    qtbot, tmp_path, largest_text
) -> None:
    """At display scaling 1.5 a 1366-pixel screen is 911 wide to the app. The Welsh "Cite
    page in view" button under every question ("Nodi'r dudalen sydd o'ch blaen", 430 px at
    200% text) made the checklist, and so the window, at least 989 wide (real-screen walk)."""
    from desktop.ui import i18n

    window, workspace = demo_workspace_at_largest_text(qtbot, tmp_path, "cy")
    i18n.set_language("cy")  # the interface's language (the profile's sets only the checklist's)
    try:
        settle(window)
        assert window.minimumSizeHint().width() <= SMALL_LAPTOP[0] // 1.5
        workspace.finishing.next_open_id = workspace.case_model.row_at(1).id
        workspace.finishing.show_complete_notice(True)
        settle(window)
        assert window.minimumSizeHint().width() <= SMALL_LAPTOP[0] // 1.5
    finally:
        i18n.set_language("en")


def test_a_dialog_that_grows_after_it_was_placed_moves_back_inside_the_screen(qtbot) -> None:
    """Seen on the real screen under load: the card dialog, placed by the window manager,
    then grew to fit its Welsh at 200% text and stuck out 22 px past the right edge."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from desktop.ui.wrapped_dialog import WrappedTextDialog

    dialog = WrappedTextDialog()
    qtbot.addWidget(dialog)
    label = QLabel("short")
    layout = QVBoxLayout(dialog)
    layout.addWidget(label)
    dialog.show()
    free = dialog.screen().availableGeometry()
    dialog.move(free.right() - dialog.frameGeometry().width() - 4, free.top() + 10)  # near the right edge
    qtbot.waitUntil(lambda: dialog.frameGeometry().right() <= free.right())
    label.setMinimumWidth(free.width() // 2)  # the contents grow: the dialog must widen
    qtbot.waitUntil(lambda: dialog.width() >= free.width() // 2)
    frame = dialog.frameGeometry()
    assert free.contains(frame), (frame, free)


def test_the_changes_waiting_read_four_lines_at_the_largest_text(qtbot, tmp_path, largest_text) -> None:
    """On the real screen at 200% text the Inbox shared its height between the imported
    files, the changes waiting and the round progress, and squeezed the sentences of a
    member's changes into two and a half lines, the last cut through."""
    from desktop.services.demo_coordinator import create_demo_coordinator
    from tests.ui.coordinator_harness import wait_operations
    from tests.ui.test_text_size import choose_largest, settle

    db = create_demo_coordinator(tmp_path / "office")
    window = open_window(qtbot, tmp_path / "office", FakeDialogs(), db=db)
    choose_largest(window)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.inbox_page)
    wait_operations(qtbot)
    pending = home.inbox_page.pending
    qtbot.waitUntil(lambda: pending.isVisible() and pending.waiting.count() == 1)
    settle(window)
    differences, waiting = pending.differences, pending.waiting
    assert differences.viewport().height() >= 4 * differences.fontMetrics().lineSpacing()
    assert waiting.viewport().height() >= 2 * waiting.sizeHintForRow(0)


def test_the_round_progress_names_each_member_whole_in_welsh_at_the_largest_text(
    qtbot, tmp_path, largest_text
) -> None:
    """The member's name took the room the other columns left, and at 200% Welsh the
    headers of the counts left none: "Aled J…", "Beth…". The table scrolls sideways
    instead, with every name whole."""
    from desktop.services.demo_coordinator import create_demo_coordinator
    from desktop.ui import i18n
    from tests.ui.coordinator_harness import wait_operations
    from tests.ui.test_text_size import choose_largest, settle

    i18n.set_language("cy")
    try:
        db = create_demo_coordinator(tmp_path / "office", "cy")
        window = open_window(qtbot, tmp_path / "office", FakeDialogs(), db=db)
        choose_largest(window)
        home = window.coordinator_home
        home.tabs.setCurrentWidget(home.inbox_page)
        wait_operations(qtbot)
        table = home.inbox_page.progress_table
        qtbot.waitUntil(lambda: table.model().rowCount() == 4)
        settle(window)
        assert table.columnWidth(0) >= table.sizeHintForColumn(0)
    finally:
        i18n.set_language("en")


def test_a_framed_dialog_above_or_left_of_the_screen_comes_back_inside(qtbot) -> None:
    """Seen on the real screen under load at display scaling 1.5 and 200% text: the reason
    dialog framed at (-1, -13), its title bar above the screen's top, out of reach."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    from desktop.ui.wrapped_dialog import WrappedTextDialog

    dialog = WrappedTextDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(QLabel("Why are you changing this case?"))
    dialog.show()
    qtbot.waitUntil(lambda: dialog.frameGeometry() != dialog.geometry())  # framed
    free = dialog.screen().availableGeometry()
    dialog.move(free.x() - 1, free.y() - 13)  # as the window manager placed it, nothing else changing
    qtbot.waitUntil(lambda: free.contains(dialog.frameGeometry()))
