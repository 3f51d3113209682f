"""The first screens as a keyboard user meets them: focus, wide passphrase fields, "Show passphrase"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press

SENTENCE = "the owl flies over the quiet town at night"


def test_first_run_starts_on_the_first_field(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    page = window.setup_page
    assert QApplication.focusWidget() is page.language_combo
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.name_edit


def test_passphrase_fields_hold_a_sentence_and_can_be_shown(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    page = window.setup_page
    for field in (page.passphrase_edit, page.repeat_edit):
        assert field.width() >= field.fontMetrics().horizontalAdvance(SENTENCE)
    QTest.keyClicks(page.passphrase_edit, SENTENCE)
    box = page.findChild(QCheckBox, "show_passphrase")
    assert box.accessibleName() == "Show passphrase" and box.focusPolicy() & Qt.FocusPolicy.TabFocus
    page.repeat_edit.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is box, "the box comes straight after the passphrase fields"
    press(qtbot, Qt.Key.Key_Space)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert page.repeat_edit.echoMode() == QLineEdit.EchoMode.Normal
    press(qtbot, Qt.Key.Key_Space)
    assert page.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password


def test_unlock_page_shows_the_passphrase_and_hides_it_again_after_a_lock(
    qtbot, db, round_id, profile_dir
) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    window.lock(ask=False)
    page = window.unlock_page
    field = page.passphrase_edit
    assert field.width() >= field.fontMetrics().horizontalAdvance(SENTENCE)
    assert QApplication.focusWidget() is field
    QTest.keyClicks(field, "wrong")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.show_passphrase
    press(qtbot, Qt.Key.Key_Space)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    page.reset()  # as every return to the unlock screen does
    assert field.echoMode() == QLineEdit.EchoMode.Password and not page.show_passphrase.isChecked()


def test_change_passphrase_dialog_has_wide_fields_and_show_passphrase(qtbot, db, profile_dir) -> None:
    from desktop.services.session import ProfileSession
    from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog

    dialog = ChangePassphraseDialog(ProfileSession(db), FakeDialogs())
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    for field in dialog.fields.values():
        assert field.width() >= field.fontMetrics().horizontalAdvance(SENTENCE)
    dialog.fields["current"].setText(PASSPHRASE)
    dialog.show_passphrase.click()
    assert all(f.echoMode() == QLineEdit.EchoMode.Normal for f in dialog.fields.values())
    dialog.close()


def test_a_name_or_label_with_hidden_characters_is_refused_before_anything_is_made(qtbot, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    page = window.setup_page
    QTest.keyClicks(page.name_edit, "Ann Jones")
    page.name_edit.setText("Ann \u202eJones")  # pasted: a direction override does not come from a keyboard
    page.label_edit.setText("\u200b\u200b")
    QTest.keyClicks(page.passphrase_edit, SENTENCE)
    QTest.keyClicks(page.repeat_edit, SENTENCE)
    requested = []
    page.setupRequested.connect(lambda *args: requested.append(args))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    shown = page.problems_label.text()
    assert "Your name cannot be used" in shown and "reorders the text" in shown
    assert "The profile label cannot be used" in shown and "no letter or number" in shown
    assert requested == [] and QApplication.focusWidget() is page.name_edit
