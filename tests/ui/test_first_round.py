"""A coordinator's first round with no dead ends: the New round dialog names the case
list's columns and saves a blank one, its keys do what their letters say (Alt+N is New
round, Alt+C is Check and create, in English and Welsh), and each role's menus offer
only that role's actions."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QMenu, QWidget

from desktop.exchange.case_csv import CaseListError, read_case_list
from desktop.ui import i18n
from tests.services.exchange_world import make_profile
from tests.ui.coordinator_harness import coordinator_window, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window
from tests.ui.test_large_text import clipped_labels
from tests.ui.test_large_text import doubled_font as doubled_font  # the fixture, shared
from tests.ui.test_welsh_everywhere import mnemonic


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def alt(qtbot, widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget() or widget, key, Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()


def open_new_round(qtbot, window):
    """The New round dialog, opened by its access key from the Rounds page."""
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.rounds_page)
    QApplication.processEvents()
    alt(qtbot, window, Qt.Key.Key_N)
    page = home.rounds_page
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.dialog)
    return page.dialog


def dialog_letters(dialog: QWidget) -> list[str]:
    texts = [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisible()]
    texts += [
        lab.text() for lab in dialog.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None
    ]
    return [k for k in map(mnemonic, texts) if k]


@pytest.mark.parametrize("language", ["en", "cy"])
def test_alt_n_opens_new_round_and_alt_c_checks_and_creates(qtbot, tmp_path, language) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    i18n.set_language(language)
    dialog = open_new_round(qtbot, window)
    try:
        assert dialog_letters(dialog), "the dialog has access keys"
        twice = [k for k, n in Counter(dialog_letters(dialog)).items() if n > 1]
        assert twice == [], f"{language}: Alt+{twice} does two things in New round"
        alt(qtbot, dialog, Qt.Key.Key_C)  # a button's access key clicks it a moment later
        qtbot.waitUntil(lambda: dialog.problems_list.count() == 3)  # title, list and folder asked for
    finally:
        dialog.reject()
        window.close()


def test_the_dialog_names_the_columns_and_saves_a_blank_case_list(qtbot, tmp_path, monkeypatch) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    dialog = open_new_round(qtbot, window)
    hint = dialog.columns_label.text()
    for column in ("reference", "case_type", "strands", "summary", "documents", "conflicted_members"):
        assert column in hint, hint
    target = tmp_path / "saved" / "my cases.csv"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    alt(qtbot, dialog, Qt.Key.Key_S)
    qtbot.waitUntil(dialog.template_status.isVisible)
    assert dialog.template_status.isVisible() and str(target) in dialog.template_status.text()
    (tmp_path / "docs").mkdir()
    with pytest.raises(CaseListError) as raised:  # only the example's document is missing
        read_case_list(target, tmp_path / "docs")
    assert [p.key for p in raised.value.problems] == ["document_missing"], raised.value.text()
    dialog.reject()
    window.close()


def test_a_blank_case_list_that_cannot_be_saved_says_why(qtbot, tmp_path, monkeypatch) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    i18n.set_language("cy")
    dialog = open_new_round(qtbot, window)
    target = tmp_path / "missing folder" / "cases.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.template_status.text().startswith("Nid oedd modd cadw'r rhestr achosion wag")
    assert not target.exists()
    i18n.set_language("en")  # the sentence is worded again in the language switched to
    said = dialog.template_status.text()
    assert said.startswith("The blank case list could not be saved") and "does not exist" in said, said
    dialog.reject()
    window.close()


SCREEN_HEIGHT, TITLE_BAR = 768, 30  # a 1366x768 laptop, and what a window manager puts above a window


@pytest.mark.parametrize("language", ["en", "cy"])
def test_new_round_fits_a_laptop_screen_at_double_text_with_its_problems(
    qtbot, doubled_font, tmp_path, language
) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    i18n.set_language(language)
    dialog = open_new_round(qtbot, window)
    try:
        assert dialog.columns_label.isVisible() and clipped_labels(dialog) == []
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        assert dialog.problems_list.count() == 3 and clipped_labels(dialog) == []
        assert dialog.height() <= SCREEN_HEIGHT - TITLE_BAR and dialog.width() <= 1366, dialog.size()
    finally:
        dialog.reject()
        window.close()


MEMBER_ONLY = ("import_pack", "send_review", "export_card", "print_review")


def offered(menu: QMenu) -> list[str]:
    return [a.objectName() for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def menus_letters_clash(window) -> list[tuple[str, list[str]]]:
    """Each menu (and the menu bar) with any Alt letter it gives two visible entries."""
    found = []
    menus = [("bar", [a for a in window.menuBar().actions() if a.isVisible()])]
    menus += [(a.text(), [x for x in a.menu().actions() if x.isVisible()])
              for a in window.menuBar().actions() if a.isVisible() and a.menu() is not None]  # fmt: skip
    for name, actions in menus:
        letters = [k for k in (mnemonic(a.text()) for a in actions if not a.isSeparator()) if k]
        twice = [k for k, n in Counter(letters).items() if n > 1]
        if twice:
            found.append((name, twice))
    return found


def test_the_coordinators_menus_offer_no_member_actions(qtbot, tmp_path) -> None:
    window, _db = coordinator_window(qtbot, tmp_path)
    wait_operations(qtbot)
    for language in ("en", "cy"):
        i18n.set_language(language)
        QApplication.processEvents()
        assert not set(offered(window.file_menu)) & set(MEMBER_ONLY), offered(window.file_menu)
        assert "lock" in offered(window.file_menu)
        assert not window.review_menu.menuAction().isVisible()
        assert not window.layout_menu.menuAction().isVisible()
        assert menus_letters_clash(window) == [], language
    window.import_action.trigger()  # not even by its shortcut's action
    assert window.coordinator_home is not None and QApplication.activeModalWidget() is None
    window.close()


def test_the_members_menus_offer_the_member_actions(qtbot, tmp_path) -> None:
    db = make_profile(tmp_path / "aled", "Aled Jones", "member")
    window = open_window(qtbot, tmp_path / "aled", FakeDialogs(), db=db)
    for language in ("en", "cy"):
        i18n.set_language(language)
        QApplication.processEvents()
        assert set(MEMBER_ONLY) <= set(offered(window.file_menu)), offered(window.file_menu)
        assert window.review_menu.menuAction().isVisible()
        assert menus_letters_clash(window) == [], language
    window.close()


def test_a_typed_case_list_path_fills_the_documents_folder_beside_it(qtbot, tmp_path) -> None:
    """Browse filled the folder; a path typed by keyboard left it empty."""
    from pathlib import Path

    from tests.ui.harness import type_text

    examples = Path(__file__).resolve().parents[2] / "docs" / "examples"
    window, _db = coordinator_window(qtbot, tmp_path)
    dialog = open_new_round(qtbot, window)
    try:
        field = dialog.csv_field.edit
        field.setFocus()
        type_text(qtbot, field, str(examples / "cases.csv"))
        QTest.keyClick(field, Qt.Key.Key_Tab)  # on to the next field, as a keyboard user does
        qtbot.waitUntil(lambda: dialog.folder_field.edit.text() == str(examples / "documents"))
    finally:
        dialog.reject()
        window.close()
