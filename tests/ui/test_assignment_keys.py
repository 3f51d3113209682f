"""The Assignment page by keyboard, as a coordinator assigns a first round: the page's
letter (Alt+G; Alt+Y in Welsh, "D&yrannu") or F6 puts the keyboard in the grid, where
Space assigns as the page says; at double text size the members' names and the cells'
words are whole; and what the line under the grid said follows the language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services import coordinator_rounds, identity, roster
from desktop.ui import i18n
from tests.services.exchange_world import make_profile, write_case_list
from tests.ui.coordinator_harness import table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press

NAMES = ("Aled Jones", "Bethan Evans", "Ceri Hughes")


def _office(qtbot, root):
    """A coordinator with three confirmed members and a round of 3 cases, none assigned."""
    db = make_profile(root / "office", "Olwen Price (OPCC)", "coordinator")
    members = []
    for name in NAMES:
        member = make_profile(root / name.split()[0].lower(), name, "member")
        card = root / f"{name.split()[0].lower()}.prcard"
        identity.export_card(member, card)
        roster.enrol(db, card, confirmed=True)
        members.append(member)
    csv_path, docs = write_case_list(root / "input", 3)
    coordinator_rounds.create_round(
        db, csv_path, docs, title="Q3 hate crime", template_id="hate-crime",
        panel="North Wales", due_date="2027-01-18",
    )  # fmt: skip
    dialogs = FakeDialogs()
    window = open_window(qtbot, root / "office", dialogs, db=db)
    wait_operations(qtbot)  # the pages' rows are read off the GUI thread
    page = window.coordinator_home.assignment_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 3 and page.model.columnCount() == 3)
    return window, members, dialogs


def _close(window, members) -> None:
    i18n.set_language("en")
    window.close()
    for member in members:
        member.close()


@pytest.mark.parametrize(("language", "key"), [("en", Qt.Key.Key_G), ("cy", Qt.Key.Key_Y)])
def test_the_assignment_tab_letter_puts_the_keyboard_in_the_grid(qtbot, tmp_path, language, key) -> None:
    """After Alt+G the keyboard was left in the round list: Space, which the page says
    assigns a case, opened the list of rounds instead, and the arrows chose another round."""
    window, members, _dialogs = _office(qtbot, tmp_path)
    home = window.coordinator_home
    page = home.assignment_page
    i18n.set_language(language)
    QApplication.processEvents()
    home.tabs.setCurrentWidget(home.rounds_page)
    home.rounds_page.table.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: home.tabs.currentWidget() is page)
    assert QApplication.focusWidget() is page.view, QApplication.focusWidget().objectName()
    assert page.view.currentIndex().isValid(), "the keyboard is at a cell"
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: table_texts(page.view)[0][0] != "—")
    assert page.chooser.combo.view().isVisible() is False, "the list of rounds did not open"
    home.tabs.setCurrentWidget(home.rounds_page)
    home.rounds_page.table.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_F6)  # the next page, from the one before it
    assert home.tabs.currentWidget() is page and QApplication.focusWidget() is page.view
    _close(window, members)


def _cut_columns(view) -> list[str]:
    """The header or cell texts wider than their column."""
    model = view.model()
    header = view.horizontalHeader()
    cut = []
    for column in range(model.columnCount()):
        width = view.columnWidth(column)
        title = str(model.headerData(column, Qt.Orientation.Horizontal))
        if header.fontMetrics().horizontalAdvance(title) > width:
            cut.append(title)
        for row in range(model.rowCount()):
            text = str(model.data(model.index(row, column)))
            if view.fontMetrics().horizontalAdvance(text) > width:
                cut.append(f"{title}: {text}")
    return cut


def test_at_double_text_size_the_grid_shows_whole_names_and_words(qtbot, tmp_path) -> None:
    """At 200% text the members' names read "ys Evan" and every cell "✓ …", the rounds
    list's due date "2027…" and the packs' members "Alys …": columns kept the width made
    for normal text."""
    app = QApplication.instance()
    original = app.font()
    big = app.font()
    big.setPointSizeF(original.pointSizeF() * 2)
    app.setFont(big)
    try:
        window, members, dialogs = _office(qtbot, tmp_path)
        window.resize(1366, 768)
        home, page = _auto_assigned(qtbot, window, dialogs)
        qtbot.waitUntil(lambda: not page.grid.running and table_texts(page.view)[0][0] == "✓ Assigned")
        QApplication.processEvents()
        assert _cut_columns(page.view) == []
        home.tabs.setCurrentWidget(home.rounds_page)  # the round's panel and due date, whole
        QApplication.processEvents()
        assert _cut_columns(home.rounds_page.table) == []
        home.tabs.setCurrentWidget(home.packs_page)  # whom each file is for, whole
        home.packs_page.export(tmp_path / "outbox")
        wait_operations(qtbot)
        QApplication.processEvents()
        assert home.packs_page.model.rowCount() == 3
        assert _cut_columns(home.packs_page.table) == []
        _close(window, members)
    finally:
        app.setFont(original)


def _auto_assigned(qtbot, window, dialogs):  # type: ignore[no-untyped-def]
    """The Assignment page, after Auto-assign with three members a case."""
    home = window.coordinator_home
    page = home.assignment_page
    home.tabs.setCurrentWidget(page)
    dialogs.numbers.append(3)
    page.auto_button.click()
    qtbot.waitUntil(lambda: len(dialogs.infos) == 1)
    return home, page


def test_the_line_under_the_grid_follows_the_language(qtbot, tmp_path) -> None:
    """After Auto-assign, Iaith → Cymraeg left "9 assignments were added…" in English."""
    window, members, dialogs = _office(qtbot, tmp_path)
    _home, page = _auto_assigned(qtbot, window, dialogs)
    english = page.status.text()
    assert english.startswith("9 assignments were added")
    i18n.set_language("cy")
    QApplication.processEvents()
    welsh = page.status.text()
    assert welsh and welsh != english, welsh
    i18n.set_language("en")
    QApplication.processEvents()
    assert page.status.text() == english
    _close(window, members)
