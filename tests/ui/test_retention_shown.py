"""The member's round list says when the case material leaves the laptop, and that it has.

A real window over a real member profile, a real coordinator's signed packs. The check
the window runs on its timer is started at once here (`window.retention.check()`)
rather than after half an hour; it reads the real date, so the dates are set from it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.core.clock import utc_now
from desktop.core.words.dates import long_date
from desktop.services import assignment_packs, retention, review_packages, rounds
from desktop.ui import i18n
from tests.services.exchange_world import enrolled_world, round_with_packs
from tests.ui.fakes import FakeDialogs
from tests.ui.harness import open_window, wait_idle

MEMBER = "Aled Jones"


@pytest.fixture
def world(tmp_path):
    w = enrolled_world(tmp_path, names=(MEMBER,))
    yield w
    w.close()


def _take_newest_pack(world, member) -> int:
    folder = world.root / "packs"
    exported = assignment_packs.export_packs(world.coordinator, world.round_id, folder)
    (pack,) = [p.path for p in exported.packs]
    preview = assignment_packs.preview_pack(member, pack)
    return assignment_packs.import_pack(member, pack, confirmed_fingerprint=preview.fingerprint).round_id


def _shown(window) -> tuple[str, str]:
    """The sentence under the list and the round's "Case material" cell, as on screen."""
    page = window.rounds_page
    model = page.model
    cell = model.data(model.index(0, model.columnCount() - 1))
    return page.material_label.text() if page.material_label.isVisible() else "", str(cell)


def test_the_round_list_shows_the_erasure_date_then_that_the_material_was_removed(qtbot, world) -> None:
    member = world.members[MEMBER]
    later = (date.today() + timedelta(days=30)).isoformat()
    round_with_packs(world, cases=2, k=1)
    retention.set_retention(world.coordinator, world.round_id, erase_on=later)
    round_id = _take_newest_pack(world, member)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    wait_idle(qtbot)

    english = f"Case material will be removed from this laptop on {long_date(later, 'en')}."
    qtbot.waitUntil(lambda: _shown(window)[0] == english)
    assert _shown(window)[1] == f"Kept until {long_date(later, 'en')}"
    assert window.rounds_page.table.accessibleDescription() == english
    assert dialogs.infos == []  # a month ahead: no warning yet
    i18n.set_language("cy")
    welsh = f"Bydd deunydd yr achosion yn cael ei dynnu oddi ar y gliniadur hwn ar {long_date(later, 'cy')}."
    qtbot.waitUntil(lambda: _shown(window)[0] == welsh)
    assert "Mawrth" in long_date("2026-03-14", "cy") and _shown(window)[1].startswith("Yn cael ei gadw tan ")
    i18n.set_language("en")

    # The OPCC brings the date to today; the member has sent the review: it goes at once.
    today = date.today().isoformat()
    retention.set_retention(world.coordinator, world.round_id, erase_on=today)
    _take_newest_pack(world, member)
    review_packages.export_review(member, round_id, world.root / "outbox")
    window.retention.check()
    removed = f"Case material removed from this laptop on {long_date(today, 'en')}."
    qtbot.waitUntil(lambda: _shown(window)[0] == removed, timeout=10_000)
    assert _shown(window)[1] == f"Removed on {long_date(today, 'en')}"
    i18n.set_language("cy")
    qtbot.waitUntil(
        lambda: (
            _shown(window)[0]
            == f"Tynnwyd deunydd yr achosion oddi ar y gliniadur hwn ar {long_date(today, 'cy')}."
        )
    )
    assert _shown(window)[1] == f"Tynnwyd ar {long_date(today, 'cy')}"
    i18n.set_language("en")
    assert dialogs.errors == []


def test_a_warning_is_shown_once_and_recorded(qtbot, world) -> None:
    member = world.members[MEMBER]
    soon = (date.today() + timedelta(days=1)).isoformat()
    round_with_packs(world, cases=2, k=1)
    retention.set_retention(world.coordinator, world.round_id, erase_on=soon)
    _take_newest_pack(world, member)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "aled", dialogs, db=member)
    qtbot.waitUntil(lambda: len(dialogs.infos) == 1, timeout=10_000)
    title, message = dialogs.infos[0]
    assert title == "Case material will be removed"
    assert f"will be removed from this laptop on {long_date(soon, 'en')}" in message
    assert "has not been sent" in message and "pack file" in message
    wait_idle(qtbot)
    window.retention.check()
    wait_idle(qtbot)
    assert len(dialogs.infos) == 1  # recorded as shown: not again
    checked = retention.check_retention(member, date.today(), utc_now())
    assert checked.warnings == () and checked.erased == ()


def test_the_coordinator_sets_the_erasure_date_on_the_send_packs_page(qtbot, world) -> None:
    from PySide6.QtCore import Qt

    from desktop.services import background
    from tests.ui.coordinator_harness import wait_operations

    round_with_packs(world, cases=2, k=1)
    dialogs = FakeDialogs()
    window = open_window(qtbot, world.root / "coordinator", dialogs, db=world.coordinator)
    wait_operations(qtbot)
    home = window.coordinator_home
    packs = home.packs_page
    home.tabs.setCurrentWidget(packs)
    packs.show_round(world.round_id)
    qtbot.waitUntil(lambda: "No erasure date is set" in packs.retention_label.text())
    assert packs.retention_button.accessibleName() == "Erasure date"  # the words on it
    assert packs.retention_button.accessibleDescription().startswith("Set when members' copies")
    dialogs.texts.append("30")  # days after the meeting: there is no meeting date yet
    qtbot.mouseClick(packs.retention_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialogs.errors) == 1)
    assert "no meeting date yet" in dialogs.errors[0][1]
    background.save_background(
        world.coordinator, world.round_id, background.Background(meeting_date="2026-03-01")
    )
    dialogs.texts.append("13")
    packs.retention_button.setFocus()
    qtbot.keyClick(packs.retention_button, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: "14 March 2026 (days after the panel meeting: 13)" in packs.retention_label.text()
    )
    assert dialogs.offered_texts[-1] == ""
    dialogs.texts.append("2026-04-02")
    qtbot.mouseClick(packs.retention_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "erased on 2 April 2026." in packs.retention_label.text())
    assert dialogs.offered_texts[-1] == "13"
    i18n.set_language("cy")
    assert "2 Ebrill 2026" in packs.retention_label.text()
    i18n.set_language("en")
    pack = assignment_packs.export_packs(world.coordinator, world.round_id, world.root / "again").packs[0]
    member = world.members[MEMBER]
    preview = assignment_packs.preview_pack(member, pack.path)
    assignment_packs.import_pack(member, pack.path, confirmed_fingerprint=preview.fingerprint)
    assert [r.erase_on for r in rounds.list_rounds(member)] == ["2026-04-02"]


def test_a_round_without_an_erasure_date_says_so_in_words(qtbot, world) -> None:
    """No date from the office: the cell says so (a dash told a member, and a screen
    reader, nothing), and no sentence is shown under the list."""
    member = world.members[MEMBER]
    round_with_packs(world, cases=2, k=1)
    _take_newest_pack(world, member)
    window = open_window(qtbot, world.root / "aled", FakeDialogs(), db=member)
    wait_idle(qtbot)
    qtbot.waitUntil(lambda: _shown(window) == ("", "No date set"))
    i18n.set_language("cy")
    qtbot.waitUntil(lambda: _shown(window) == ("", "Dim dyddiad wedi'i osod"))
    i18n.set_language("en")
