"""Resolving splits quickly: F8 and Shift+F8 go from one undecided split to the next
across the whole grid (it took 22 Right presses to reach one), a split already decided
is passed over, and the split's window gives the members' notes the width, wrapped,
and stays inside a 1366x768 screen at the largest text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.answers import Answer
from desktop.services import findings, profile
from desktop.ui import i18n
from desktop.ui.text_size import apply_text_size
from tests.services.exchange_world import PASSPHRASE
from tests.services.panel_world import GOOD, reviewed_panel, with_changes
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press

LONG = (
    "the risk assessment was completed four days after the report, and the log does not "
    "say why the victim's repeat calls were not linked to the earlier incident."
)
SPLIT = {"Aled": "yes", "Bethan": "yes", "Ceri": "no", "Dafydd": "partly"}
SPLITS = {  # case -> the questions its members split on
    "HC-001": ("hostility_recorded", "flag_correct"),
    "HC-003": ("risk_identified",),
    "HC-004": ("flag_correct",),  # decided before the grid opens: F8 passes it over
}


def plan(name: str, reference: str):
    first = name.split()[0]
    said = SPLIT[first]
    note = "" if said == "yes" else f"{first}: {LONG}"
    changes = {question: Answer(said, note=note) for question in SPLITS.get(reference, ())}
    return with_changes(changes) if changes else dict(GOOD)


@pytest.fixture(scope="module")
def split_round(tmp_path_factory):
    made = reviewed_panel(tmp_path_factory.mktemp("splits"), plan, cases=4, k=4)
    db = made.world.coordinator
    case = findings.round_findings(db, made.round_id).cases[3]
    findings.adjudicate(db, case.case.case_id, "flag_correct", "no", "Agreed at the meeting.")
    db.close()
    for member in made.world.members.values():
        member.close()
    return made.world.root / "coordinator", made.round_id


@pytest.fixture
def page(qtbot, split_round):
    folder, round_id = split_round
    db = profile.open_profile(folder, PASSPHRASE).db
    window = open_window(qtbot, folder, FakeDialogs(), db=db)
    home = window.coordinator_home
    home.tabs.setCurrentWidget(home.findings_page)
    qtbot.waitUntil(lambda: home.findings_page.round_id == round_id)
    qtbot.waitUntil(lambda: home.findings_page.findings is not None)
    yield home.findings_page
    if home.findings_page.cell_dialog is not None:
        home.findings_page.cell_dialog.reject()
    apply_text_size(100)
    i18n.set_language("en")
    window.close()


def current_cell(page) -> tuple[str, str]:
    index = page.view.currentIndex()
    reference = page.proxy.headerData(index.row(), Qt.Orientation.Vertical)
    return reference, page.model.question_at(page.proxy.mapToSource(index).column()).id


def grid_order(page, cells: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`cells` as the grid shows them: row by row, questions in their column order."""
    columns = [page.model.question_at(c).id for c in range(page.model.columnCount())]
    return sorted(cells, key=lambda c: (c[0], columns.index(c[1])))


def test_f8_goes_from_split_to_split_and_round_again(qtbot, page, monkeypatch) -> None:
    import desktop.ui.coordinator.findings_page as findings_page_module

    said: list[str] = []
    monkeypatch.setattr(findings_page_module, "announce", lambda _w, text, urgent=False: said.append(text))
    undecided = grid_order(page, [("HC-001", "hostility_recorded"), ("HC-001", "flag_correct"),
                                  ("HC-003", "risk_identified")])  # fmt: skip
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    page.view.setCurrentIndex(page.proxy.index(0, 0))
    visited = []
    for _ in range(4):
        press(qtbot, Qt.Key.Key_F8)
        visited.append(current_cell(page))
    assert visited == [*undecided, undecided[0]], "each in turn, the decided one passed over, then round"
    assert QApplication.focusWidget() is page.view, "Enter opens it at once"
    assert said[0].startswith("Split 1 of 3: HC-001, question ") and said[0].endswith("◆ Unable to agree")
    assert said[3].startswith("Split 1 of 3: ")
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert current_cell(page) == undecided[-1], "Shift+F8 from the first goes round to the last"
    press(qtbot, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert current_cell(page) == undecided[1]
    assert said[-1].startswith("Split 2 of 3: ")

    page.only_splits.setChecked(True)  # the filter changes the rows, not the order
    page.view.setCurrentIndex(page.proxy.index(page.proxy.rowCount() - 1, page.proxy.columnCount() - 1))
    qtbot.mouseClick(page.next_split_button, Qt.MouseButton.LeftButton)
    assert current_cell(page) == undecided[0]
    qtbot.mouseClick(page.previous_split_button, Qt.MouseButton.LeftButton)
    assert current_cell(page) == undecided[-1]
    page.only_splits.setChecked(False)


def test_f8_in_welsh_and_with_no_split_left(qtbot, page, monkeypatch) -> None:
    import desktop.ui.coordinator.findings_page as findings_page_module

    said: list[str] = []
    monkeypatch.setattr(findings_page_module, "announce", lambda _w, text, urgent=False: said.append(text))
    i18n.set_language("cy")
    QApplication.processEvents()
    assert page.next_split_button.text() == "Anghytundeb nesaf (F8)"
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_F8)
    assert said[-1].startswith("Anghytundeb ") and " o 3: HC-00" in said[-1]
    assert said[-1].endswith("◆ Methu cytuno")

    page.model.set_findings(None)  # another round, with nothing imported yet
    press(qtbot, Qt.Key.Key_F8)
    assert said[-1] == "Nid oes yr un anghytundeb ar ôl i benderfynu arno."
    assert page.status.text().endswith(said[-1])  # on screen as well as spoken


def open_the_split(qtbot, page):  # type: ignore[no-untyped-def]
    """HC-003's split on risk identification, opened from the grid by keyboard."""
    page.view.setFocus(Qt.FocusReason.TabFocusReason)
    columns = [page.model.question_at(c).id for c in range(page.model.columnCount())]
    page.view.setCurrentIndex(page.proxy.index(2, columns.index("risk_identified")))  # HC-003
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.cell_dialog is not None and page.cell_dialog.isVisible())
    return page.cell_dialog


@pytest.mark.parametrize(("language", "percent"), [("en", 100), ("cy", 200)])
def test_the_split_window_gives_the_notes_the_width(qtbot, page, language, percent) -> None:
    """Every note shown whole, wrapped in the widest column, and the window inside the screen."""
    i18n.set_language(language)
    apply_text_size(percent)
    QApplication.processEvents()
    dialog = open_the_split(qtbot, page)
    qtbot.waitUntil(lambda: dialog.answer_table.columnWidth(2) > 0)
    QApplication.processEvents()
    table = dialog.answer_table
    widths = [table.columnWidth(c) for c in range(dialog.answers.columnCount())]
    assert widths[2] == max(widths), f"the notes have the width: {widths}"
    metrics = table.fontMetrics()
    for row in range(dialog.answers.rowCount()):
        note = dialog.answers.index(row, 2).data()
        cell = table.visualRect(dialog.answers.index(row, 2))
        needed = metrics.boundingRect(QRect(0, 0, cell.width() - 8, 10_000), Qt.TextFlag.TextWordWrap, note)
        assert cell.height() >= needed.height(), f"row {row}'s note is cut short"
    shown = dialog.answers.index(0, 3).data()
    assert (
        widths[3]
        <= max(metrics.horizontalAdvance(shown), table.horizontalHeader().sectionSizeFromContents(3).width())
        + 20
    )
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
    assert dialog.close_button.isVisible()
    reason, save = dialog.rationale_edit, dialog.save_button  # room for a sentence or three, never squeezed
    assert reason.viewport().height() >= 3 * reason.fontMetrics().lineSpacing()
    assert (
        reason.mapTo(dialog, reason.rect().bottomLeft()).y() < save.mapTo(dialog, save.rect().topLeft()).y()
    )
    dialog.reject()
    qtbot.waitUntil(lambda: page.cell_dialog is None)


def test_the_review_menu_goes_to_the_next_split_from_any_page(qtbot, page) -> None:
    """Review → Next split (F8) is in the menu, with its key; chosen on another page, it
    brings the grid to the front at the split."""
    window = page.window()
    home = window.coordinator_home
    assert window.review_menu.isEnabled()
    entries = {a.objectName(): a for a in window.review_menu.actions()}
    assert entries["next_split_action"].shortcut().toString() == "F8"
    assert entries["previous_split_action"].shortcut().toString() == "Shift+F8"
    assert entries["next_split_action"].text() == "&Next split"
    home.tabs.setCurrentWidget(home.report_page)
    page.view.setCurrentIndex(page.proxy.index(3, 0))  # HC-004: the next split is round again
    entries["next_split_action"].trigger()
    qtbot.waitUntil(lambda: home.tabs.currentWidget() is page)
    first = grid_order(page, [("HC-001", "hostility_recorded"), ("HC-001", "flag_correct")])[0]
    assert current_cell(page) == first
    i18n.set_language("cy")
    QApplication.processEvents()
    assert entries["previous_split_action"].text() == "Anghytundeb &blaenorol"


def test_typing_the_reason_in_a_short_window_keeps_save_in_view(qtbot, page) -> None:
    """At 200% text on a 768 px screen, Save decision had scrolled out of sight below the
    reason box while the coordinator typed in it."""
    apply_text_size(200)
    QApplication.processEvents()
    dialog = open_the_split(qtbot, page)
    dialog.resize(dialog.width(), 420)  # a short screen
    qtbot.waitUntil(lambda: dialog.body_area.verticalScrollBar().maximum() > 0)
    dialog.body_area.verticalScrollBar().setValue(0)  # the top of the window, as it opens
    dialog.rationale_edit.setFocus(Qt.FocusReason.TabFocusReason)
    viewport = dialog.body_area.viewport()

    def save_in_view() -> bool:
        save = dialog.save_button
        top_left = save.mapTo(viewport, save.rect().topLeft())
        return viewport.rect().contains(top_left) and viewport.rect().contains(
            save.mapTo(viewport, save.rect().bottomRight())
        )

    qtbot.waitUntil(save_in_view)
    dialog.reject()
    qtbot.waitUntil(lambda: page.cell_dialog is None)


def test_the_members_table_is_as_tall_as_their_answers(qtbot, page) -> None:
    """Four members' rows and nothing beneath them: the table took the height Qt gives any
    table, and the blank under the rows read as answers missing."""
    dialog = open_the_split(qtbot, page)
    table = dialog.answer_table
    qtbot.waitUntil(lambda: table.columnWidth(2) > 0)
    QApplication.processEvents()
    rows = sum(table.rowHeight(row) for row in range(dialog.answers.rowCount()))
    assert dialog.answers.rowCount() == 4 and table.verticalScrollBar().maximum() == 0  # every row shown
    assert table.viewport().height() - rows < table.rowHeight(0) // 2
    dialog.reject()
    qtbot.waitUntil(lambda: page.cell_dialog is None)
