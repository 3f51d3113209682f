"""The coordinator's home and the exchange dialogs as keyboard and screen-reader users meet them.

What a walk with the keyboard and through AT-SPI (tests/ui/atspi_walk.py) found, pinned
down: tables are one Tab stop, buttons are named by their words, fingerprints are read
digit by digit, results are announced, Qt's own buttons speak Welsh, Alt+letter keys
are unique on every page, and the card dialog stays whole at 200% text in Welsh.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from desktop.services.operations import Changes
from desktop.services.review_packages import Fate, FileFate, InboxImported
from desktop.ui import i18n
from desktop.ui.coordinator.card_dialog import CardDialog
from desktop.ui.coordinator.new_round_dialog import NewRoundDialog
from desktop.ui.coordinator.row_models import FateListModel
from desktop.ui.dialogs import DialogService
from desktop.ui.member.fingerprint_dialog import coordinator_dialog
from tests.ui import test_large_text as large_text
from tests.ui.coordinator_harness import wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, wait_idle
from tests.ui.test_coordinator_exchange import _office
from tests.ui.test_large_text import clipped_labels

doubled_font = large_text.doubled_font  # the fixture, shared
FINGERPRINT = "02710 22405 98877 20372 53681 27585"
SPOKEN = "0 2 7 1 0, 2 2 4 0 5, 9 8 8 7 7, 2 0 3 7 2, 5 3 6 8 1, 2 7 5 8 5"


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.set_language("en")


@pytest.fixture
def office(qtbot, tmp_path):
    window, _db, members, dialogs = _office(qtbot, tmp_path)
    yield window, dialogs
    window.close()
    for member in members.values():
        member.close()


def tab_walk(start: QWidget, presses: int = 12) -> list[str]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName())
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return seen


def test_every_table_is_one_tab_stop_and_the_grid_toggles_from_the_keyboard(qtbot, office) -> None:
    window, _dialogs = office
    home = window.coordinator_home
    wait_operations(qtbot)  # every page's rows are read off the GUI thread
    for index in range(home.tabs.count()):
        home.tabs.setCurrentIndex(index)
        seen = tab_walk(home.tabs.tabBar())
        repeated = [a for a, b in itertools.pairwise(seen) if a == b]
        assert repeated == [], f"Tab stayed in {repeated} on {home.tabs.tabText(index)}"
    home.tabs.setCurrentWidget(home.assignment_page)
    seen = tab_walk(home.tabs.tabBar(), 4)
    assert seen == ["qt_tabwidget_tabbar", "round_combo", "assignment_grid", "toggle_assigned"]
    grid = home.assignment_page.view
    grid.setFocus(Qt.FocusReason.TabFocusReason)
    before = grid.model().data(grid.currentIndex())
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Left)
    QTest.keyClick(grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: grid.model().data(grid.currentIndex()) != before)  # once saved
    assert QApplication.focusWidget() is grid


def words_on(button: QAbstractButton) -> str:
    return button.text().replace("&", "").removesuffix("…")


def visible_buttons(root: QWidget) -> list[QAbstractButton]:
    return [b for b in root.findChildren(QPushButton) if b.isVisibleTo(root) and b.text()]


def test_buttons_are_named_by_the_words_on_them(qtbot, office) -> None:
    """A screen reader says what is written on the button; what it does is its description."""
    window, _dialogs = office
    home = window.coordinator_home
    dialogs = [
        NewRoundDialog(home.rounds_page.session, window),
        CardDialog("Ceri Hughes", FINGERPRINT, window),
    ]
    for language in ("en", "cy"):
        i18n.set_language(language)
        QApplication.processEvents()
        for root in (*home.pages(), *dialogs):
            for button in visible_buttons(root):
                assert words_on(button) in button.accessibleName(), button.objectName()
    for dialog in dialogs:
        dialog.deleteLater()


def test_fingerprints_are_read_digit_by_digit(qtbot, office) -> None:
    window, _dialogs = office
    card = CardDialog("Ceri Hughes", FINGERPRINT, window)
    assert SPOKEN in card.fingerprint_label.accessibleName()
    # Focus opens on Cancel: the dialog's description is what is read of the rest.
    assert "Ceri Hughes" in card.accessibleDescription() and SPOKEN in card.accessibleDescription()
    card.deleteLater()
    check = coordinator_dialog("Olwen Price", FINGERPRINT, window)
    assert SPOKEN in check.findChild(QLabel, "fingerprint_digits").accessibleName()
    assert SPOKEN in check.accessibleDescription()
    check.deleteLater()
    roster = window.coordinator_home.roster_page.model
    qtbot.waitUntil(lambda: roster.rowCount() > 0)  # the roster is read off the GUI thread
    spoken = roster.data(roster.index(0, roster.FINGERPRINT_COLUMN), Qt.ItemDataRole.AccessibleTextRole)
    assert re.fullmatch(r"(\d \d \d \d \d, ){5}\d \d \d \d \d", spoken)


def test_results_are_announced_and_no_cell_is_silent(qtbot, office, monkeypatch) -> None:
    window, _dialogs = office
    said: list[str] = []
    for module in ("inbox_page", "new_round_dialog"):
        monkeypatch.setattr(
            f"desktop.ui.coordinator.{module}.announce", lambda _w, text, urgent=False: said.append(text)
        )
    inbox = window.coordinator_home.inbox_page
    accepted = FileFate(Path("a.prreview"), Fate.ACCEPTED, member="Aled Jones", revision=1)
    inbox._importing = (accepted.path,)  # as if its import were running: the flow starts none
    inbox.flow.chosen([accepted.path])
    inbox._judged(InboxImported((accepted,), Changes()))  # the import's result arrives
    assert said == [inbox.summary.text()]
    model = FateListModel()
    model.set_rows([accepted])
    assert all(model.data(model.index(0, c)) for c in range(model.columnCount()))
    dialog = NewRoundDialog(window.coordinator_home.rounds_page.session, window)
    dialog.check_and_create()  # nothing filled in
    assert said[-1].startswith(dialog.problems_label.text()) and "title" in said[-1]
    dialog.deleteLater()


def answer_box(read: list[str], role_texts) -> None:  # type: ignore[no-untyped-def]
    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        read.extend(role_texts(box))
        box.reject()

    QTimer.singleShot(20, look)


def test_qt_own_buttons_speak_welsh(qtbot) -> None:
    i18n.set_language("cy")
    read: list[str] = []
    answer_box(read, lambda box: [b.text() for b in box.buttons()])
    assert DialogService().confirm(None, "Teitl", "Cwestiwn?") is False
    assert sorted(read) == ["&Ie", "&Na"]
    read.clear()
    answer_box(read, lambda box: [b.text() for b in box.findChildren(QPushButton)])
    assert DialogService().ask_number(None, "Teitl", "Sawl un?", 2, 1, 20) is None
    assert sorted(read) == ["Canslo", "Iawn"]


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of everything the user can see in `window` now, menus included."""
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()]
    texts += [
        lab.text() for lab in window.findChildren(QLabel) if lab.isVisible() and lab.buddy() is not None
    ]
    if hasattr(window, "menuBar"):
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for bar in window.findChildren(type(window.coordinator_home.tabs.tabBar())):
        texts += [bar.tabText(i) for i in range(bar.count())]
    keys = [re.search(r"&([^&])", t) for t in texts]
    return [k.group(1).lower() for k in keys if k]


def test_alt_letters_are_unique_on_every_coordinator_page(qtbot, office) -> None:
    window, _dialogs = office
    home = window.coordinator_home
    for language in ("en", "cy"):
        i18n.set_language(language)
        QApplication.processEvents()
        for index in range(home.tabs.count()):
            home.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            twice = [k for k, n in Counter(mnemonics(window)).items() if n > 1]
            assert twice == [], f"{language}, {home.tabs.tabText(index)}: Alt+{twice} does two things"
        new_round = re.search(r"&([^&])", home.rounds_page.new_button.text())
        assert new_round is not None and new_round.group(1).lower() == "n", "Alt+N is New round, as it says"


def test_alt_letters_are_unique_with_changes_waiting_and_a_round_to_archive(qtbot, tmp_path) -> None:
    """The demo office has a revision waiting and a published round: "Accept changes",
    "Keep the earlier revision", "Retention report…" and "Archive round…" show. In Welsh
    Alt+D was both "Derbyn y newidiadau" and the Members tab, and Alt+C three things."""
    from desktop.reports.content import ReportOptions
    from desktop.services import report, rounds
    from desktop.services.demo_coordinator import create_demo_coordinator
    from tests.services.publication_world import confirm_every_text
    from tests.ui.fakes import FakeDialogs
    from tests.ui.harness import open_window

    db = create_demo_coordinator(tmp_path / "office")
    round_id = rounds.list_rounds(db)[0].id
    confirm_every_text(db, round_id)
    report.write_report(db, round_id, tmp_path / "published.pdf", ReportOptions(mode="publication"), "pdf")
    window = open_window(qtbot, tmp_path / "office", FakeDialogs(), db=db)
    home = window.coordinator_home
    wait_operations(qtbot)
    try:
        for language in ("en", "cy"):
            i18n.set_language(language)
            for page, shown in ((home.inbox_page, home.inbox_page.pending.accept_button),
                                (home.rounds_page, home.rounds_page.archiving.archive_button)):  # fmt: skip
                home.tabs.setCurrentWidget(page)
                wait_operations(qtbot)
                qtbot.waitUntil(lambda b=shown: b.isVisible() and b.isEnabled())
                twice = [k for k, n in Counter(mnemonics(window)).items() if n > 1]
                assert twice == [], f"{language}, {page.objectName()}: Alt+{twice} does two things"
    finally:
        i18n.set_language("en")
        window.close()


def test_help_menu_is_welsh(qtbot, office) -> None:
    window, _dialogs = office
    i18n.set_language("cy")
    QApplication.processEvents()
    assert window.help_menu.title() == "Cy&morth"


def test_card_dialog_whole_in_welsh_at_double_text_size(qtbot, doubled_font, office) -> None:
    window, _dialogs = office
    i18n.set_language("cy")
    dialog = CardDialog("Ceri Hughes-Prydderch", FINGERPRINT, window)
    dialog.open()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    try:
        assert clipped_labels(dialog) == []
        for button in visible_buttons(dialog):
            assert button.width() >= button.sizeHint().width(), button.objectName()
            assert dialog.rect().contains(button.mapTo(dialog, button.rect().bottomRight()))
    finally:
        dialog.reject()
        dialog.deleteLater()


def test_coordinator_pages_whole_at_double_text_size_on_a_small_screen(qtbot, doubled_font, office) -> None:
    window, _dialogs = office
    window.resize(1366, 768)
    home = window.coordinator_home
    for language in ("en", "cy"):
        i18n.set_language(language)
        for index in range(home.tabs.count()):
            home.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            page = home.tabs.currentWidget()
            assert clipped_labels(page) == [], (language, index)
            for button in visible_buttons(page):
                inside = page.rect().contains(button.mapTo(page, button.rect().bottomRight()))
                assert inside and button.width() >= button.sizeHint().width(), (language, button.objectName())


def test_alt_letters_are_unique_on_the_inbox_with_changes_waiting(qtbot, tmp_path) -> None:
    """The demo has a member's changed revision waiting: its two buttons show, and their
    letters must not take one a page tab already has (Welsh "&Derbyn" took Aelo&dau's)."""
    from collections import Counter

    from desktop.services.demo_coordinator import create_demo_coordinator

    db = create_demo_coordinator(tmp_path / "office")
    window = open_window(qtbot, tmp_path / "office", FakeDialogs(), db=db)
    home = window.coordinator_home
    try:
        for language in ("en", "cy"):
            i18n.set_language(language)
            home.tabs.setCurrentWidget(home.inbox_page)
            wait_idle(qtbot)
            qtbot.waitUntil(lambda: home.inbox_page.pending.accept_button.isVisible())
            twice = [k for k, n in Counter(mnemonics(window)).items() if n > 1]
            assert twice == [], f"{language}: Alt+{twice} does two things"
    finally:
        i18n.set_language("en")
        window.close()
