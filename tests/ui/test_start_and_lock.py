"""First run, unlock, wrong passphrase, lock on demand and when idle, passphrase change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.services import profile
from desktop.services.session import ProfileSession
from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier


def fill_setup(qtbot, window, name: str, passphrase: str, repeat: str) -> None:
    page = window.setup_page
    page.name_edit.setText(name)
    page.passphrase_edit.setText(passphrase)
    page.repeat_edit.setText(repeat)
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)


def test_first_run_refuses_weak_passphrases_with_reasons(qtbot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    assert window.stack.currentWidget() is window.setup_page
    fill_setup(qtbot, window, "Ann", "short", "short")
    assert "at least 10 characters" in window.setup_page.problems_label.text()
    fill_setup(qtbot, window, "Ann", "a long enough sentence", "a long enough sentense")
    assert "not the same" in window.setup_page.problems_label.text()
    fill_setup(qtbot, window, "Annabelle", "i am annabelle", "i am annabelle")
    assert "your name" in window.setup_page.problems_label.text()
    assert not profile.profile_exists(tmp_path / "new")


def test_first_run_creates_an_encrypted_profile(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "new"
    window = open_window(qtbot, folder, FakeDialogs())
    fill_setup(qtbot, window, "Ann Jones", "a long enough sentence", "a long enough sentence")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.rounds_page, timeout=10000)
    assert "Ann Jones" in window.rounds_page.greeting.text()
    assert window.rounds_page.empty_label.isVisible()
    window.close()
    reopened = profile.unlock(folder, "a long enough sentence")
    assert profile.profile_info(reopened).display_name == "Ann Jones"
    reopened.close()


@pytest.fixture
def locked_window(qtbot, db, round_id, profile_dir):
    db.close()
    window = open_window(qtbot, profile_dir, FakeDialogs())
    yield window
    window.close()


def unlock_with(qtbot, window, passphrase: str) -> None:
    page = window.unlock_page
    page.passphrase_edit.setText(passphrase)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_idle(qtbot)


def test_wrong_passphrase_says_so_and_allows_another_try(qtbot, locked_window) -> None:
    window = locked_window
    assert window.stack.currentWidget() is window.unlock_page
    unlock_with(qtbot, window, "not my passphrase")
    assert window.unlock_page.message.text() == "That passphrase is not right. Please try again."
    assert window.session is None and window.unlock_page.unlock_button.isEnabled()
    unlock_with(qtbot, window, PASSPHRASE)
    assert window.stack.currentWidget() is window.rounds_page
    assert window.rounds_page.model.rowCount() == 1


def test_ctrl_l_locks_and_forgets_the_case(qtbot, locked_window, round_id) -> None:
    window = locked_window
    unlock_with(qtbot, window, PASSPHRASE)
    workspace = open_round(qtbot, window, round_id)
    note = workspace.checklist.questions["assessed"].note_edit
    note.setFocus()
    QTest.keyClicks(note, "typed before locking")
    press(qtbot, Qt.Key.Key_L, Ctrl)
    assert window.stack.currentWidget() is window.unlock_page
    assert window.session is None and window.workspace is None
    assert not window.print_action.isEnabled() and not window.lock_action.isEnabled()
    unlock_with(qtbot, window, PASSPHRASE)
    workspace = open_round(qtbot, window, round_id)
    assert workspace.checklist.answer("assessed").note == "typed before locking"


def test_locks_itself_when_idle(qtbot, locked_window) -> None:
    window = locked_window
    unlock_with(qtbot, window, PASSPHRASE)
    assert window.idle_lock.timer.isActive()
    assert window.idle_lock.timer.interval() == 10 * 60_000
    window.idle_lock.timer.setInterval(50)
    window.idle_lock.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.unlock_page, timeout=3000)
    assert window.session is None


def test_input_postpones_the_idle_lock(qtbot, locked_window) -> None:
    window = locked_window
    unlock_with(qtbot, window, PASSPHRASE)
    timer = window.idle_lock.timer
    timer.setInterval(60_000)
    timer.start()
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_950)
    before = timer.remainingTime()
    # as the system delivers input: to the window, which hands it to the focused widget
    window.rounds_page.table.setFocus()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Down)
    assert timer.remainingTime() > before


def test_the_idle_lock_hears_input_at_the_windows_not_every_event_of_the_app(qtbot, locked_window) -> None:
    """Input counts in every window, a dialog's too. The idle lock listens where the
    system delivers input -- the windows -- not on the app, which is handed every event
    of every widget (hundreds of paints a frame, each a call into Python): an event
    sent straight to a widget, as Qt sends its paints, does not reach it."""
    window = locked_window
    unlock_with(qtbot, window, PASSPHRASE)
    timer = window.idle_lock.timer
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    timer.setInterval(60_000)
    timer.start()
    qtbot.waitUntil(lambda: timer.remainingTime() < 59_950)
    before = timer.remainingTime()
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.rounds_page.table, press)  # past the window, to the widget
    assert timer.remainingTime() <= before
    QTest.mouseMove(dialog.windowHandle(), QPoint(5, 5))  # as the system delivers it
    assert timer.remainingTime() > before


def test_change_passphrase_dialog(qtbot, db, profile_dir) -> None:
    dialogs = FakeDialogs()
    dialog = ChangePassphraseDialog(ProfileSession(db), dialogs)
    qtbot.addWidget(dialog)

    def submit() -> None:
        """Re-keying runs off the GUI thread: OK waits meanwhile, so Enter twice changes once."""
        dialog.submit()
        assert not dialog.ok_button.isEnabled()
        qtbot.waitUntil(dialog.ok_button.isEnabled)

    dialog.fields["current"].setText("wrong one")
    dialog.fields["new"].setText("a fresh new sentence")
    dialog.fields["repeat"].setText("a fresh new sentence")
    submit()
    assert dialog.message.text() == "The current passphrase is not right."
    assert dialog.fields["current"].hasFocus() or not dialog.isVisible()
    dialog.fields["current"].setText(PASSPHRASE)
    dialog.fields["repeat"].setText("different")
    submit()
    assert "not the same" in dialog.message.text()
    dialog.fields["repeat"].setText("a fresh new sentence")
    submit()
    assert dialogs.infos and dialog.result() == dialog.DialogCode.Accepted
    db.close()
    profile.unlock(profile_dir, "a fresh new sentence").close()


def test_a_lock_waits_for_a_running_operation_then_locks(qtbot, db, round_id, profile_dir) -> None:
    import threading

    from desktop.ui.operations import run_operation

    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    open_round(qtbot, window, round_id)
    release, results = threading.Event(), []

    def import_like(_progress, _cancel):
        release.wait(10)  # stands for an import writing in its own unit of work
        return window.session.run(lambda d: d.path.name)

    run_operation(import_like, results.append, results.append)
    window.lock(ask=False)
    assert window.session is not None, "the lock must wait while the operation holds the database"
    release.set()
    qtbot.waitUntil(lambda: window.session is None, timeout=5_000)
    assert results == ["panel-review.db"]
    assert window.stack.currentWidget() is window.unlock_page


def test_the_idle_lock_still_locks_while_the_unsaved_question_is_up(qtbot, db, round_id, profile_dir) -> None:
    """An automatic lock never waits for an answer nobody is there to give, not even one already
    asked: the member chose Lock, was asked about unsaved changes, and walked away."""
    from tests.ui.harness import set_query_only

    class AwayFromTheDesk(FakeDialogs):
        def confirm(self, parent, title: str, message: str, *, default_no: bool = False) -> bool:
            self.asked.append((title, message))
            if len(self.asked) == 1:
                window.idle_lock.idle.emit()  # the idle time runs out while the question is up
                return False  # the lock closed the question; nobody answered yes
            return True  # quitting at the end: yes, the carried change may go

    dialogs = AwayFromTheDesk()
    window = open_window(qtbot, profile_dir, dialogs, db=db)
    workspace = open_round(qtbot, window, round_id)
    set_query_only(db, True)  # the database really refuses the next write: a change waits unsaved
    workspace.checklist.questions["assessed"].choose(0)
    qtbot.waitUntil(workspace.save_banner.isVisible)
    window.lock(ask=True)
    assert dialogs.asked[0][0] == "Lock with unsaved changes?"
    assert window.session is None and window.workspace is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.locker.carried, "the change the database refused is kept for the next unlock"
    window.close()
