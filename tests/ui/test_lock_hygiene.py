"""Locking forgets the case: no widget keeps case content, the database object is gone,
a half-typed deferral reason is kept as a draft, and unlocking returns to the same place."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.services import profile, review
from desktop.ui.dialogs import DialogService
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, type_text, wait_idle

Ctrl = Qt.KeyboardModifier.ControlModifier
MARKERS = ("TEST-001", "SECRET-NOTE", "Fictional test case", "PRIVATE-NOTE-4417")


def visible_texts(window: QWidget) -> str:
    """Every text the window's widgets and item views hold, shown or not."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    texts.append(str(model.data(model.index(row, column))))
    return "\n".join(texts)


def unlock(qtbot, window) -> None:
    page = window.unlock_page
    page.passphrase_edit.setText(PASSPHRASE)
    QTest.keyClick(page.passphrase_edit, Qt.Key.Key_Return)
    wait_idle(qtbot)


def test_a_locked_window_holds_no_case_content_and_no_database(qtbot, db, round_id, profile_dir) -> None:
    db.close()
    unlocked = profile.unlock(profile_dir, PASSPHRASE)
    database = weakref.ref(unlocked)
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=unlocked)
    del unlocked
    ws = open_round(qtbot, window, round_id)
    note = ws.checklist.questions["assessed"].note_edit
    note.setFocus()
    type_text(qtbot, note, "PRIVATE-NOTE-4417")
    before = visible_texts(window)
    assert all(marker in before for marker in MARKERS), "the check must see case content when unlocked"
    workspace = weakref.ref(ws)
    del ws, note
    press(qtbot, Qt.Key.Key_L, Ctrl)

    qtbot.waitUntil(lambda: gc.collect() >= 0 and workspace() is None and database() is None)
    after = visible_texts(window)
    assert not [marker for marker in MARKERS if marker in after]
    assert window.session is None and window.workspace is None
    window.close()


def test_unlocking_returns_to_the_case_and_question(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    case_id = ws.case_id
    ws.checklist.questions["contact"].note_edit.setFocus()
    press(qtbot, Qt.Key.Key_L, Ctrl)
    unlock(qtbot, window)
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.case_id == case_id
    assert window.workspace.checklist.current_question() == "contact"
    assert QApplication.focusWidget() is window.workspace.checklist.questions["contact"].note_edit
    window.close()


def test_an_automatic_lock_keeps_a_half_typed_deferral_reason(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, DialogService(), db=db)
    ws = open_round(qtbot, window, round_id)
    case_id = ws.case_id
    seen: list[str] = []

    def when_dialog_open(act) -> None:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if isinstance(dialog, QInputDialog):
                timer.stop()
                act(dialog)

        timer = QTimer(window)
        timer.timeout.connect(poll)
        timer.start(20)

    def type_then_go_idle(dialog: QInputDialog) -> None:
        dialog.setTextValue("Need the MAVIS form and the")
        window.idle_lock.idle.emit()

    when_dialog_open(type_then_go_idle)
    ws.defer_case()  # returns when the lock closes the dialog
    assert window.session is None and window.stack.currentWidget() is window.unlock_page

    unlock(qtbot, window)
    reopened = window.session.run(review.open_case, case_id)
    assert reopened.case.status == "not_started", "a draft is not a deferral"
    assert reopened.case.defer_reason == "Need the MAVIS form and the"

    def read_and_cancel(dialog: QInputDialog) -> None:
        seen.append(dialog.textValue())
        dialog.reject()

    when_dialog_open(read_and_cancel)
    window.workspace.defer_case()
    assert seen == ["Need the MAVIS form and the"]
    window.close()


def test_closing_the_window_backs_up_the_work_of_the_session(
    qtbot, db, round_id, profile_dir, tmp_path
) -> None:
    import shutil

    from desktop.storage.database import open_database

    db.close()
    window = open_window(qtbot, profile_dir, FakeDialogs())
    unlock(qtbot, window)  # the day's first backup is made here, before the note exists
    ws = open_round(qtbot, window, round_id)
    case_id = ws.case_id
    note = ws.checklist.questions["assessed"].note_edit
    note.setFocus()
    type_text(qtbot, note, "Written after unlocking.")
    window.close()
    wait_idle(qtbot)
    latest = profile.list_backups(profile_dir)[0]
    copy = tmp_path / "restored" / "panel-review.db"
    copy.parent.mkdir()
    shutil.copyfile(latest.path, copy)
    backup = open_database(copy, PASSPHRASE)
    assert review.open_case(backup, case_id).answers["assessed"].note == "Written after unlocking."
    backup.close()


def test_the_language_can_be_switched_on_the_unlock_screen_after_locking(
    qtbot, db, round_id, profile_dir
) -> None:
    """Locking used to leave the Review menu in a state that crashed the next language switch."""

    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    open_round(qtbot, window, round_id)
    press(qtbot, Qt.Key.Key_L, Ctrl)
    window.language_actions["cy"].trigger()
    assert window.unlock_page.unlock_button.text() == "&Datgloi"
    window.language_actions["en"].trigger()
    unlock(qtbot, window)
    assert [a.objectName() for a in window.review_menu.actions()][2:4] == [
        "next_question",
        "previous_question",
    ]
    window.close()


def test_no_widget_keeps_a_passphrase_after_first_run_or_a_lock(qtbot, tmp_path) -> None:
    from tests.ui.test_start_and_lock import fill_setup

    secret = "a long enough sentence"
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    fill_setup(qtbot, window, "Ann Evans", secret, secret)
    qtbot.waitUntil(
        lambda: window.stack.currentWidget() is window.rounds_page, timeout=10_000
    )  # read off the GUI thread
    press(qtbot, Qt.Key.Key_L, Ctrl)
    fields = [w.text() for w in window.findChildren(QLineEdit)]
    assert secret not in fields
    unlock_page = window.unlock_page
    unlock_page.passphrase_edit.setText(secret)
    QTest.keyClick(unlock_page.passphrase_edit, Qt.Key.Key_Return)
    wait_idle(qtbot)
    assert window.session is not None
    assert secret not in [w.text() for w in window.findChildren(QLineEdit)], "not while unlocked either"
    window.close()


def test_what_lives_as_long_as_the_app_is_frozen_while_open_and_given_back_at_a_lock(
    qtbot, db, round_id, profile_dir
) -> None:
    """A full garbage collection walked some 200,000 long-lived objects and stopped every
    thread for about 100 ms while a report was written: the window froze. Once the profile
    is open they are frozen (not walked); a lock gives them back to the collector, so
    nothing of the profile is kept by being frozen."""
    gc.unfreeze()
    db.close()
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=profile.unlock(profile_dir, PASSPHRASE))
    assert gc.get_freeze_count() > 10_000, "the long-lived objects are frozen once the profile is open"
    open_round(qtbot, window, round_id)
    press(qtbot, Qt.Key.Key_L, Ctrl)
    qtbot.waitUntil(lambda: window.session is None)
    # once the deleted widgets are gone, the lock collects: everything is given back first
    qtbot.waitUntil(lambda: gc.get_freeze_count() == 0, timeout=10_000)
    window.close()
