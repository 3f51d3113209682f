"""The commissioner's briefing from the Report page, by keyboard alone, on the coordinator's
demo with both quarters confirmed for publication: the letterhead set once (a refused one
keeps everything typed), both rounds ticked with Space, the recipient typed, and the
briefing written and read back; with no round ticked it is refused in words and nothing
is written."""

from __future__ import annotations

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.services import briefing_settings, profile, rounds
from desktop.services.demo import DEMO_PASSPHRASE
from desktop.services.demo_coordinator import TITLE
from desktop.ui import i18n
from tests.services.publication_world import confirmed_quarters
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press, type_text

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefing-ui") / "office"
    db = confirmed_quarters(folder)
    latest = next(r.id for r in rounds.list_rounds(db) if r.title == TITLE)
    db.close()
    return folder, latest


@pytest.fixture
def opened(qtbot, demo):
    folder, latest = demo
    db = profile.open_profile(folder, DEMO_PASSPHRASE).db
    dialogs = FakeDialogs()
    window = open_window(qtbot, folder, dialogs, db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.report_page)
    page = home.report_page
    qtbot.waitUntil(lambda: page.round_id == latest)
    page.briefing_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    dialog = page.briefing_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.isVisible() and len(dialog.round_boxes) == 2)
    yield dialog, dialogs, db
    i18n.set_language("en")
    QTest.keyClick(dialog.round_boxes[0][1], Qt.Key.Key_Escape)  # closed from the keyboard
    assert not dialog.isVisible()
    window.close()


def _checked(dialog) -> list[bool]:
    return [box.isChecked() for _round_id, box in dialog.round_boxes]


def test_the_letterhead_keeps_what_was_typed_when_refused_then_saves(qtbot, opened) -> None:
    dialog, dialogs, db = opened
    dialog.activateWindow()
    dialog.letterhead_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    head = dialog.letterhead_dialog
    qtbot.waitUntil(lambda: head is not None and head.isVisible() and head.fields["office_en"].isEnabled())
    office = head.fields["office_en"]
    before = briefing_settings.letterhead(db)
    assert office.toPlainText() == before.office_en != ""  # the demo office's, as saved
    assert QApplication.focusWidget() is office  # the first field, ready to type
    office.selectAll()
    type_text(qtbot, office, "Office of the PCC")
    signatory = head.fields["signatory"]
    signatory.setFocus()
    signatory.selectAll()
    type_text(qtbot, signatory, "x" * 201)  # too long: refused whole
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert dialogs.errors[-1] == (
        "Letterhead not saved",
        "Too long: the name of who signs (at most 200 characters, 2 lines). Nothing was saved.",
    )
    assert head.isVisible() and office.toPlainText() == "Office of the PCC"  # nothing typed is lost
    assert briefing_settings.letterhead(db) == before
    signatory.setText("Alex Example")
    press(qtbot, Qt.Key.Key_S, ALT)
    qtbot.waitUntil(lambda: not head.isVisible())
    saved = briefing_settings.letterhead(db)
    assert (saved.office_en, saved.signatory) == ("Office of the PCC", "Alex Example")


def test_both_rounds_ticked_by_keyboard_are_written_into_the_briefing(qtbot, opened, tmp_path) -> None:
    dialog, dialogs, _db = opened
    dialog.activateWindow()
    assert _checked(dialog) == [False, True]  # the round in view, ticked to begin with
    assert QApplication.focusWidget() is dialog.round_boxes[0][1]  # the first round, in focus
    press(qtbot, Qt.Key.Key_Space)
    assert _checked(dialog) == [True, True]
    dialog.language.setCurrentIndex(2)  # English
    dialog.recipient.setFocus()
    type_text(qtbot, dialog.recipient, "The Home Secretary")
    out = tmp_path / "briefing.docx"
    dialogs.files.append(str(out))
    press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: dialog.done_label.text().startswith("The briefing was written"), timeout=20_000)
    assert QApplication.focusWidget() is dialog.open_button
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert texts.count("Areas of concern") == 2 and "The Home Secretary" in texts
    assert not dialogs.errors


def test_with_no_round_ticked_nothing_is_written(qtbot, opened, tmp_path) -> None:
    dialog, dialogs, _db = opened
    dialog.activateWindow()
    dialog.round_boxes[0][1].setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # the only ticked round unticked
    assert _checked(dialog) == [False, False]
    dialogs.files.append(str(tmp_path / "none.docx"))
    press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    assert dialogs.errors[-1][1] == "Choose at least one round for the briefing. Nothing was written."
    assert list(tmp_path.iterdir()) == [] and dialog.write_button.isEnabled()


def test_in_welsh_every_word_is_welsh_and_each_alt_letter_does_one_thing(qtbot, opened) -> None:
    dialog, _dialogs, _db = opened
    i18n.set_language("cy")
    QApplication.processEvents()
    assert dialog.windowTitle() == "Papur briffio i'r Comisiynydd"
    assert dialog.write_button.text() == "&Ysgrifennu'r papur briffio…"
    texts = [label.text() for label in dialog.labels]
    texts += [b.text() for b in (dialog.letterhead_button, dialog.write_button, dialog.open_button)]
    assert texts[0] == "&Iaith:" and dialog.rounds_label.text().startswith("Cylchoedd i dynnu arnynt")
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), letters
    for label in dialog.labels:
        assert label.buddy().accessibleName() == label.text().replace("&", "").rstrip(":")
