"""The strength meter while typing a new passphrase, and refusals with advice, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.core.passphrase import MAX_SCORE, Feedback
from desktop.services import profile
from desktop.services.session import ProfileSession
from desktop.ui import i18n
from desktop.ui.shell.passphrase_dialog import ChangePassphraseDialog
from desktop.ui.shell.passphrase_meter import StrengthMeter, feedback_text
from tests.conftest import PASSPHRASE
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, type_text

ENGLISH_FALLBACK = "Add more words that other people could not guess."


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


def type_into(qtbot, field, text: str) -> None:
    """Type as a person would, starting from an empty field."""
    field.setFocus()
    field.selectAll()
    QTest.keyClick(field, Qt.Key.Key_Backspace)
    type_text(qtbot, field, text)


def wait_for_meter(qtbot, meter: StrengthMeter, words: str) -> None:
    qtbot.waitUntil(lambda: words in meter.text(), timeout=3000)


def assert_meter_is_accessible(meter: StrengthMeter) -> None:
    """The sentence, not a colour, carries the verdict, and a screen reader gets it."""
    assert meter.bar.accessibleName()
    assert meter.bar.accessibleDescription() == meter.text()
    assert meter.field.accessibleDescription() == meter.text()
    assert meter.label.accessibleName() == meter.text()


def start_setup(qtbot, tmp_path: Path, language: str = "en"):
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    i18n.set_language(language)
    page = window.setup_page
    type_into(qtbot, page.name_edit, "Gwen Jones")
    return window, page


def test_meter_follows_typing_on_first_run_and_weak_is_refused(qtbot, tmp_path: Path) -> None:
    window, page = start_setup(qtbot, tmp_path)
    meter = page.strength_meter
    assert meter.text() == "Strength: type a passphrase to see how strong it is."
    type_into(qtbot, page.passphrase_edit, "password")
    wait_for_meter(qtbot, meter, "too short")
    type_into(qtbot, page.passphrase_edit, "password123")
    wait_for_meter(qtbot, meter, "Strength: very weak — This is a very common password.")
    assert meter.bar.value() < MAX_SCORE
    assert_meter_is_accessible(meter)
    type_into(qtbot, page.repeat_edit, "password123")
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    refusal = page.problems_label.text()
    assert "That passphrase would be easy to guess." in refusal
    assert "This is a very common password." in refusal
    assert "Add another word or two. Uncommon words are better." in refusal
    assert page.problems_label.accessibleName() == refusal
    assert not profile.profile_exists(tmp_path / "new")

    type_into(qtbot, page.passphrase_edit, "a quiet river at dawn")
    wait_for_meter(qtbot, meter, "Strength: strong")
    assert meter.bar.value() == MAX_SCORE
    window.close()


def test_the_members_own_name_is_called_out(qtbot, tmp_path: Path) -> None:
    window, page = start_setup(qtbot, tmp_path)
    type_into(qtbot, page.passphrase_edit, "i am gwen jones")
    wait_for_meter(qtbot, page.strength_meter, "Do not use your name in the passphrase.")
    type_into(qtbot, page.name_edit, "Ann Evans")  # the same words are fine for someone else
    wait_for_meter(qtbot, page.strength_meter, "Strength: strong")
    window.close()


def test_meter_and_refusal_in_welsh(qtbot, tmp_path: Path) -> None:
    window, page = start_setup(qtbot, tmp_path, "cy")
    meter = page.strength_meter
    assert meter.text() == "Cryfder: teipiwch gyfrinymadrodd i weld pa mor gryf ydyw."
    type_into(qtbot, page.passphrase_edit, "aaaaaaaaaaaa")
    wait_for_meter(qtbot, meter, 'Cryfder: gwan iawn — Mae\'n hawdd dyfalu ailadroddiadau fel "aaa".')
    assert meter.bar.accessibleName() == "Cryfder y cyfrinymadrodd"
    assert_meter_is_accessible(meter)
    type_into(qtbot, page.repeat_edit, "aaaaaaaaaaaa")
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    refusal = page.problems_label.text()
    assert "Byddai'n hawdd dyfalu'r cyfrinymadrodd hwnnw." in refusal
    assert "Osgowch eiriau a nodau sy'n cael eu hailadrodd." in refusal
    assert not profile.profile_exists(tmp_path / "new")
    i18n.set_language("en")  # switching back re-words what is on screen
    assert meter.text() == 'Strength: very weak — Repeats like "aaa" are easy to guess.'
    window.close()


@pytest.mark.parametrize("language", ["en", "cy"])
def test_change_passphrase_shows_the_meter_and_refuses_weak(qtbot, db, profile_dir, language) -> None:
    i18n.set_language(language)
    dialogs = FakeDialogs()
    dialog = ChangePassphraseDialog(ProfileSession(db), dialogs)
    qtbot.addWidget(dialog)
    meter = dialog.strength_meter
    type_into(qtbot, dialog.fields["current"], PASSPHRASE)
    type_into(qtbot, dialog.fields["new"], "Summer2024!")
    expected = {
        "en": "Strength: weak — This is similar to a commonly used password.",
        "cy": "Cryfder: gwan — Mae hwn yn debyg i gyfrinair a ddefnyddir yn aml.",
    }[language]
    wait_for_meter(qtbot, meter, expected)
    assert_meter_is_accessible(meter)
    type_into(qtbot, dialog.fields["repeat"], "Summer2024!")
    dialog.submit()
    qtbot.waitUntil(dialog.ok_button.isEnabled)  # the passphrase is checked off the GUI thread
    refusal = {
        "en": "• That passphrase would be easy to guess.",
        "cy": "• Byddai'n hawdd dyfalu'r cyfrinymadrodd hwnnw.",
    }[language]
    assert dialog.message.text().startswith(refusal)
    assert not dialogs.infos and dialog.result() != dialog.DialogCode.Accepted
    db.close()
    profile.unlock(profile_dir, PASSPHRASE).close()  # nothing changed


@pytest.mark.parametrize("language", ["en", "cy"])
def test_every_feedback_code_has_its_own_translated_sentence(qapp, language) -> None:
    i18n.set_language("en")
    english = {code: feedback_text(code) for code in Feedback}
    i18n.set_language(language)
    texts = {code: feedback_text(code) for code in Feedback}
    fallback = texts[Feedback.OTHER]
    assert english[Feedback.OTHER] == ENGLISH_FALLBACK
    specific = [texts[code] for code in Feedback if code is not Feedback.OTHER]
    assert fallback not in specific and len(set(specific)) == len(specific)
    if language == "cy":
        assert all(texts[code] != english[code] for code in Feedback)


def test_refusal_reasons_follow_a_language_switch(qtbot, tmp_path: Path) -> None:
    window, page = start_setup(qtbot, tmp_path)
    type_into(qtbot, page.passphrase_edit, "password123")
    type_into(qtbot, page.repeat_edit, "password123")
    QTest.keyClick(page.repeat_edit, Qt.Key.Key_Return)
    assert "That passphrase would be easy to guess." in page.problems_label.text()
    i18n.set_language("cy")
    assert "Byddai'n hawdd dyfalu'r cyfrinymadrodd hwnnw." in page.problems_label.text()
    i18n.set_language("en")
    window.close()
