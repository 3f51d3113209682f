"""The coordinator's findings view over a round four members really reviewed: the grid says
in words how each finding was reached, a split is decided by keyboard with its reason,
the panel's comment and tags are kept, and in Welsh nothing but data is English."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from desktop.reports.content import CaseNotes
from desktop.services import findings, profile
from desktop.ui import i18n
from desktop.ui.ops import findings as findings_ops
from desktop.ui.text_size import apply_text_size
from desktop.ui.worker import active_jobs
from tests.engine_events import heard
from tests.services.exchange_world import PASSPHRASE
from tests.services.panel_world import MEMBERS, reviewed_panel
from tests.services.test_findings import plan
from tests.ui.coordinator_harness import table_texts
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press
from tests.ui.test_welsh_everywhere import english_in, texts_of


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """The round, reviewed and imported once; each test unlocks the office's profile anew."""
    made = reviewed_panel(tmp_path_factory.mktemp("findings"), plan, cases=4, k=4)
    made.world.coordinator.close()
    for member in made.world.members.values():
        member.close()
    return made.world.root / "coordinator", made.round_id


@pytest.fixture
def office(qtbot, reviewed):
    folder, round_id = reviewed
    db = profile.open_profile(folder, PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    qtbot.waitUntil(lambda: home.findings_page.round_id == round_id)  # the rounds are read off the GUI thread
    qtbot.waitUntil(lambda: home.findings_page.findings is not None)  # read off the GUI thread
    yield home.findings_page, db, round_id
    i18n.set_language("en")
    window.close()


def column_of(page, question_id: str) -> int:
    model = page.model
    return next(c for c in range(model.columnCount()) if model.question_at(c).id == question_id)


def row_of(page, reference: str) -> int:
    proxy = page.proxy
    return next(
        r for r in range(proxy.rowCount()) if proxy.headerData(r, Qt.Orientation.Vertical) == reference
    )


def cell(page, reference: str, question_id: str) -> str:
    return table_texts(page.view)[row_of(page, reference)][column_of(page, question_id)]


def go_to(qtbot, page, reference: str, question_id: str) -> None:
    """From the top-left cell to the wanted one with the arrow keys, as a person would."""
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    for _ in range(row_of(page, reference)):
        press(qtbot, Qt.Key.Key_Down)
    for _ in range(column_of(page, question_id)):
        press(qtbot, Qt.Key.Key_Right)
    assert page.view.currentIndex().column() == column_of(page, question_id)


def test_the_grid_says_how_each_finding_was_reached(qtbot, office) -> None:
    page, _db, _round = office
    assert cell(page, "HC-001", "hostility_recorded") == "Yes"
    assert cell(page, "HC-002", "hostility_recorded") == "Yes (majority)"
    assert cell(page, "HC-003", "risk_identified") == "◆ Unable to agree"
    assert cell(page, "HC-004", "hcso_offered") == "Not offered (majority)"
    assert cell(page, "HC-004", "hcso_contact_in_time") == "No (one review)"
    column = column_of(page, "risk_identified")
    header = str(column + 1)  # every question counts, so the columns are numbered in order
    description = page.proxy.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert description == f"{header}. {page.model.question_at(column).text.en}"
    split = page.proxy.index(row_of(page, "HC-003"), column)
    assert split.data(Qt.ItemDataRole.BackgroundRole) is not None, "colour repeats the words"
    assert "HC-003" in split.data(Qt.ItemDataRole.AccessibleTextRole)

    page.only_splits.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert page.only_splits.isChecked()
    assert [page.proxy.headerData(r, Qt.Orientation.Vertical) for r in range(page.proxy.rowCount())] == [
        "HC-003"
    ]
    assert page.case_panel.case.case.reference == "HC-003"
    press(qtbot, Qt.Key.Key_Space)
    assert page.proxy.rowCount() == 4

    stats = table_texts(page.agreement_table)
    assert len(stats) == page.model.columnCount()
    risk = next(row for row in stats if row[0].startswith(f"{header}. "))
    assert risk[1] == "4"
    assert any(text == "not defined" for row in stats for text in row)
    model = page.agreement_table.model()
    reasons = {
        model.data(model.index(r, c), role)
        for r in range(model.rowCount())
        for c in (2, 3, 4)
        for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)
    }
    assert any(str(reason).startswith("not defined: every answer was the same") for reason in reasons)


def test_a_split_is_decided_by_keyboard_and_needs_its_reason(qtbot, office) -> None:
    page, db, round_id = office
    go_to(qtbot, page, "HC-003", "risk_identified")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    dialog = page.cell_dialog
    answers = table_texts(dialog.answer_table)
    assert sorted(row[0].split(" (Member ")[0] for row in answers) == sorted(MEMBERS), (
        "names, not only letters"
    )
    assert sorted(row[1] for row in answers) == ["No", "Partly", "Yes", "Yes"]
    assert "Ceri: the risk assessment was late." in [row[2] for row in answers]
    assert {row[3] for row in answers} == {"Shown"}
    assert "unable to agree" in dialog.summary.text() and "Yes: 2" in dialog.summary.text()

    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.decision_combo)
    while dialog.decision_combo.currentText() != "Partly":
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.rationale_edit
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.save_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(dialog.error_label.isVisible)  # the refusal comes back from the save
    assert dialog.isVisible()
    assert dialog.error_label.text().startswith("Say why the panel decided this")
    assert QApplication.focusWidget() is dialog.rationale_edit
    qtbot.keyClicks(dialog.rationale_edit, "Discussed at the meeting.")
    cell_now = findings.round_findings(db, round_id).cases[2].cells["risk_identified"]
    assert cell_now.decision is None, "nothing was stored by the refusal"

    press(qtbot, Qt.Key.Key_Tab)
    shown_at_close: list[str] = []  # the window closes once the grid shows the decision: one repaint
    dialog.finished.connect(lambda _result: shown_at_close.append(cell(page, "HC-003", "risk_identified")))
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.cell_dialog is None)
    assert shown_at_close == ["Partly — decided"]
    stored = findings.round_findings(db, round_id).cases[2].cells["risk_identified"]
    assert stored.finding == "partly" and stored.decision.rationale == "Discussed at the meeting."
    qtbot.waitUntil(lambda: cell(page, "HC-003", "risk_identified") == "Partly — decided")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view)  # back on the grid, at the cell
    assert page.view.currentIndex().column() == column_of(page, "risk_identified")

    press(qtbot, Qt.Key.Key_Return)  # withdrawn again, so the tests stay independent
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    assert page.cell_dialog.rationale_edit.toPlainText() == "Discussed at the meeting."
    qtbot.mouseClick(page.cell_dialog.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cell_dialog is None)
    qtbot.waitUntil(lambda: cell(page, "HC-003", "risk_identified") == "◆ Unable to agree")


def test_the_panels_comment_and_tags_are_kept(qtbot, office) -> None:
    page, db, _round = office
    panel = page.case_panel
    go_to(qtbot, page, "HC-002", "hostility_recorded")
    assert panel.heading.text() == "Case HC-002"
    assert "majority" in panel.draft_edit.toPlainText()
    qtbot.keyClicks(panel.comment_edit, "Not saved yet.")
    go_to(qtbot, page, "HC-001", "hostility_recorded")
    assert panel.comment_edit.toPlainText() == ""
    go_to(qtbot, page, "HC-002", "hostility_recorded")
    assert panel.comment_edit.toPlainText() == "Not saved yet.", "moving away lost what was typed"

    panel.use_draft_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_Space)
    assert panel.comment_edit.toPlainText() == panel.draft_edit.toPlainText()
    assert QApplication.focusWidget() is panel.comment_edit
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.comment_edit, " The panel agreed.")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.good_edit
    qtbot.keyClicks(panel.good_edit, "Prompt contact")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.good_edit, "Clear log")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.learning_edit, "Record the hostility")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.save_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: panel.status.text() == "Saved the notes on HC-002.")
    case_id = panel.case.case.case_id
    notes = findings.case_notes(db, case_id)
    assert notes.comment.endswith("The panel agreed.") and "majority" in notes.comment
    assert notes.good_practice == ("Prompt contact", "Clear log")
    assert notes.learning == ("Record the hostility",)
    assert not panel.unsaved()


def data_only(texts: set[str]) -> set[str]:
    """What is left when data (references, numbers, names, the round's title) is taken out."""
    data = {"Hate crime scrutiny Q3", *MEMBERS}
    return {
        t for t in texts
        if t not in data and not re.fullmatch(r"[\d.,:\-—–() ]*|HC-\d+|[A-Z]|\d+\. HCSO", t)
    }  # fmt: skip


def everything_on(page) -> set[str]:
    found = texts_of(page)
    for view in (page.view, page.agreement_table):
        found.update(text for row in table_texts(view) for text in row)
        model = view.model()
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                found.add(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    found.update(page.case_panel.draft_edit.toPlainText().splitlines())
    return {t for t in found if t}


def test_in_welsh_only_data_is_english(qtbot, office) -> None:
    page, _db, _round = office
    go_to(qtbot, page, "HC-003", "risk_identified")
    english = everything_on(page)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    english_dialog = texts_of(page.cell_dialog) | {
        t for r in table_texts(page.cell_dialog.answer_table) for t in r
    }
    page.cell_dialog.reject()
    qtbot.waitUntil(lambda: page.cell_dialog is None)

    i18n.set_language("cy")
    QApplication.processEvents()
    welsh = everything_on(page)
    assert english_in(page) == set()
    assert data_only(welsh & english) == set()
    assert cell(page, "HC-003", "risk_identified") == "◆ Methu cytuno"
    page.view.setFocus(Qt.FocusReason.OtherFocusReason)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    dialog = page.cell_dialog
    welsh_dialog = texts_of(dialog) | {t for r in table_texts(dialog.answer_table) for t in r}
    assert english_in(dialog) == set()
    notes = {f"{name.split()[0]}: the risk assessment was late." for name in MEMBERS}
    assert data_only(welsh_dialog & english_dialog) - notes == set()
    dialog.reject()
    qtbot.waitUntil(lambda: page.cell_dialog is None)


def test_a_note_saved_here_reloads_nothing_and_a_decision_merges_nothing(qtbot, office) -> None:
    """The screen that made a change does not read the round again for it; a decision is
    shown from the kept merge (the members' answers are not read again)."""
    page, db, _round = office
    with heard(db, "before_cursor_execute") as sent:
        statements = lambda: [str(args[2]) for args in sent]  # noqa: E731
        go_to(qtbot, page, "HC-001", "hostility_recorded")
        qtbot.keyClicks(page.case_panel.comment_edit, "Handled well.")
        qtbot.mouseClick(page.case_panel.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.case_panel.status.text() == "Saved the notes on HC-001.")
        QApplication.processEvents()
        assert not [s for s in statements() if "adjudication" in s], "the grid was read again"

        go_to(qtbot, page, "HC-003", "risk_identified")
        press(qtbot, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
        page.cell_dialog.decision_combo.setCurrentIndex(1)  # a finding, not "leave unresolved"
        page.cell_dialog.rationale_edit.setPlainText("Decided at the meeting.")
        qtbot.mouseClick(page.cell_dialog.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: cell(page, "HC-003", "risk_identified").endswith("decided"))
        assert [s for s in statements() if "adjudication" in s], "the grid shows the decision from a read"
        assert not [s for s in statements() if "received_answer" in s], "the round was merged again"
    go_to(qtbot, page, "HC-003", "risk_identified")  # put things back for the other tests
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    qtbot.mouseClick(page.cell_dialog.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.cell_dialog is None)
    findings.save_case_notes(db, page.case_panel.case.case.case_id, CaseNotes())


def test_every_finding_fits_its_column_in_both_languages(qtbot, office) -> None:
    """Columns are sized from the words, not by asking the view for every cell's size
    (which froze the window on a large round): still, no finding is cut short."""
    page, _db, _round = office

    def cut_short() -> list[str]:
        view, proxy = page.view, page.proxy
        cells = [proxy.index(r, c) for r in range(proxy.rowCount()) for c in range(proxy.columnCount())]
        hint = view.sizeHintForIndex
        return [str(i.data()) for i in cells if hint(i).width() > view.columnWidth(i.column())]

    assert cut_short() == []
    i18n.set_language("cy")
    QApplication.processEvents()
    assert cut_short() == []
    apply_text_size(200)  # measured again at the larger text: at first most findings were "Y…"
    try:
        QApplication.processEvents()
        assert cut_short() == []
    finally:
        apply_text_size(100)


class Paints(QObject):
    """Counts the paints a widget itself receives."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_a_line_that_changes_on_the_page_repaints_the_line_not_the_window(qtbot, office) -> None:
    """A status line's new words ("Splits not yet decided: 2") are laid out within the
    page: Qt's tab widget repaints all of itself -- the whole window -- whenever the size
    wanted by anything inside it changes, which cost 10-20 ms after every decision."""
    page, _db, _round_id = office
    tabs = page.window().coordinator_home.tabs
    qtbot.wait(100)
    paints = Paints(tabs)
    page.status.setText(page.status.text() + " And a second sentence, so it needs more room than before.")
    qtbot.waitUntil(lambda: page.status.text().endswith("than before."))
    qtbot.wait(100)
    assert paints.count == 0


def test_a_page_larger_than_the_window_scrolls_to_the_control_in_use(qtbot, office) -> None:
    """With large text on a small screen a page no longer fits: it scrolls, and the
    control the keyboard reaches is brought into view."""
    page, _db, _round_id = office
    window = page.window()
    home = window.coordinator_home
    report = home.report_page
    home.tabs.setCurrentWidget(report)
    assert home.tabs.currentWidget() is report
    window.resize(window.width(), 420)
    qtbot.waitUntil(lambda: window.height() <= 420)
    area = report.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)  # the page is taller than its tab
    button = report.write_button
    report.form.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(80):  # Tab through the page, as a keyboard user does, to the button
        if button.hasFocus():
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.wait(50)
    corner = button.mapTo(area.viewport(), button.rect().bottomRight())
    assert area.viewport().rect().contains(corner)


def test_a_comment_begun_from_the_draft_points_out_a_changed_draft_and_keeps_its_words(qtbot, office) -> None:
    """Used and saved, the draft the comment began from is kept with it; when the panel
    later decides a split on the case, the draft changes, and the panel says what changed
    without a word of the comment moving."""
    page, db, _round = office
    panel = page.case_panel
    go_to(qtbot, page, "HC-003", "risk_identified")
    panel.use_draft_button.click()
    began = panel.draft_edit.toPlainText()
    assert "unable to agree whether the risk" in began and not panel.draft_changed.isVisible()
    panel.save()
    qtbot.waitUntil(lambda: panel.status.text() == "Saved the notes on HC-003.")
    case_id = panel.case.case.case_id
    assert findings.case_notes(db, case_id).drafted_from == began
    try:
        findings_ops.adjudicate(
            page.session, case_id, "risk_identified", "partly", "Decided at the meeting."
        ).run()
        qtbot.waitUntil(panel.draft_changed.isVisible, timeout=10_000)
        said = panel.draft_changed.text()
        assert "No longer in the draft: • Members were unable to agree whether the risk" in said
        assert "New in the draft: • " in said and "Decided at the meeting." in said
        assert panel.comment_edit.toPlainText() == began, "the comment is as it was"
        assert panel.draft_changed.accessibleName() == said
    finally:
        findings_ops.withdraw_adjudication(page.session, case_id, "risk_identified").run()
        findings.save_case_notes(db, case_id, CaseNotes())
        qtbot.waitUntil(lambda: active_jobs() == 0)


def test_the_draft_a_comment_begins_from_names_no_member(qtbot, office) -> None:
    """The panel's comment is printed as written in the published report too, so the
    draft it begins from words notes as the published report does ("A member noted"),
    naming no one."""
    page, _db, _round = office
    panel = page.case_panel
    go_to(qtbot, page, "HC-002", "hostility_recorded")
    assert "noted: No hostility recorded in the log." in panel.draft_edit.toPlainText()
    panel.use_draft_button.click()
    comment = panel.comment_edit.toPlainText()
    assert "A member noted: No hostility recorded in the log." in comment, comment
    assert not [name for name in MEMBERS if name in comment], comment
    panel.comment_edit.clear()


@pytest.mark.parametrize(("language", "key"), [("en", Qt.Key.Key_I), ("cy", Qt.Key.Key_U)])
def test_the_findings_tab_letter_puts_the_keyboard_in_the_grid(qtbot, office, language, key) -> None:
    """Alt+I ("F&indings"; Alt+U in Welsh, "Canfyddiada&u") from another page: the
    keyboard lands on the grid, at a cell, so the arrows and Enter work at once."""
    page, _db, _round = office
    home = page.window().coordinator_home
    i18n.set_language(language)
    QApplication.processEvents()
    home.tabs.setCurrentWidget(home.report_page)
    home.report_page.language_combo.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: home.tabs.currentWidget() is page)
    assert QApplication.focusWidget() is page.view, QApplication.focusWidget().objectName()
    assert page.view.currentIndex().isValid()
    before = page.view.currentIndex()
    press(qtbot, Qt.Key.Key_Right)
    assert page.view.currentIndex().column() == before.column() + 1, "the arrows move in the grid"
    home.tabs.setCurrentWidget(home.inbox_page)
    home.inbox_page.chooser.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_F6)  # the next page, from the one before it
    assert home.tabs.currentWidget() is page and QApplication.focusWidget() is page.view


@pytest.mark.parametrize("language", ["en", "cy"])
def test_columns_are_headed_by_the_questions_short_label(qtbot, office, language) -> None:
    """ "4. Hate flag applied correctly", not "4": the criterion label with the number, the
    whole question as tooltip and accessible text, and the column kept narrow."""
    page, _db, _round = office
    i18n.set_language(language)
    QApplication.processEvents()
    header = page.view.horizontalHeader()
    horizontal = Qt.Orientation.Horizontal
    for column in range(page.proxy.columnCount()):
        question = page.model.question_at(column)
        whole = question.text.get(language)
        short = (question.criterion or question.text).get(language)
        assert page.proxy.headerData(column, horizontal) == f"{column + 1}. {short}"
        assert (
            page.proxy.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole) == f"{column + 1}. {whole}"
        )
        spoken = page.proxy.headerData(column, horizontal, Qt.ItemDataRole.AccessibleTextRole)
        word = "Question" if language == "en" else "Cwestiwn"
        assert spoken == f"{word} {column + 1}: {whole}"
        assert page.proxy.headerData(column, horizontal, Qt.ItemDataRole.AccessibleDescriptionRole) == whole
        full = header.fontMetrics().horizontalAdvance(f"{column + 1}. {whole}")
        assert header.sectionSize(column) < max(full, header.fontMetrics().averageCharWidth() * 30), (
            f"column {column + 1} is as wide as its whole question"
        )
    labelled = [c for c in range(page.proxy.columnCount()) if page.model.question_at(c).criterion is not None]
    assert labelled, "the template names its criteria"


def test_a_narrow_page_stacks_the_grid_above_the_notes_and_never_scrolls_sideways(qtbot, office) -> None:
    """At display scaling 2 on a 1366x768 laptop (683 pixels across) in Welsh, the case
    notes' Save button went past the edge and the page scrolled sideways."""
    from tests.ui.fit import cut_off_controls

    page, _db, _round_id = office
    i18n.set_language("cy")
    window = page.window()
    window.resize(683, 600)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
    QApplication.processEvents()
    area = page.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() == 0)
    assert cut_off_controls(page) == []
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
