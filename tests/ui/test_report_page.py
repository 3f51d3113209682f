"""The coordinator's Report page over a round four members really reviewed: the background
is kept as typed when a date is refused, and a published report is written after the
publication review, with who confirmed its texts recorded."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QFileDialog

from desktop.reports.content import CaseNotes, ReportOptions
from desktop.services import publication, report, translations
from desktop.services.background import round_background
from desktop.services.identity import me_in
from desktop.ui.coordinator.publication_review import PublicationReviewDialog
from desktop.ui.file_places import documents
from desktop.ui.worker import active_jobs
from tests.ui.coordinator_harness import wait_operations
from tests.ui.harness import type_text
from tests.ui.report_round import report_page_on, reviewed_round


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    return reviewed_round(tmp_path_factory.mktemp("report"), cases=4, k=4)


@pytest.fixture
def page(qtbot, reviewed):
    yield from report_page_on(qtbot, reviewed)


def test_a_refused_date_keeps_what_was_typed(qtbot, page) -> None:
    report_page, db, round_id = page
    form = report_page.form
    form.date_edit.setFocus()
    type_text(qtbot, form.date_edit, "14/03/2026")
    form.attendees_edit.setPlainText("Aled Jones\nBethan Evans")
    form.quorate_combo.setCurrentIndex(1)
    assert report_page.background_state.text() == "Not saved yet."
    qtbot.mouseClick(report_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.background_state.text().startswith("Not saved:"))
    assert form.date_edit.text() == "14/03/2026" and round_background(db, round_id).meeting_date is None
    form.date_edit.setText("2026-03-14")
    qtbot.mouseClick(report_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.background_state.text() == "Saved.")
    saved = round_background(db, round_id)
    assert saved.meeting_date == "2026-03-14" and saved.attendees == ("Aled Jones", "Bethan Evans")
    assert saved.quorate is True and report_page.background_state.text() == "Saved."


def test_a_published_report_records_who_confirmed_its_texts(qtbot, page, tmp_path, monkeypatch) -> None:
    """Every text confirmed (kept) in the publication review, the page writes the report and
    the export records the confirming key and how many texts were kept, edited or blanked;
    the profile's own texts are never changed."""
    report_page, db, round_id = page
    out = tmp_path / "published.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    seen: list[int] = []

    def keep_everything() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PublicationReviewDialog):  # the texts are gathered off the GUI thread
            QTimer.singleShot(20, keep_everything)
            return
        seen.append(sum(len(card.texts.blocks) for card in dialog.cards))  # texts, alike ones read once
        for card in dialog.cards:
            qtbot.mouseClick(card.keep, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda card=card: card.decision == "kept")  # stored off the GUI thread
        assert dialog.publish.isEnabled()
        qtbot.mouseClick(dialog.publish, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, keep_everything)
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=20000)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=30000)
    assert report_page.open_button.isVisible() and str(out) in report_page.done_label.text()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Sgt 218" in text  # kept as written, as the coordinator decided
    with db.session() as session:
        from desktop.storage.models import ReportExport

        record = session.query(ReportExport).order_by(ReportExport.id.desc()).first()
        saved = json.loads(record.accepted_hits)
        me = me_in(session)
    assert saved["kept"] == seen[0] > 10 and saved["edited"] == saved["blanked"] == 0
    assert saved["fingerprint"] == me.fingerprint and saved["confirmed_by"] == me.name
    stored = publication.publication_review(db, round_id)  # the profile's own texts are never changed
    assert any(h.text == "Sgt 218" for b in stored.blocks for h in b.hits)


def combo_texts(page) -> set[str]:
    return {combo.itemText(i) for combo in page.findChildren(QComboBox) for i in range(combo.count())}


def test_in_welsh_no_english_is_left(qtbot, page) -> None:
    from desktop.ui import i18n
    from tests.ui.test_welsh_everywhere import english_in, texts_of

    report_page, _db, _round_id = page
    english = texts_of(report_page) | combo_texts(report_page)
    i18n.set_language("cy")
    try:
        QApplication.processEvents()
        welsh = texts_of(report_page) | combo_texts(report_page)
        assert english_in(report_page) == set()
        data = {"Hate crime scrutiny Q3", "", "Aled Jones", "Bethan Evans", "2026-03-14"}
        assert (welsh & english) - data == set(), welsh & english
    finally:
        i18n.set_language("en")


def test_comments_on_the_detailed_findings_reach_the_report(qtbot, page, tmp_path, monkeypatch) -> None:
    from desktop.services import findings
    from tests.ui.harness import press

    report_page, db, round_id = page
    table = report_page.comments_table
    assert table.rowCount() == 24 and table.item(0, 0).text().startswith("1. Which hate strand")
    table.setFocus()
    table.setCurrentCell(4, 1)  # 5. Was the risk identified correctly…
    press(qtbot, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table)  # the cell editor
    type_text(qtbot, QApplication.focusWidget(), "One split, decided at the meeting.")
    press(qtbot, Qt.Key.Key_Return)  # the item view commits it a moment later
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    assert table.item(4, 1).text() == "One split, decided at the meeting."
    assert report_page.background_state.text() == "Not saved yet."
    qtbot.mouseClick(report_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.background_state.text() == "Saved.")
    assert findings.criteria_comments(db, round_id) == {
        "risk_identified": "One split, decided at the meeting."
    }
    data = report.render(report.gather(db, round_id), report.ReportOptions("en", "internal"), "pdf")[""]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)
    assert "One split, decided at the meeting." in text


def test_an_accessible_pdf_from_the_page(qtbot, page, tmp_path, monkeypatch) -> None:
    """The fourth format, offered where LibreOffice is installed (CI installs it)."""
    report_page, _db, _round_id = page
    out = tmp_path / "accessible.pdf"
    asked: list[str] = []

    def save_as(*args, **kwargs):
        asked.append(args[2])
        return str(out), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    assert report_page.format_combo.count() == 4, "LibreOffice is needed: install libreoffice-writer-nogui"
    report_page.format_combo.setCurrentIndex(3)
    report_page.mode_combo.setCurrentIndex(1)  # internal: no personal-data check
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=120000)
    assert [Path(a).name for a in asked] == ["panel-report.pdf"]
    assert Path(asked[0]).parent == documents()  # the first report: in Documents, not the working folder
    assert PdfReader(io.BytesIO(out.read_bytes())).trailer["/Root"]["/MarkInfo"]["/Marked"]


def test_the_report_is_written_with_its_progress_on_the_page_and_the_window_in_use(
    qtbot, page, tmp_path
) -> None:
    """The progress shows on the page, not in a window that blocks the app (opening and
    closing one cost the window a frame or more while the report was laid out); it
    offers no Cancel, since writing does not stop part-way, and goes once written."""
    report_page, _db, _round_id = page
    progress = report_page.progress
    progress.show_timer.setInterval(0)  # due at once, however quick this round is
    seen: list[tuple[bool, object, bool, str]] = []

    def look() -> None:
        if report_page.written is None:
            seen.append((progress.isVisible(), QApplication.activeModalWidget(),
                         progress.cancel_button.isVisible(), progress.status.text()))  # fmt: skip

    progress.due.connect(lambda: QTimer.singleShot(0, look))
    report_page.written = None
    report_page.write(tmp_path / "report.pdf", ReportOptions(language="en", mode="internal"), "pdf")
    qtbot.waitUntil(lambda: report_page.written is not None, timeout=60_000)
    assert seen and seen[0] == (True, None, False, "Writing the report…")
    qtbot.waitUntil(lambda: not progress.isVisible())
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")


def test_the_summary_is_the_coordinators_own_and_a_changed_draft_is_only_pointed_out(
    qtbot, page, tmp_path
) -> None:
    """Begun from the draft and edited, the summary is saved and printed as written; when a
    later change (a good-practice tag) alters the draft, the page says what changed and
    leaves every word of the coordinator's where it was."""
    from desktop.services.background import save_background
    from desktop.ui.ops import findings as findings_ops

    report_page, db, round_id = page
    editor = report_page.summary_editor
    qtbot.waitUntil(lambda: bool(editor.draft))  # drafted off the GUI thread
    assert editor.edit.toPlainText() == "" and not editor.changed.isVisible()
    qtbot.mouseClick(editor.draft_button, Qt.MouseButton.LeftButton)
    assert editor.edit.toPlainText() == editor.draft
    assert editor.draft.startswith("Recurring findings")
    own = "• The panel will look again at HCSO contact next quarter."
    editor.edit.appendPlainText(own)
    assert report_page.background_state.text() == "Not saved yet."
    qtbot.mouseClick(report_page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: report_page.background_state.text() == "Saved.")
    stored = round_background(db, round_id)
    assert stored.summary.endswith(own) and stored.summary_drafted_from == editor.draft
    try:
        first = report.gather(db, round_id).findings.cases[0].case.case_id
        tag = "Victim kept informed by phone throughout."
        findings_ops.save_case_notes(report_page.session, first, CaseNotes("", (tag,), ())).run()
        qtbot.waitUntil(editor.changed.isVisible, timeout=10_000)  # the draft follows; the words stay
        assert f"New in the draft: • {tag.removesuffix('.')} (Case 1)." in editor.changed.text()
        assert editor.edit.toPlainText().endswith(own)
        assert editor.changed.accessibleName() == editor.changed.text()
        out = tmp_path / "report.pdf"
        report.write_report(db, round_id, out, ReportOptions("en", "internal"), "pdf")
        text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
        assert "The panel will look again at HCSO contact next quarter." in text
        assert tag not in text.split("Summary", 1)[-1].split("Observations", 1)[0], (
            "the summary is as written"
        )
    finally:
        save_background(db, round_id, replace(stored, summary="", summary_drafted_from=""))
        findings_ops.save_case_notes(report_page.session, first, CaseNotes()).run()
        qtbot.waitUntil(lambda: active_jobs() == 0)


def test_every_answer_in_the_criteria_table_when_the_coordinator_ticks_it(
    qtbot, page, tmp_path, monkeypatch
) -> None:
    """Off by default (a published table lists what cases had); ticked, the Word report's
    criteria table has a row for every answer, those no case had counted 0."""
    import docx

    report_page, _db, _round_id = page
    box = report_page.every_answer
    assert not box.isChecked() and box.text().startswith("List every answer")
    out = tmp_path / "every.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "DOCX (*.docx)"))
    report_page.format_combo.setCurrentIndex(1)  # Word
    report_page.mode_combo.setCurrentIndex(1)  # internal: no publication review
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)  # as a keyboard user ticks it
    assert box.isChecked() and report_page.options()[0].every_answer
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=60000)
    (table,) = [t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "Criteria"]
    counts = [row.cells[1].text for row in table.rows[1:]]
    assert "0" in counts
    assert any(row.cells[0].text == "Hostility or prejudice recorded: Not applicable" for row in table.rows)


def test_welsh_and_english_side_by_side_from_the_page(qtbot, page, tmp_path, monkeypatch) -> None:
    """The last language choice: one PDF whose pages hold the Welsh and the English together."""
    report_page, db, round_id = page
    for unit in translations.translations(db, round_id).missing("cy"):  # else the page asks first
        translations.save_version(db, round_id, unit.key, unit.sha256, "Testun yn Gymraeg.")
    combo = report_page.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # as a keyboard user picks the last choice
    assert combo.currentText() == "Welsh and English, side by side"
    out = tmp_path / "side.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    report_page.format_combo.setCurrentIndex(0)
    report_page.mode_combo.setCurrentIndex(1)  # internal: no publication review
    assert report_page.options()[0] == ReportOptions("both", "internal", layout="side_by_side")
    qtbot.mouseClick(report_page.write_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(out.exists, timeout=60000)
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    assert any("Cefndir" in text and "Background" in text for text in pages)
    assert any("Crynodeb" in text and "Summary" in text for text in pages)
