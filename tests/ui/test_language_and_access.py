"""Welsh and English while running; every interactive widget named for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktop.services import profile
from desktop.services.session import ProfileSession
from desktop.ui import i18n, settings
from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, type_text

INTERACTIVE = (
    QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit,
    QAbstractItemView, QTabBar, QSlider,
)  # fmt: skip
COMPOSITE = (QComboBox, QAbstractSpinBox, QAbstractItemView, QTabBar, QLineEdit)


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def unnamed_widgets(root: QWidget) -> list[str]:
    """Interactive widgets with neither an accessible name nor a label pointing at them."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.objectName().startswith("qt_"):
            continue
        parent = widget.parentWidget()
        if parent is not None and isinstance(parent, COMPOSITE):
            continue  # inner parts: a combo box list, spin box arrows, a clear button
        if parent is not None and isinstance(parent.parentWidget(), COMPOSITE):
            continue
        if not widget.accessibleName().strip() and id(widget) not in buddies:
            missing.append(f"{type(widget).__name__}#{widget.objectName() or '?'}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(qtbot, db, round_id, profile_dir) -> None:
    for language in ("en", "cy"):
        setup = open_window(qtbot, profile_dir.parent / f"new-{language}", FakeDialogs())
        i18n.set_language(language)
        qtbot.wait(0)  # let the posted LanguageChange arrive
        assert unnamed_widgets(setup.setup_page) == []
        window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
        i18n.set_language(language)
        assert unnamed_widgets(window.rounds_page) == []
        assert unnamed_widgets(window.unlock_page) == []
        workspace = open_round(qtbot, window, round_id)
        assert unnamed_widgets(workspace) == []
        dialog = ChangePassphraseDialog(ProfileSession(db), FakeDialogs(), window)
        assert unnamed_widgets(dialog) == []
        dialog.deleteLater()


def test_switching_language_while_a_case_is_open(qtbot, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    ws = open_round(qtbot, window, round_id)
    assessed = ws.checklist.questions["assessed"]
    assessed.choose(1)
    note = assessed.note_edit
    note.setFocus()
    type_text(qtbot, note, "half-typed note")
    english_button = ws.complete_button.text()
    window.language_actions["cy"].trigger()
    assert i18n.current_language() == "cy"
    # Qt posts LanguageChange to the windows: it arrives on the next turn of the event loop.
    qtbot.waitUntil(lambda: assessed.title_label.text() == "2. A aseswyd y risg?")
    assert [b.text() for b in assessed._buttons][:2] == ["1  Ie", "2  Na"]
    assert ws.checklist._section_labels[0][0].text() == "Cofnodi"
    assert ws.complete_button.text() not in ("", english_button)
    header = ws.case_model.headerData(0, ws.case_table.horizontalHeader().orientation())
    assert header != "Case"
    assert note.toPlainText() == "half-typed note"
    assert assessed.answer.value == "no"
    assert settings.read(settings.LANGUAGE) == "cy"
    qtbot.waitUntil(lambda: profile.profile_info(db).language == "cy")  # stored off the GUI thread
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: assessed.title_label.text() == "2. Was risk assessed?")
    assert ws.complete_button.text() == english_button
    assert settings.read(settings.LANGUAGE) == "en"


def test_welsh_translation_is_complete_and_keeps_placeholders() -> None:
    import re
    import xml.etree.ElementTree as ET

    from desktop.paths import translations_dir

    tree = ET.parse(translations_dir() / "panel_review_cy.ts")
    messages = tree.findall(".//message")
    assert len(messages) > 100
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        text = translation.text or ""
        assert text.strip(), source
        assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", text)), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_translation_source_matches_the_code() -> None:
    """A string added to the interface without a Welsh translation fails here."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, "installer/translations.py", "--check"], cwd=root,
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


def test_our_message_boxes_say_ok_in_welsh(qtbot) -> None:
    """Qt has no Welsh for its own buttons; the one button of our messages is ours."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop.ui import i18n
    from desktop.ui.dialogs import DialogService

    i18n.set_language("cy")
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, read_and_close)
            return
        seen.append(box.button(QMessageBox.StandardButton.Ok).text())
        box.accept()

    try:
        QTimer.singleShot(20, read_and_close)
        DialogService().info(None, "Teitl", "Neges")
    finally:
        i18n.set_language("en")
    assert seen == ["Iawn"]
