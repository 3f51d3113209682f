"""The coordinator's first key press after the profile opens: the pages are reached by
keyboard at once (F6 / Ctrl+Page Down), without first pressing Tab to find the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.coordinator_harness import coordinator_window
from tests.ui.harness import press


def test_the_keyboard_is_on_the_first_page_when_the_profile_opens(qtbot, tmp_path) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    home = window.coordinator_home
    first = home.tabs.currentWidget()
    focused = QApplication.focusWidget()
    assert focused is not None and first.isAncestorOf(focused), "the keyboard is nowhere"
    press(qtbot, Qt.Key.Key_F6)
    assert home.tabs.currentIndex() == 1, "F6 goes to the next page at once"
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert home.tabs.currentWidget() is home.translation_page, "back past the first page, to the last"
