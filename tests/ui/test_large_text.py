"""Layouts hold at 200% text size: wrapped labels show all their lines, nothing overlaps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, set_query_only, wait_idle


@pytest.fixture
def doubled_font():
    app = QApplication.instance()
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    yield big
    app.setFont(original)


def clipped_labels(root) -> list[str]:
    clipped = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text() or not label.wordWrap():
            continue
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            clipped.append(f"{label.objectName() or label.text()[:30]}: {label.height()} < {needed}")
    return clipped


def test_workspace_at_double_text_size(qtbot, doubled_font, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.resize(1400, 900)
    workspace = open_round(qtbot, window, round_id)
    qtbot.waitUntil(lambda: workspace.checklist.widget().width() > 0)
    QApplication.processEvents()
    for question in workspace.checklist.questions.values():
        assert question.title_label.font().pointSizeF() >= doubled_font.pointSizeF()
    assert clipped_labels(workspace) == []
    assert clipped_labels(window.rounds_page) == []
    window.show_rounds()
    QApplication.processEvents()
    assert clipped_labels(window.rounds_page) == []


def test_setup_page_at_double_text_size(qtbot, doubled_font, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    window.resize(1000, 800)
    QApplication.processEvents()
    assert clipped_labels(window.setup_page) == []


def test_save_banner_is_whole_in_welsh_at_double_text_size_on_a_small_screen(
    qtbot, doubled_font, db, round_id, profile_dir
) -> None:
    from desktop.ui import i18n

    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.resize(1366, 768)
    workspace = open_round(qtbot, window, round_id)
    i18n.set_language("cy")
    set_query_only(db, True)  # the database really refuses the next write
    workspace.checklist.questions["assessed"].choose(0)
    qtbot.waitUntil(workspace.save_banner.isVisible)  # the save runs off the GUI thread
    set_query_only(db, False)
    # the banner's words arrive with the failed save (off the GUI thread) and are laid out
    # on the next passes of the event loop: whole once laid out, or the wait times out
    qtbot.waitUntil(lambda: clipped_labels(workspace.save_banner) == [], timeout=3_000)
    workspace.pending.retry()
    wait_idle(qtbot)
    assert not workspace.save_banner.isVisible()
    i18n.set_language("en")
    window.close()
