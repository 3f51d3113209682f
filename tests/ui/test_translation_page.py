"""The coordinator's Translation page over a round members really reviewed: what is missing
in Welsh, saving a version off the GUI thread, a refusal that keeps every word typed, the
earlier translations offered, the round written in Welsh, and the keyboard path."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.reports.content import Background, CaseNotes
from desktop.services import background, findings, profile, rounds, translations
from desktop.services.translations import State
from desktop.ui import i18n
from tests.services.exchange_world import PASSPHRASE
from tests.services.report_world import dump
from tests.ui.coordinator_harness import wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import click_laid_out, open_window, press, type_text
from tests.ui.report_round import reviewed_round

PERIOD = "Cases closed between April and June."
DEFINITIONS = "A hate crime is any crime perceived by the victim to be motivated by hostility."
COMMENT = "The victim was updated weekly."
CYFNOD = "Achosion a gaewyd rhwng Ebrill a Mehefin."
SYLW = "Cafodd y dioddefwr y newyddion diweddaraf bob wythnos."


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """A reviewed round whose coordinator wrote a period, definitions and the same comment
    on two cases (so a translation of one is offered to the other)."""
    folder, round_id = reviewed_round(tmp_path_factory.mktemp("translation"), cases=3, k=3)
    db = profile.open_profile(folder, PASSPHRASE).db
    background.save_background(db, round_id, Background(sample_period=PERIOD, definitions=DEFINITIONS))
    for case in rounds.list_cases(db, round_id)[:2]:
        findings.save_case_notes(db, case.id, CaseNotes(comment=COMMENT))
    db.close()
    return folder, round_id


@pytest.fixture
def page(qtbot, written, tmp_path):
    folder, round_id = written
    copy = tmp_path / "coordinator"  # each test changes the round: its own copy of the profile
    import shutil

    shutil.copytree(folder, copy)
    db = profile.open_profile(copy, PASSPHRASE).db
    window = open_window(qtbot, copy, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.translation_page)
    translation_page = home.translation_page
    qtbot.waitUntil(lambda: translation_page.round_id == round_id and translation_page.state is not None)
    yield translation_page, db, round_id
    window.close()
    i18n.set_language("en")


def card_for(page, part: str, nth: int = 0):
    found = [c for c in page.cards if c.unit.place.part == part]
    assert len(found) > nth, (part, [c.unit.place.part for c in page.cards])
    return found[nth]


def test_the_page_lists_what_is_missing_in_welsh_grouped_as_the_report(qtbot, page) -> None:
    translation_page, db, round_id = page
    state = translations.translations(db, round_id)
    missing = state.missing("cy")
    assert [c.unit.key for c in translation_page.cards] == [u.key for u in missing]
    assert translation_page.count_label.text() == (
        f"Not yet in Welsh: {len(missing)} of {len([u for u in state.units if not u.optional])} texts."
    )
    period = card_for(translation_page, "period")
    assert period.source.text() == PERIOD and period.state_label.text() == "Missing in Welsh"
    assert period.editor.toPlainText() == "" and period.editor.accessibleName() == "period covered in Welsh"
    headings = [w.text() for w in translation_page.inner.findChildren(type(period.where_label))]
    assert headings[0] == "Background and comments"
    assert not any(c.unit.optional for c in translation_page.cards)  # members' notes: only with everything
    translation_page.shown_combo.setCurrentIndex(1)
    translation_page.shown_combo.activated.emit(1)
    notes = [c for c in translation_page.cards if c.unit.optional]
    assert notes and notes[0].state_label.text() == "Optional: a translation will be printed beside the note"


def test_a_saved_version_is_stored_and_shown_translated(qtbot, page) -> None:
    translation_page, db, round_id = page
    period = card_for(translation_page, "period")
    period.editor.setFocus()
    type_text(qtbot, period.editor, CYFNOD)
    click_laid_out(qtbot, period.save_button)
    qtbot.waitUntil(lambda: period.state_label.text() == "Translated")
    unit = translations.translations(db, round_id).unit(period.unit.key)
    assert unit is not None and unit.state is State.DONE and unit.version == CYFNOD
    assert unit.origin == "typed"
    total = len([u for u in translations.translations(db, round_id).units if not u.optional])
    missing = len(translations.translations(db, round_id).missing("cy"))
    assert translation_page.count_label.text() == f"Not yet in Welsh: {missing} of {total} texts."


def test_a_refused_save_keeps_every_word_typed_and_changes_nothing(qtbot, page) -> None:
    """The definitions are edited on another screen after the page read them: the save is
    refused in the interface's language, the Welsh typed stays, nothing is stored."""
    translation_page, db, round_id = page
    i18n.set_language("cy")
    QApplication.processEvents()
    card = card_for(translation_page, "definitions")
    card.editor.setFocus()
    type_text(qtbot, card.editor, "Trosedd casineb yw unrhyw drosedd.")
    background.save_background(  # another screen's save, after the page read the text
        db, round_id, Background(sample_period=PERIOD, definitions=DEFINITIONS + " Edited.")
    )
    before = dump(db)
    click_laid_out(qtbot, card.save_button)
    qtbot.waitUntil(lambda: card.state_label.text().startswith("Heb ei gadw"))
    assert card.editor.toPlainText() == "Trosedd casineb yw unrhyw drosedd."
    assert dump(db) == before
    assert card.typed


def test_reading_again_keeps_what_was_typed_and_not_saved(qtbot, page) -> None:
    translation_page, _db, _round_id = page
    card = card_for(translation_page, "period")
    card.editor.setFocus()
    type_text(qtbot, card.editor, "Achosion")
    comment = card_for(translation_page, "comment")
    comment.editor.setFocus()
    type_text(qtbot, comment.editor, SYLW)
    click_laid_out(qtbot, comment.save_button)
    qtbot.waitUntil(lambda: comment.state_label.text() == "Translated")
    old_cards = list(translation_page.cards)
    translation_page.units.request()  # as after a change made on another screen
    qtbot.waitUntil(lambda: translation_page.cards and translation_page.cards[0] not in old_cards)
    assert card_for(translation_page, "period").editor.toPlainText() == "Achosion"
    # the same comment on the second case is offered the translation just given
    offered = card_for(translation_page, "comment", 1)  # the first, translated, keeps the cursor
    assert offered.unit.state is State.OFFERED and offered.editor.toPlainText() == SYLW
    assert offered.state_label.text() == "An earlier translation is offered"
    button = translation_page.offered_button
    assert button.isVisible() and button.text() == "&Use the earlier translations (1)"
    click_laid_out(qtbot, button)
    qtbot.waitUntil(lambda: not translation_page.offered_button.isVisible())
    assert card_for(translation_page, "period").editor.toPlainText() == "Achosion"
    wait_operations(qtbot)


def test_f8_and_tab_lead_through_the_texts_and_ctrl_return_saves(qtbot, page) -> None:
    translation_page, db, round_id = page
    first, second = translation_page.cards[0], translation_page.cards[1]
    translation_page.chooser.combo.setFocus()
    press(qtbot, Qt.Key.Key_F8)
    assert QApplication.focusWidget() is first.editor
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is first.save_button
    press(qtbot, Qt.Key.Key_F8)
    assert QApplication.focusWidget() is second.editor
    type_text(qtbot, second.editor, "Diffiniadau")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: second.state_label.text() == "Translated")
    assert translations.translations(db, round_id).unit(second.unit.key).version == "Diffiniadau"


def test_going_to_a_note_shows_every_text(qtbot, page) -> None:
    translation_page, db, round_id = page
    note = next(u for u in translations.translations(db, round_id).units if u.optional)
    translation_page.go_to(note.key)
    assert translation_page.shown_combo.currentIndex() == 1
    assert QApplication.focusWidget() is translation_page.card(note.key).editor


def test_a_round_written_in_welsh_wants_its_english(qtbot, page) -> None:
    translation_page, db, round_id = page
    combo = translation_page.written_combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: translation_page.count_label.text().startswith("Not yet in English:"))
    assert translations.translations(db, round_id).written_in == "cy"
    assert card_for(translation_page, "period").state_label.text() == "Missing in English"


def test_export_then_import_a_filled_xliff_asks_about_a_text_edited_meanwhile(qtbot, page, tmp_path) -> None:
    """The translator's round trip from the page: the file written off the GUI thread, filled
    as a translation tool would, read back; a text edited since export is named and, the
    coordinator saying No, left to translate while the others are stored."""
    from tests.services.test_translation_exchange import fill_xliff, welsh_for

    translation_page, db, round_id = page
    dialogs = translation_page.dialogs
    out = tmp_path / "for-translation.xlf"
    dialogs.choices.append(0)  # XLIFF
    dialogs.files.append(str(out))
    qtbot.mouseClick(translation_page.files.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    sent = len(translations.translations(db, round_id).missing("cy"))
    assert dialogs.infos[-1] == (
        "Export for translation",
        f"Texts written for translation: {sent}, in {out}.",
    )
    fill_xliff(out)
    background.save_background(
        db, round_id, Background(sample_period=PERIOD + " Edited.", definitions=DEFINITIONS)
    )
    dialogs.confirmations.append(False)  # not the translation of what the period said before

    def chosen(*_args, **_kwargs):
        return str(out), ""

    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getOpenFileName
    QFileDialog.getOpenFileName = staticmethod(chosen)
    try:
        qtbot.mouseClick(translation_page.files.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(dialogs.infos) == 2)
    finally:
        QFileDialog.getOpenFileName = original
    title, question = dialogs.asked[-1]
    assert title == "Import translation" and question.startswith("Texts edited since the file was made: 1.")
    assert "• period covered" in question
    assert dialogs.infos[-1] == ("Import translation", f"Translations stored: {sent - 1}.")
    state = translations.translations(db, round_id)
    assert state.unit("|definitions||").version == welsh_for(DEFINITIONS)
    assert state.unit("|period||").state is State.MISSING
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: [c.unit.key for c in translation_page.cards] == ["|period||"])


def test_a_hostile_file_is_refused_plainly_and_changes_nothing(qtbot, page, monkeypatch) -> None:
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    translation_page, db, _round_id = page
    hostile = Path(__file__).parents[1] / "hostile" / "translations" / "billion-laughs.xlf"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(hostile), ""))
    before = dump(db)
    i18n.set_language("cy")
    QApplication.processEvents()
    qtbot.mouseClick(translation_page.files.import_button, Qt.MouseButton.LeftButton)
    dialogs = translation_page.dialogs
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    title, message = dialogs.errors[-1]
    assert title == "Mewnforio cyfieithiad" and message and "Traceback" not in message
    assert dump(db) == before


def test_a_long_list_is_built_a_batch_at_a_time_and_a_text_asked_for_at_once(
    qtbot, page, monkeypatch
) -> None:
    """Hundreds of texts would hold the window for seconds: the first cards come at once,
    the rest a batch per turn of the event loop; F8 or a link to a later text builds it."""
    from desktop.ui.coordinator import translation_page as module

    translation_page, db, round_id = page
    monkeypatch.setattr(module, "BATCH", 2)
    units = translations.translations(db, round_id).units
    translation_page.shown_combo.setCurrentIndex(1)
    translation_page.shown_combo.activated.emit(1)
    assert len(translation_page.cards) == 2 and len(units) > 4
    last = units[-1].key
    translation_page.go_to(last)
    assert QApplication.focusWidget() is translation_page.card(last).editor
    qtbot.waitUntil(lambda: len(translation_page.cards) == len(units))
    assert [c.unit.key for c in translation_page.cards] == [u.key for u in units]  # in report order


def test_a_text_changed_since_translated_shows_its_old_version_to_adjust(qtbot, page) -> None:
    translation_page, db, round_id = page
    unit = translations.translations(db, round_id).unit("|period||")
    translations.save_version(db, round_id, unit.key, unit.sha256, CYFNOD)
    background.save_background(
        db, round_id, Background(sample_period=PERIOD + " Edited.", definitions=DEFINITIONS)
    )
    translation_page.units.request()  # as after the change on the Report page
    qtbot.waitUntil(lambda: translation_page.card("|period||") is not None)
    qtbot.waitUntil(lambda: translation_page.card("|period||").unit.state is State.CHANGED)
    card = translation_page.card("|period||")
    assert card.state_label.text() == "Changed since it was translated — check it"
    assert card.editor.toPlainText() == CYFNOD and card.source.text() == PERIOD + " Edited."


def test_a_screen_reader_hears_the_text_to_translate(qtbot, page) -> None:
    """The words as written were named only "period covered, as written": a label's
    accessible name replaces its text, so a screen reader never read the text itself."""
    from PySide6.QtGui import QAccessible

    period = card_for(page[0], "period")
    said = QAccessible.queryAccessibleInterface(period.source)
    heard = f"{said.text(QAccessible.Text.Name)} {said.text(QAccessible.Text.Description)}"
    assert "period covered, as written" in heard and PERIOD in heard


def test_an_editor_keeps_its_four_lines_when_the_text_size_changes(qtbot, page) -> None:
    """Its height was fixed from the font it was built with: after View → Text size →
    200% the cards on show had editors two lines high (seen on a real screen)."""
    from desktop.ui.text_size import apply_text_size

    period = card_for(page[0], "period")
    try:
        apply_text_size(200)
        QApplication.processEvents()
        assert period.editor.height() >= 4 * period.editor.fontMetrics().lineSpacing()
    finally:
        apply_text_size(100)
    QApplication.processEvents()
    assert period.editor.height() < 8 * period.editor.fontMetrics().lineSpacing(), "and shrinks back"


def test_words_typed_and_not_saved_are_said_to_be_so(qtbot, page) -> None:
    translation_page, _db, _round_id = page
    period = card_for(translation_page, "period")
    assert period.state_label.text() == "Missing in Welsh"
    period.editor.setFocus()
    type_text(qtbot, period.editor, CYFNOD)
    assert period.state_label.text().startswith("Not saved yet")
    assert period.editor.accessibleDescription() == period.state_label.text()
    click_laid_out(qtbot, period.save_button)
    qtbot.waitUntil(lambda: period.state_label.text() == "Translated")
