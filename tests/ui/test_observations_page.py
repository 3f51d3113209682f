"""The Observations tab on a real coordinator profile: written and ordered by keyboard, sent to
the force as a Word table, filled in as an officer would, and taken back after a preview."""

from __future__ import annotations

import os

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.services import coordinator_rounds, observations
from tests.services.exchange_world import write_case_list
from tests.ui.coordinator_harness import coordinator_window, table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import press, type_text


def _office(qtbot, root):
    dialogs = FakeDialogs()
    window, db = coordinator_window(qtbot, root, dialogs)
    csv_path, docs = write_case_list(root / "input", 3)
    coordinator_rounds.create_round(db, csv_path, docs, title="Q3 hate crime", template_id="hate-crime")
    home = window.coordinator_home
    home._reload_rounds()  # the round was made behind the window's back, through the service
    qtbot.waitUntil(home.observations_page.ready)  # its observations and cases are read
    home.tabs.setCurrentWidget(home.observations_page)
    return window, db, dialogs, home.observations_page


def _editor(qtbot, page):
    qtbot.waitUntil(lambda: page.editor is not None and page.editor.isVisible())
    return page.editor


def _write(qtbot, page, text: str, tick_second_case: bool = False) -> None:
    """Type an observation in the editor by keyboard and save it with Enter on Save."""
    editor = _editor(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text_edit)
    type_text(qtbot, editor.text_edit, text)
    if tick_second_case:
        editor.case_list.setFocus()
        press(qtbot, Qt.Key.Key_Down)
        press(qtbot, Qt.Key.Key_Space)
    editor.save_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None)
    wait_operations(qtbot)  # the list is read again


def test_write_edit_move_and_delete_by_keyboard(qtbot, tmp_path) -> None:
    window, db, dialogs, page = _office(qtbot, tmp_path)
    round_id = page.round_id
    page.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    _write(qtbot, page, "Risk assessments were not recorded.", tick_second_case=True)
    page.add_button.click()
    _write(qtbot, page, "Victims were updated on time.")
    rows = table_texts(page.table)
    assert [r[:3] for r in rows] == [["1", "Risk assessments were not recorded.", "HC-002"],
                                    ["2", "Victims were updated on time.", "—"]]  # fmt: skip

    window.activateWindow()  # back from the editor
    qtbot.waitUntil(window.isActiveWindow)
    page.table.setFocus()  # Enter on a row opens it
    page.table.setCurrentIndex(page.model.index(1, 0))
    press(qtbot, Qt.Key.Key_Return)
    editor = _editor(qtbot, page)
    editor.date_edit.setText("31/03/2026")  # not a date: said in the editor, nothing lost
    editor.response_edit.setPlainText("Noted.")
    editor.save_button.click()
    assert editor.isVisible() and "2026-03-31" in editor.problem.text()
    assert editor.response_edit.toPlainText() == "Noted."
    editor.date_edit.setText("2026-03-31")
    editor.save_button.click()
    qtbot.waitUntil(lambda: page.editor is None)
    wait_operations(qtbot)
    stored = observations.list_observations(db, round_id)[1]
    assert (stored.response, stored.response_date) == ("Noted.", "2026-03-31")

    page.table.setCurrentIndex(page.model.index(1, 0))
    page.up_button.click()
    wait_operations(qtbot)
    first = observations.list_observations(db, round_id)[0]
    assert first.text == "Victims were updated on time."
    assert page.chosen().number == 1, "the moved observation stays chosen"
    dialogs.confirmations.append(True)
    page.delete_button.click()
    wait_operations(qtbot)
    assert table_texts(page.table)[0][:2] == ["1", "Risk assessments were not recorded."]
    assert [(r.number, r.text) for r in observations.list_observations(db, round_id)] == [
        (1, "Risk assessments were not recorded.")
    ]
    window.close()


def _officer_fills_in(path, response: str, dated: str) -> None:
    """As a force officer would in Word: type in the response and date cells of row 1."""
    document = docx.Document(str(path))
    row = document.tables[0].rows[1]
    row.cells[3].text, row.cells[4].text = response, dated
    document.save(str(path))


def test_table_out_responses_back_and_a_hostile_file_refused(qtbot, tmp_path, monkeypatch) -> None:
    window, db, dialogs, page = _office(qtbot, tmp_path)
    round_id = page.round_id
    observations.add_observation(db, round_id, "Hate crime flags were not always applied.")
    page.refresh()
    wait_operations(qtbot)
    sent = tmp_path / "for-the-force.docx"
    dialogs.files.append(str(sent))
    page.export_button.click()
    wait_operations(qtbot)
    assert sent.exists() and "The table with 1 observation was written" in page.status.text()

    _officer_fills_in(sent, "Flags are now checked daily.", "2026-04-02")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sent), ""))
    page.import_button.click()
    wait_operations(qtbot)
    qtbot.waitUntil(lambda: page.preview_dialog is not None and page.preview_dialog.isVisible())
    preview = page.preview_dialog
    assert "would change 1 response." in preview.summary.text()
    lines = [preview.lines.item(i).text() for i in range(preview.lines.count())]
    assert any("Flags are now checked daily.” (2 April 2026)." in line for line in lines)
    assert observations.list_observations(db, round_id)[0].response == "", "nothing before confirming"
    preview.import_button.click()
    wait_operations(qtbot)
    stored = observations.list_observations(db, round_id)[0]
    assert (stored.response, stored.response_date) == ("Flags are now checked daily.", "2026-04-02")
    assert table_texts(page.table)[0][3:] == ["Flags are now checked daily.", "2 April 2026"]

    hostile = tmp_path / "returned.docx"
    hostile.write_bytes(os.urandom(4096))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(hostile), ""))
    page.import_button.click()
    wait_operations(qtbot)
    _title, message = dialogs.errors[-1]
    assert "nothing was changed" in message and "Traceback" not in message
    assert page.preview_dialog is None
    assert observations.list_observations(db, round_id)[0] == stored
    window.close()


def _words(root) -> set[str]:
    """What a person reads on `root`, and what a screen reader says of its controls."""
    from PySide6.QtWidgets import QWidget

    from tests.ui.test_welsh_everywhere import texts_of

    found = texts_of(root)
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.isVisibleTo(root) or widget is root:
            found |= {widget.accessibleName(), widget.accessibleDescription(), widget.windowTitle()}
            placeholder = getattr(widget, "placeholderText", None)
            found.add(placeholder() if callable(placeholder) else "")
    return {text for text in found if text}


def test_in_welsh_the_new_pages_and_their_dialogs_show_no_english_but_data(qtbot, tmp_path) -> None:
    from desktop.services import recommendations
    from desktop.ui import i18n
    from tests.ui.test_welsh_everywhere import QT_ENGLISH

    window, db, _dialogs, page = _office(qtbot, tmp_path)
    observations.add_observation(db, page.round_id, "Flags were applied.")
    recommendations.add_recommendation(db, "Record risk.", "Risk", page.round_id, "Head of Crime", None)
    recommendations.add_recommendation(db, "Train staff.", "", None, "", None)
    home = window.coordinator_home
    rec_page = home.recommendations_page
    page.refresh()
    rec_page.refresh()
    wait_operations(qtbot)
    data = {"Flags were applied.", "Record risk.", "Train staff.", "Risk", "Head of Crime", "Q3 hate crime",
            "HC-001", "HC-002", "HC-003", "1", "2", "—", "1. Record risk.", "2. Train staff."}  # fmt: skip
    openers = {
        "observations": (page, None),
        "observation editor": (page, page.edit),
        "recommendations": (rec_page, None),
        "recommendation editor": (rec_page, rec_page.edit),
        "update": (rec_page, rec_page.add_update),
        "merge": (rec_page, rec_page.merge),
    }

    def seen(language: str) -> dict[str, set[str]]:
        i18n.set_language(language)
        QApplication.processEvents()
        words = {}
        for name, (owner, opens) in openers.items():
            home.tabs.setCurrentWidget(owner)
            if opens is None:
                words[name] = _words(owner)
                continue
            opens()  # the recommendation editor opens once the findings it may answer are read
            qtbot.waitUntil(lambda owner=owner: owner.editor is not None and owner.editor.isVisible())
            dialog = owner.editor
            words[name] = _words(dialog)
            dialog.reject()
            qtbot.waitUntil(lambda owner=owner: owner.editor is None)
        return words

    try:
        english = seen("en")
        welsh = seen("cy")
    finally:
        i18n.set_language("en")
    for name in openers:
        left = (welsh[name] & english[name]) - data
        assert left == set(), (name, left)
        assert welsh[name].isdisjoint(QT_ENGLISH), name
    window.close()


def test_an_observation_names_the_findings_it_answers_by_keyboard(qtbot, tmp_path) -> None:
    from desktop.services import finding_links
    from desktop.services.finding_links import LinkedFinding

    window, db, _dialogs, page = _office(qtbot, tmp_path)
    page.add_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    editor = _editor(qtbot, page)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.text_edit)
    type_text(qtbot, editor.text_edit, "Flags were missed again.")
    labels = [editor.findings_list.item(i).text() for i in range(editor.findings_list.count())]
    assert "Hate flag applied correctly" in labels and editor.findings_list.accessibleName()
    editor.findings_list.setFocus()
    for _ in range(labels.index("Hate flag applied correctly")):
        press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    editor.save_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.editor is None)
    wait_operations(qtbot)
    (saved,) = observations.list_observations(db, page.round_id)
    assert finding_links.observation_links(db, saved.observation_id) == [LinkedFinding("flag_correct", None)]
    page.table.setCurrentIndex(page.model.index(0, 0))
    page.edit_button.click()  # the editor shows it ticked
    editor = _editor(qtbot, page)
    ticked = [editor.findings_list.item(i).checkState() == Qt.CheckState.Checked for i in range(len(labels))]
    assert ticked == [label == "Hate flag applied correctly" for label in labels]
    editor.reject()
    qtbot.waitUntil(lambda: page.editor is None)
    window.close()
