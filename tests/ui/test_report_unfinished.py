"""The Report page on a round whose members left reviews unfinished: it says how many before
the coordinator starts, and publishing asks first; No leaves everything as it was."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.ui.coordinator.publication_review import PublicationReviewDialog
from tests.services.report_world import dump
from tests.services.unfinished_world import unfinished_panel
from tests.ui.coordinator_harness import wait_operations
from tests.ui.report_round import report_page_on

SAID = (
    "Reviews not marked complete by their members: 3 of 16. The report says so, and publishing it asks you "
    "to confirm first."
)


@pytest.fixture(scope="module")
def unfinished(tmp_path_factory):
    made = unfinished_panel(tmp_path_factory.mktemp("unfinished-page"))
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()
    return made.world.root / "coordinator", made.round_id


@pytest.fixture
def page(qtbot, unfinished):
    yield from report_page_on(qtbot, unfinished)


def keep_every_text(qtbot, seen: list[int]) -> None:
    """Keep every text in the publication review once it opens, then publish."""
    dialog = QApplication.activeModalWidget()
    if not isinstance(dialog, PublicationReviewDialog):  # the texts are gathered off the GUI thread
        QTimer.singleShot(20, lambda: keep_every_text(qtbot, seen))
        return
    for card in dialog.cards:
        qtbot.mouseClick(card.keep, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda card=card: card.decision == "kept")
    seen.append(len(dialog.cards))
    qtbot.mouseClick(dialog.publish, Qt.MouseButton.LeftButton)


def test_the_page_says_how_many_reviews_are_unfinished_in_both_languages(qtbot, page) -> None:
    from desktop.ui import i18n

    report_page, _db, _round_id = page
    label = report_page.unfinished_label
    qtbot.waitUntil(lambda: label.text() == SAID)
    assert label.isVisible() and label.accessibleName() == SAID
    i18n.set_language("cy")
    try:
        QApplication.processEvents()
        assert label.text().startswith("Adolygiadau heb eu nodi'n gyflawn gan eu haelodau: 3 o 16.")
        assert label.accessibleName() == label.text()
    finally:
        i18n.set_language("en")


def test_publishing_asks_first_and_no_leaves_everything_as_it_was(qtbot, page, tmp_path, monkeypatch) -> None:
    report_page, db, _round_id = page
    qtbot.waitUntil(lambda: report_page.unfinished_label.text() == SAID)
    out = tmp_path / "published.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    dialogs = report_page.dialogs
    report_page.form.period_edit.setText("January to March 2026")  # typed, not yet saved
    before = dump(db)

    dialogs.confirmations.append(False)
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    title, message = dialogs.asked[-1]
    assert title == "Publish unfinished reviews?" and "3 of 16" in message and dialogs.defaults_no[-1]
    named = "HC-002: Bethan Evans (in progress), Ceri Hughes (in progress)\nHC-003: Dafydd Owen (deferred)"
    assert named in message, message
    assert not report_page.flow.busy and report_page.write_button.isEnabled()
    assert dump(db) == before and not out.exists(), "No saved nothing and wrote nothing"
    assert report_page.form.period_edit.text() == "January to March 2026"

    dialogs.confirmations.append(True)
    seen: list[int] = []
    QTimer.singleShot(0, lambda: keep_every_text(qtbot, seen))
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=30000)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    said = "Of the 16 reviews used, 13 were marked complete; 2 were still in progress; 1 was deferred."
    assert said in text


def test_an_internal_report_is_written_without_asking(qtbot, page, tmp_path, monkeypatch) -> None:
    report_page, _db, _round_id = page
    qtbot.waitUntil(lambda: report_page.unfinished_label.text() == SAID)
    out = tmp_path / "internal.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    asked = len(report_page.dialogs.asked)
    report_page.mode_combo.setCurrentIndex(1)  # internal
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=30000)
    assert len(report_page.dialogs.asked) == asked
