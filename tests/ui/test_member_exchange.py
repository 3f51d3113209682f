"""The member's side of the exchange, in the real window, on real encrypted profiles.

A coordinator profile makes and signs the packs through the services; the member
takes them in through the File menu, answers with the keyboard and sends the review,
which the coordinator's services then accept. Only Qt's own file pickers are replaced.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from sqlalchemy import select

from desktop.exchange.errors import ExchangeError
from desktop.services import assignment_packs, coordinator_rounds, profile, review, review_packages, rounds
from desktop.services.refusals import Refused, why_not
from desktop.services.review_packages import Fate
from desktop.storage.models import ReceivedAnswer
from desktop.ui.app import parse_args
from desktop.ui.member.fingerprint_dialog import fingerprint_lines
from tests.services.exchange_world import enrolled_world, round_with_packs
from tests.ui import test_large_text as large_text
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_round, open_window, press, stored, wait_idle
from tests.ui.test_language_and_access import unnamed_widgets
from tests.ui.test_large_text import clipped_labels

doubled_font = large_text.doubled_font  # the fixture, shared
MEMBER = "Aled Jones"
Left = Qt.MouseButton.LeftButton


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, names=(MEMBER,))
    yield w
    w.close()


@pytest.fixture
def member(world):
    return world.members[MEMBER]


def the_pack(folder: Path) -> Path:
    (path,) = folder.glob("*.prpack")
    return path


def dialog_named(qtbot, name: str) -> QWidget:
    """Wait for the window-modal dialog `name` to be on screen, as the member would."""

    def shown() -> QWidget | None:
        return next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None
        )

    qtbot.waitUntil(lambda: shown() is not None)
    return shown()


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def test_a_pack_comes_in_is_answered_and_the_review_goes_back(qtbot, world, member, monkeypatch) -> None:
    pack = the_pack(round_with_packs(world, cases=2, k=1))
    expected = assignment_packs.preview_pack(member, pack)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    choose_file(monkeypatch, pack)
    window.import_action.trigger()

    check = dialog_named(qtbot, "fingerprint_dialog")
    assert check.findChild(QWidget, "fingerprint_digits").text() == fingerprint_lines(expected.fingerprint)
    assert " ".join(expected.fingerprint.split()[-1]) in check.accessibleDescription()  # read digit by digit
    assert "Phone your coordinator" in check.findChild(QWidget, "fingerprint_message").text()
    assert check.cancel_button.isDefault()  # Enter alone never imports an unchecked pack
    press(qtbot, Qt.Key.Key_Tab)  # from Cancel to "They match — import", by keyboard
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    assert dialogs.infos[-1][1] == "Cases added: 2."
    qtbot.waitUntil(lambda: len(window.rounds_page.model.rows()) == 1)  # the list is read off the GUI thread
    assert window.send_action.isEnabled()

    window.activateWindow()  # offscreen, focus does not come back by itself when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_Return)  # the new round is selected in the list: open it
    workspace = window.workspace
    qtbot.waitUntil(lambda: window.stack.currentWidget() is workspace and workspace.case_id is not None)
    case_id = workspace.case_id
    press(qtbot, Qt.Key.Key_1)  # the first question, "which strands": Race
    qtbot.waitUntil(lambda: stored(member, case_id, "strands_recorded") is not None)

    outbox = world.root / "outbox"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(outbox))
    window.send_action.trigger()
    summary = dialog_named(qtbot, "review_summary")
    text = summary.message.text()
    assert "0 of 2 cases are complete" in text and workspace.current_case().reference in text
    qtbot.mouseClick(summary.action_button, Left)
    saved = dialog_named(qtbot, "review_saved")
    (package,) = outbox.glob("*.prreview")
    assert package.name in saved.message.text() and "Only they can open it" in saved.message.text()
    qtbot.mouseClick(saved.close_button, Left)

    (fate,) = review_packages.import_packages(world.coordinator, [package]).fates
    assert fate.fate is Fate.ACCEPTED, fate.why
    with world.coordinator.session() as session:
        answers = session.scalars(
            select(ReceivedAnswer).where(ReceivedAnswer.question_id == "strands_recorded")
        )
        assert [json.loads(a.value) for a in answers] == [["race"]]


def test_a_tampered_pack_is_refused_in_plain_words_and_changes_nothing(
    qtbot, world, member, monkeypatch
) -> None:
    pack = the_pack(round_with_packs(world, cases=2, k=1))
    tampered = world.root / "tampered.prpack"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0xFF
    tampered.write_bytes(bytes(data))
    with pytest.raises((ExchangeError, Refused)) as refused:
        assignment_packs.preview_pack(member, tampered)
    before = rounds.list_rounds(member)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    choose_file(monkeypatch, tampered)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors))
    _title, message = dialogs.errors[-1]
    assert "tampered.prpack" in message and why_not(refused.value, "en") in message
    assert "Traceback" not in message and "nothing was changed" in message
    wait_idle(qtbot)
    assert rounds.list_rounds(member) == before


def test_a_pack_named_on_the_command_line_is_offered_and_cancelling_the_check_imports_nothing(
    qtbot, world, member
) -> None:
    pack = the_pack(round_with_packs(world, cases=2, k=1))
    assert parse_args([str(pack)]).file == pack
    dialogs = FakeDialogs(confirmations=[True])  # "Import the cases in it now?"
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    window.offer_file(pack)
    check = dialog_named(qtbot, "fingerprint_dialog")
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not check.isVisible())
    wait_idle(qtbot)
    assert rounds.list_rounds(member) == [] and dialogs.infos == [] and dialogs.errors == []
    preview = assignment_packs.preview_pack(member, pack)
    assert preview.status is assignment_packs.CoordinatorStatus.NEW  # nothing was pinned either


def test_the_member_card_is_saved_and_its_fingerprint_shown(qtbot, world, member) -> None:
    target = world.root / "cards" / "mine"
    (world.root / "cards").mkdir()
    dialogs = FakeDialogs(files=[str(target)])
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    window.card_action.trigger()
    shown = dialog_named(qtbot, "fingerprint_dialog")
    fingerprint = profile.profile_info(member).fingerprint
    assert shown.findChild(QWidget, "fingerprint_digits").text() == fingerprint_lines(fingerprint)
    assert "mine.prcard" in shown.findChild(QWidget, "fingerprint_message").text()
    assert (world.root / "cards" / "mine.prcard").exists()
    qtbot.mouseClick(shown.accept_button, Left)


def test_a_new_member_is_shown_the_first_step_and_takes_it_by_keyboard(
    qtbot, world, member, monkeypatch
) -> None:
    """No rounds yet: the page says to send the member card first, then import the pack
    that comes back, with a button for each; the card's message names its folder."""
    pack = the_pack(round_with_packs(world, cases=2, k=1))
    (world.root / "cards").mkdir()
    dialogs = FakeDialogs(files=[str(world.root / "cards" / "mine")])
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    page = window.rounds_page
    qtbot.waitUntil(lambda: page.card_button.isVisible())
    assert "save your member card" in page.empty_label.text() and page.pack_button.isVisible()
    assert not page.open_button.isVisible() and "press Enter" not in page.greeting.text()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.card_button)
    press(qtbot, Qt.Key.Key_Space)
    shown = dialog_named(qtbot, "fingerprint_dialog")
    message = shown.findChild(QWidget, "fingerprint_message").text()
    assert "mine.prcard" in message and str(world.root / "cards") in message
    qtbot.mouseClick(shown.accept_button, Left)
    qtbot.waitUntil(lambda: not shown.isVisible())

    choose_file(monkeypatch, pack)
    page.pack_button.click()
    check = dialog_named(qtbot, "fingerprint_dialog")
    qtbot.mouseClick(check.accept_button, Left)
    qtbot.waitUntil(lambda: len(page.model.rows()) == 1)
    assert page.open_button.isVisible() and not page.card_button.isVisible()
    assert "press Enter" in page.greeting.text()


def _withdraw_first(world) -> Path:
    """The coordinator takes the member's first case away and sends revision 2."""
    grid = coordinator_rounds.assignment_grid(world.coordinator, world.round_id)
    member_id = grid.members[0][0]
    coordinator_rounds.set_assigned(world.coordinator, grid.cases[0][0], member_id, False)
    out = world.root / "packs2"
    out.mkdir()
    assignment_packs.export_packs(world.coordinator, world.round_id, out)
    return the_pack(out)


def drop(window, path: Path) -> None:
    """Drag a file over the window and let go (Qt delivers the drop only from a real drag)."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    where = (
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with warnings.catch_warnings():  # Qt 6 deprecates this constructor but offers no other
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(*where)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    window.dropEvent(QDropEvent(QPointF(10, 10), *where[1:]))


def test_a_withdrawn_case_is_shown_read_only(qtbot, world, member) -> None:
    first = the_pack(round_with_packs(world, cases=2, k=1))
    preview = assignment_packs.preview_pack(member, first)
    assignment_packs.import_pack(member, first, confirmed_fingerprint=preview.fingerprint)
    (round_row,) = rounds.list_rounds(member)
    mine = rounds.list_cases(member, round_row.id)[0]
    review.save_answer(member, mine.id, "strands_recorded", ["race"])
    second = _withdraw_first(world)

    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    drop(window, second)  # a pack dropped on the window: the coordinator is known, no check
    qtbot.waitUntil(lambda: bool(dialogs.infos))
    assert dialogs.infos[-1][1].startswith("Cases added: 0.\nCases withdrawn by your coordinator: 1.")

    workspace = open_round(qtbot, window, round_row.id)
    row = workspace.case_model.row_of_case(mine.id)
    assert workspace.case_model.index(row, 1).data() == "Withdrawn"
    workspace.select_row(row)
    qtbot.waitUntil(lambda: workspace.case_id == mine.id)
    assert workspace.withdrawn_banner.isVisible()
    assert "cannot be changed" in workspace.withdrawn_banner.text()
    question = workspace.checklist.questions["strands_recorded"]
    assert not question.note_edit.isEnabled() and not any(b.isEnabled() for b in question._buttons)
    assert not workspace.complete_button.isEnabled() and not workspace.defer_button.isEnabled()
    question.choose(1)  # the digit keys reach here: nothing may change or be tried
    workspace.mark_complete()
    wait_idle(qtbot)
    assert stored(member, mine.id, "strands_recorded").value == ("race",)
    assert dialogs.errors == [] and workspace.pending.waiting() == []


@pytest.mark.usefixtures("doubled_font")
def test_the_exchange_dialogs_are_named_and_whole_in_welsh_at_double_text_size(qtbot) -> None:
    from desktop.services.review_packages import ReviewSummary
    from desktop.ui import i18n
    from desktop.ui.member.fingerprint_dialog import card_dialog, coordinator_dialog
    from desktop.ui.member.send_review_dialogs import ReviewSavedDialog, ReviewSummaryDialog

    i18n.set_language("cy")
    try:
        summary = ReviewSummary(3, ("HC-001",), ("HC-002",), ("HC-003",), "Olwen Price (OPCC)")
        fingerprint = "12345 67890 13579 24680 11223 34455"
        for dialog in (
            coordinator_dialog("Olwen Price (OPCC)", fingerprint),
            card_dialog(Path("Documents") / "aled.prcard", fingerprint),
            ReviewSummaryDialog(summary), ReviewSavedDialog(Path("reviews") / "round-aled-r1.prreview"),
        ):  # fmt: skip
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert unnamed_widgets(dialog) == [], dialog.objectName()
            assert clipped_labels(dialog) == [], dialog.objectName()
            dialog.close()
    finally:
        i18n.set_language("en")
