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

from desktop.reports.content import Background, CaseNotes
from desktop.services import background, findings, profile, rounds, translations
from desktop.ui import i18n
from tests.services.exchange_world import PASSPHRASE
from tests.services.report_world import dump
from tests.ui.coordinator_harness import wait_operations
from tests.ui.harness import press
from tests.ui.report_round import report_page_on, reviewed_round

PERIOD = "Cases closed between April and June."
COMMENT = "The victim was updated weekly."


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder, round_id = reviewed_round(tmp_path_factory.mktemp("untranslated"), cases=2, k=3)
    db = profile.open_profile(folder, PASSPHRASE).db
    background.save_background(db, round_id, Background(sample_period=PERIOD))
    findings.save_case_notes(db, rounds.list_cases(db, round_id)[0].id, CaseNotes(comment=COMMENT))
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
    assert not box.texts.isVisible()  # listed here only when asked
    qtbot.mouseClick(box.list_button, Qt.MouseButton.LeftButton)
    assert box.texts.isVisible()
    total = len([u for u in state.units if not u.optional])
    assert box.count_label.text() == f"Not yet in Welsh: {len(missing)} of {total} texts."
    listed = [box.texts.item(row).text() for row in range(box.texts.count())]
    assert f"period covered: {PERIOD}" in listed
    assert box.texts.accessibleName() == box.count_label.text()
    i18n.set_language("cy")
    QApplication.processEvents()
    assert box.count_label.text() == f"Testunau heb fod yn Gymraeg eto: {len(missing)} o {total}."
    assert box.show_button.text() == "Dangos y rhain"


def test_enter_on_a_listed_text_opens_it_on_the_translation_page(qtbot, page) -> None:
    report_page, _db, _round_id = page
    box = report_page.untranslated
    qtbot.waitUntil(lambda: box.texts.count() > 1)
    box.list_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert box.texts.isVisible()
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
    qtbot.waitUntil(lambda: bool(dialogs.asked))  # the texts' state is read afresh first
    missing = len(translations.translations(db, round_id).missing("cy"))
    title, message = dialogs.asked[-1]
    assert title == "Texts not yet translated"
    assert message.startswith(f"Texts not yet translated into Welsh: {missing}. The report would print them")
    assert dialogs.offered_choices[-1] == [
        "Translate them now",
        "Send them for translation…",
        "Write it in English only",
    ]
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
    report_page.dialogs.choices.append(2)  # English only
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.written is not None, timeout=30_000)
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Background" in text and "Cefndir" not in text


def test_each_field_says_which_language_it_misses_and_leads_to_it(qtbot, page) -> None:
    """The period's line says "Not yet in Welsh" and opens it on the Translation page; once
    translated the line goes, and an edit of the period brings "Changed since translated"."""
    report_page, _db, _round_id = page
    lines = report_page.form.language_lines
    period, method = lines[report_page.form.period_edit], lines[report_page.form.method_edit]
    qtbot.waitUntil(period.isVisible)
    assert period.text() == "Not yet in Welsh" and period.accessibleName() == "Not yet in Welsh"
    assert not method.isVisible()  # nothing written there, nothing to translate
    summary_line = report_page.summary_editor.language_line
    assert not summary_line.isVisible()  # no summary saved yet
    period.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    home = report_page.window().coordinator_home
    translation = home.translation_page
    assert home.tabs.currentWidget() is translation
    qtbot.waitUntil(lambda: translation.card("|period||") is not None)
    card = translation.card("|period||")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is card.editor)
    card.editor.setPlainText("Achosion a gaewyd rhwng Ebrill a Mehefin.")
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not period.isVisible())
    home.tabs.setCurrentWidget(report_page)
    report_page.form.period_edit.setText("Cases closed between April and July.")
    qtbot.mouseClick(report_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: period.isVisible() and period.text() == "Changed since translated")
    i18n.set_language("cy")
    QApplication.processEvents()
    assert period.text() == "Wedi newid ers ei gyfieithu"


def test_the_case_comment_says_it_is_not_yet_in_welsh(qtbot, page) -> None:
    report_page, _db, _round_id = page
    home = report_page.window().coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    panel = home.findings_page.case_panel
    qtbot.waitUntil(lambda: panel.case is not None)
    home.findings_page.view.setCurrentIndex(home.findings_page.proxy.index(0, 0))
    line = panel.comment_language
    qtbot.waitUntil(lambda: line.isVisible() and line.text() == "Not yet in Welsh")
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    assert home.tabs.currentWidget() is home.translation_page
    key = f"{panel.case.case.reference}|comment||"
    qtbot.waitUntil(lambda: home.translation_page.card(key) is not None)


def test_send_for_translation_opens_the_export(qtbot, page, monkeypatch) -> None:
    report_page, db, _round_id = page
    qtbot.waitUntil(lambda: report_page.untranslated.isVisible())
    report_page.language_combo.setCurrentIndex(1)  # Welsh
    report_page.mode_combo.setCurrentIndex(1)  # internal
    dialogs = report_page.dialogs
    dialogs.choices.extend([1, None])  # send them for translation; then close the format question
    before = dump(db)
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.offered_choices) == 2)
    assert dialogs.asked[-1] == ("Export for translation", "Which file does the translator need?")
    home = report_page.window().coordinator_home
    assert home.tabs.currentWidget() is home.translation_page
    wait_operations(qtbot)
    assert dump(db) == before and not report_page.flow.busy


def test_the_list_keeps_its_rows_at_200_percent_text(qtbot, page) -> None:
    """Its height was fixed from the font at start: at 200% text it showed three rows of six."""
    from desktop.ui.coordinator.untranslated_list import ROWS
    from desktop.ui.text_size import apply_text_size

    box = page[0].untranslated
    qtbot.waitUntil(box.isVisible)
    try:
        apply_text_size(200)
        QApplication.processEvents()
        assert box.texts.height() >= ROWS * box.texts.fontMetrics().lineSpacing()
    finally:
        apply_text_size(100)
    QApplication.processEvents()
    assert box.texts.height() < 2 * ROWS * box.texts.fontMetrics().lineSpacing(), "and shrinks back"


def test_switching_the_interface_language_leaves_the_background_saved(qtbot, page) -> None:
    """The questions beside the criteria comments are re-worded in the new language; that
    is no edit, and the page said "Not saved yet." of a background nobody had touched."""
    report_page = page[0]
    wait_operations(qtbot)
    before = report_page.background_state.text()
    assert before != "Not saved yet."
    i18n.set_language("cy")
    QApplication.processEvents()
    wait_operations(qtbot)
    assert report_page.background_state.text() not in ("Heb ei gadw eto.", "Not saved yet.")
    report_page.comments_table.item(0, 1).setText("Sylw newydd")  # a real edit still counts
    assert report_page.background_state.text() == "Heb ei gadw eto."


def _scroll_area(widget):
    from PySide6.QtWidgets import QScrollArea

    while widget is not None and not isinstance(widget, QScrollArea):
        widget = widget.parentWidget()
    return widget


def test_arrowing_down_the_list_keeps_the_current_text_in_sight(qtbot, page) -> None:
    """Tab onto the list scrolled the page only as far as its first row; arrowing down
    then went on below the window's edge (seen at 200% text on a 1366x768 screen)."""
    from PySide6.QtCore import QPoint, QRect

    from desktop.ui.text_size import apply_text_size

    report_page = page[0]
    box = report_page.untranslated
    qtbot.waitUntil(lambda: box.isVisible() and box.texts.count() >= 3)
    window = report_page.window()
    area = _scroll_area(report_page)
    try:
        apply_text_size(200)
        window.resize(1366, 700)
        QApplication.processEvents()
        area.verticalScrollBar().setValue(0)
        box.list_button.setFocus()
        press(qtbot, Qt.Key.Key_Space)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box.texts
        for _ in range(box.texts.count() - 1):
            press(qtbot, Qt.Key.Key_Down)
            QApplication.processEvents()
            rect = box.texts.visualItemRect(box.texts.currentItem())
            top_left = box.texts.viewport().mapTo(area.viewport(), rect.topLeft())
            shown = QRect(top_left, rect.size())
            assert area.viewport().rect().contains(shown), (box.texts.currentRow(), shown)
        whole = QRect(box.texts.mapTo(area.viewport(), QPoint(0, 0)), box.texts.size())
        assert area.viewport().rect().contains(whole)
    finally:
        apply_text_size(100)


def test_the_backgrounds_boxes_keep_their_lines_at_200_percent_text(qtbot, page) -> None:
    """The attendees and the definitions (a text to translate) were fixed at three lines of
    the font at start: after choosing 200% they showed a line and a half."""
    from desktop.ui.text_size import apply_text_size

    form = page[0].form
    try:
        apply_text_size(200)
        QApplication.processEvents()
        for box in (form.attendees_edit, form.definitions_edit):
            assert box.height() >= 3 * box.fontMetrics().lineSpacing(), box.objectName()
    finally:
        apply_text_size(100)


def test_the_written_report_is_said_in_sight(qtbot, page, tmp_path, monkeypatch) -> None:
    """Written by its Alt+W key at 200% text, the report's "was written" line and "Open it"
    stayed below the window's edge: nothing on screen said the report was there."""
    from PySide6.QtCore import QPoint, QRect

    from desktop.ui.text_size import apply_text_size

    report_page = page[0]
    qtbot.waitUntil(lambda: report_page.untranslated.isVisible())
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    area = _scroll_area(report_page)
    try:
        apply_text_size(200)
        report_page.window().resize(1366, 700)
        QApplication.processEvents()
        area.verticalScrollBar().setValue(0)
        report_page.mode_combo.setCurrentIndex(1)  # internal
        report_page.write_button.click()
        qtbot.waitUntil(lambda: report_page.written is not None, timeout=30_000)
        QApplication.processEvents()
        for shown in (report_page.done_label, report_page.open_button):
            place = QRect(shown.mapTo(area.viewport(), QPoint(0, 0)), shown.size())
            assert area.viewport().rect().contains(place), shown.objectName()
    finally:
        apply_text_size(100)
