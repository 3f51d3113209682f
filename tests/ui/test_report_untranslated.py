"""The Report page over a round whose texts are not all in Welsh: it counts and lists them
beside the report's language, opens the Translation page at one, and writing a Welsh
report asks first: translate now (nothing written, the first missing text opened) or
write English only."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.reports.content import Background
from desktop.services import background, profile, translations
from desktop.ui import i18n
from tests.services.exchange_world import PASSPHRASE
from tests.services.report_world import dump
from tests.ui.coordinator_harness import wait_operations
from tests.ui.harness import press
from tests.ui.report_round import report_page_on, reviewed_round

PERIOD = "Cases closed between April and June."


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder, round_id = reviewed_round(tmp_path_factory.mktemp("untranslated"), cases=2, k=3)
    db = profile.open_profile(folder, PASSPHRASE).db
    background.save_background(db, round_id, Background(sample_period=PERIOD))
    db.close()
    return folder, round_id


@pytest.fixture
def page(qtbot, written):
    yield from report_page_on(qtbot, written)
    i18n.set_language("en")


def test_the_page_counts_and_lists_what_is_missing_in_welsh(qtbot, page) -> None:
    report_page, db, round_id = page
    state = translations.translations(db, round_id)
    missing = state.missing("cy")
    box = report_page.untranslated
    qtbot.waitUntil(lambda: box.isVisible() and box.texts.count() == len(missing))
    total = len([u for u in state.units if not u.optional])
    assert box.count_label.text() == f"Not yet in Welsh: {len(missing)} of {total} texts."
    assert box.texts.item(0).text() == f"period covered: {PERIOD}"
    assert box.texts.accessibleName() == box.count_label.text()
    i18n.set_language("cy")
    QApplication.processEvents()
    assert box.count_label.text() == f"Testunau heb fod yn Gymraeg eto: {len(missing)} o {total}."
    assert box.show_button.text() == "Dangos y rhain"


def test_enter_on_a_listed_text_opens_it_on_the_translation_page(qtbot, page) -> None:
    report_page, _db, _round_id = page
    box = report_page.untranslated
    qtbot.waitUntil(lambda: box.texts.count() > 1)
    box.texts.setFocus()
    box.texts.setCurrentRow(1)
    wanted = box.texts.item(1).data(Qt.ItemDataRole.UserRole)
    press(qtbot, Qt.Key.Key_Return)
    home = report_page.window().coordinator_home
    translation = home.translation_page
    assert home.tabs.currentWidget() is translation
    qtbot.waitUntil(lambda: translation.card(wanted) is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is translation.card(wanted).editor)


def test_writing_in_welsh_asks_and_translate_now_writes_nothing(qtbot, page, tmp_path, monkeypatch) -> None:
    report_page, db, round_id = page
    qtbot.waitUntil(lambda: report_page.untranslated.isVisible())
    asked_where = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked_where.append(a) or ("", ""))
    report_page.language_combo.setCurrentIndex(1)  # Welsh
    report_page.mode_combo.setCurrentIndex(1)  # internal
    dialogs = report_page.dialogs
    before = dump(db)
    dialogs.choices.append(0)  # translate them now
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    missing = len(translations.translations(db, round_id).missing("cy"))
    title, message = dialogs.asked[-1]
    assert title == "Texts not yet translated"
    assert message.startswith(f"Texts not yet translated into Welsh: {missing}. The report would print them")
    assert dialogs.offered_choices[-1] == ["Translate them now", "Write it in English only"]
    home = report_page.window().coordinator_home
    translation = home.translation_page
    assert home.tabs.currentWidget() is translation and asked_where == []
    first = translations.translations(db, round_id).missing("cy")[0]
    qtbot.waitUntil(lambda: translation.card(first.key) is not None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is translation.card(first.key).editor)
    wait_operations(qtbot)
    assert dump(db) == before and not report_page.flow.busy


def test_english_only_writes_an_english_report(qtbot, page, tmp_path, monkeypatch) -> None:
    report_page, _db, _round_id = page
    qtbot.waitUntil(lambda: report_page.untranslated.isVisible())
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    report_page.language_combo.setCurrentIndex(2)  # both
    report_page.mode_combo.setCurrentIndex(1)  # internal
    report_page.dialogs.choices.append(1)  # English only
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.written is not None, timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Background" in text and "Cefndir" not in text
