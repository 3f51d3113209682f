"""A member removes a round's case material early, by keyboard, and saves its receipt;
the coordinator's round progress then says when each member's copy was erased.

Real windows over real encrypted profiles, real signed packs, packages and receipts.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.services import erasure_receipts, retention, rounds
from desktop.ui import i18n
from tests.services.receipt_world import answer_and_send, member_of, receipt_world
from tests.services.test_retention import NOTE
from tests.ui.coordinator_harness import drop_files, table_texts, wait_operations
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, press, wait_idle


@pytest.fixture
def world(tmp_path):
    w = receipt_world(tmp_path, erase_on=date(2099, 1, 1))  # the window checks against the real date
    yield w
    w.close()


def test_a_member_removes_a_round_early_by_keyboard_and_saves_its_receipt(qtbot, world, monkeypatch) -> None:
    from desktop.services import review

    aled, round_id = member_of(world)
    first = rounds.list_cases(aled, round_id)[0]
    review.save_note(aled, first.id, "hostility_recorded", NOTE, "en")  # never sent
    cases = len(rounds.list_cases(aled, round_id))
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=aled)
    wait_idle(qtbot)
    page = window.rounds_page
    qtbot.waitUntil(lambda: page.erase_button.isVisible())
    assert not page.receipt_button.isVisible()
    assert (
        page.erase_button.accessibleName() == "Remove the selected round's case material from this laptop now"
    )
    assert "&" in page.erase_button.text()  # Alt and its letter reach it too

    # Yes to the first question, No to the plain one about the unsent review: nothing goes.
    dialogs.confirmations += [True, False]
    page.erase_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialogs.asked) == 2)
    wait_idle(qtbot)
    (_t1, first_question), (_t2, unsent) = dialogs.asked
    assert "cannot be undone" in first_question and "every backup" in first_question
    assert "has not been sent" in unsent and "lost" in unsent
    assert dialogs.defaults_no == [True, True]  # Enter answers No
    assert len(rounds.list_cases(aled, round_id)) == cases and dialogs.infos == []

    dialogs.confirmations += [True, True]
    page.erase_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 1, timeout=20_000)
    assert dialogs.infos[0][0] == "Case material removed"
    assert rounds.list_cases(aled, round_id) == []
    qtbot.waitUntil(lambda: page.receipt_button.isVisible(), timeout=10_000)
    assert not page.erase_button.isVisible()
    assert page.material_label.text().startswith("Case material removed from this laptop on")
    assert page.model.index(0, 2).data() == "—"  # no cases are left to count: not "0 of 0"
    assert not page.open_button.isEnabled()  # nothing is left to open, by button or by Enter
    page.table.setFocus()
    opened: list[int] = []
    page.roundOpened.connect(opened.append)
    press(qtbot, Qt.Key.Key_Return)
    assert opened == [] and window.stack.currentWidget() is page

    folder = world.root / "to-send"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.receipt_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 2, timeout=10_000)
    (saved,) = folder.iterdir()
    assert dialogs.infos[1][0] == "Erasure receipt saved" and saved.name in dialogs.infos[1][1]
    assert saved.suffix == ".prreceipt" and dialogs.errors == []
    i18n.set_language("cy")
    assert page.receipt_button.text() == "Cadw &derbynneb dileu…"
    i18n.set_language("en")


def test_an_erasure_refused_is_said_plainly_and_changes_nothing(qtbot, world) -> None:
    """Erased already (by the date's check, while the question was open): the member is told why."""
    answer_and_send(world)
    aled, round_id = member_of(world)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=aled)
    wait_idle(qtbot)
    page = window.rounds_page
    qtbot.waitUntil(lambda: page.erase_button.isVisible())
    from desktop.ui.member.round_erasure import RoundErasure

    erasure = RoundErasure(window, window.session, dialogs)
    retention.erase_early(aled, round_id, datetime(2026, 3, 1, 9, 0))
    before = erasure_receipts.receipt_kept(aled, round_id)
    dialogs.confirmations += [True]
    erasure._ask(round_id, retention.EarlyErasure("Spring scrutiny", unsent=False, erased=False))
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert dialogs.errors[0][1] == "This round's case material has already been removed from this laptop."
    assert erasure_receipts.receipt_kept(aled, round_id) == before


def test_the_coordinator_sees_per_member_erased_on_or_not_yet(qtbot, world) -> None:
    answer_and_send(world)
    aled, round_id = member_of(world)
    retention.erase_early(aled, round_id, datetime(2026, 3, 14, 9, 0))
    receipt = erasure_receipts.save_receipt(aled, round_id, world.root / "mail")
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "coordinator", dialogs, db=world.coordinator)
    wait_operations(qtbot)
    home = window.coordinator_home
    inbox = home.inbox_page
    home.tabs.setCurrentWidget(inbox)
    inbox.show_round(world.round_id)
    wait_operations(qtbot)
    assert [row[-1] for row in table_texts(inbox.progress_table)] == ["Not yet", "Not yet"]

    drop_files(inbox, [receipt])
    wait_operations(qtbot)
    (fate,) = table_texts(inbox.fate_table)
    assert (fate[1], fate[2], fate[3]) == ("Accepted", "Aled Jones", "Erasure receipt")
    qtbot.waitUntil(lambda: table_texts(inbox.progress_table)[0][-1] != "Not yet")
    progress = {row[0]: row[-1] for row in table_texts(inbox.progress_table)}
    assert progress == {"Aled Jones": "Erased on 14 March 2026", "Bethan Evans": "Not yet"}
    i18n.set_language("cy")
    progress = {row[0]: row[-1] for row in table_texts(inbox.progress_table)}
    assert progress == {"Aled Jones": "Dilëwyd ar 14 Mawrth 2026", "Bethan Evans": "Ddim eto"}
    i18n.set_language("en")

    out = world.root / "dpo" / "retention.csv"
    out.parent.mkdir()
    dialogs.choices.append(3)  # CSV
    dialogs.files.append(str(out))
    assert inbox.retention_button.accessibleName() == "Retention report"  # its words, without "…"
    inbox.retention_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 1, timeout=10_000)
    rows = {r["member"]: r["erased"] for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert rows == {"Aled Jones": "yes", "Bethan Evans": "no"}


def test_a_receipt_opened_from_the_desktop_goes_to_the_inbox(qtbot, world) -> None:
    """Double-clicked, or named at start: a receipt is judged in the inbox like a review."""
    aled, round_id = member_of(world)
    retention.erase_early(aled, round_id, datetime(2026, 3, 14, 9, 0), unsent_understood=True)
    receipt = erasure_receipts.save_receipt(aled, round_id, world.root / "mail")
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "coordinator", dialogs, db=world.coordinator)
    wait_operations(qtbot)
    window.exchange.offer_file(receipt)
    inbox = window.coordinator_home.inbox_page
    qtbot.waitUntil(lambda: inbox.fate_table.model().rowCount() == 1, timeout=10_000)
    wait_operations(qtbot)
    assert window.coordinator_home.tabs.currentWidget() is inbox
    assert [row[1] for row in table_texts(inbox.fate_table)] == ["Accepted"]
    assert dialogs.errors == []
