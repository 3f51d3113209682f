"""Qt's own words in Welsh: the key names menus print beside an action, and what the file
dialog's toolbar says to a mouse (tooltips) and to a screen reader (names, descriptions).

Qt ships no Welsh; these come from `resources/translations/qtbase_cy.ts`, written with
Qt's own contexts (`QShortcut` for key names, `QFileDialog` for the dialog).
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.ui import i18n
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window

# Qt's English names of the keys the app's shortcuts use, as whole words.
ENGLISH_KEYS = re.compile(r"\b(PgDown|PgUp|Up|Down|Left|Right|Return|Space|Del|Ins|Home|End|Print)\b")
NATIVE = QKeySequence.SequenceFormat.NativeText


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def shortcut_texts(menu: QMenu) -> dict[str, str]:
    """Each action's shortcuts as its menu prints them, by the action's object name or text."""
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            found.update(shortcut_texts(action.menu()))
        elif action.shortcuts():
            keys = ", ".join(k.toString(NATIVE) for k in action.shortcuts())
            found[action.objectName() or action.text()] = keys
    return found


def test_key_names_are_welsh_and_english_again(qtbot) -> None:
    i18n.set_language("cy")
    assert QKeySequence("Ctrl+PgDown").toString(NATIVE) == "Ctrl+Tudalen i Lawr"
    assert QKeySequence("Alt+PgUp").toString(NATIVE) == "Alt+Tudalen i Fyny"
    assert QKeySequence("Ctrl+Up").toString(NATIVE) == "Ctrl+Saeth i Fyny"
    assert QKeySequence("Ctrl+Alt+Left").toString(NATIVE) == "Ctrl+Alt+Saeth Chwith"
    assert QKeySequence("Space").toString(NATIVE) == "Bylchwr"
    # Modifiers and Enter keep the names printed on the keys (Qt asks for those).
    assert QKeySequence("Ctrl+Shift+Return").toString(NATIVE) == "Ctrl+Shift+Enter"
    i18n.set_language("en")
    assert QKeySequence("Ctrl+PgDown").toString(NATIVE) == "Ctrl+PgDown"


def test_the_review_menu_prints_welsh_key_names(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    open_round(qtbot, window, round_id)
    english = shortcut_texts(window.review_menu)
    assert english["next_case"] == "Alt+PgDown"
    assert any(ENGLISH_KEYS.search(keys) for keys in english.values())
    window.language_actions["cy"].trigger()
    qtbot.wait(0)
    welsh = shortcut_texts(window.review_menu)
    assert welsh["next_case"] == "Alt+Tudalen i Lawr"
    assert welsh["previous_question"] == "Ctrl+Saeth i Fyny"
    every_menu = {}
    for action in window.menuBar().actions():
        every_menu.update(shortcut_texts(action.menu()))
    assert {name: keys for name, keys in every_menu.items() if ENGLISH_KEYS.search(keys)} == {}


def spoken_and_shown(dialog: QFileDialog) -> dict[tuple[str, str], str]:
    """(child, what) → text for every tooltip, accessible name and accessible description."""
    found = {}
    for child in dialog.findChildren(QWidget):
        for what, text in (
            ("tooltip", child.toolTip()),
            ("name", child.accessibleName()),
            ("description", child.accessibleDescription()),
        ):
            if text and child.objectName():
                found[(child.objectName(), what)] = text
    return found


def file_dialog(qtbot, language: str) -> QFileDialog:
    i18n.set_language(language)
    dialog = QFileDialog(None, "Agor", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_file_dialog_speaks_welsh_to_mouse_and_screen_reader(qtbot) -> None:
    english = spoken_and_shown(file_dialog(qtbot, "en"))
    assert english[("backButton", "tooltip")] == "Back"
    assert english[("backButton", "description")] == "Go back"
    toolbar = ("backButton", "forwardButton", "toParentButton", "newFolderButton",
               "listModeButton", "detailModeButton")  # fmt: skip
    for button in toolbar:
        assert {(button, w) for w in ("tooltip", "name", "description")} <= english.keys(), button
    welsh = spoken_and_shown(file_dialog(qtbot, "cy"))
    assert welsh.keys() == english.keys()
    still_english = {key: text for key, text in welsh.items() if text == english[key]}
    assert still_english == {}
