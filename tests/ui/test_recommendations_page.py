"""The Recommendations tab on a real coordinator profile: add one, record an update that changes
its status, amalgamate one into another after confirming, and read the history below."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.services import coordinator_rounds, recommendations
from desktop.ui import i18n
from tests.services.exchange_world import write_case_list
from tests.ui.coordinator_harness import coordinator_window, table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import press, type_text


def _office(qtbot, root):
    dialogs = FakeDialogs()
    window, db = coordinator_window(qtbot, root, dialogs)
    csv_path, docs = write_case_list(root / "input", 2)
    coordinator_rounds.create_round(db, csv_path, docs, title="Q3 hate crime", template_id="hate-crime")
    home = window.coordinator_home
    home._reload_rounds()  # the round was made behind the window's back, through the service
    qtbot.waitUntil(lambda: home.recommendations_page.round_id is not None)
    home.tabs.setCurrentWidget(home.recommendations_page)
    return window, db, dialogs, home.recommendations_page


def _dialog(qtbot, page):
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    return page.editor


def _save(qtbot, page, dialog) -> None:
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    wait_operations(qtbot)  # the tracker is read again


def test_add_update_and_merge(qtbot, tmp_path) -> None:
    window, db, dialogs, page = _office(qtbot, tmp_path)
    page.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.text_edit, "Record the risk assessment in every case.")
    dialog.theme_edit.setText("Risk")
    dialog.owner_edit.setText("Head of Crime")
    dialog.due_edit.setText("2026-09-30")
    assert dialog.round_combo.currentText() == "Q3 hate crime", "a new one comes from the round worked on"
    _save(qtbot, page, dialog)
    page.add_button.click()
    dialog = _dialog(qtbot, page)
    dialog.text_edit.setPlainText("Train call handlers to flag hate crime.")
    _save(qtbot, page, dialog)
    rows = table_texts(page.table)
    assert rows[0] == ["1", "Record the risk assessment in every case.", "Risk", "Q3 hate crime",
                       "Head of Crime", "30 September 2026", "OPEN"]  # fmt: skip
    assert page.chosen().number == 2, "the one just added is chosen"

    page.table.setCurrentIndex(page.model.index(0, 0))
    page.update_button.click()
    dialog = _dialog(qtbot, page)
    dialog.update_edit.setPlainText("Template changed; audit due in June.")
    dialog.assessment_edit.setPlainText("Progress made; keep open.")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("ongoing"))
    dialog.date_edit.setText("")  # an update must be dated: said in the dialog, text kept
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.problem.isVisible()
    dialog.date_edit.setText("2026-05-01")
    _save(qtbot, page, dialog)
    assert table_texts(page.table)[0][6] == "ONGOING"
    assert table_texts(page.history_table) == [
        ["1 May 2026", "Template changed; audit due in June.", "Progress made; keep open.", "ONGOING"]
    ]
    assert "1" in page.history_heading.text()
    i18n.set_language("cy")  # the stored dates are read in the interface's language
    try:
        assert table_texts(page.table)[0][5] == "30 Medi 2026"
        assert table_texts(page.history_table)[0][0] == "1 Mai 2026"
    finally:
        i18n.set_language("en")

    page.table.setCurrentIndex(page.model.index(1, 0))
    page.merge_button.click()
    dialog = _dialog(qtbot, page)
    assert dialog.target_combo.count() == 1 and dialog.target_combo.currentText().startswith("1. ")
    dialog.note_edit.setPlainText("Training is part of the risk work.")
    dialogs.confirmations.append(False)  # No: nothing merged, the dialog stays with the note
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.note_edit.toPlainText() == "Training is part of the risk work."
    dialogs.confirmations.append(True)
    _save(qtbot, page, dialog)
    merged = recommendations.list_recommendations(db)[1]
    assert merged.merged_into == 1 and merged.status == "discharged"
    assert table_texts(page.table)[1][6] == "DISCHARGED (amalgamated into recommendation 1)"
    assert not page.update_button.isEnabled() and not page.merge_button.isEnabled()
    assert table_texts(page.history_table)[0][1] == "Training is part of the risk work."
    window.close()


def test_a_recommendation_names_the_findings_it_answers_by_keyboard(qtbot, tmp_path) -> None:
    """Ticked in the editor (Space on the one in focus), kept by the service as the
    findings it answers wherever they recur, and shown ticked when it is opened again."""
    from desktop.services import finding_links
    from desktop.services.finding_links import LinkedFinding

    window, db, _dialogs, page = _office(qtbot, tmp_path)
    page.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    dialog = _dialog(qtbot, page)
    type_text(qtbot, dialog.text_edit, "Check the hate flag at the first review.")
    ticks = dialog.findings_list
    labels = [ticks.item(i).text() for i in range(ticks.count())]
    assert "Hate flag applied correctly" in labels and ticks.accessibleName()
    ticks.setFocus()
    for _ in range(labels.index("Hate flag applied correctly")):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    _save(qtbot, page, dialog)
    (saved,) = recommendations.list_recommendations(db)
    links = finding_links.recommendation_links(db, saved.recommendation_id)
    assert links == [LinkedFinding("flag_correct", None)]
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.edit_button.click()
    dialog = _dialog(qtbot, page)
    ticked = [dialog.findings_list.item(i).checkState() == Qt.CheckState.Checked for i in range(len(labels))]
    assert ticked == [label == "Hate flag applied correctly" for label in labels]
    i18n.set_language("cy")  # each Alt letter of the editor does one thing in Welsh too
    letters = [label.text()[label.text().index("&") + 1].lower() for label in dialog.labels]
    i18n.set_language("en")
    assert len(letters) == len(set(letters)) == 6, letters
    dialog.text_edit.setPlainText("Check the hate flag at the first review, every time.")
    _save(qtbot, page, dialog)  # saved unchanged: the link is kept, not written again
    assert finding_links.recommendation_links(db, saved.recommendation_id) == links
    window.close()
