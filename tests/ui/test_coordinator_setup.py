"""First run as the coordinator: the role is chosen on the set-up page, the coordinator's
home replaces the member's rounds, and locking frees it with the session."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.services import profile
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press, wait_idle
from tests.ui.test_lock_hygiene import unlock


def test_the_coordinator_role_is_chosen_at_first_run_and_freed_on_lock(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "office", FakeDialogs())
    page = window.setup_page
    choice = page.role_choice
    assert choice.member_radio.isChecked(), "most people who install it are members"
    assert choice.coordinator_radio.accessibleName() and choice.coordinator_radio.accessibleDescription()
    page.name_edit.setText("Olwen Price")
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE)
    choice.member_radio.setFocus()
    QTest.keyClick(choice.member_radio, Qt.Key.Key_Down)  # arrow keys move between the choices
    assert choice.coordinator_radio.isChecked()
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.session.run(profile.profile_info).role == "coordinator"
    home = window.coordinator_home
    assert home is not None and window.stack.currentWidget() is home
    assert window.workspace is None

    home.tabs.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert home.tabs.currentWidget() is home.rounds_page
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert home.tabs.currentWidget() is home.assignment_page

    freed = weakref.ref(home)
    del home
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and freed() is None)
    assert window.session is None and window.coordinator_home is None
    unlock(qtbot, window)
    wait_idle(qtbot)
    assert window.stack.currentWidget() is window.coordinator_home
    window.close()


def test_a_member_profile_still_gets_the_round_list(qtbot, tmp_path) -> None:
    from tests.ui.test_start_and_lock import fill_setup

    window = open_window(qtbot, tmp_path / "member", FakeDialogs())
    fill_setup(qtbot, window, "Aled Jones", PASSPHRASE, PASSPHRASE)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.setup_page, timeout=10_000)
    assert window.session.run(profile.profile_info).role == "member"
    assert window.coordinator_home is None and window.stack.currentWidget() is window.rounds_page
    window.close()
