"""The publication review on real widgets over a round four members really reviewed:
every text grouped by case, hits marked without colour, Keep / Edit / Blank by keyboard,
progress, Publish only when all are confirmed; at 200% text on 1366x768 and in Welsh."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from desktop.reports.redaction import MARK
from desktop.services import publication
from desktop.services.session import ProfileSession
from desktop.ui import i18n
from desktop.ui.coordinator.publication_review import EditDialog, PublicationReviewDialog
from desktop.ui.ops import report as report_ops
from desktop.ui.text_size import apply_text_size
from tests.ui.coordinator_harness import wait_operations
from tests.ui.harness import press
from tests.ui.report_round import OBSERVATION, report_page_on, reviewed_round
from tests.ui.test_dialogs_large_text import fit_to_screen, problems


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    return reviewed_round(tmp_path_factory.mktemp("publication"), cases=2, k=2)


@pytest.fixture
def page(qtbot, reviewed):
    yield from report_page_on(qtbot, reviewed)


def as_first_seen(db, round_id: int) -> publication.PublicationReview:
    """The round's texts as the coordinator first sees them, none confirmed (the tests of
    this module share one round, and the first confirms everything)."""
    stored = publication.publication_review(db, round_id)
    return replace(stored, blocks=tuple(replace(b, confirmation=None) for b in stored.blocks))


def card_of(dialog: PublicationReviewDialog, text: str):
    return next(card for card in dialog.cards if card.block.text == text)


def test_every_text_is_read_and_confirmed_by_keyboard_before_publishing(qtbot, page, tmp_path, monkeypatch):
    report_page, db, round_id = page
    out = tmp_path / "published.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    seen: dict[str, object] = {}
    edited = "The sergeant did not endorse the log."

    def fill_in_the_edit() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, EditDialog):
            QTimer.singleShot(20, fill_in_the_edit)
            return
        try:
            qtbot.waitUntil(editor.isActiveWindow)
            seen["editor"] = (editor.editor.toPlainText(), editor.editor.hasFocus())
            editor.editor.setPlainText(edited)
        finally:
            editor.accept()

    def review() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PublicationReviewDialog):  # the texts are gathered off the GUI thread
            QTimer.singleShot(20, review)
            return
        try:
            walk(dialog)
        except BaseException:
            dialog.reject()  # a failure closes the window instead of leaving the test waiting on it
            raise
        if dialog.isVisible():  # a walk that ended without publishing: its exec() would never return
            seen["left_open"] = True
            dialog.reject()

    def walk(dialog: PublicationReviewDialog) -> None:
        qtbot.waitUntil(dialog.isActiveWindow)  # the progress window closed before this one opened
        seen["focus"] = QApplication.focusWidget()
        total = len(dialog.cards)
        seen["start"] = (dialog.progress.text(), dialog.publish.isEnabled(), total)
        groups = [card.where_label.text() for card in dialog.cards]
        seen["groups"] = groups
        observation = card_of(dialog, OBSERVATION)
        seen["marked"] = observation.text_label.text()
        seen["names"] = (observation.keep.accessibleName(), observation.blank.accessibleDescription())
        QTimer.singleShot(0, fill_in_the_edit)
        observation.edit.setFocus()
        press(qtbot, Qt.Key.Key_Space)  # Edit… opens the editor with the text as written
        qtbot.waitUntil(lambda: dialog.confirmed() == 1)  # stored off the GUI thread
        seen["after_edit"] = dialog.progress.text()
        dialog.activateWindow()  # offscreen, focus does not come back by itself when the editor closes
        qtbot.waitUntil(dialog.isActiveWindow)
        first = dialog.cards[0]
        first.blank.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Space)  # a second press while the first is stored does nothing more
        qtbot.waitUntil(lambda: first.decision == "blanked")
        assert dialog.confirmed() == 2
        press(qtbot, Qt.Key.Key_F8)
        while dialog.confirmed() < total:  # the cursor waits on the next text's Keep
            assert isinstance(QApplication.focusWidget().parentWidget(), type(first))
            before = dialog.confirmed()
            press(qtbot, Qt.Key.Key_Space)
            qtbot.waitUntil(lambda before=before: dialog.confirmed() > before)
        seen["end"] = (dialog.progress.text(), dialog.publish.isEnabled(), QApplication.focusWidget())
        seen["blocks"] = sum(len(card.texts.blocks) for card in dialog.cards)
        seen["first"] = first.block.text
        press(qtbot, Qt.Key.Key_Space)  # Publish…, where the cursor now is

    QTimer.singleShot(0, review)
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "end" in seen, timeout=30000)
    wait_operations(qtbot)
    assert "left_open" not in seen, "the walk ended with the window still open"
    progress, enabled, total = seen["start"]
    assert seen["focus"].objectName() == "keep", "the cursor starts on the first text's Keep"
    assert seen["editor"] == (OBSERVATION, True), "the editor opens on the text as written, cursor in it"
    assert progress == f"0 of {total} confirmed" and not enabled and total >= 5  # notes and the observation
    assert seen["blocks"] > total, "a note several members wrote alike is one text to read"
    assert "<b><u>Sgt 218</u></b> <i>(an officer&#x27;s number)</i>" in seen["marked"], seen["marked"]
    assert seen["names"] == (
        "Keep",
        f"Publish a black bar instead of observation 1. Not confirmed yet. {OBSERVATION}",
    )
    assert seen["after_edit"] == f"1 of {total} confirmed"
    progress, enabled, focused = seen["end"]
    assert progress == f"{total} of {total} confirmed" and enabled and focused.objectName() == "publish"
    qtbot.waitUntil(out.exists, timeout=30000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Sgt 218" not in text and edited in text and MARK in text
    assert " ".join(seen["first"].split()) not in text
    stored = publication.publication_review(db, round_id)
    assert stored.confirmed == stored.total == seen["blocks"]


def test_a_refused_edit_is_said_on_its_text_and_nothing_is_stored(qtbot, page) -> None:
    _report_page, db, round_id = page
    review = publication.publication_review(db, round_id)
    calls = []

    def confirm(*args):
        calls.append(args)
        return report_ops.confirm_blocks(ProfileSession(db), round_id, *args)

    dialog = PublicationReviewDialog(review, confirm)
    qtbot.addWidget(dialog)
    card = card_of(dialog, OBSERVATION)
    before = card.decision

    def empty_it() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, EditDialog):
            QTimer.singleShot(20, empty_it)
            return
        editor.editor.setPlainText("   ")
        editor.accept()

    QTimer.singleShot(0, empty_it)
    qtbot.mouseClick(card.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.state_label.text().startswith("The edited text is empty"))
    assert card.decision == before and not card.storing
    assert publication.publication_review(db, round_id) == review and len(calls) == 1


@pytest.mark.parametrize("language", ["en", "cy"])
def test_at_200_percent_on_1366x768_in_english_and_welsh(qtbot, page, language) -> None:
    _report_page, db, round_id = page
    review = as_first_seen(db, round_id)
    english = PublicationReviewDialog(review, lambda *a: None)
    qtbot.addWidget(english)
    english_words = words_of(english)
    i18n.set_language(language)
    apply_text_size(200)
    try:
        dialog = PublicationReviewDialog(review, lambda *a: None)
        qtbot.addWidget(dialog)
        fit_to_screen(dialog)
        assert problems(dialog) == []
        assert dialog.area.verticalScrollBar().maximum() > 0, "the texts scroll; the buttons stay on screen"
        if language == "cy":
            data = {c.text_label.text() for c in dialog.cards} | {c.where_label.text() for c in dialog.cards}
            assert (words_of(dialog) & english_words) - data == set()
            assert dialog.progress.text().endswith("wedi'u cadarnhau")
            assert "(rhif swyddog)" in card_of(dialog, OBSERVATION).text_label.text()
        dialog.reject()
    finally:
        apply_text_size(100)
        i18n.set_language("en")


def words_of(dialog) -> set[str]:
    """Every label's and button's words."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = [w.text() for w in dialog.findChildren(QLabel)]
    found += [w.text() for w in dialog.findChildren(QAbstractButton)]
    return set(found) - {""}


def keep_in_view(dialog: PublicationReviewDialog, card) -> bool:
    """Whether the card's Keep button is wholly inside the scrolled list's visible part."""
    viewport = dialog.area.viewport()
    top_left = card.keep.mapTo(viewport, card.keep.rect().topLeft())
    return viewport.rect().contains(top_left) and top_left.y() + card.keep.height() <= viewport.height()


def test_f8_goes_on_from_the_text_the_cursor_is_in_and_its_button_is_in_view(qtbot, page) -> None:
    """Found on a real screen: F8 always went back to the first unconfirmed text, and on a
    text taller than the list the cursor landed on a Keep button scrolled out of sight."""
    _report_page, db, round_id = page
    review = as_first_seen(db, round_id)
    dialog = PublicationReviewDialog(review, lambda *a: None)
    qtbot.addWidget(dialog)
    apply_text_size(200)
    try:
        dialog.show()
        dialog.resize(700, 330)  # a list shorter than one text with its buttons
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        third = dialog.cards[3]
        third.edit.setFocus()
        press(qtbot, Qt.Key.Key_F8)
        assert QApplication.focusWidget() is dialog.cards[4].keep, (
            "F8 goes on after the text the cursor was in"
        )
        QApplication.processEvents()
        assert keep_in_view(dialog, dialog.cards[4])
        assert dialog.cards[4].height() > dialog.area.viewport().height(), "the case the fix is for"
    finally:
        apply_text_size(100)


def test_a_button_tells_a_screen_reader_the_text_and_what_was_decided(qtbot, page) -> None:
    _report_page, db, round_id = page
    review = as_first_seen(db, round_id)
    dialog = PublicationReviewDialog(review, lambda *a: None)
    qtbot.addWidget(dialog)
    card = card_of(dialog, OBSERVATION)
    described = card.keep.accessibleDescription()
    assert described == f"Keep observation 1 as written. Not confirmed yet. {OBSERVATION}"
    card.decision, card.edited = "edited", "The sergeant did not endorse the log."
    card.show_state()
    assert card.text_label.text() == "The sergeant did not endorse the log.", (
        "the card shows what is published"
    )
    assert card.blank.accessibleDescription().endswith(
        "Confirmed: edited. The sergeant did not endorse the log."
    )
    assert dialog.area.accessibleName() == "The texts to read"


REPEATED = "No HCSO on the log."  # three members' note on HC-004 (tests.services.test_findings.plan)


@pytest.fixture(scope="module")
def repeated(tmp_path_factory):
    """Four members on four cases: three of them wrote the same note on HC-004."""
    return reviewed_round(tmp_path_factory.mktemp("repeated"), cases=4, k=4)


@pytest.fixture
def repeated_page(qtbot, repeated):
    yield from report_page_on(qtbot, repeated)


def test_the_same_words_on_one_case_are_read_and_decided_once(qtbot, repeated_page) -> None:
    """The demo asked for 68 confirmations, many the same note from several members on a
    case: the same words on one case are one card, naming each place, and one Keep
    confirms them all in one unit of work."""
    _page, db, round_id = repeated_page
    review = as_first_seen(db, round_id)
    copies = [b for b in review.blocks if b.text == REPEATED]
    assert len(copies) == 3 and {b.place.subject for b in copies} == {"HC-004"}
    dialog = PublicationReviewDialog(
        review, lambda *args: report_ops.confirm_blocks(ProfileSession(db), round_id, *args)
    )
    qtbot.addWidget(dialog)
    assert len(dialog.cards) < len(review.blocks)
    card = card_of(dialog, REPEATED)
    assert [b.key for b in card.texts.blocks] == [b.key for b in copies]
    where = card.where_label.text()
    assert where.count("HC-004") == 1 and where.count("note (Member ") == 3, where
    assert card.alike_label.isVisibleTo(dialog)
    assert card.alike_label.text() == "Places with these same words: 3. One decision covers them all."
    single = next(c for c in dialog.cards if len(c.texts.blocks) == 1)
    assert not single.alike_label.isVisibleTo(dialog) and single.alike_label.text() == ""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    card.keep.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: card.decision == "kept")
    assert dialog.progress.text() == f"1 of {len(dialog.cards)} confirmed"
    stored = {b.key: b.confirmation for b in publication.publication_review(db, round_id).blocks}
    assert all(stored[b.key] is not None and stored[b.key].decision == "kept" for b in copies)
    assert sum(c is not None for c in stored.values()) == 3, "nothing else was confirmed"
    assert QApplication.focusWidget() is not card.keep, "the cursor went on to the next text"
    dialog.reject()


def test_the_dialog_says_what_the_check_found_even_when_it_found_nothing(qtbot, page) -> None:
    """A clean check showed nothing at all: the coordinator could not tell it had run."""
    report_page, db, round_id = page
    review = as_first_seen(db, round_id)
    assert any(block.hits for block in review.blocks), "the round needs a text the check marks"
    dialog = PublicationReviewDialog(review, lambda *a: None, report_page)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    marked = sum(bool(card.block.hits) for card in dialog.cards)  # the texts read: alike ones once
    said = dialog.findChild(QLabel, "check_summary").text()
    assert f"marked {marked} of the {len(dialog.cards)} texts" in said
    assert f"0 of {len(dialog.cards)} confirmed" in dialog.progress.text()  # the same count as the progress

    clean = replace(review, blocks=tuple(replace(b, hits=()) for b in review.blocks))
    dialog = PublicationReviewDialog(clean, lambda *a: None, report_page)  # type: ignore[arg-type,return-value]
    qtbot.addWidget(dialog)
    said = dialog.findChild(QLabel, "check_summary").text()
    assert (
        said.startswith("The personal-data check found nothing") and f"the {len(dialog.cards)} texts" in said
    )
    i18n.set_language("cy")
    try:
        dialog = PublicationReviewDialog(clean, lambda *a: None, report_page)  # type: ignore[arg-type,return-value]
        qtbot.addWidget(dialog)
        assert (
            dialog.findChild(QLabel, "check_summary").text().startswith("Ni chanfu'r gwiriad data personol")
        )
    finally:
        i18n.set_language("en")
