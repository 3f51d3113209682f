"""View → Text size, and every page usable at the largest size on a 1366x768 laptop.

The pages are checked with `tests.ui.fit`: no button, field, drop-down or list is
squashed, sticks out sideways, or (outside a scroll area) hangs off the bottom.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui import settings
from desktop.ui.text_size import apply_text_size, remembered_text_size
from tests.ui.fakes import FakeDialogs
from tests.ui.fit import cut_off_controls
from tests.ui.harness import open_round, open_window
from tests.ui.test_profiles import open_home_window, two_profiles, user_data  # noqa: F401

SMALL_LAPTOP = (1366, 768)


def choose_largest(window) -> None:
    window.text_size_actions[200].trigger()
    QApplication.processEvents()


def settle(window) -> None:
    window.resize(*SMALL_LAPTOP)
    for _ in range(3):
        QApplication.processEvents()


def test_text_size_applies_at_once_and_is_remembered(qtbot, tmp_path, normal_text_afterwards) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    page = window.setup_page
    normal_text = page.name_edit.font().pointSizeF()
    normal_heading = page.heading.font().pointSizeF()
    assert [a.isChecked() for a in window.text_size_actions.values()] == [True, False, False, False]
    window.text_size_actions[200].trigger()
    assert page.name_edit.font().pointSizeF() == pytest.approx(normal_text * 2)
    assert page.heading.font().pointSizeF() == pytest.approx(normal_heading * 2)
    assert "padding: 12px 28px" in QApplication.instance().styleSheet()
    assert remembered_text_size() == 200
    apply_text_size(100)
    assert remembered_text_size() == 200, "applying without choosing does not change the setting"
    window.text_size_actions[150].trigger()
    assert page.name_edit.font().pointSizeF() == pytest.approx(normal_text * 1.5)
    assert window.text_size_actions[150].isChecked()


def test_a_saved_text_size_is_used_at_start_up(qtbot, tmp_path, normal_text_afterwards) -> None:
    from desktop.ui.app import make_application

    normal = QApplication.font().pointSizeF()
    settings.write(settings.TEXT_SIZE, 125)
    make_application([])
    assert QApplication.font().pointSizeF() == pytest.approx(normal * 1.25)
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    assert window.text_size_actions[125].isChecked()
    settings.write(settings.TEXT_SIZE, "huge")  # a hand-edited file never stops the app
    assert remembered_text_size() == 100


def test_setup_page_fits_at_largest_text(qtbot, largest_text, tmp_path) -> None:
    window = open_window(qtbot, tmp_path / "new", FakeDialogs())
    choose_largest(window)
    settle(window)
    assert cut_off_controls(window.setup_page) == []


def test_unlock_page_fits_at_largest_text(qtbot, largest_text, db, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs())
    choose_largest(window)
    settle(window)
    assert window.stack.currentWidget() is window.unlock_page
    assert cut_off_controls(window.unlock_page) == []


def test_profile_chooser_fits_at_largest_text(qtbot, largest_text, user_data, two_profiles) -> None:  # noqa: F811
    window = open_home_window(qtbot, user_data)
    choose_largest(window)
    settle(window)
    assert window.stack.currentWidget() is window.chooser_page
    assert cut_off_controls(window.chooser_page) == []


def test_rounds_page_fits_at_largest_text(qtbot, largest_text, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    choose_largest(window)
    window.show_rounds()
    settle(window)
    assert cut_off_controls(window.rounds_page) == []


def test_workspace_fits_at_largest_text(qtbot, largest_text, db, round_id, profile_dir) -> None:
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    choose_largest(window)
    settle(window)
    workspace = open_round(qtbot, window, round_id)
    settle(window)
    assert cut_off_controls(workspace) == []
    table = workspace.case_table
    viewport = table.viewport().rect()
    header = table.horizontalHeader()
    for column in (0, 1):  # reference, status
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= viewport.width() + 1, column


def test_guidance_buttons_stay_inside_a_narrow_checklist(
    qtbot, largest_text, db, round_id, profile_dir
) -> None:
    """The checklist pane squeezed as far as the splitter lets it: still nothing off the side."""
    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    choose_largest(window)
    settle(window)
    workspace = open_round(qtbot, window, round_id)
    workspace.splitter.setSizes([2000, 2000, 1])
    settle(window)
    assert cut_off_controls(workspace) == []


@pytest.mark.parametrize("language", ["en", "cy"])
def test_the_real_checklist_fits_a_small_laptop_at_largest_text(
    qtbot, largest_text, tmp_path, language
) -> None:
    """The demo round's hate-crime checklist, whose long answers ("Should have been a
    non-crime hate incident") once stuck out past the pane, and whose case list showed
    only the start of each reference."""
    from desktop.services.demo import create_demo_profile
    from desktop.ui import i18n

    db = create_demo_profile(tmp_path / "demo", language)
    window = open_window(qtbot, tmp_path / "demo", FakeDialogs(), db=db)
    i18n.set_language(language)
    choose_largest(window)
    window.show_rounds()
    settle(window)
    workspace = open_round(qtbot, window, window.rounds_page.model.row_at(0).id)
    settle(window)
    needed = window.minimumSizeHint()
    assert needed.width() <= SMALL_LAPTOP[0] and needed.height() <= SMALL_LAPTOP[1], needed
    assert window.width() <= SMALL_LAPTOP[0]
    assert cut_off_controls(workspace) == []
    checklist = workspace.checklist
    assert checklist.widget().width() <= checklist.viewport().width()
    long_answer = checklist.questions["classification_correct"].findChild(
        QWidget, "answer_classification_correct_should_be_nchi"
    )
    assert long_answer.sizeHint().width() > long_answer.width(), "the test needs a label that wraps"
    assert long_answer.height() >= long_answer.heightForWidth(long_answer.width())
    table = workspace.case_table
    # A small laptop at the largest text is narrow: the list keeps the references, and
    # each case's status is in the heading beside its questions.
    assert workspace.panes.narrow
    assert [table.isColumnHidden(c) for c in range(table.model().columnCount())][1:] == [True] * 3
    assert "Not started" in workspace.case_heading.text() or "Heb ddechrau" in workspace.case_heading.text()
    for column in (0,):  # the reference, in full
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
        left = table.horizontalHeader().sectionViewportPosition(column)
        assert left + table.columnWidth(column) <= table.viewport().width(), column
    i18n.set_language("en")
    window.close()
    db.close()


def test_a_note_box_keeps_its_lines_when_the_text_grows_with_a_case_open(
    qtbot, largest_text, db, round_id, profile_dir
) -> None:
    """A note box's height was fixed from the font it was built with: a case opened at
    normal text, then 200% chosen, left boxes about a line and a half high."""
    from desktop.ui.member.question_widget import NoteEdit

    window = open_window(qtbot, profile_dir, FakeDialogs(), db=db)
    workspace = open_round(qtbot, window, round_id)
    choose_largest(window)
    settle(window)
    boxes = [b for b in workspace.findChildren(NoteEdit) if b.objectName().startswith("note_")]
    assert boxes
    for box in boxes:
        assert box.height() >= 3 * box.fontMetrics().lineSpacing(), box.objectName()
