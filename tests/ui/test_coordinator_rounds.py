"""New round through the dialog: a list with errors shows every problem and creates nothing;
a good list creates the round, which every page then works on."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services import rounds
from tests.services.exchange_world import write_case_list
from tests.ui.coordinator_harness import coordinator_window, wait_operations

EXAMPLES = Path(__file__).resolve().parents[2] / "docs" / "examples"


def _new_round_dialog(qtbot, page):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    return page.dialog


def _fill(dialog, title: str, csv_path: Path, folder: Path) -> None:
    dialog.title_edit.setText(title)
    dialog.panel_edit.setText("Hate crime scrutiny panel")
    dialog.csv_field.edit.setText(str(csv_path))
    dialog.folder_field.edit.setText(str(folder))


def test_a_case_list_with_errors_lists_them_all_and_creates_nothing(qtbot, tmp_path) -> None:
    window, db = coordinator_window(qtbot, tmp_path)
    page = window.coordinator_home.rounds_page
    csv_path, docs = write_case_list(tmp_path / "input", 3)
    text = csv_path.read_text().replace("hate_crime", "hate crimes", 1).replace("race;religion", "racism", 2)
    csv_path.write_text(text.replace("case3-form.pdf", "missing.pdf"))
    dialog = _new_round_dialog(qtbot, page)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.problems_list.count() == 3, "title, case list and folder are asked for first"
    _fill(dialog, "Q3 hate crime", csv_path, docs)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert len(problems) == 4, problems
    assert all(p.startswith("Line ") for p in problems), problems
    assert "Nothing was created" in dialog.problems_label.text()
    assert rounds.list_rounds(db) == [] and page.model.rowCount() == 0
    dialog.reject()
    window.close()


def test_conflicts_naming_people_not_on_the_roster_create_nothing(qtbot, tmp_path) -> None:
    window, db = coordinator_window(qtbot, tmp_path)
    page = window.coordinator_home.rounds_page
    csv_path, docs = write_case_list(
        tmp_path / "input", 3, {1: "Jane Example", 3: "04127 55290 81734 00961 37402 66518"}
    )
    dialog = _new_round_dialog(qtbot, page)
    _fill(dialog, "Example round", csv_path, docs)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert len(problems) == 2 and "Jane Example" in problems[0], problems
    assert all("Members page" in p for p in problems), "each says what to do"
    assert rounds.list_rounds(db) == []
    dialog.reject()
    window.close()


def test_the_example_case_list_creates_a_round_on_a_fresh_profile(qtbot, tmp_path) -> None:
    window, db = coordinator_window(qtbot, tmp_path)
    page = window.coordinator_home.rounds_page
    dialog = _new_round_dialog(qtbot, page)
    _fill(dialog, "Example round", EXAMPLES / "cases.csv", EXAMPLES / "documents")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    (row,) = rounds.list_rounds(db)
    assert row.cases_total == 3
    window.close()


def test_a_good_case_list_creates_the_round_for_every_page(qtbot, tmp_path) -> None:
    window, db = coordinator_window(qtbot, tmp_path)
    home = window.coordinator_home
    folder = tmp_path / "input"
    csv_path, docs = write_case_list(folder, 5)
    shutil.move(docs, folder / "Case documents")
    dialog = _new_round_dialog(qtbot, home.rounds_page)
    assert dialog.template_combo.count() >= 3 and dialog.due_edit.calendarPopup()
    _fill(dialog, "Q3 hate crime", csv_path, folder / "Case documents")
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findData("hate-crime"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: home.rounds_page.model.rowCount() == 1)
    assert home.rounds_page.dialog is None, "the dialog closes once the round exists"
    (row,) = rounds.list_rounds(db)
    assert (row.title, row.cases_total) == ("Q3 hate crime", 5)
    assert home.round_id == row.id
    assert home.assignment_page.model.rowCount() == 5
    assert home.packs_page.chooser.combo.currentText() == "Q3 hate crime"
    window.close()


def test_every_coordinator_page_holds_at_double_text_size_in_welsh(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui import i18n
    from tests.ui.test_large_text import clipped_labels

    app = QApplication.instance()
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        window, _db = coordinator_window(qtbot, tmp_path)
        window.resize(1366, 768)
        i18n.set_language("cy")
        home = window.coordinator_home
        for page in home.pages():
            home.tabs.setCurrentWidget(page)
            QApplication.processEvents()
            assert clipped_labels(page) == [], page.objectName()
        i18n.set_language("en")
        window.close()
    finally:
        app.setFont(original)
