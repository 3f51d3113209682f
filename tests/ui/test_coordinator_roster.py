"""Members: a real member card enrolled through the dialog, confirmed, withdrawn, restored."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services import profile, roster
from tests.ui.coordinator_harness import coordinator_window, drop_files, member_card, table_texts
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import press
from tests.ui.test_lock_hygiene import visible_texts


def _open_card(qtbot, monkeypatch, page, card):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.card_dialog is not None and page.card_dialog.isVisible())
    return page.card_dialog


def test_a_card_is_read_with_the_member_then_confirmed_withdrawn_and_restored(
    qtbot, tmp_path, monkeypatch
) -> None:
    dialogs = FakeDialogs()
    window, db = coordinator_window(qtbot, tmp_path, dialogs)
    page = window.coordinator_home.roster_page
    aled, aled_card = member_card(tmp_path, "Aled Jones")
    bethan, bethan_card = member_card(tmp_path, "Bethan Evans")
    fingerprint = profile.profile_info(aled).fingerprint

    dialog = _open_card(qtbot, monkeypatch, page, aled_card)
    assert dialog.name_label.text() == "Aled Jones" and dialog.fingerprint_label.text() == fingerprint
    assert dialog.focusWidget() is dialog.cancel_button and dialog.cancel_button.isDefault()
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert table_texts(page.table) == [["Aled Jones", fingerprint, "Confirmed"]]

    dialog = _open_card(qtbot, monkeypatch, page, bethan_card)
    qtbot.mouseClick(dialog.unconfirmed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert [row[2] for row in table_texts(page.table)] == ["Confirmed", "Not yet confirmed"]

    window.activateWindow()  # back from the card dialog (offscreen Qt does not do it itself)
    qtbot.waitUntil(window.isActiveWindow)
    page.table.selectRow(1)
    assert page.confirm_button.isEnabled() and not page.restore_button.isEnabled()
    dialogs.confirmations += [True, True]
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_texts(page.table)[1][2] == "Confirmed")
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table_texts(page.table)[1][2] == "Access withdrawn")
    assert [m.revoked for m in roster.list_roster(db)] == [False, True]
    assert page.restore_button.isEnabled() and not page.withdraw_button.isEnabled(), "Bethan still chosen"
    page.restore_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: table_texts(page.table)[1][2] == "Confirmed")
    assert page.table.currentIndex().row() == 1, "the member chosen stays chosen"

    shown = weakref.ref(page)
    page = dialog = None  # only the weak reference may remain
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: gc.collect() >= 0 and shown() is None)
    assert fingerprint not in visible_texts(window) and "Bethan Evans" not in visible_texts(window)
    window.close()
    for member in (aled, bethan):
        member.close()


def test_a_card_dropped_on_the_page_opens_the_same_check(qtbot, tmp_path) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    page = window.coordinator_home.roster_page
    member, card = member_card(tmp_path, "Ceri Hughes")
    drop_files(page, [card, tmp_path / "notes.txt"])
    qtbot.waitUntil(lambda: page.card_dialog is not None and page.card_dialog.isVisible())
    assert page.card_dialog.name_label.text() == "Ceri Hughes"
    qtbot.mouseClick(page.card_dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0, "cancel adds nobody"
    window.close()
    member.close()


def test_a_coordinators_card_is_refused_with_the_reason(qtbot, tmp_path, monkeypatch) -> None:
    from desktop.services import identity

    dialogs = FakeDialogs()
    window, db = coordinator_window(qtbot, tmp_path, dialogs)
    card = tmp_path / "office.prcard"
    identity.export_card(db, card)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    page = window.coordinator_home.roster_page
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert page.card_dialog is None
    assert "cannot be added" in dialogs.errors[0][1]
    window.close()


def test_a_card_the_app_was_opened_with_goes_to_the_same_check(qtbot, tmp_path) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    member, card = member_card(tmp_path, "Dafydd Rees")
    window.offer_file(card)  # `panel-review dafydd.prcard`, as a double-click does
    page = window.coordinator_home.roster_page
    qtbot.waitUntil(lambda: page.card_dialog is not None and page.card_dialog.isVisible())
    assert window.coordinator_home.tabs.currentWidget() is page
    assert page.card_dialog.name_label.text() == "Dafydd Rees"
    qtbot.mouseClick(page.card_dialog.cancel_button, Qt.MouseButton.LeftButton)
    window.close()
    member.close()


def test_a_pack_opened_in_a_coordinators_profile_is_explained_not_imported(qtbot, tmp_path) -> None:
    dialogs = FakeDialogs()
    window, _db = coordinator_window(qtbot, tmp_path, dialogs)
    pack = tmp_path / "cases.prpack"
    pack.write_bytes(b"age-encryption.org/v1\n")
    window.offer_file(pack)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "cases.prpack" in dialogs.errors[0][1] and "other kind of profile" in dialogs.errors[0][1]
    window.close()


def test_a_look_alike_name_asks_first_with_both_fingerprints_and_no_as_default(
    qtbot, tmp_path, monkeypatch
) -> None:
    from desktop.exchange.card import write_card
    from desktop.exchange.keys import generate_keys

    dialogs = FakeDialogs()
    window, db = coordinator_window(qtbot, tmp_path, dialogs)
    page = window.coordinator_home.roster_page
    first, second = tmp_path / "ann.prcard", tmp_path / "other.prcard"
    ann = write_card(first, generate_keys(), "Ann Jones", "member")
    other = write_card(second, generate_keys(), "\u0410nn Jones", "member")
    dialog = _open_card(qtbot, monkeypatch, page, first)
    qtbot.mouseClick(dialog.match_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    dialogs.confirmations.append(False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.asked) == 1)
    _title, question = dialogs.asked[-1]
    assert ann.fingerprint in question and other.fingerprint in question and "\u0410nn Jones" in question
    assert dialogs.defaults_no[-1] is True
    assert page.card_dialog is None and page.model.rowCount() == 1, "No adds nobody"

    dialogs.confirmations.append(True)
    dialog = _open_card(qtbot, monkeypatch, page, second)
    qtbot.mouseClick(dialog.unconfirmed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert {m.fingerprint for m in roster.list_roster(db)} == {ann.fingerprint, other.fingerprint}
    window.close()
